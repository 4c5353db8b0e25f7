namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1
{
    public class OwnerReferenceArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion", required: true)]
        public Input<string> ApiVersion { get; set; } = null!;

        [Input("blockOwnerDeletion")]
        public Input<bool>? BlockOwnerDeletion { get; set; }

        [Input("controller")]
        public Input<bool>? Controller { get; set; }

        [Input("kind", required: true)]
        public Input<string> Kind { get; set; } = null!;

        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        [Input("uid", required: true)]
        public Input<string> Uid { get; set; } = null!;

        public OwnerReferenceArgs()
        {
        }

        public static new OwnerReferenceArgs Empty => new OwnerReferenceArgs();
    }
}
