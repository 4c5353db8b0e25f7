namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class AddonNamespaceConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("namespace")]
        public Input<string>? Namespace { get; set; }

        public AddonNamespaceConfigArgs()
        {
        }
        public static new AddonNamespaceConfigArgs Empty => new AddonNamespaceConfigArgs();
    }
}
