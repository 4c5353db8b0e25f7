#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Json;

namespace Numinia.Infra.Policy;

/// <summary>
/// The principal of a statement: <c>"*"</c> (everyone), or principals by kind (<c>AWS</c>, <c>Service</c>,
/// <c>Federated</c>, <c>CanonicalUser</c>).
/// </summary>
public sealed record IamPrincipal(bool Everyone, ImmutableDictionary<string, ImmutableArray<string>> ByKind)
{
    /// <summary>Whether the principal is anyone: <c>"*"</c> or a kind listing <c>"*"</c> (e.g. <c>{"AWS": "*"}</c>).</summary>
    public bool IsWildcard => Everyone || ByKind.Values.Any(v => v.Contains("*"));

    /// <summary>The principals of one kind (empty when none).</summary>
    public ImmutableArray<string> Of(string kind) => ByKind.GetValueOrDefault(kind, ImmutableArray<string>.Empty);
}

/// <summary>One statement of an IAM policy document, with single values normalized to lists.</summary>
public sealed record IamStatement(
    string? Sid,
    bool Allow,
    ImmutableArray<string> Actions,
    ImmutableArray<string> NotActions,
    ImmutableArray<string> Resources,
    ImmutableArray<string> NotResources,
    IamPrincipal? Principal,
    IamPrincipal? NotPrincipal,
    ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>> Conditions)
{
    /// <summary>How a message names the statement: its Sid, or its position.</summary>
    public string Label(int index) => Sid is { Length: > 0 } ? $"statement '{Sid}'" : $"statement {index + 1}";

    /// <summary>The values of condition <paramref name="key"/> under <paramref name="op"/> (empty when absent).</summary>
    public ImmutableArray<string> Condition(string op, string key)
        => Conditions.GetValueOrDefault(op)?.GetValueOrDefault(key, ImmutableArray<string>.Empty) ?? ImmutableArray<string>.Empty;
}

/// <summary>Parses IAM policy documents (identity policies and trust policies) as AWS reads them.</summary>
public static class IamPolicyDocument
{
    /// <summary>The statements of <paramref name="json"/>, or why it is not a policy document.</summary>
    public static bool TryParse(string? json, out ImmutableArray<IamStatement> statements, out string error)
    {
        statements = ImmutableArray<IamStatement>.Empty;
        error = "";
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "the policy document is empty";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("Statement", out var statement))
            {
                error = "the policy document has no Statement";
                return false;
            }

            var items = statement.ValueKind == JsonValueKind.Array ? statement.EnumerateArray().ToArray() : [statement];
            statements = items.Select(ParseStatement).ToImmutableArray();
            return true;
        }
        catch (JsonException e)
        {
            error = $"the policy document is not JSON ({e.Message})";
            return false;
        }
    }

    private static IamStatement ParseStatement(JsonElement statement) => new(
        Sid: statement.TryGetProperty("Sid", out var sid) && sid.ValueKind == JsonValueKind.String ? sid.GetString() : null,
        Allow: !statement.TryGetProperty("Effect", out var effect) || effect.GetString() != "Deny",
        Actions: Strings(statement, "Action"),
        NotActions: Strings(statement, "NotAction"),
        Resources: Strings(statement, "Resource"),
        NotResources: Strings(statement, "NotResource"),
        Principal: Principal(statement, "Principal"),
        NotPrincipal: Principal(statement, "NotPrincipal"),
        Conditions: Conditions(statement));

    private static ImmutableArray<string> Strings(JsonElement parent, string property)
        => parent.TryGetProperty(property, out var value) ? Strings(value) : ImmutableArray<string>.Empty;

    private static ImmutableArray<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Select(Scalar).ToImmutableArray(),
        _ => ImmutableArray.Create(Scalar(value)),
    };

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => value.GetRawText(),
    };

    private static IamPrincipal? Principal(JsonElement statement, string property)
    {
        if (!statement.TryGetProperty(property, out var principal))
        {
            return null;
        }

        if (principal.ValueKind == JsonValueKind.String)
        {
            return new IamPrincipal(principal.GetString() == "*", ImmutableDictionary<string, ImmutableArray<string>>.Empty);
        }

        var byKind = principal.ValueKind == JsonValueKind.Object
            ? principal.EnumerateObject().ToImmutableDictionary(p => p.Name, p => Strings(p.Value), StringComparer.Ordinal)
            : ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        return new IamPrincipal(false, byKind);
    }

    private static ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>> Conditions(JsonElement statement)
    {
        if (!statement.TryGetProperty("Condition", out var condition) || condition.ValueKind != JsonValueKind.Object)
        {
            return ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty;
        }

        // Operators are case-sensitive in AWS; condition keys are not.
        return condition.EnumerateObject().ToImmutableDictionary(
            op => op.Name,
            op => op.Value.ValueKind == JsonValueKind.Object
                ? op.Value.EnumerateObject().ToImmutableDictionary(k => k.Name, k => Strings(k.Value), StringComparer.OrdinalIgnoreCase)
                : ImmutableDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal);
    }

    /// <summary>Renders a list for a message: <c>a, b, c</c>.</summary>
    public static string Join(IEnumerable<string> values) => string.Join(", ", values);
}
#endif
