namespace Pulumi.Kubernetes.Types.Outputs.Policy.V1
{
    [OutputType]
    public sealed class PodDisruptionBudgetSpec
    {
        public readonly Union<int, string> MaxUnavailable;
        public readonly Union<int, string> MinAvailable;
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector Selector;
        public readonly string UnhealthyPodEvictionPolicy;

        [OutputConstructor]
        private PodDisruptionBudgetSpec(
            Union<int, string> maxUnavailable,
            Union<int, string> minAvailable,
            global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector selector,
            string unhealthyPodEvictionPolicy)
        {
            MaxUnavailable = maxUnavailable;
            MinAvailable = minAvailable;
            Selector = selector;
            UnhealthyPodEvictionPolicy = unhealthyPodEvictionPolicy;
        }
    }
}
