namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterKubernetesNetworkConfigElasticLoadBalancing
    {
        public readonly bool? Enabled;

        [OutputConstructor]
        private ClusterKubernetesNetworkConfigElasticLoadBalancing(bool? enabled)
        {
            Enabled = enabled;
        }
    }
}
