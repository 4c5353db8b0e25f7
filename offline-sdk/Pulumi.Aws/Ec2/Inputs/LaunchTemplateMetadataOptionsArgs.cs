namespace Pulumi.Aws.Ec2.Inputs
{
    public sealed class LaunchTemplateMetadataOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("httpEndpoint")]
        public Input<string>? HttpEndpoint { get; set; }

        [Input("httpProtocolIpv6")]
        public Input<string>? HttpProtocolIpv6 { get; set; }

        [Input("httpPutResponseHopLimit")]
        public Input<int>? HttpPutResponseHopLimit { get; set; }

        [Input("httpTokens")]
        public Input<string>? HttpTokens { get; set; }

        [Input("instanceMetadataTags")]
        public Input<string>? InstanceMetadataTags { get; set; }

        public LaunchTemplateMetadataOptionsArgs()
        {
        }
        public static new LaunchTemplateMetadataOptionsArgs Empty => new LaunchTemplateMetadataOptionsArgs();
    }
}
