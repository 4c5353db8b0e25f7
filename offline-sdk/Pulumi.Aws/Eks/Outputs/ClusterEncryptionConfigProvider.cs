namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterEncryptionConfigProvider
    {
        public readonly string KeyArn;

        [OutputConstructor]
        private ClusterEncryptionConfigProvider(string keyArn)
        {
            KeyArn = keyArn;
        }
    }
}
