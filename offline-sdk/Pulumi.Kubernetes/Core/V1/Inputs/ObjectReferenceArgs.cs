namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ObjectReferenceArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("fieldPath")]
        public Input<string>? FieldPath { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("namespace")]
        public Input<string>? Namespace { get; set; }

        [Input("resourceVersion")]
        public Input<string>? ResourceVersion { get; set; }

        [Input("uid")]
        public Input<string>? Uid { get; set; }

        public ObjectReferenceArgs()
        {
        }

        public static new ObjectReferenceArgs Empty => new ObjectReferenceArgs();
    }
}
