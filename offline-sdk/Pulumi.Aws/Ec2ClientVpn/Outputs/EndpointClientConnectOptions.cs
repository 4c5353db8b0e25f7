namespace Pulumi.Aws.Ec2ClientVpn.Outputs
{
    [OutputType]
    public sealed class EndpointClientConnectOptions
    {
        public readonly bool? Enabled;
        public readonly string? LambdaFunctionArn;

        [OutputConstructor]
        private EndpointClientConnectOptions(
            bool? enabled,
            string? lambdaFunctionArn)
        {
            Enabled = enabled;
            LambdaFunctionArn = lambdaFunctionArn;
        }
    }
}
