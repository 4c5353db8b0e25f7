namespace Pulumi.Aws.Ec2ClientVpn.Outputs
{
    [OutputType]
    public sealed class EndpointAuthenticationOption
    {
        public readonly string? ActiveDirectoryId;
        public readonly string? RootCertificateChainArn;
        public readonly string? SamlProviderArn;
        public readonly string? SelfServiceSamlProviderArn;
        public readonly string Type;

        [OutputConstructor]
        private EndpointAuthenticationOption(
            string? activeDirectoryId,
            string? rootCertificateChainArn,
            string? samlProviderArn,
            string? selfServiceSamlProviderArn,
            string type)
        {
            ActiveDirectoryId = activeDirectoryId;
            RootCertificateChainArn = rootCertificateChainArn;
            SamlProviderArn = samlProviderArn;
            SelfServiceSamlProviderArn = selfServiceSamlProviderArn;
            Type = type;
        }
    }
}
