using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;

namespace Numinia.Stacks.Config;

// The organizations' validation: rules on one field and rules across organizations (namespaces, domains,
// principals, Pulumi names) that the parse in ConfigReader.Tenants.cs applies as it reads each entry.
public sealed partial class ConfigReader
{
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
            if (IamPrincipal.Problem(arn) is { } problem)
            {
                Problem(key, arn, problem);
            }
            else if (seen.ClusterPrincipals.TryGetValue(arn, out var clusterKey))
            {
                Problem(key, arn, $"is also in {clusterKey}; {IamPrincipal.OneAccessEntryRule}");
            }
            else if (seen.Principals.TryGetValue(arn, out var other))
            {
                Problem(key, arn, $"is also {other}; {IamPrincipal.OneAccessEntryRule}");
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
                foreach (var arn in JsonSerializer.Deserialize<string?[]>(raw) ?? Array.Empty<string?>())
                {
                    if (arn is not null)
                    {
                        principals.TryAdd(arn.Trim(), key);
                    }
                }
            }
            catch (JsonException)
            {
                // Reported where the key itself is read.
            }
        }

        return principals;
    }

    /// <summary>
    /// An organization with <c>liveSecretNames</c> reads <c>hyperfy2-&lt;org&gt;-*-&lt;env&gt;-??????</c> from each environment's
    /// role. The pattern must match only that environment's own secrets: no other organization's name may start with
    /// <c>&lt;org&gt;-</c> (its secrets would match), nor may <c>&lt;org&gt;</c> start with another's name and <c>-</c> (that
    /// organization's application <c>&lt;rest&gt;-&lt;app&gt;</c> would give the same secret name), and no environment's
    /// name may end with <c>-&lt;another environment&gt;</c> (its secrets would match the other's pattern too).
    /// </summary>
    private void TenantCheckLiveSecretNames(ImmutableArray<OrganizationSpec> organizations, IReadOnlyList<string> paths)
    {
        for (var i = 0; i < organizations.Length; i++)
        {
            var spec = organizations[i];
            if (!spec.LiveSecretNames)
            {
                continue;
            }

            var key = $"{paths[i]}.liveSecretNames";
            foreach (var other in organizations.Where(o => o.Name != spec.Name))
            {
                if (other.Name.StartsWith(spec.Name + "-", StringComparison.Ordinal) || spec.Name.StartsWith(other.Name + "-", StringComparison.Ordinal))
                {
                    Problem(key, "true",
                        $"would let {spec.Name}'s roles read {other.Name}'s live secrets: hyperfy2-{spec.Name}-*-<env>-?????? and hyperfy2-{other.Name}-<app>-<env> " +
                        "can name the same secret when one organization's name is the other's followed by '-'; rename one or leave the option off");
                }
            }

            foreach (var environment in spec.Environments)
            {
                foreach (var longer in spec.Environments.Where(e => e.Name.EndsWith("-" + environment.Name, StringComparison.Ordinal)))
                {
                    Problem(key, "true",
                        $"would let {spec.Name}'s {environment.Name} role read its {longer.Name} secrets: hyperfy2-{spec.Name}-*-{environment.Name}-?????? " +
                        $"also matches hyperfy2-{spec.Name}-<app>-{longer.Name}; rename the environment or leave the option off");
                }
            }
        }
    }
}
