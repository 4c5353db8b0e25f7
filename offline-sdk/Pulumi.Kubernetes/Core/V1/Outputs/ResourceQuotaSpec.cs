using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ResourceQuotaSpec
    {
        public readonly ImmutableDictionary<string, string> Hard;
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ScopeSelector ScopeSelector;
        public readonly ImmutableArray<string> Scopes;

        [OutputConstructor]
        private ResourceQuotaSpec(
            ImmutableDictionary<string, string> hard,
            global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ScopeSelector scopeSelector,
            ImmutableArray<string> scopes)
        {
            Hard = hard;
            ScopeSelector = scopeSelector;
            Scopes = scopes;
        }
    }
}
