namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class ClusterEncryptionConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("provider", required: true)]
        public Input<Inputs.ClusterEncryptionConfigProviderArgs> Provider { get; set; } = null!;

        [Input("resources", required: true)]
        private InputList<string>? _resources;
        public InputList<string> Resources
        {
            get => _resources ?? (_resources = new InputList<string>());
            set => _resources = value;
        }

        public ClusterEncryptionConfigArgs()
        {
        }
        public static new ClusterEncryptionConfigArgs Empty => new ClusterEncryptionConfigArgs();
    }
}
