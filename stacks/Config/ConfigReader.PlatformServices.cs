using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    private const string NamespaceQuotasKey = PlatformNamespacesSettings.NamespaceQuotasKey;

    private const string DeveloperNamespacesKey = PlatformNamespacesSettings.DeveloperNamespacesKey;

    private static readonly Regex s_dnsLabel = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);

    // The namespaceQuotas entries applied, for the checks that span sections (the GPU quota and the GPU groups).
    private readonly List<(string Namespace, string Field, string Entry)> _quotaOverrides = new();

    private static readonly Regex s_quotaOverride = new(@"^\s*([^:=\s]+)\s*:\s*([^=\s]+)\s*=\s*(\S+)\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads and validates only the platform namespaces' keys; throws <see cref="ConfigValidationException"/>
    /// listing every problem among them.
    /// </summary>
    public static PlatformNamespacesSettings ReadNamespacesOnly(Func<string, string?> get)
    {
        var reader = new ConfigReader(get);
        var config = reader.ReadNamespaces();
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : config;
    }

    /// <summary>The platform namespaces and the developer namespaces.</summary>
    internal PlatformNamespacesSettings ReadNamespaces()
    {
        var namespaces = NamespaceSpecs();
        return new PlatformNamespacesSettings { Namespaces = namespaces, DeveloperNamespaces = DeveloperNamespaces(namespaces) };
    }

    /// <summary>The live namespaces with the <c>namespaceQuotas</c> overrides applied, then checked as a whole.</summary>
    private ImmutableArray<PlatformNamespaceSpec> NamespaceSpecs()
    {
        var specs = PlatformNamespaces.Defaults.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var names = string.Join(", ", specs.Keys);
        var applied = new List<(string Namespace, string Field, string Entry)>();
        foreach (var entry in StringArray(NamespaceQuotasKey, ImmutableArray<string>.Empty))
        {
            var match = s_quotaOverride.Match(entry);
            if (!match.Success)
            {
                Problem(NamespaceQuotasKey, entry, "is not a namespace quota override (expected <namespace>:<field>=<value>, e.g. production:limits.cpu=32)");
                continue;
            }

            var (ns, field, value) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
            if (!specs.TryGetValue(ns, out var spec))
            {
                Problem(NamespaceQuotasKey, entry, $"names no platform namespace (expected one of {names})");
            }
            else if (!QuotaFields.All.Contains(field))
            {
                Problem(NamespaceQuotasKey, entry, $"sets an unknown field '{field}' (expected one of {string.Join(", ", QuotaFields.All)})");
            }
            else if (applied.Any(a => a.Namespace == ns && a.Field == field))
            {
                Problem(NamespaceQuotasKey, entry, $"sets {ns}:{field} a second time");
            }
            else if (Override(spec, field, value, out var error) is { } updated)
            {
                specs[ns] = updated;
                applied.Add((ns, field, entry));
            }
            else
            {
                Problem(NamespaceQuotasKey, entry, error);
            }
        }

        _quotaOverrides.AddRange(applied);
        var result = PlatformNamespaces.Defaults.Select(d => specs[d.Name]).ToImmutableArray();
        foreach (var spec in result)
        {
            foreach (var problem in spec.Problems())
            {
                var entries = applied.Where(a => a.Namespace == spec.Name && problem.Fields.Contains(a.Field)).Select(a => a.Entry).ToArray();
                Problem(NamespaceQuotasKey, entries.Length > 0 ? string.Join(", ", entries) : null,
                    $"is rejected for the namespace {spec.Name}: {problem.Message}");
            }
        }

        return result;
    }

    /// <summary>
    /// The namespaces with each GPU namespace's <c>requests.nvidia.com/gpu</c> following the GPU groups: their maximum
    /// size × GPUs per node (from the instance table), so that no GPU the autoscaler can buy is left unusable. A
    /// <c>namespaceQuotas</c> entry may raise it, never lower it.
    /// </summary>
    private PlatformNamespacesSettings FollowGpuGroups(PlatformNamespacesSettings services, ImmutableArray<NodeGroupSpec> groups)
    {
        var capacity = PlatformNamespaces.GpuCapacity(groups);
        var followed = PlatformNamespaces.WithGpuQuotas(services.Namespaces, groups);
        var namespaces = services.Namespaces.Select((spec, i) =>
        {
            var entry = _quotaOverrides.FirstOrDefault(a => a.Namespace == spec.Name && a.Field == QuotaFields.Gpus).Entry;
            if (spec.Workloads != NodeGroupPurpose.Gpu || entry is null)
            {
                return followed[i];
            }

            if (int.Parse(spec.Quota.Extra[QuotaFields.Gpus], CultureInfo.InvariantCulture) < capacity)
            {
                var groupsText = string.Join(" + ", groups.Where(g => g.Purpose == NodeGroupPurpose.Gpu)
                    .Select(g => $"{g.Name}: {g.Name}MaxSize {g.MaxSize} × {g.GpusPerNode} GPU(s) per {string.Join("/", g.InstanceTypes)}"));
                Problem(NamespaceQuotasKey, entry,
                    $"sets {spec.Name}'s {QuotaFields.Gpus} below the {capacity} GPUs its node groups can bring ({groupsText}); the quota follows the GPU groups and may only be raised");
            }

            return spec;
        }).ToImmutableArray();
        return services with { Namespaces = namespaces };
    }

    /// <summary>The spec with one field set, or null with the reason when the value does not fit the field.</summary>
    private static PlatformNamespaceSpec? Override(PlatformNamespaceSpec spec, string field, string value, out string error)
    {
        if (field is QuotaFields.Pods or QuotaFields.PersistentVolumeClaims or QuotaFields.Gpus)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                error = $"is not a whole number of {field} (expected 0 or more)";
                return null;
            }

            error = string.Empty;
            return field switch
            {
                QuotaFields.Pods => spec with { Quota = spec.Quota with { Pods = count } },
                QuotaFields.PersistentVolumeClaims => spec with { Quota = spec.Quota with { PersistentVolumeClaims = count } },
                _ => spec with { Quota = spec.Quota with { Extra = spec.Quota.Extra.SetItem(field, count.ToString(CultureInfo.InvariantCulture)) } },
            };
        }

        if (!Quantity.TryParse(value, out _, out var quantityError))
        {
            error = $"sets {field} to a value that {quantityError}";
            return null;
        }

        error = string.Empty;
        var quota = spec.Quota;
        var defaults = spec.ContainerDefaults;
        return field switch
        {
            QuotaFields.RequestsCpu => spec with { Quota = quota with { RequestsCpu = value } },
            QuotaFields.RequestsMemory => spec with { Quota = quota with { RequestsMemory = value } },
            QuotaFields.LimitsCpu => spec with { Quota = quota with { LimitsCpu = value } },
            QuotaFields.LimitsMemory => spec with { Quota = quota with { LimitsMemory = value } },
            QuotaFields.RequestsStorage => spec with { Quota = quota with { RequestsStorage = value } },
            QuotaFields.DefaultRequestCpu => spec with { ContainerDefaults = defaults with { RequestCpu = value } },
            QuotaFields.DefaultRequestMemory => spec with { ContainerDefaults = defaults with { RequestMemory = value } },
            QuotaFields.DefaultCpu => spec with { ContainerDefaults = defaults with { LimitCpu = value } },
            QuotaFields.DefaultMemory => spec with { ContainerDefaults = defaults with { LimitMemory = value } },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a quota field"),
        };
    }

    /// <summary>The developer namespaces: DNS-1123 labels naming platform namespaces, each once.</summary>
    private ImmutableArray<string> DeveloperNamespaces(ImmutableArray<PlatformNamespaceSpec> namespaces)
    {
        var names = StringArray(DeveloperNamespacesKey, PlatformRbac.DefaultDeveloperNamespaces);
        var platform = namespaces.Select(n => n.Name).ToImmutableHashSet(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Length > 63 || !s_dnsLabel.IsMatch(name))
            {
                Problem(DeveloperNamespacesKey, name,
                    "is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)");
            }
            else if (!platform.Contains(name))
            {
                Problem(DeveloperNamespacesKey, name,
                    $"is not a platform namespace ({string.Join(", ", namespaces.Select(n => n.Name))}); tenants bind {PlatformRbac.DeveloperRole} in their own namespaces");
            }
        }

        foreach (var twice in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Problem(DeveloperNamespacesKey, twice.Key, "is listed more than once");
        }

        return names;
    }
}
