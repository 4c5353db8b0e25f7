using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1
{
    [OutputType]
    public sealed class LabelSelector
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelectorRequirement> MatchExpressions;
        public readonly ImmutableDictionary<string, string> MatchLabels;

        [OutputConstructor]
        private LabelSelector(
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelectorRequirement> matchExpressions,
            ImmutableDictionary<string, string> matchLabels)
        {
            MatchExpressions = matchExpressions;
            MatchLabels = matchLabels;
        }
    }
}
