using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Policy.V1
{
    [OutputType]
    public sealed class PodDisruptionBudgetStatus
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.Condition> Conditions;
        public readonly int CurrentHealthy;
        public readonly int DesiredHealthy;
        public readonly ImmutableDictionary<string, string> DisruptedPods;
        public readonly int DisruptionsAllowed;
        public readonly int ExpectedPods;
        public readonly int ObservedGeneration;

        [OutputConstructor]
        private PodDisruptionBudgetStatus(
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.Condition> conditions,
            int currentHealthy,
            int desiredHealthy,
            ImmutableDictionary<string, string> disruptedPods,
            int disruptionsAllowed,
            int expectedPods,
            int observedGeneration)
        {
            Conditions = conditions;
            CurrentHealthy = currentHealthy;
            DesiredHealthy = desiredHealthy;
            DisruptedPods = disruptedPods;
            DisruptionsAllowed = disruptionsAllowed;
            ExpectedPods = expectedPods;
            ObservedGeneration = observedGeneration;
        }
    }
}
