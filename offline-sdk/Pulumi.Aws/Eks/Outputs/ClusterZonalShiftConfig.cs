namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterZonalShiftConfig
    {
        public readonly bool? Enabled;

        [OutputConstructor]
        private ClusterZonalShiftConfig(bool? enabled)
        {
            Enabled = enabled;
        }
    }
}
