using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Rbac.V1
{
    [OutputType]
    public sealed class AggregationRule
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector> ClusterRoleSelectors;

        [OutputConstructor]
        private AggregationRule(ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector> clusterRoleSelectors)
        {
            ClusterRoleSelectors = clusterRoleSelectors;
        }
    }
}
