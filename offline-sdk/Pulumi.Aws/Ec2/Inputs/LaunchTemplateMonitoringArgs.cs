namespace Pulumi.Aws.Ec2.Inputs
{
    public sealed class LaunchTemplateMonitoringArgs : global::Pulumi.ResourceArgs
    {
        [Input("enabled")]
        public Input<bool>? Enabled { get; set; }

        public LaunchTemplateMonitoringArgs()
        {
        }
        public static new LaunchTemplateMonitoringArgs Empty => new LaunchTemplateMonitoringArgs();
    }
}
