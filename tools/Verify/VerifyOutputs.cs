using System.Text.Json;
using Numinia.Stacks.Contract;

namespace Numinia.Infra.Verify;

/// <summary>
/// The stack outputs verify reads, from the JSON of <c>pulumi stack output --json --show-secrets</c>, by the names of
/// <see cref="PlatformOutputNames"/>.
/// </summary>
public sealed record VerifyOutputs
{
    /// <summary>The EKS cluster's name.</summary>
    public string ClusterName { get; init; } = "";

    /// <summary>The base domain Knative services are published under.</summary>
    public string BaseDomain { get; init; } = "";

    /// <summary>The hostname that resolves to Kourier's load balancer.</summary>
    public string KourierHostname { get; init; } = "";

    /// <summary>The managed node groups' names.</summary>
    public IReadOnlyList<string> NodeGroupNames { get; init; } = [];

    /// <summary>The cert-manager ClusterIssuers' names.</summary>
    public IReadOnlyList<string> ClusterIssuers { get; init; } = [];

    /// <summary>The External Secrets ClusterSecretStore's name.</summary>
    public string SecretStoreName { get; init; } = "";

    /// <summary>Reads the outputs; a missing output is reported as missing, naming it.</summary>
    public static VerifyOutputs Parse(string json, out IReadOnlyList<string> missing)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var absent = new List<string>();
        string Text(string name)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }

            absent.Add(name);
            return "";
        }

        IReadOnlyList<string> Names(string name)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
            {
                return [.. value.EnumerateArray().Select(v => v.GetString() ?? "")];
            }

            absent.Add(name);
            return [];
        }

        var outputs = new VerifyOutputs
        {
            ClusterName = Text(PlatformOutputNames.ClusterName),
            BaseDomain = Text(PlatformOutputNames.BaseDomain),
            KourierHostname = Text(PlatformOutputNames.KourierHostname),
            NodeGroupNames = Names(PlatformOutputNames.NodeGroupNames),
            ClusterIssuers = Names(PlatformOutputNames.ClusterIssuers),
            SecretStoreName = Text(PlatformOutputNames.SecretStoreName),
        };
        missing = absent;
        return outputs;
    }
}
