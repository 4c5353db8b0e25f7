#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Infra.Policy;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// Hand-built plans for the policy rules: registrations as the offline engine records them (inputs as
/// nested immutable maps and lists, numbers as doubles; the string "[unknown]" stands for a value
/// unknown at plan time). Outputs are the inputs plus <c>outputs</c>; ids default to <c>&lt;name&gt;-id</c>.
/// </summary>
internal sealed class PlanFixture
{
    public const string Unknown = "[unknown]";

    private readonly List<ResourceRegistration> _resources = [];

    public ImmutableArray<ResourceRegistration> Resources => [.. _resources];

    public ResourceRegistration Add(string type, string name, object? inputs = null, bool protect = false, string? id = null,
        object? outputs = null, ResourceRegistration[]? dependsOn = null)
    {
        var serialized = Serialize(inputs);
        var registration = new ResourceRegistration(
            Urn: $"urn:pulumi:test::numinia-infra::{type}::{name}",
            Type: type,
            Name: name,
            Custom: true,
            Remote: false,
            ParentUrn: null,
            ProviderUrn: null,
            DependencyUrns: [.. (dependsOn ?? []).Select(d => d.Urn)],
            Options: new RegistrationOptions(protect, false, false, [], [], [], [], null, []),
            Inputs: serialized,
            Outputs: serialized.SetItems(Serialize(outputs)),
            Id: id ?? $"{name}-id");
        _resources.Add(registration);
        return registration;
    }

    /// <summary>The violations <paramref name="rule"/> finds in this plan.</summary>
    public ImmutableArray<PolicyViolation> Check(PolicyRule rule) => [.. rule.Check(new PolicyPlan(Resources))];

    /// <summary>An anonymous object, dictionary or JSON text as a registration's serialized inputs.</summary>
    public static ImmutableDictionary<string, object?> Serialize(object? value)
    {
        var element = value switch
        {
            null => JsonSerializer.SerializeToElement(new { }),
            string json => JsonDocument.Parse(json).RootElement,
            _ => JsonSerializer.SerializeToElement(value),
        };
        return (ImmutableDictionary<string, object?>)FromJson(element)!;
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToImmutableDictionary(p => p.Name, p => FromJson(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToImmutableArray(),
        JsonValueKind.String when element.GetString() == Unknown => UnknownValue.Instance,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    // Compliant building blocks several rules share.

    public const string OidcIssuer = "oidc.eks.eu-west-1.amazonaws.com/id/ABC123";

    public const string OidcProviderArn = "arn:aws:iam::111122223333:oidc-provider/" + OidcIssuer;

    public ResourceRegistration KmsKey(string name = "key", bool rotate = true, bool protect = true)
        => Add(PolicyTokens.KmsKey, name, new { enableKeyRotation = rotate }, protect: protect, id: $"{name}-key-id",
            outputs: new { arn = $"arn:aws:kms:eu-west-1:111122223333:key/{name}-key-id" });

    public ResourceRegistration Subnet(string name, string zone, bool privateTier)
        => Add(PolicyTokens.Subnet, name, new Dictionary<string, object>
        {
            ["availabilityZone"] = zone,
            ["mapPublicIpOnLaunch"] = false,
            ["tags"] = privateTier
                ? new Dictionary<string, string> { ["Tier"] = "private", [Policy.Rules.NodeGroupPlacement.PrivateTierTag] = "1" }
                : new Dictionary<string, string> { ["Tier"] = "public", [Policy.Rules.NodeGroupPlacement.PublicTierTag] = "1" },
        }, id: $"subnet-{name}");

    /// <summary>A trust policy for one service account of the fixture's OIDC provider.</summary>
    public static string IrsaTrust(string subject = "system:serviceaccount:kube-system:cluster-autoscaler", string audience = "sts.amazonaws.com",
        string op = "StringEquals")
        => JsonSerializer.Serialize(new
        {
            Version = "2012-10-17",
            Statement = new[]
            {
                new
                {
                    Effect = "Allow",
                    Principal = new { Federated = new[] { OidcProviderArn } },
                    Action = new[] { "sts:AssumeRoleWithWebIdentity" },
                    Condition = new Dictionary<string, Dictionary<string, string[]>>
                    {
                        [op] = new() { [$"{OidcIssuer}:sub"] = [subject], [$"{OidcIssuer}:aud"] = [audience] },
                    },
                },
            },
        });

    /// <summary>A policy document of the given statements (anonymous objects in AWS's shape).</summary>
    public static string Document(params object[] statements)
        => JsonSerializer.Serialize(new { Version = "2012-10-17", Statement = statements });

    /// <summary>A Kubernetes object's inputs: apiVersion/kind implied by the type, metadata and the rest.</summary>
    public static Dictionary<string, object?> Object(string? name, string? ns = null, Dictionary<string, string>? labels = null, Dictionary<string, object?>? rest = null)
    {
        var metadata = new Dictionary<string, object?>();
        if (name != null)
        {
            metadata["name"] = name;
        }

        if (ns != null)
        {
            metadata["namespace"] = ns;
        }

        if (labels != null)
        {
            metadata["labels"] = labels;
        }

        var result = new Dictionary<string, object?> { ["metadata"] = metadata };
        foreach (var (key, value) in rest ?? [])
        {
            result[key] = value;
        }

        return result;
    }
}
#endif
