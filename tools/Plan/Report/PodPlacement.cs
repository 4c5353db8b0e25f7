#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Infra.Policy;

namespace Numinia.Infra.Plan.Report;

/// <summary>A toleration as a pod spec writes it.</summary>
/// <param name="Key">The taint key; null with <c>Exists</c> tolerates every taint.</param>
/// <param name="Operator"><c>Equal</c> (the default) or <c>Exists</c>.</param>
/// <param name="Value">The value <c>Equal</c> compares.</param>
/// <param name="Effect">The effect it tolerates; null for every effect.</param>
public sealed record Toleration(string? Key, string Operator, string? Value, string? Effect)
{
    /// <summary>
    /// Whether it tolerates <paramref name="taint"/>, as the scheduler decides it (kubernetes/kubernetes
    /// <c>staging/src/k8s.io/api/core/v1/toleration.go</c>, <c>ToleratesTaint</c>): an empty effect or key matches
    /// every one, <c>Exists</c> every value, <c>Equal</c> (or no operator) the same value; Lt and Gt, numeric
    /// comparisons no chart here uses, tolerate nothing in this model.
    /// </summary>
    public bool Tolerates(NodeTaint taint)
        => (Effect is null || Effect == taint.KubernetesEffect)
           && (Key is null || Key == taint.Key)
           && Operator switch
           {
               "" or "Equal" => (Value ?? "") == taint.Value,
               "Exists" => true,
               _ => false,
           };
}

/// <summary>A required node affinity expression: a label key, an operator (In, NotIn, Exists, DoesNotExist) and values.</summary>
public sealed record NodeRequirement(string Key, string Operator, ImmutableArray<string> Values)
{
    /// <summary>Whether a node with <paramref name="labels"/> satisfies it.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels) => Operator switch
    {
        "In" => labels.TryGetValue(Key, out var v) && Values.Contains(v),
        "NotIn" => !labels.TryGetValue(Key, out var v) || !Values.Contains(v),
        "Exists" => labels.ContainsKey(Key),
        "DoesNotExist" => !labels.ContainsKey(Key),
        _ => false,
    };
}

/// <summary>
/// Where a pod may run: its tolerations, node selector and required node affinity terms (any one term, every
/// expression of it). A node is open to it when it tolerates every NoSchedule and NoExecute taint of the node
/// (PreferNoSchedule only repels) and the node's labels satisfy the selector and affinity.
/// </summary>
public sealed record PodPlacement(ImmutableArray<Toleration> Tolerations, ImmutableDictionary<string, string> NodeSelector,
    ImmutableArray<ImmutableArray<NodeRequirement>> AffinityTerms)
{
    /// <summary>A pod that tolerates every taint and selects no node: a typical node agent.</summary>
    public static PodPlacement Everywhere { get; } = new(
        [new Toleration(null, "Exists", null, null)], ImmutableDictionary<string, string>.Empty, ImmutableArray<ImmutableArray<NodeRequirement>>.Empty);

    /// <summary>A pod with no tolerations and no selection: it runs on the untainted groups.</summary>
    public static PodPlacement Untainted { get; } = new(
        ImmutableArray<Toleration>.Empty, ImmutableDictionary<string, string>.Empty, ImmutableArray<ImmutableArray<NodeRequirement>>.Empty);

    /// <summary>Whether the pod may run on a node with these taints and labels.</summary>
    public bool CanRunOn(IEnumerable<NodeTaint> taints, IReadOnlyDictionary<string, string> labels)
        => taints.Where(t => t.KubernetesEffect is "NoSchedule" or "NoExecute").All(t => Tolerations.Any(tol => tol.Tolerates(t)))
           && NodeSelector.All(s => labels.TryGetValue(s.Key, out var v) && v == s.Value)
           && (AffinityTerms.IsEmpty || AffinityTerms.Any(term => term.All(r => r.Matches(labels))));

    /// <summary>The placement a pod spec (or a chart's values shaped like one) gives: <c>tolerations</c>, <c>nodeSelector</c>, <c>affinity</c>.</summary>
    public static PodPlacement FromPodSpec(IReadOnlyDictionary<string, object?> spec)
    {
        var tolerations = PolicyValues.AsList(spec.GetValueOrDefault("tolerations")).Select(PolicyValues.AsMap).OfType<ImmutableDictionary<string, object?>>()
            .Select(t => new Toleration(
                PolicyValues.AsString(t.GetValueOrDefault("key")) is { Length: > 0 } key ? key : null,
                PolicyValues.AsString(t.GetValueOrDefault("operator")) ?? "Equal",
                PolicyValues.AsString(t.GetValueOrDefault("value")),
                PolicyValues.AsString(t.GetValueOrDefault("effect")) is { Length: > 0 } effect ? effect : null))
            .ToImmutableArray();
        var selector = (PolicyValues.AsMap(spec.GetValueOrDefault("nodeSelector")) ?? ImmutableDictionary<string, object?>.Empty)
            .Where(p => PolicyValues.AsString(p.Value) is not null)
            .ToImmutableDictionary(p => p.Key, p => PolicyValues.AsString(p.Value)!, StringComparer.Ordinal);
        var terms = PolicyValues.AsList(PolicyValues.At(spec.GetValueOrDefault("affinity"), "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"))
            .Select(term => PolicyValues.AsList(PolicyValues.At(term, "matchExpressions")).Select(PolicyValues.AsMap).OfType<ImmutableDictionary<string, object?>>()
                .Select(e => new NodeRequirement(PolicyValues.AsString(e.GetValueOrDefault("key")) ?? "", PolicyValues.AsString(e.GetValueOrDefault("operator")) ?? "",
                    PolicyValues.AsStrings(e.GetValueOrDefault("values"))))
                .ToImmutableArray())
            .ToImmutableArray();
        return new PodPlacement(tolerations, selector, terms);
    }
}

/// <summary>Kubernetes quantities as the capacity figures use them: CPU in millicores, memory in MiB.</summary>
public static class Quantities
{
    private const decimal Mebibyte = 1024m * 1024m;

    /// <summary>A CPU quantity (<c>"500m"</c>, <c>"2"</c>, or a number) in millicores; null when it is none.</summary>
    public static decimal? Cpu(object? value) => Parse(value) is { } cores ? cores * 1000m : null;

    /// <summary>A memory quantity (<c>"512Mi"</c>, <c>"1G"</c>, or a number of bytes) in MiB; null when it is none.</summary>
    public static decimal? MemoryMiB(object? value) => Parse(value) is { } bytes ? bytes / Mebibyte : null;

    /// <summary>A count (<c>"3"</c> GPUs); null when it is none.</summary>
    public static decimal? Count(object? value) => Parse(value);

    private static decimal? Parse(object? value) => PolicyValues.Plain(value) switch
    {
        string text when Quantity.TryParse(text, out var quantity, out _) => quantity.Value,
        double number => (decimal)number,
        _ => null,
    };
}
#endif
