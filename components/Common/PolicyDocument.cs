using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Numinia.Components.Common;

/// <summary>An IAM policy document, built as typed objects and serialized to the JSON IAM reads.</summary>
public sealed record PolicyDocument
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Converters = { new SortedKeysConverter() },
    };

    /// <summary>The policy language version.</summary>
    [JsonPropertyName("Version")]
    public string Version { get; init; } = "2012-10-17";

    /// <summary>The statements.</summary>
    [JsonPropertyName("Statement")]
    public ImmutableArray<PolicyStatement> Statement { get; init; } = ImmutableArray<PolicyStatement>.Empty;

    /// <summary>A document of the given statements.</summary>
    public static PolicyDocument Of(params PolicyStatement[] statements) => new() { Statement = statements.ToImmutableArray() };

    /// <summary>The document as IAM JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, s_options);

    /// <summary>Reads a document back from IAM JSON (used by tests and policy checks).</summary>
    public static PolicyDocument FromJson(string json)
        => JsonSerializer.Deserialize<PolicyDocument>(json, s_options) ?? throw new FormatException("The policy document is empty.");
}

/// <summary>One statement of an IAM policy.</summary>
public sealed record PolicyStatement
{
    /// <summary>An optional statement id.</summary>
    [JsonPropertyName("Sid")]
    public string? Sid { get; init; }

    /// <summary><c>Allow</c> or <c>Deny</c>.</summary>
    [JsonPropertyName("Effect")]
    public string Effect { get; init; } = "Allow";

    /// <summary>Who the statement applies to (trust policies only).</summary>
    [JsonPropertyName("Principal")]
    public ImmutableDictionary<string, ImmutableArray<string>>? Principal { get; init; }

    /// <summary>The actions.</summary>
    [JsonPropertyName("Action")]
    public ImmutableArray<string> Action { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The resources (omitted in trust policies).</summary>
    [JsonPropertyName("Resource")]
    public ImmutableArray<string>? Resource { get; init; }

    /// <summary>Conditions: operator, then key, then allowed values.</summary>
    [JsonPropertyName("Condition")]
    public ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>? Condition { get; init; }

    /// <summary>An allow statement of the actions on the resources.</summary>
    public static PolicyStatement Allow(IEnumerable<string> actions, IEnumerable<string> resources, string? sid = null)
        => new() { Sid = sid, Action = actions.ToImmutableArray(), Resource = resources.ToImmutableArray() };

    /// <summary>A trust statement letting an AWS service assume the role.</summary>
    public static PolicyStatement AllowServiceToAssume(string service)
        => new()
        {
            Action = ImmutableArray.Create("sts:AssumeRole"),
            Principal = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("Service", ImmutableArray.Create(service)),
        };
}
