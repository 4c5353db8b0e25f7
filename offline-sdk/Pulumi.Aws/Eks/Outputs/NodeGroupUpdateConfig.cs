namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class NodeGroupUpdateConfig
    {
        public readonly int? MaxUnavailable;
        public readonly int? MaxUnavailablePercentage;

        [OutputConstructor]
        private NodeGroupUpdateConfig(
            int? maxUnavailable,
            int? maxUnavailablePercentage)
        {
            MaxUnavailable = maxUnavailable;
            MaxUnavailablePercentage = maxUnavailablePercentage;
        }
    }
}
