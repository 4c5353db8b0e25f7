namespace Pulumi.Aws.Ec2ClientVpn.Inputs
{
    public sealed class EndpointClientConnectOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("enabled")]
        public Input<bool>? Enabled { get; set; }

        [Input("lambdaFunctionArn")]
        public Input<string>? LambdaFunctionArn { get; set; }

        public EndpointClientConnectOptionsArgs()
        {
        }
        public static new EndpointClientConnectOptionsArgs Empty => new EndpointClientConnectOptionsArgs();
    }
}
