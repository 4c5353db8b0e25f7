using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Numinia.Components.Access;
using Numinia.Components.Addons;
using Numinia.Components.Cluster;
using Numinia.Components.Compute;
using Numinia.Components.Data;
using Numinia.Components.Kubernetes;
using Numinia.Components.Network;
using Numinia.Components.Tenants;

namespace Numinia.Stacks.Config;

/// <summary>
/// The keys of the project's namespace (<c>numinia-infra:</c>) a stack may set: every key Pulumi.yaml declares, and
/// <c>organizations</c>, which Pulumi's project config cannot declare (a list of objects) and README.md documents. A test
/// keeps this list equal to Pulumi.yaml. The program checks every key it is given against it, because the Pulumi CLI
/// does not: it validates the keys the project declares and passes any other key to the program unchecked
/// (pulumi/pulumi v3.259.0, pkg/workspace/config.go, mergeConfig and validateStackConfigValues).
/// </summary>
public static class ConfigKeys
{
    /// <summary>
    /// The keys of the project's namespace, without the namespace: the stack's own keys, the platform's DNS and
    /// namespaces, and the keys every shared service says its settings read.
    /// </summary>
    public static readonly ImmutableSortedSet<string> Declared = Own
        .Union([DnsSettings.BaseDomainKey, DnsSettings.HostedZoneIdKey, DnsSettings.ImportZoneIdKey, DnsSettings.ZoneCommentKey])
        .Union([PlatformNamespacesSettings.NamespaceQuotasKey, PlatformNamespacesSettings.DeveloperNamespacesKey])
        .Union(SharedServices.All.SelectMany(s => s.ConfigKeys));

    /// <summary>The AWS account a stack deploys to (the provider refuses any other).</summary>
    public const string AccountIdKey = "accountId";

    /// <summary>The Environment tag every AWS resource carries.</summary>
    public const string EnvironmentKey = "environment";

    // The keys the stack reads itself: each settings record's Keys (network, cluster, node groups, access, data, tenancy),
    // written once there.
    private static ImmutableSortedSet<string> Own => ImmutableSortedSet.CreateRange(
        StringComparer.Ordinal,
        new[] { AccountIdKey, EnvironmentKey, TenantsSettings.TenancyKey, TenantsSettings.OrganizationsKey, TenantStackConfig.OrganizationKey, TenantStackConfig.PlatformStackKey }
            .Concat(ConstantsOf(typeof(NetworkSettings.Keys)))
            .Concat(ConstantsOf(typeof(NetworkImports.Keys)))
            .Append(Components.Common.Adoption.PhaseKey)
            .Concat(ConstantsOf(typeof(ClusterSettings.Keys)))
            .Concat(ConstantsOf(typeof(VpnSettings.Keys)))
            .Concat(ConstantsOf(typeof(StaticsBucketSettings.Keys)))
            .Concat(ConstantsOf(typeof(DatabaseSettings.Keys)))
            .Concat(ConstantsOf(typeof(DatabaseImports.Keys)))
            .Concat(ConstantsOf(typeof(StaticsCdnSettings.Keys)))
            .Concat(NodeGroupSpec.Live.SelectMany(group => ConstantsOf(typeof(NodeGroupSpec.Keys)).Select(group.KeyOf))));

    /// <summary>The values of a Keys class's string constants.</summary>
    private static IEnumerable<string> ConstantsOf(Type keys)
        => keys.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>
    /// The keys whose value must be a secret (<c>pulumi config set --secret</c>). Pulumi.yaml cannot say so: the Pulumi CLI
    /// demands a value of every stack for a declared key without a default, and refuses a default that is not encrypted
    /// for one declared <c>secret: true</c> (pulumi/pulumi pkg/workspace/config.go, mergeConfig and
    /// validateStackConfigValue), which would make tenant stacks set a Grafana password they never use. The program holds
    /// the rule instead: a platform stack's value must be one the engine hands it as a secret.
    /// </summary>
    public static readonly ImmutableSortedSet<string> Secret = ImmutableSortedSet.Create(StringComparer.Ordinal, "grafanaAdminPassword", "fluxDeployKey");

    /// <summary>
    /// How a stack file marks a value nobody has read yet (<c>"&lt;fill in: where to read it&gt;"</c>, alone or as a list's
    /// item): the live platform's repositories do not hold it (../shared/LIVE.md marks it unknown). The offline plan plans
    /// with the key's default and names it; the program refuses it, so <c>pulumi preview</c> and <c>pulumi up</c> never run
    /// with it.
    /// </summary>
    public const string FillInMarker = "<fill in:";

    /// <summary>
    /// What a placeholder value says to fill in, or null when <paramref name="value"/> is not one: the value, or an item of
    /// the JSON list it is (Pulumi hands a YAML list to the program as JSON), is <c>&lt;fill in: …&gt;</c>.
    /// </summary>
    public static string? FillInHint(string value)
    {
        static string? Hint(string text) => text.StartsWith(FillInMarker, StringComparison.Ordinal) && text.EndsWith('>')
            ? text[FillInMarker.Length..^1].Trim()
            : null;

        if (!value.StartsWith('['))
        {
            return Hint(value);
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => Hint(e.GetString()!)).FirstOrDefault(h => h is not null)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The environment variable the language host hands the program its config in.</summary>
    public const string PulumiConfigVariable = "PULUMI_CONFIG";

    /// <summary>The environment variable the language host lists the secret config keys in (a JSON array of full keys).</summary>
    public const string PulumiConfigSecretKeysVariable = "PULUMI_CONFIG_SECRET_KEYS";

    /// <summary>
    /// The full keys whose values the engine handed the program as secrets, from <c>PULUMI_CONFIG_SECRET_KEYS</c>
    /// (pulumi-language-dotnet/main.go constructConfigSecretKeys; pulumi-dotnet Deployment_Config.cs ParseConfigSecretKeys).
    /// Null when the variable is unset or unreadable: then secrecy cannot be checked.
    /// </summary>
    public static IReadOnlySet<string>? SecretKeysFromEnvironment()
    {
        var json = Environment.GetEnvironmentVariable(PulumiConfigSecretKeysVariable);
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => CleanKey(e.GetString()!))
                    .ToImmutableHashSet(StringComparer.Ordinal)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Every key the program was given, read as the Pulumi SDK reads its config: the JSON object in
    /// <c>PULUMI_CONFIG</c>, with the old spelling <c>namespace:config:name</c> cleaned to <c>namespace:name</c>
    /// (pulumi-dotnet v3.112.1, sdk/Pulumi/Deployment/Deployment_Config.cs, ParseConfig and CleanKey; the language host
    /// sets the variable from the run request's config, pulumi-language-dotnet/main.go, constructEnv). The SDK keeps
    /// the map internal and <c>Config</c> only answers for a key it is asked, so the program reads the variable
    /// itself. Null when the variable is unset or unreadable: then no key can be checked.
    /// </summary>
    public static IReadOnlyList<string>? FromEnvironment()
    {
        var json = Environment.GetEnvironmentVariable(PulumiConfigVariable);
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().Select(p => CleanKey(p.Name)).ToImmutableArray()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string CleanKey(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && key.AsSpan(colon + 1).StartsWith("config:", StringComparison.Ordinal)
            ? string.Concat(key.AsSpan(0, colon), ":", key.AsSpan(colon + 1 + "config:".Length))
            : key;
    }
}
