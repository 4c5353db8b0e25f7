namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class LocalObjectReferenceArgs : global::Pulumi.ResourceArgs
    {
        [Input("name")]
        public Input<string>? Name { get; set; }

        public LocalObjectReferenceArgs()
        {
        }

        public static new LocalObjectReferenceArgs Empty => new LocalObjectReferenceArgs();
    }
}
