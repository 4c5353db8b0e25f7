using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    private static readonly Regex s_tenantDnsLabel = new("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantDomain = new(
        @"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantEmail = new(
        @"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantSettingKey = new("^[A-Za-z_][A-Za-z0-9_.-]{0,127}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantLabelName = new("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_tenantLabelValue = new("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly ImmutableArray<string> s_organizationFields = ImmutableArray.Create(
        "name", "environments", "domains", "acmeEmail", "quota", "containerDefaults", "developerArns", "viewerArns", "appSettings", "labels");

    private static readonly ImmutableArray<string> s_environmentFields = ImmutableArray.Create("name", "namespace", "quota", "containerDefaults");

    private static readonly ImmutableArray<string> s_quotaFields = ImmutableArray.Create(
        "requestsCpu", "requestsMemory", "limitsCpu", "limitsMemory", "pods", "persistentVolumeClaims", "requestsStorage", "gpus");

    private static readonly ImmutableArray<string> s_containerFields = ImmutableArray.Create("requestCpu", "requestMemory", "limitCpu", "limitMemory");

    // The cluster-wide access lists: a principal there already has the cluster's one access entry.
    private static readonly ImmutableArray<string> s_clusterPrincipalKeys = ImmutableArray.Create(
        "clusterAdminArns", "clusterDeveloperArns", "clusterViewerArns", "monitoringReaderArns");

    private const string TenantDnsLabelRule = "is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)";
    private const string OneAccessEntryRule = "an IAM principal has one access entry in the cluster";

    /// <summary>
    /// Reads and validates only <c>numinia-infra:organizations</c> (for tests and tools that need no whole stack);
    /// throws <see cref="ConfigValidationException"/> listing every problem.
    /// </summary>
    public static TenantsConfig ReadTenantsOnly(Func<string, string?> get, IEnumerable<string>? platformNamespaces = null)
    {
        var reader = new ConfigReader(get);
        var tenants = new TenantsConfig { Organizations = reader.ReadOrganizations(platformNamespaces) };
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : tenants;
    }

    /// <summary>The tenants; problems are collected with the others.</summary>
    internal TenantsConfig ReadTenants() => new() { Organizations = ReadOrganizations() };

    /// <summary>
    /// The organizations of <c>numinia-infra:organizations</c> (the live four when absent), parsed once and
    /// validated in one pass: each problem names its key with a path (<c>organizations[2].environments[0].name</c>).
    /// <paramref name="platformNamespaces"/> are namespaces no tenant may take (default <see cref="TenantsConfig.PlatformNamespaces"/>).
    /// </summary>
    internal ImmutableArray<OrganizationSpec> ReadOrganizations(IEnumerable<string>? platformNamespaces = null)
    {
        const string key = TenantsConfig.OrganizationsKey;
        var raw = _get(Key(key)) ?? TenantsConfig.LiveOrganizationsJson;
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
                (platformNamespaces ?? TenantsConfig.PlatformNamespaces).ToHashSet(StringComparer.Ordinal),
                ClusterPrincipals());
            var organizations = ImmutableArray.CreateBuilder<OrganizationSpec>(document.RootElement.GetArrayLength());
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (ReadOrganization($"{key}[{index}]", index, element, seen) is { } organization)
                {
                    organizations.Add(organization);
                }

                index++;
            }

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
        else if (TenantsConfig.PlatformIssuers.Contains($"letsencrypt-{name}"))
        {
            Problem($"{path}.name", name, $"would name the organization's ClusterIssuer letsencrypt-{name}, which is one of the platform's");
        }
        else if (seen.Organizations.TryGetValue(name, out var first))
        {
            Problem($"{path}.name", name, $"is a duplicate: {TenantsConfig.OrganizationsKey}[{first}] has the same name");
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
        if (email is not null && !s_tenantEmail.IsMatch(email))
        {
            Problem($"{path}.acmeEmail", email, "is not an email address (expected name@example.org); ACME accounts need one for expiry notices");
        }

        var accessEntryKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var developers = TenantPrincipals(element, path, name, "developerArns", seen, accessEntryKeys);
        var viewers = TenantPrincipals(element, path, name, "viewerArns", seen, accessEntryKeys);
        var settings = TenantSettingKeys(element, path);
        var labels = TenantLabels(element, path);

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
        };
        return spec with { Environments = TenantEnvironments(element, path, spec, nameOk, seen) };
    }

    private ImmutableArray<EnvironmentSpec> TenantEnvironments(JsonElement organization, string path, OrganizationSpec spec, bool nameOk, TenantsSeen seen)
    {
        var environmentsPath = $"{path}.environments";
        if (!organization.TryGetProperty("environments", out var list))
        {
            var defaults = TenantsConfig.DefaultEnvironmentNames.Select(e => new EnvironmentSpec { Name = e }).ToImmutableArray();
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

            if (spec.Name.Length + 1 + name.Length > TenantsConfig.MaxOrganizationEnvironmentLength)
            {
                Problem($"{environmentPath}.name", name,
                    $"makes '{spec.Name}-{name}' longer than {TenantsConfig.MaxOrganizationEnvironmentLength} characters, too long for the name of its IAM role (64 at most)");
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

    private void TenantCheckNamespace(string environmentPath, OrganizationSpec spec, EnvironmentSpec environment, bool nameOk, TenantsSeen seen)
    {
        if (!nameOk && environment.Namespace is null)
        {
            return;
        }

        if (nameOk)
        {
            var prefix = $"{spec.Name}-{environment.Name}";
            if (seen.EnvironmentPrefixes.TryGetValue(prefix, out var twin))
            {
                Problem($"{environmentPath}.name", environment.Name,
                    $"gives its resources the Pulumi names '{prefix}-...', as {twin} does; rename one of the organizations or environments");
            }
            else
            {
                seen.EnvironmentPrefixes[prefix] = $"the organization {spec.Name}'s environment {environment.Name}";
            }
        }

        var ns = spec.NamespaceOf(environment);
        var key = environment.Namespace is null ? $"{environmentPath}.name" : $"{environmentPath}.namespace";
        var value = environment.Namespace ?? environment.Name;
        var owner = $"the organization {spec.Name}'s environment {environment.Name}";
        if (ns.Length > 63 || !s_tenantDnsLabel.IsMatch(ns))
        {
            Problem(key, value, $"gives the namespace '{ns}', which {TenantDnsLabelRule}");
        }
        else if (seen.PlatformNamespaces.Contains(ns) || ns.StartsWith("kube-", StringComparison.Ordinal))
        {
            Problem(key, value, $"gives the namespace '{ns}', which is a namespace of the platform; set {environmentPath}.namespace to another name");
        }
        else if (seen.Namespaces.TryGetValue(ns, out var other))
        {
            Problem(key, value, $"gives the namespace '{ns}', which is already that of {other}; set {environmentPath}.namespace to another name");
        }
        else
        {
            seen.Namespaces[ns] = owner;
        }
    }

    private ImmutableArray<string> TenantDomains(JsonElement organization, string path, string name, TenantsSeen seen)
    {
        var domains = TenantStrings(organization, path, "domains");
        var own = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < domains.Length; i++)
        {
            var domain = domains[i];
            var key = $"{path}.domains[{i}]";
            if (domain.StartsWith("*.", StringComparison.Ordinal))
            {
                Problem(key, domain, "is a wildcard; list the zone itself (the organization's issuer solves HTTP-01, which cannot prove a wildcard, for the zone and every name under it)");
            }
            else if (!s_tenantDomain.IsMatch(domain))
            {
                Problem(key, domain, "is not a domain name (expected lowercase DNS labels separated by dots, e.g. example.org)");
            }
            else if (!own.Add(domain))
            {
                Problem(key, domain, "is listed twice");
            }
            else if (seen.Domains.TryGetValue(domain, out var other))
            {
                Problem(key, domain, $"is already a domain of the organization {other}");
            }
            else
            {
                seen.Domains[domain] = name;
            }
        }

        return domains;
    }

    private ImmutableArray<string> TenantPrincipals(JsonElement organization, string path, string name, string field, TenantsSeen seen,
        Dictionary<string, string> accessEntryKeys)
    {
        var arns = TenantStrings(organization, path, field);
        for (var i = 0; i < arns.Length; i++)
        {
            var arn = arns[i];
            var key = $"{path}.{field}[{i}]";
            var entryName = $"{name}-{(field == "developerArns" ? "developer" : "viewer")}-{EksCluster.AccessEntryKey(arn)}";
            if (!s_principalArn.IsMatch(arn))
            {
                Problem(key, arn, "is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name> or :user/<name>)");
            }
            else if (seen.ClusterPrincipals.TryGetValue(arn, out var clusterKey))
            {
                Problem(key, arn, $"is also in {clusterKey}; {OneAccessEntryRule}");
            }
            else if (seen.Principals.TryGetValue(arn, out var other))
            {
                Problem(key, arn, $"is also {other}; {OneAccessEntryRule}");
            }
            else if (accessEntryKeys.TryGetValue(EksCluster.AccessEntryKey(arn), out var twin))
            {
                Problem(key, arn, $"has the same access entry name as '{twin}' (their names differ only in punctuation or case)");
            }
            else if (seen.AccessEntryNames.TryGetValue(entryName, out var owner))
            {
                Problem(key, arn, $"gives its access entry the same Pulumi name as {owner}'s; rename one of the organizations or principals");
            }
            else
            {
                seen.Principals[arn] = key;
                accessEntryKeys[EksCluster.AccessEntryKey(arn)] = arn;
                seen.AccessEntryNames[entryName] = key;
            }
        }

        return arns;
    }

    private ImmutableArray<string> TenantSettingKeys(JsonElement organization, string path)
    {
        var keys = TenantStrings(organization, path, "appSettings");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (!s_tenantSettingKey.IsMatch(keys[i]))
            {
                Problem($"{path}.appSettings[{i}]", keys[i], "is not a setting key (a letter or '_', then letters, digits, '_', '.' or '-'; at most 128 characters)");
            }
            else if (!seen.Add(keys[i]))
            {
                Problem($"{path}.appSettings[{i}]", keys[i], "is listed twice");
            }
        }

        return keys;
    }

    private ImmutableDictionary<string, string> TenantLabels(JsonElement organization, string path)
    {
        if (!organization.TryGetProperty("labels", out var element))
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem($"{path}.labels", TenantExcerpt(element.GetRawText()), "is not a map of labels (expected { key: value })");
            return ImmutableDictionary<string, string>.Empty;
        }

        var labels = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var label in element.EnumerateObject())
        {
            var key = $"{path}.labels.{label.Name}";
            var slash = label.Name.LastIndexOf('/');
            var prefix = slash < 0 ? string.Empty : label.Name[..slash];
            var labelName = label.Name[(slash + 1)..];
            if (label.Value.ValueKind != JsonValueKind.String)
            {
                Problem(key, TenantExcerpt(label.Value.GetRawText()), "is not a string");
            }
            else if (!s_tenantLabelName.IsMatch(labelName) || (slash >= 0 && !s_tenantDomain.IsMatch(prefix) && !s_tenantDnsLabel.IsMatch(prefix)))
            {
                Problem(key, label.Name, "is not a label key (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.')");
            }
            else if (prefix is "kubernetes.io" or "k8s.io" or "numinia.xyz"
                     || prefix.EndsWith(".kubernetes.io", StringComparison.Ordinal) || prefix.EndsWith(".k8s.io", StringComparison.Ordinal)
                     || prefix.EndsWith(".numinia.xyz", StringComparison.Ordinal))
            {
                Problem(key, label.Name, "uses a reserved prefix (kubernetes.io, k8s.io and numinia.xyz labels are set by Kubernetes and the platform)");
            }
            else if (!s_tenantLabelValue.IsMatch(label.Value.GetString()!))
            {
                Problem(key, label.Value.GetString(), "is not a label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)");
            }
            else
            {
                labels[label.Name] = label.Value.GetString()!;
            }
        }

        return labels.ToImmutable();
    }

    private NamespaceQuota TenantQuota(JsonElement owner, string path, NamespaceQuota basis)
    {
        if (TenantObject(owner, path, "quota") is not { } quota)
        {
            return basis;
        }

        var quotaPath = $"{path}.quota";
        TenantUnknownFields(quota, quotaPath, s_quotaFields, "a quota");
        var gpus = TenantCount(quota, quotaPath, "gpus");
        return basis with
        {
            RequestsCpu = TenantQuantity(quota, quotaPath, "requestsCpu") ?? basis.RequestsCpu,
            RequestsMemory = TenantQuantity(quota, quotaPath, "requestsMemory") ?? basis.RequestsMemory,
            LimitsCpu = TenantQuantity(quota, quotaPath, "limitsCpu") ?? basis.LimitsCpu,
            LimitsMemory = TenantQuantity(quota, quotaPath, "limitsMemory") ?? basis.LimitsMemory,
            RequestsStorage = TenantQuantity(quota, quotaPath, "requestsStorage") ?? basis.RequestsStorage,
            Pods = TenantCount(quota, quotaPath, "pods") ?? basis.Pods,
            PersistentVolumeClaims = TenantCount(quota, quotaPath, "persistentVolumeClaims") ?? basis.PersistentVolumeClaims,
            Extra = gpus is { } count
                ? basis.Extra.SetItem(OrganizationSpec.GpuQuotaKey, count.ToString(CultureInfo.InvariantCulture))
                : basis.Extra,
        };
    }

    private ContainerResources TenantContainers(JsonElement owner, string path, ContainerResources basis)
    {
        if (TenantObject(owner, path, "containerDefaults") is not { } defaults)
        {
            return basis;
        }

        var defaultsPath = $"{path}.containerDefaults";
        TenantUnknownFields(defaults, defaultsPath, s_containerFields, "container defaults");
        return new ContainerResources(
            TenantQuantity(defaults, defaultsPath, "requestCpu") ?? basis.RequestCpu,
            TenantQuantity(defaults, defaultsPath, "requestMemory") ?? basis.RequestMemory,
            TenantQuantity(defaults, defaultsPath, "limitCpu") ?? basis.LimitCpu,
            TenantQuantity(defaults, defaultsPath, "limitMemory") ?? basis.LimitMemory);
    }

    /// <summary>Requests within limits, in the quota and in the container defaults; default limits that fit the quota.</summary>
    private void TenantCheckResources(string path, NamespaceQuota quota, ContainerResources containers)
    {
        const string withinLimits = "requests never exceed limits";
        const string fitsQuota = "a container with the default limits could never start in the namespace";
        var checks = new[]
        {
            ($"{path}.quota.requestsCpu", quota.RequestsCpu, "limitsCpu", quota.LimitsCpu, withinLimits),
            ($"{path}.quota.requestsMemory", quota.RequestsMemory, "limitsMemory", quota.LimitsMemory, withinLimits),
            ($"{path}.containerDefaults.requestCpu", containers.RequestCpu, "limitCpu", containers.LimitCpu, withinLimits),
            ($"{path}.containerDefaults.requestMemory", containers.RequestMemory, "limitMemory", containers.LimitMemory, withinLimits),
            ($"{path}.containerDefaults.limitCpu", containers.LimitCpu, "the quota's limitsCpu", quota.LimitsCpu, fitsQuota),
            ($"{path}.containerDefaults.limitMemory", containers.LimitMemory, "the quota's limitsMemory", quota.LimitsMemory, fitsQuota),
        };
        foreach (var (key, small, largeName, large, rule) in checks)
        {
            if (Quantity.TryParse(small, out var smallValue, out _) && Quantity.TryParse(large, out var largeValue, out _) && smallValue > largeValue)
            {
                Problem(key, small, $"exceeds {largeName} ({large}); {rule}");
            }
        }
    }

    private string? TenantQuantity(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return null;
        }

        // YAML numbers (cpu: 4) arrive as JSON numbers.
        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        if (!Quantity.TryParse(text, out _, out var error))
        {
            Problem($"{path}.{field}", text ?? TenantExcerpt(element.GetRawText()), error);
            return null;
        }

        return text!.Trim();
    }

    private int? TenantCount(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var count) || count < 0)
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not a whole number of at least 0");
            return null;
        }

        return count;
    }

    private JsonElement? TenantObject(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not an object");
            return null;
        }

        return element;
    }

    private string? TenantString(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not a string");
            return null;
        }

        var value = element.GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem($"{path}.{field}", value, "is empty");
            return null;
        }

        return value;
    }

    private ImmutableArray<string> TenantStrings(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return ImmutableArray<string>.Empty;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not a list of strings");
            return ImmutableArray<string>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<string>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items.Add(item.GetString()!);
            }
            else
            {
                Problem($"{path}.{field}[{index}]", TenantExcerpt(item.GetRawText()), "is not a string");
            }

            index++;
        }

        return items.ToImmutable();
    }

    private void TenantUnknownFields(JsonElement element, string path, ImmutableArray<string> fields, string what)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!fields.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem($"{path}.{property.Name}", TenantExcerpt(property.Value.GetRawText()),
                    $"is not a field of {what} (expected {string.Join(", ", fields)})");
            }
        }
    }

    /// <summary>The principals of the cluster-wide access lists, read without reporting (their own keys report their problems).</summary>
    private Dictionary<string, string> ClusterPrincipals()
    {
        var principals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in s_clusterPrincipalKeys)
        {
            if (_get(Key(key)) is not { } raw)
            {
                continue;
            }

            try
            {
                foreach (var arn in JsonSerializer.Deserialize<string[]>(raw) ?? Array.Empty<string>())
                {
                    principals.TryAdd(arn, key);
                }
            }
            catch (JsonException)
            {
                // Reported where the key itself is read.
            }
        }

        return principals;
    }

    private static string TenantExcerpt(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
