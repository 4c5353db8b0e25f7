using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class TopologySelectorTerm
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.TopologySelectorLabelRequirement> MatchLabelExpressions;

        [OutputConstructor]
        private TopologySelectorTerm(ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.TopologySelectorLabelRequirement> matchLabelExpressions)
        {
            MatchLabelExpressions = matchLabelExpressions;
        }
    }
}
