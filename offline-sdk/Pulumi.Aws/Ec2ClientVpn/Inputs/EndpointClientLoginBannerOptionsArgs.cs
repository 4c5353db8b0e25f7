namespace Pulumi.Aws.Ec2ClientVpn.Inputs
{
    public sealed class EndpointClientLoginBannerOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("bannerText")]
        public Input<string>? BannerText { get; set; }

        [Input("enabled")]
        public Input<bool>? Enabled { get; set; }

        public EndpointClientLoginBannerOptionsArgs()
        {
        }
        public static new EndpointClientLoginBannerOptionsArgs Empty => new EndpointClientLoginBannerOptionsArgs();
    }
}
