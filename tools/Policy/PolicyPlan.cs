#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Plan;
using Pulumi.Offline;

namespace Numinia.Infra.Policy;

/// <summary>
/// The resources of a plan as rules read them: by type, by URN, and by the identifiers other resources
/// use to reference them (a subnet's id in a node group's <c>subnetIds</c>, a bucket's name in a
/// versioning resource's <c>bucket</c>).
/// </summary>
public sealed class PolicyPlan
{
    // The properties a reference to a resource may carry besides its provider id.
    private static readonly string[] s_identifierProperties = ["arn", "name", "bucket", "clusterIdentifier", "identifier"];

    private readonly ILookup<string, ResourceRegistration> _byType;
    private readonly Dictionary<string, ResourceRegistration> _byUrn;

    /// <summary>A plan of <paramref name="resources"/>.</summary>
    public PolicyPlan(IEnumerable<ResourceRegistration> resources)
    {
        Resources = resources.ToImmutableArray();
        _byType = Resources.ToLookup(r => r.Type, StringComparer.Ordinal);
        _byUrn = Resources.GroupBy(r => r.Urn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every resource, in declaration order.</summary>
    public ImmutableArray<ResourceRegistration> Resources { get; }

    /// <summary>The resources of one type token, in declaration order.</summary>
    public IEnumerable<ResourceRegistration> OfType(string type) => _byType[type];

    /// <summary>The resources of any of <paramref name="types"/>, in declaration order.</summary>
    public IEnumerable<ResourceRegistration> OfTypes(IEnumerable<string> types)
    {
        var wanted = types.ToHashSet(StringComparer.Ordinal);
        return Resources.Where(r => wanted.Contains(r.Type));
    }

    /// <summary>The resource with <paramref name="urn"/>, if the plan has it.</summary>
    public ResourceRegistration? Find(string urn) => _byUrn.GetValueOrDefault(urn);

    /// <summary>
    /// The identifiers by which other resources reference <paramref name="resource"/>: its provider id and
    /// its <c>arn</c>, <c>name</c>, <c>bucket</c>, <c>clusterIdentifier</c> and <c>identifier</c> (inputs or outputs).
    /// </summary>
    public static ImmutableHashSet<string> IdentifiersOf(ResourceRegistration resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(resource.Id))
        {
            ids.Add(resource.Id);
        }

        foreach (var property in s_identifierProperties)
        {
            foreach (var source in new[] { resource.Outputs, resource.Inputs })
            {
                if (PolicyValues.AsString(source.GetValueOrDefault(property)) is { Length: > 0 } value)
                {
                    ids.Add(value);
                }
            }
        }

        return ids.ToImmutable();
    }

    /// <summary>The resource of <paramref name="type"/> that <paramref name="reference"/> (an id, ARN or name) names, if any.</summary>
    public ResourceRegistration? Resolve(object? reference, string type)
        => PolicyValues.AsString(reference) is { Length: > 0 } value
            ? OfType(type).FirstOrDefault(r => IdentifiersOf(r).Contains(value))
            : null;

    /// <summary>
    /// Whether <paramref name="from"/>'s input <paramref name="property"/> references <paramref name="target"/>:
    /// it holds one of the target's identifiers, or it is unknown at plan time and <paramref name="from"/>
    /// depends on the target (the value will be the target's).
    /// </summary>
    public static bool References(ResourceRegistration from, string property, ResourceRegistration target)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(target);
        var value = from.Input(property);
        if (PolicyValues.IsUnknown(value))
        {
            return from.DependencyUrns.Contains(target.Urn);
        }

        return PolicyValues.AsString(value) is { Length: > 0 } reference && IdentifiersOf(target).Contains(reference);
    }

    /// <summary>The resources of <paramref name="type"/> whose input <paramref name="property"/> references <paramref name="target"/>.</summary>
    public IEnumerable<ResourceRegistration> Referencing(ResourceRegistration target, string type, string property)
        => OfType(type).Where(r => References(r, property, target));
}

/// <summary>Reads the serialized values of registrations: nested maps and lists, numbers as doubles, secrets unwrapped.</summary>
public static class PolicyValues
{
    /// <summary>The input at <paramref name="path"/> (map keys), secrets unwrapped; null when any step is absent.</summary>
    public static object? Input(this ResourceRegistration resource, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return At(resource.Inputs, path);
    }

    /// <summary>The value at <paramref name="path"/> under <paramref name="value"/>, secrets unwrapped.</summary>
    public static object? At(object? value, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = Plain(value);
        foreach (var key in path)
        {
            if (current is not ImmutableDictionary<string, object?> map)
            {
                return null;
            }

            current = Plain(map.GetValueOrDefault(key));
        }

        return current;
    }

    /// <summary>The value under a secret marker (the rules check secret values too).</summary>
    public static object? Plain(object? value) => value is SecretValue secret ? Plain(secret.Value) : value;

    /// <summary>Whether the value is not known at plan time.</summary>
    public static bool IsUnknown(object? value) => Plain(value) is UnknownValue;

    /// <summary>A boolean, also from <c>"true"</c>/<c>"false"</c> (launch templates take strings); null otherwise.</summary>
    public static bool? AsBool(object? value) => Plain(value) switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A number, also from a numeric string; null otherwise.</summary>
    public static double? AsNumber(object? value) => Plain(value) switch
    {
        double d => d,
        string s when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A string; null otherwise.</summary>
    public static string? AsString(object? value) => Plain(value) as string;

    /// <summary>A list's items (empty when the value is not a list).</summary>
    public static ImmutableArray<object?> AsList(object? value)
        => Plain(value) is ImmutableArray<object?> { IsDefault: false } list ? list : ImmutableArray<object?>.Empty;

    /// <summary>A list of strings (non-string items skipped).</summary>
    public static ImmutableArray<string> AsStrings(object? value)
        => AsList(value).Select(AsString).OfType<string>().ToImmutableArray();

    /// <summary>A map; null when the value is not a map.</summary>
    public static ImmutableDictionary<string, object?>? AsMap(object? value) => Plain(value) as ImmutableDictionary<string, object?>;

    /// <summary>The value as a reader sees it in a message: JSON (secrets stay <c>"[secret]"</c>), or <c>unset</c>.</summary>
    public static string Show(object? value)
        => value is null ? "unset" : PlanReport.ToJsonNode(value)?.ToJsonString() ?? "unset";
}
#endif
