namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterUpgradePolicy
    {
        public readonly string? SupportType;

        [OutputConstructor]
        private ClusterUpgradePolicy(string? supportType)
        {
            SupportType = supportType;
        }
    }
}
