namespace Pulumi.Aws.Ec2ClientVpn.Inputs
{
    public sealed class EndpointConnectionLogOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("cloudwatchLogGroup")]
        public Input<string>? CloudwatchLogGroup { get; set; }

        [Input("cloudwatchLogStream")]
        public Input<string>? CloudwatchLogStream { get; set; }

        [Input("enabled", required: true)]
        public Input<bool> Enabled { get; set; } = null!;

        public EndpointConnectionLogOptionsArgs()
        {
        }
        public static new EndpointConnectionLogOptionsArgs Empty => new EndpointConnectionLogOptionsArgs();
    }
}
