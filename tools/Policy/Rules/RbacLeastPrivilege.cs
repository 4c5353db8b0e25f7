#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Tenants;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// ClusterRoles and Roles grant no wildcard (<c>*</c> in apiGroups, resources, verbs or
/// nonResourceURLs) and none of the rights that lead to everything else: reading or writing
/// <c>secrets</c> (service account tokens, credentials); <c>pods/exec</c>, <c>pods/attach</c> (a shell
/// in any pod of the scope) and <c>nodes/proxy</c> (the kubelet API, exec included); the verbs
/// <c>impersonate</c>, <c>escalate</c> and <c>bind</c> (acting as, or granting, more than one holds).
/// The platform admin's ClusterRole (<see cref="PlatformAdminRole"/>, cluster-admin equivalent by
/// design) is exempt, and a tenant namespace's Role <c>flux-reconciler</c> may grant <c>secrets</c>: helm-controller
/// stores each Helm release as a Secret through the HelmRelease's account, and a Role reaches its own namespace only.
/// </summary>
public sealed class RbacLeastPrivilege : PolicyRule
{
    /// <summary>The ClusterRole of platform admins, exempt from this rule.</summary>
    public const string PlatformAdminRole = PlatformAccess.AdminGroup;

    private static readonly string[] s_dangerousResources = ["secrets", "pods/exec", "pods/attach", "nodes/proxy"];
    private static readonly string[] s_dangerousVerbs = ["impersonate", "escalate", "bind"];

    /// <inheritdoc />
    public override string Id => "rbac-least-privilege";

    /// <inheritdoc />
    public override string Title => "ClusterRoles and Roles (but platform-admin) grant no wildcard, secrets (but a tenant Role flux-reconciler), exec/attach/nodes-proxy, impersonate, escalate or bind";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.ClusterRole, PolicyTokens.Role];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var role in plan.OfTypes(ResourceTypes))
        {
            if (role.Type == PolicyTokens.ClusterRole && KubernetesObjects.NameOf(role) == PlatformAdminRole)
            {
                continue;
            }

            var rules = PolicyValues.AsList(role.Input("rules"));
            for (var i = 0; i < rules.Length; i++)
            {
                var problems = new List<string>();
                foreach (var field in new[] { "apiGroups", "resources", "verbs", "nonResourceURLs" })
                {
                    if (PolicyValues.AsStrings(PolicyValues.At(rules[i], field)).Any(v => v.Contains('*', StringComparison.Ordinal)))
                    {
                        problems.Add($"a wildcard in {field}");
                    }
                }

                var resources = PolicyValues.AsStrings(PolicyValues.At(rules[i], "resources"));
                var helmStorage = role.Type == PolicyTokens.Role && KubernetesObjects.NameOf(role) == Organization.FluxReconcilerName;
                problems.AddRange(s_dangerousResources.Where(resources.Contains).Where(r => !(helmStorage && r == "secrets")).Select(r => $"access to {r}"));
                var verbs = PolicyValues.AsStrings(PolicyValues.At(rules[i], "verbs"));
                problems.AddRange(s_dangerousVerbs.Where(verbs.Contains).Select(v => $"the verb {v}"));
                if (problems.Count > 0)
                {
                    yield return Violation(role, $"rules[{i}] grants {IamPolicyDocument.Join(problems)}");
                }
            }
        }
    }
}
#endif
