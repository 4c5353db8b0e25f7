#if PULUMI_OFFLINE
using System.Collections;
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// Kubernetes RBAC over a plan's Roles, ClusterRoles, RoleBindings and ClusterRoleBindings, as the API server decides a
/// request: allowed when a rule of a role bound to the user, one of its groups, applies (kubernetes/kubernetes v1.35.0
/// plugin/pkg/auth/authorizer/rbac/rbac.go, RBACAuthorizer.Authorize; pkg/registry/rbac/validation/rule.go,
/// VisitRulesFor: ClusterRoleBindings everywhere, RoleBindings in their own namespace; appliesTo for subjects). A
/// service account is the user <c>system:serviceaccount:&lt;ns&gt;:&lt;name&gt;</c> in the groups
/// <c>system:serviceaccounts</c>, <c>system:serviceaccounts:&lt;ns&gt;</c> and <c>system:authenticated</c>
/// (staging/src/k8s.io/apiserver/pkg/authentication/serviceaccount/util.go, MakeGroupNames). A binding to a role the
/// plan does not define is a role that allows everything, so that a test over it fails rather than passes.
/// </summary>
public sealed class RbacModel
{
    private const string Prefix = "kubernetes:rbac.authorization.k8s.io/v1:";

    private sealed record Rule(ImmutableArray<string> Groups, ImmutableArray<string> Resources, ImmutableArray<string> Verbs);

    private sealed record Binding(string? Namespace, string RoleKind, string RoleName, ImmutableArray<IReadOnlyDictionary<string, object?>> Subjects);

    private readonly ImmutableDictionary<(string? Namespace, string Name), ImmutableArray<Rule>> _roles;
    private readonly ImmutableArray<Binding> _bindings;

    /// <summary>The model of a plan's RBAC objects.</summary>
    public RbacModel(IEnumerable<ResourceRegistration> resources)
    {
        var all = resources.ToArray();
        _roles = all.Where(r => r.Type is Prefix + "Role" or Prefix + "ClusterRole")
            .ToImmutableDictionary(r => (r.Type.EndsWith(":Role", StringComparison.Ordinal) ? Meta(r, "namespace") : null, Meta(r, "name")!), Rules);
        _bindings = all.Where(r => r.Type is Prefix + "RoleBinding" or Prefix + "ClusterRoleBinding")
            .Select(r => new Binding(r.Type.EndsWith(":RoleBinding", StringComparison.Ordinal) ? Meta(r, "namespace") : null,
                (string)Harness.At(r.Inputs, "roleRef", "kind")!, (string)Harness.At(r.Inputs, "roleRef", "name")!,
                Items(r.Inputs.GetValueOrDefault("subjects")).Cast<IReadOnlyDictionary<string, object?>>().ToImmutableArray()))
            .ToImmutableArray();
    }

    /// <summary>Whether the service account <paramref name="account"/> of <paramref name="accountNamespace"/> may <paramref name="verb"/> the resource in <paramref name="ns"/>.</summary>
    public bool Allows(string accountNamespace, string account, string verb, string apiGroup, string resource, string ns)
        => _bindings.Where(b => b.Namespace is null || b.Namespace == ns)
            .Where(b => b.Subjects.Any(s => AppliesTo(s, accountNamespace, account, b.Namespace)))
            .SelectMany(b => RulesOf(b))
            .Any(rule => Matches(rule.Verbs, verb) && Matches(rule.Groups, apiGroup) && Matches(rule.Resources, resource));

    /// <summary>The bindings that name the account (directly or through one of its groups) and are cluster-wide.</summary>
    public IEnumerable<string> ClusterBindingsOf(string accountNamespace, string account)
        => _bindings.Where(b => b.Namespace is null && b.Subjects.Any(s => AppliesTo(s, accountNamespace, account, null))).Select(b => b.RoleName);

    private IEnumerable<Rule> RulesOf(Binding binding)
    {
        // A RoleBinding may refer to a ClusterRole (its rules, in the binding's namespace); a Role is its namespace's.
        var key = binding.RoleKind == "Role" ? (binding.Namespace, binding.RoleName) : ((string?)null, binding.RoleName);
        return _roles.TryGetValue(key, out var rules) ? rules : [new Rule(["*"], ["*"], ["*"])];
    }

    private static bool AppliesTo(IReadOnlyDictionary<string, object?> subject, string accountNamespace, string account, string? bindingNamespace)
    {
        var name = (string?)subject.GetValueOrDefault("name");
        return (string?)subject.GetValueOrDefault("kind") switch
        {
            // A ServiceAccount subject without a namespace is the binding's namespace's (rule.go appliesTo).
            "ServiceAccount" => name == account && ((string?)subject.GetValueOrDefault("namespace") ?? bindingNamespace) == accountNamespace,
            "User" => name == $"system:serviceaccount:{accountNamespace}:{account}",
            "Group" => name is "system:serviceaccounts" or "system:authenticated" || name == $"system:serviceaccounts:{accountNamespace}",
            _ => false,
        };
    }

    private static bool Matches(ImmutableArray<string> allowed, string value) => allowed.Contains("*") || allowed.Contains(value);

    private static string? Meta(ResourceRegistration r, string field) => (string?)Harness.At(r.Inputs, "metadata", field);

    private static ImmutableArray<Rule> Rules(ResourceRegistration r)
        => Items(r.Inputs.GetValueOrDefault("rules")).Cast<IReadOnlyDictionary<string, object?>>()
            .Select(rule => new Rule(Strings(rule, "apiGroups"), Strings(rule, "resources"), Strings(rule, "verbs")))
            .ToImmutableArray();

    private static ImmutableArray<string> Strings(IReadOnlyDictionary<string, object?> map, string key)
        => Items(map.GetValueOrDefault(key)).Select(o => (string)o).ToImmutableArray();

    private static IEnumerable<object> Items(object? list) => list is IEnumerable items and not string ? items.Cast<object>() : [];
}
#endif
