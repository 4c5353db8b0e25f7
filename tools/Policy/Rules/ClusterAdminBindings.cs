#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Cluster;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Only the platform-admin group (<see cref="PlatformAccess.AdminGroup"/>, mapped from the admin IAM
/// principals through access entries) is bound to <c>cluster-admin</c> or to the platform-admin
/// ClusterRole, by ClusterRoleBindings or RoleBindings. A binding of any other user, group or
/// service account to them hands out the whole cluster.
/// </summary>
public sealed class ClusterAdminBindings : PolicyRule
{
    private static readonly string[] s_adminRoles = ["cluster-admin", RbacLeastPrivilege.PlatformAdminRole];

    /// <inheritdoc />
    public override string Id => "cluster-admin-bindings";

    /// <inheritdoc />
    public override string Title => "Only the platform-admin group is bound to cluster-admin";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.ClusterRoleBinding, PolicyTokens.RoleBinding];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var binding in plan.OfTypes(ResourceTypes))
        {
            var role = PolicyValues.AsString(binding.Input("roleRef", "name"));
            if (PolicyValues.AsString(binding.Input("roleRef", "kind")) != "ClusterRole" || !s_adminRoles.Contains(role))
            {
                continue;
            }

            var others = PolicyValues.AsList(binding.Input("subjects"))
                .Where(s => PolicyValues.AsString(PolicyValues.At(s, "kind")) != "Group"
                            || PolicyValues.AsString(PolicyValues.At(s, "name")) != PlatformAccess.AdminGroup)
                .Select(s => $"{PolicyValues.AsString(PolicyValues.At(s, "kind"))} {PolicyValues.AsString(PolicyValues.At(s, "name"))}")
                .ToArray();
            if (others.Length > 0)
            {
                yield return Violation(binding, $"binds {IamPolicyDocument.Join(others)} to {role}; only the group {PlatformAccess.AdminGroup} may be");
            }
        }
    }
}
#endif
