namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class LaunchTemplateMetadataOptions
    {
        public readonly string? HttpEndpoint;
        public readonly string? HttpProtocolIpv6;
        public readonly int? HttpPutResponseHopLimit;
        public readonly string? HttpTokens;
        public readonly string? InstanceMetadataTags;

        [OutputConstructor]
        private LaunchTemplateMetadataOptions(
            string? httpEndpoint,
            string? httpProtocolIpv6,
            int? httpPutResponseHopLimit,
            string? httpTokens,
            string? instanceMetadataTags)
        {
            HttpEndpoint = httpEndpoint;
            HttpProtocolIpv6 = httpProtocolIpv6;
            HttpPutResponseHopLimit = httpPutResponseHopLimit;
            HttpTokens = httpTokens;
            InstanceMetadataTags = instanceMetadataTags;
        }
    }
}
