using System.Collections.Immutable;

namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterEncryptionConfig
    {
        public readonly Outputs.ClusterEncryptionConfigProvider Provider;
        public readonly ImmutableArray<string> Resources;

        [OutputConstructor]
        private ClusterEncryptionConfig(
            Outputs.ClusterEncryptionConfigProvider provider,
            ImmutableArray<string> resources)
        {
            Provider = provider;
            Resources = resources;
        }
    }
}
