namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class ClusterKubernetesNetworkConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("elasticLoadBalancing")]
        public Input<Inputs.ClusterKubernetesNetworkConfigElasticLoadBalancingArgs>? ElasticLoadBalancing { get; set; }

        [Input("ipFamily")]
        public Input<string>? IpFamily { get; set; }

        [Input("serviceIpv4Cidr")]
        public Input<string>? ServiceIpv4Cidr { get; set; }

        [Input("serviceIpv6Cidr")]
        public Input<string>? ServiceIpv6Cidr { get; set; }

        public ClusterKubernetesNetworkConfigArgs()
        {
        }
        public static new ClusterKubernetesNetworkConfigArgs Empty => new ClusterKubernetesNetworkConfigArgs();
    }
}
