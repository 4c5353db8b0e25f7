namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class LaunchTemplateMonitoring
    {
        public readonly bool? Enabled;

        [OutputConstructor]
        private LaunchTemplateMonitoring(bool? enabled)
        {
            Enabled = enabled;
        }
    }
}
