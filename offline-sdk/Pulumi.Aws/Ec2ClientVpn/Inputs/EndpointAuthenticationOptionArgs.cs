namespace Pulumi.Aws.Ec2ClientVpn.Inputs
{
    public sealed class EndpointAuthenticationOptionArgs : global::Pulumi.ResourceArgs
    {
        [Input("activeDirectoryId")]
        public Input<string>? ActiveDirectoryId { get; set; }

        [Input("rootCertificateChainArn")]
        public Input<string>? RootCertificateChainArn { get; set; }

        [Input("samlProviderArn")]
        public Input<string>? SamlProviderArn { get; set; }

        [Input("selfServiceSamlProviderArn")]
        public Input<string>? SelfServiceSamlProviderArn { get; set; }

        [Input("type", required: true)]
        public Input<string> Type { get; set; } = null!;

        public EndpointAuthenticationOptionArgs()
        {
        }
        public static new EndpointAuthenticationOptionArgs Empty => new EndpointAuthenticationOptionArgs();
    }
}
