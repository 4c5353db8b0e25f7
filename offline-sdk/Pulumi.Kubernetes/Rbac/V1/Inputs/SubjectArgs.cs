namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1
{
    public class SubjectArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiGroup")]
        public Input<string>? ApiGroup { get; set; }

        [Input("kind", required: true)]
        public Input<string> Kind { get; set; } = null!;

        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        [Input("namespace")]
        public Input<string>? Namespace { get; set; }

        public SubjectArgs()
        {
        }

        public static new SubjectArgs Empty => new SubjectArgs();
    }
}
