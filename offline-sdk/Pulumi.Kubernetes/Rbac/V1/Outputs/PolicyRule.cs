using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Rbac.V1
{
    [OutputType]
    public sealed class PolicyRule
    {
        public readonly ImmutableArray<string> ApiGroups;
        public readonly ImmutableArray<string> NonResourceURLs;
        public readonly ImmutableArray<string> ResourceNames;
        public readonly ImmutableArray<string> Resources;
        public readonly ImmutableArray<string> Verbs;

        [OutputConstructor]
        private PolicyRule(
            ImmutableArray<string> apiGroups,
            ImmutableArray<string> nonResourceURLs,
            ImmutableArray<string> resourceNames,
            ImmutableArray<string> resources,
            ImmutableArray<string> verbs)
        {
            ApiGroups = apiGroups;
            NonResourceURLs = nonResourceURLs;
            ResourceNames = resourceNames;
            Resources = resources;
            Verbs = verbs;
        }
    }
}
