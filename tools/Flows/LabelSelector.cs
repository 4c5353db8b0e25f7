#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Policy;

namespace Numinia.Infra.Flows;

/// <summary>One <c>matchExpressions</c> item: a key, an operator and its values.</summary>
/// <param name="Key">The label key.</param>
/// <param name="Operator"><c>In</c>, <c>NotIn</c>, <c>Exists</c> or <c>DoesNotExist</c>.</param>
/// <param name="Values">The values of <c>In</c> and <c>NotIn</c>.</param>
public sealed record LabelRequirement(string Key, string Operator, ImmutableArray<string> Values)
{
    /// <summary>
    /// Whether <paramref name="labels"/> meet the requirement, as k8s.io/apimachinery <c>labels.Requirement.Matches</c>
    /// decides it: <c>NotIn</c> and <c>DoesNotExist</c> match a set without the key.
    /// </summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var has = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            "In" => has && Values.Contains(value!),
            "NotIn" => !has || !Values.Contains(value!),
            "Exists" => has,
            "DoesNotExist" => !has,
            _ => throw new InvalidDataException($"Unknown label selector operator '{Operator}' on key '{Key}'."),
        };
    }
}

/// <summary>
/// A Kubernetes label selector (<c>metav1.LabelSelector</c>): every <c>matchLabels</c> pair and every
/// <c>matchExpressions</c> requirement must hold; the empty selector matches everything
/// (<c>metav1.LabelSelectorAsSelector</c>).
/// </summary>
public sealed record LabelSelector(ImmutableDictionary<string, string> MatchLabels, ImmutableArray<LabelRequirement> MatchExpressions)
{
    /// <summary>The empty selector: every object.</summary>
    public static LabelSelector Everything { get; } = new(ImmutableDictionary<string, string>.Empty, ImmutableArray<LabelRequirement>.Empty);

    /// <summary>A selector of exactly these labels.</summary>
    public static LabelSelector Of(IEnumerable<KeyValuePair<string, string>> labels)
        => new(labels.ToImmutableDictionary(StringComparer.Ordinal), ImmutableArray<LabelRequirement>.Empty);

    /// <summary>Whether the selector selects an object with <paramref name="labels"/>.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return MatchLabels.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value)
            && MatchExpressions.All(requirement => requirement.Matches(labels));
    }

    /// <summary>
    /// A selector read from a plan's serialized inputs; null when absent (absence means something different from the
    /// empty selector in a NetworkPolicy peer).
    /// </summary>
    public static LabelSelector? Read(object? value)
    {
        if (PolicyValues.AsMap(value) is not { } map)
        {
            return null;
        }

        var labels = (PolicyValues.AsMap(map.GetValueOrDefault("matchLabels")) ?? ImmutableDictionary<string, object?>.Empty)
            .ToImmutableDictionary(p => p.Key, p => PolicyValues.AsString(p.Value) ?? string.Empty, StringComparer.Ordinal);
        var expressions = PolicyValues.AsList(map.GetValueOrDefault("matchExpressions"))
            .Select(PolicyValues.AsMap)
            .OfType<ImmutableDictionary<string, object?>>()
            .Select(e => new LabelRequirement(
                PolicyValues.AsString(e.GetValueOrDefault("key")) ?? string.Empty,
                PolicyValues.AsString(e.GetValueOrDefault("operator")) ?? string.Empty,
                PolicyValues.AsStrings(e.GetValueOrDefault("values"))))
            .ToImmutableArray();
        return new LabelSelector(labels, expressions);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = MatchLabels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")
            .Concat(MatchExpressions.Select(e => e.Values.IsDefaultOrEmpty ? $"{e.Key} {e.Operator}" : $"{e.Key} {e.Operator} ({string.Join(",", e.Values)})"));
        return "{" + string.Join(",", parts) + "}";
    }
}
#endif
