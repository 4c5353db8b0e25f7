namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class ClusterEncryptionConfigProviderArgs : global::Pulumi.ResourceArgs
    {
        [Input("keyArn", required: true)]
        public Input<string> KeyArn { get; set; } = null!;

        public ClusterEncryptionConfigProviderArgs()
        {
        }
        public static new ClusterEncryptionConfigProviderArgs Empty => new ClusterEncryptionConfigProviderArgs();
    }
}
