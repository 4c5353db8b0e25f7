using System.Collections.Immutable;

namespace Pulumi.Eks.Outputs
{
    /// <summary>An access entry of the cluster.</summary>
    [OutputType]
    public sealed class AccessEntry
    {
        public readonly ImmutableDictionary<string, Outputs.AccessPolicyAssociation>? AccessPolicies;
        public readonly ImmutableArray<string> KubernetesGroups;
        public readonly string PrincipalArn;
        public readonly ImmutableDictionary<string, string>? Tags;
        public readonly Pulumi.Eks.AccessEntryType? Type;
        public readonly string? Username;

        [OutputConstructor]
        private AccessEntry(
            ImmutableDictionary<string, Outputs.AccessPolicyAssociation>? accessPolicies,
            ImmutableArray<string> kubernetesGroups,
            string principalArn,
            ImmutableDictionary<string, string>? tags,
            Pulumi.Eks.AccessEntryType? type,
            string? username)
        {
            AccessPolicies = accessPolicies;
            KubernetesGroups = kubernetesGroups;
            PrincipalArn = principalArn;
            Tags = tags;
            Type = type;
            Username = username;
        }
    }
}
