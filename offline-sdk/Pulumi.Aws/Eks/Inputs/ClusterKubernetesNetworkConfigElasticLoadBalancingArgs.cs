namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class ClusterKubernetesNetworkConfigElasticLoadBalancingArgs : global::Pulumi.ResourceArgs
    {
        [Input("enabled")]
        public Input<bool>? Enabled { get; set; }

        public ClusterKubernetesNetworkConfigElasticLoadBalancingArgs()
        {
        }
        public static new ClusterKubernetesNetworkConfigElasticLoadBalancingArgs Empty => new ClusterKubernetesNetworkConfigElasticLoadBalancingArgs();
    }
}
