using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    private static readonly Regex s_tenantDnsLabel = new("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantDomain = new(
        @"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantSettingKey = new("^[A-Za-z_][A-Za-z0-9_.-]{0,127}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantLabelName = new("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantLabelValue = new("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly ImmutableArray<string> s_organizationFields = ImmutableArray.Create(
        "name", "environments", "domains", "acmeEmail", "quota", "containerDefaults", "developerArns", "viewerArns", "appSettings", "labels", "liveSecretNames");

    private static readonly ImmutableArray<string> s_environmentFields = ImmutableArray.Create("name", "namespace", "quota", "containerDefaults");

    private static readonly ImmutableArray<string> s_quotaFields = ImmutableArray.Create(
        "requestsCpu", "requestsMemory", "limitsCpu", "limitsMemory", "pods", "persistentVolumeClaims", "requestsStorage", "gpus");

    private static readonly ImmutableArray<string> s_containerFields = ImmutableArray.Create("requestCpu", "requestMemory", "limitCpu", "limitMemory");

    // The cluster-wide access lists: a principal there already has the cluster's one access entry.
    private static readonly ImmutableArray<string> s_clusterPrincipalKeys = ImmutableArray.Create(
        ClusterSettings.Keys.ClusterAdminArns, ClusterSettings.Keys.ClusterDeveloperArns, ClusterSettings.Keys.ClusterViewerArns,
        ClusterSettings.Keys.MonitoringReaderArns);

    private const string TenantDnsLabelRule = "is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)";

    /// <summary>
    /// Reads and validates only <c>numinia-infra:organizations</c> (for tests and tools that need no whole stack);
    /// throws <see cref="ConfigValidationException"/> listing every problem.
    /// </summary>
    public static TenantsSettings ReadTenantsOnly(Func<string, string?> get, IEnumerable<string>? platformNamespaces = null)
    {
        var reader = new ConfigReader(get);
        var tenants = new TenantsSettings { Organizations = reader.ReadOrganizations(platformNamespaces) };
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : tenants;
    }

    /// <summary>The tenants; problems are collected with the others.</summary>
    internal TenantsSettings ReadTenants()
    {
        var tenancy = ReadTenancy();
        _ = PlatformStackName();
        var organization = EmptyIsUnset(TenantStackConfig.OrganizationKey);
        if (organization is not null)
        {
            Problem(TenantStackConfig.OrganizationKey, organization, "is set, which makes this a tenant stack; the platform stack must not set it");
        }

        return new TenantsSettings { Organizations = ReadOrganizations(), Tenancy = tenancy };
    }

    /// <summary><c>numinia-infra:tenancy</c>, read by both kinds of stack so that a typo fails wherever it is set.</summary>
    private Tenancy ReadTenancy()
    {
        var tenancyText = String(TenantsSettings.TenancyKey, "inline");
        return tenancyText switch
        {
            "inline" => Tenancy.Inline,
            "stacks" => Tenancy.Stacks,
            _ => Invalid(Tenancy.Inline, TenantsSettings.TenancyKey, tenancyText,
                "is not a tenancy (expected inline: organizations in the platform stack, or stacks: one stack per organization)"),
        };
    }

    /// <summary>
    /// The namespaces no tenant may take: the platform's (<see cref="TenantsSettings.PlatformNamespaces"/>) and every
    /// namespace a shared service runs, scrapes or installs a release in, so a new shared service reserves its own.
    /// </summary>
    public static ImmutableHashSet<string> ReservedNamespaces { get; } = ReservedNamespacesOf(SharedServices.All);

    /// <summary>The namespaces no tenant may take on a platform running <paramref name="services"/>.</summary>
    public static ImmutableHashSet<string> ReservedNamespacesOf(IEnumerable<Components.Addons.ISharedService> services)
        => TenantsSettings.PlatformNamespaces
            .Concat(services.SelectMany(s => s.MetricsPorts.Keys.Concat(s.Renderings.Select(r => r.Namespace)).Append(s.Namespace)))
            .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The organizations of <c>numinia-infra:organizations</c> (the live four when absent), parsed once and
    /// validated in one pass: each problem names its key with a path (<c>organizations[2].environments[0].name</c>).
    /// <paramref name="platformNamespaces"/> are namespaces no tenant may take (default <see cref="ReservedNamespaces"/>).
    /// </summary>
    internal ImmutableArray<OrganizationSpec> ReadOrganizations(IEnumerable<string>? platformNamespaces = null)
    {
        const string key = TenantsSettings.OrganizationsKey;
        var raw = _get(Key(key)) ?? TenantsSettings.LiveOrganizationsJson;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw);
        }
        catch (JsonException e)
        {
            Problem(key, TenantExcerpt(raw), $"is not valid JSON ({e.Message}); expected a list of organizations");
            return ImmutableArray<OrganizationSpec>.Empty;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                Problem(key, TenantExcerpt(raw), "is not a list of organizations (expected [{ name, environments, ... }, ...])");
                return ImmutableArray<OrganizationSpec>.Empty;
            }

            var seen = new TenantsSeen(
                (platformNamespaces ?? ReservedNamespaces).ToHashSet(StringComparer.Ordinal),
                ClusterPrincipals());
            var organizations = ImmutableArray.CreateBuilder<OrganizationSpec>(document.RootElement.GetArrayLength());
            var paths = new List<string>(document.RootElement.GetArrayLength());
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (ReadOrganization($"{key}[{index}]", index, element, seen) is { } organization)
                {
                    organizations.Add(organization);
                    paths.Add($"{key}[{index}]");
                }

                index++;
            }

            TenantCheckLiveSecretNames(organizations.ToImmutable(), paths);
            return organizations.ToImmutable();
        }
    }

    /// <summary>What the organizations before the current one took: names, namespaces, domains, principals.</summary>
    private sealed record TenantsSeen(HashSet<string> PlatformNamespaces, Dictionary<string, string> ClusterPrincipals)
    {
        public Dictionary<string, int> Organizations { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Namespaces { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Domains { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Principals { get; } = new(StringComparer.Ordinal);

        // Pulumi names of each environment's resources start with "<org>-<env>", of access entries with
        // "<org>-developer-<principal>" or "<org>-viewer-<principal>": two organizations must not give the same.
        public Dictionary<string, string> EnvironmentPrefixes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> AccessEntryNames { get; } = new(StringComparer.Ordinal);
    }

    private OrganizationSpec? ReadOrganization(string path, int index, JsonElement element, TenantsSeen seen)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, TenantExcerpt(element.GetRawText()), "is not an organization (expected an object { name, environments, ... })");
            return null;
        }

        TenantUnknownFields(element, path, s_organizationFields, "an organization");
        var name = TenantString(element, path, "name");
        if (name is null)
        {
            if (!element.TryGetProperty("name", out _))
            {
                Problem($"{path}.name", null, "is missing; every organization needs a name (a DNS-1123 label)");
            }

            return null;
        }

        var nameOk = s_tenantDnsLabel.IsMatch(name);
        if (!nameOk)
        {
            Problem($"{path}.name", name, TenantDnsLabelRule);
        }
        else if (TenantsSettings.PlatformIssuers.Contains($"letsencrypt-{name}"))
        {
            Problem($"{path}.name", name, $"would name the organization's ClusterIssuer letsencrypt-{name}, which is one of the platform's");
        }
        else if (seen.Organizations.TryGetValue(name, out var first))
        {
            Problem($"{path}.name", name, $"is a duplicate: {TenantsSettings.OrganizationsKey}[{first}] has the same name");
        }
        else
        {
            seen.Organizations[name] = index;
        }

        var quota = TenantQuota(element, path, OrganizationSpec.DefaultQuota);
        var containers = TenantContainers(element, path, ContainerResources.TypeScriptService);
        TenantCheckResources(path, quota, containers);

        var domains = TenantDomains(element, path, name, seen);
        var email = TenantString(element, path, "acmeEmail");
        if (email is not null && EmailProblem(email) is { } emailProblem)
        {
            Problem($"{path}.acmeEmail", email, emailProblem);
        }

        var accessEntryKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var developers = TenantPrincipals(element, path, name, "developerArns", seen, accessEntryKeys);
        var viewers = TenantPrincipals(element, path, name, "viewerArns", seen, accessEntryKeys);
        var settings = TenantSettingKeys(element, path);
        var labels = TenantLabels(element, path);
        var liveSecretNames = TenantFlag(element, path, "liveSecretNames");

        var spec = new OrganizationSpec
        {
            Name = name,
            Environments = ImmutableArray<EnvironmentSpec>.Empty,
            Domains = domains,
            AcmeEmail = email,
            Quota = quota,
            ContainerDefaults = containers,
            DeveloperArns = developers,
            ViewerArns = viewers,
            AppSettingsKeys = settings,
            Labels = labels,
            LiveSecretNames = liveSecretNames,
        };
        return spec with { Environments = TenantEnvironments(element, path, spec, nameOk, seen) };
    }

    private ImmutableArray<EnvironmentSpec> TenantEnvironments(JsonElement organization, string path, OrganizationSpec spec, bool nameOk, TenantsSeen seen)
    {
        var environmentsPath = $"{path}.environments";
        if (!organization.TryGetProperty("environments", out var list))
        {
            var defaults = TenantsSettings.DefaultEnvironmentNames.Select(e => new EnvironmentSpec { Name = e }).ToImmutableArray();
            for (var i = 0; i < defaults.Length; i++)
            {
                TenantCheckNamespace($"{environmentsPath}[{i}]", spec, defaults[i], nameOk, seen);
            }

            return defaults;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            Problem(environmentsPath, TenantExcerpt(list.GetRawText()), "is not a list of environments (expected [{ name: pre }, { name: pro }])");
            return ImmutableArray<EnvironmentSpec>.Empty;
        }

        if (list.GetArrayLength() == 0)
        {
            Problem(environmentsPath, "[]", "is empty; an organization needs at least one environment (leave the key out for pre and pro)");
            return ImmutableArray<EnvironmentSpec>.Empty;
        }

        var environments = ImmutableArray.CreateBuilder<EnvironmentSpec>(list.GetArrayLength());
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            var environmentPath = $"{environmentsPath}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(environmentPath, TenantExcerpt(element.GetRawText()), "is not an environment (expected an object { name, namespace?, quota?, containerDefaults? })");
                continue;
            }

            TenantUnknownFields(element, environmentPath, s_environmentFields, "an environment");
            var name = TenantString(element, environmentPath, "name");
            if (name is null)
            {
                if (!element.TryGetProperty("name", out _))
                {
                    Problem($"{environmentPath}.name", null, "is missing; every environment needs a name (a DNS-1123 label)");
                }

                continue;
            }

            if (!s_tenantDnsLabel.IsMatch(name))
            {
                Problem($"{environmentPath}.name", name, TenantDnsLabelRule);
                continue;
            }

            if (!names.Add(name))
            {
                Problem($"{environmentPath}.name", name, $"is a duplicate: the organization {spec.Name} already has an environment {name}");
                continue;
            }

            if (spec.Name.Length + 1 + name.Length > TenantsSettings.MaxOrganizationEnvironmentLength)
            {
                Problem($"{environmentPath}.name", name,
                    $"makes '{spec.Name}-{name}' longer than {TenantsSettings.MaxOrganizationEnvironmentLength} characters, too long for the name of its IAM role (64 at most)");
            }

            var ns = TenantString(element, environmentPath, "namespace");
            if (ns is not null && !s_tenantDnsLabel.IsMatch(ns))
            {
                Problem($"{environmentPath}.namespace", ns, TenantDnsLabelRule);
                ns = null;
            }

            NamespaceQuota? quota = null;
            ContainerResources? containers = null;
            if (element.TryGetProperty("quota", out _) || element.TryGetProperty("containerDefaults", out _))
            {
                quota = TenantQuota(element, environmentPath, spec.Quota);
                containers = TenantContainers(element, environmentPath, spec.ContainerDefaults);
                TenantCheckResources(environmentPath, quota, containers);
            }

            var environment = new EnvironmentSpec { Name = name, Namespace = ns, Quota = quota, ContainerDefaults = containers };
            TenantCheckNamespace(environmentPath, spec, environment, nameOk, seen);
            environments.Add(environment);
        }

        return environments.ToImmutable();
    }
}
