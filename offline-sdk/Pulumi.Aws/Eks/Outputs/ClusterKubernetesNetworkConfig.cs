namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterKubernetesNetworkConfig
    {
        public readonly Outputs.ClusterKubernetesNetworkConfigElasticLoadBalancing? ElasticLoadBalancing;
        public readonly string? IpFamily;
        public readonly string? ServiceIpv4Cidr;
        public readonly string? ServiceIpv6Cidr;

        [OutputConstructor]
        private ClusterKubernetesNetworkConfig(
            Outputs.ClusterKubernetesNetworkConfigElasticLoadBalancing? elasticLoadBalancing,
            string? ipFamily,
            string? serviceIpv4Cidr,
            string? serviceIpv6Cidr)
        {
            ElasticLoadBalancing = elasticLoadBalancing;
            IpFamily = ipFamily;
            ServiceIpv4Cidr = serviceIpv4Cidr;
            ServiceIpv6Cidr = serviceIpv6Cidr;
        }
    }
}
