namespace Pulumi.Aws.Ec2ClientVpn.Outputs
{
    [OutputType]
    public sealed class EndpointConnectionLogOptions
    {
        public readonly string? CloudwatchLogGroup;
        public readonly string? CloudwatchLogStream;
        public readonly bool Enabled;

        [OutputConstructor]
        private EndpointConnectionLogOptions(
            string? cloudwatchLogGroup,
            string? cloudwatchLogStream,
            bool enabled)
        {
            CloudwatchLogGroup = cloudwatchLogGroup;
            CloudwatchLogStream = cloudwatchLogStream;
            Enabled = enabled;
        }
    }
}
