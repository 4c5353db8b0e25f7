using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ScopeSelector
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ScopedResourceSelectorRequirement> MatchExpressions;

        [OutputConstructor]
        private ScopeSelector(ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ScopedResourceSelectorRequirement> matchExpressions)
        {
            MatchExpressions = matchExpressions;
        }
    }
}
