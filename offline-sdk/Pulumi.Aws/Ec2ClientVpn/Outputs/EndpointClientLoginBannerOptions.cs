namespace Pulumi.Aws.Ec2ClientVpn.Outputs
{
    [OutputType]
    public sealed class EndpointClientLoginBannerOptions
    {
        public readonly string? BannerText;
        public readonly bool? Enabled;

        [OutputConstructor]
        private EndpointClientLoginBannerOptions(
            string? bannerText,
            bool? enabled)
        {
            BannerText = bannerText;
            Enabled = enabled;
        }
    }
}
