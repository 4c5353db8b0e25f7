#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// A shared service that asks for more than one replica keeps them through node drains and gets the
/// capacity it needs: its Helm values enable a PodDisruptionBudget and set resource requests.
/// <para>How the values are read (charts differ, so the rule follows the shape most charts share):
/// every map in the release's <c>values</c> (at any depth) holding <c>replicas</c> or
/// <c>replicaCount</c> above 1 is a replicated workload. Its PodDisruptionBudget is enabled when that
/// map, or the map above it when the replica count sits in an operator's <c>*Spec</c> map
/// (kube-prometheus-stack's <c>prometheus.prometheusSpec.replicas</c> with
/// <c>prometheus.podDisruptionBudget</c>), has <c>podDisruptionBudget</c> (or <c>pdb</c>) with
/// <c>enabled: true</c>, or, for charts without an <c>enabled</c> switch (aws-load-balancer-controller,
/// cluster-autoscaler), a <c>minAvailable</c> or <c>maxUnavailable</c>. Its requests are
/// <c>resources.requests.cpu</c> and <c>resources.requests.memory</c> in the same map.</para>
/// </summary>
public sealed class ReplicatedAddonsResilient : PolicyRule
{
    private static readonly string[] s_replicaKeys = ["replicas", "replicaCount"];
    private static readonly string[] s_budgetKeys = ["podDisruptionBudget", "pdb"];

    /// <inheritdoc />
    public override string Id => "replicated-addons-resilient";

    /// <inheritdoc />
    public override string Title => "Helm releases with replicas > 1 enable a PodDisruptionBudget and set resource requests";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.HelmRelease];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var release in plan.OfType(PolicyTokens.HelmRelease))
        {
            foreach (var problem in Walk(PolicyValues.AsMap(release.Input("values")), parent: null, path: ""))
            {
                yield return Violation(release, problem);
            }
        }
    }

    private static IEnumerable<string> Walk(ImmutableDictionary<string, object?>? map, ImmutableDictionary<string, object?>? parent, string path)
    {
        if (map is null)
        {
            yield break;
        }

        foreach (var key in s_replicaKeys)
        {
            if (!(PolicyValues.AsNumber(map.GetValueOrDefault(key)) is { } replicas && replicas > 1))
            {
                continue;
            }

            var at = path.Length == 0 ? key : $"{path}.{key}";
            var inSpec = path.EndsWith("Spec", StringComparison.Ordinal) && parent is not null;
            var scopes = inSpec ? new[] { map, parent! } : [map];
            if (!scopes.Any(HasBudget))
            {
                // An operator's *Spec map takes its budget one level up, beside it.
                var budgetPath = inSpec ? path[..Math.Max(path.LastIndexOf('.'), 0)] : path;
                yield return $"values {at} is {replicas} but no PodDisruptionBudget is enabled ({Prefix(budgetPath)}podDisruptionBudget.enabled: true)";
            }

            var requests = PolicyValues.AsMap(PolicyValues.At(map, "resources", "requests"));
            var missing = new[] { "cpu", "memory" }.Where(r => requests?.GetValueOrDefault(r) is null).ToArray();
            if (missing.Length > 0)
            {
                yield return $"values {at} is {replicas} but {Prefix(path)}resources.requests sets no {string.Join(" or ", missing)}";
            }
        }

        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var childPath = path.Length == 0 ? key : $"{path}.{key}";
            if (PolicyValues.AsMap(value) is { } child)
            {
                foreach (var problem in Walk(child, map, childPath))
                {
                    yield return problem;
                }
            }
            else
            {
                var items = PolicyValues.AsList(value);
                for (var i = 0; i < items.Length; i++)
                {
                    foreach (var problem in Walk(PolicyValues.AsMap(items[i]), map, $"{childPath}[{i}]"))
                    {
                        yield return problem;
                    }
                }
            }
        }
    }

    private static string Prefix(string path) => path.Length == 0 ? "" : path + ".";

    private static bool HasBudget(ImmutableDictionary<string, object?> scope)
        => s_budgetKeys.Select(k => PolicyValues.AsMap(scope.GetValueOrDefault(k))).OfType<ImmutableDictionary<string, object?>>()
            .Any(budget => budget.TryGetValue("enabled", out var enabled)
                ? PolicyValues.AsBool(enabled) == true
                : budget.ContainsKey("minAvailable") || budget.ContainsKey("maxUnavailable"));
}
#endif
