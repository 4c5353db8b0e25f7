using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Components.Addons.ExternalDns;

/// <summary>external-dns's settings: its chart version, the domains it manages, and its policy.</summary>
public sealed record ExternalDnsSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "externalDnsChartVersion";

    /// <summary>The config key of <see cref="DomainFilters"/>.</summary>
    public const string DomainFiltersKey = "externalDnsDomainFilters";

    /// <summary>The config key of <see cref="Policy"/>.</summary>
    public const string PolicyKey = "externalDnsPolicy";

    /// <summary><c>numinia-infra:externalDnsChartVersion</c>: the exact external-dns chart version.</summary>
    public string ChartVersion { get; init; } = "1.21.1";

    /// <summary>
    /// <c>numinia-infra:externalDnsDomainFilters</c>: the domains external-dns manages, each the base domain or under it
    /// (default: the base domain).
    /// </summary>
    public ImmutableArray<string> DomainFilters { get; init; } = ImmutableArray.Create("numinia.xyz");

    /// <summary><c>numinia-infra:externalDnsPolicy</c>: <c>sync</c> (live: creates, updates and deletes its records) or <c>upsert-only</c>.</summary>
    public ExternalDnsPolicy Policy { get; init; } = ExternalDnsPolicy.Sync;

    /// <summary>Reads the keys; the filters are held to <paramref name="dns"/>'s base domain.</summary>
    public static ExternalDnsSettings Read(ISettingsReader config, DnsSettings dns)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(dns);
        var baseDomain = dns.BaseDomain;
        var filters = config.StringArray(DomainFiltersKey, ImmutableArray.Create(dns.BaseDomainValid ? baseDomain : new DnsSettings().BaseDomain));
        if (filters.IsEmpty)
        {
            config.Problem(DomainFiltersKey, "[]", $"is empty; external-dns needs at least one domain to manage (e.g. [\"{baseDomain}\"])");
        }

        foreach (var filter in filters)
        {
            if (DomainNames.Check(config, DomainFiltersKey, filter) && dns.BaseDomainValid
                && filter != baseDomain && !filter.EndsWith("." + baseDomain, StringComparison.Ordinal))
            {
                config.Problem(DomainFiltersKey, filter, $"is not {baseDomain} or a name under it (baseDomain, the only zone external-dns may write to)");
            }
        }

        // external-dns writes Kourier's wildcard record *.<baseDomain> (and kourier.<baseDomain>), which only a filter
        // of the base domain itself covers (a filter matches its own name and the names under it). Checked only when
        // every filter is otherwise fine: a filter outside the base domain is already a problem of its own.
        if (dns.BaseDomainValid && !filters.IsEmpty && !filters.Contains(baseDomain)
            && filters.All(f => DomainNames.IsDomainName(f) && f.EndsWith("." + baseDomain, StringComparison.Ordinal)))
        {
            config.Problem(DomainFiltersKey, $"[{string.Join(", ", filters)}]",
                $"does not include {baseDomain} (baseDomain); external-dns writes Kourier's wildcard record *.{baseDomain} and would ignore it");
        }

        var policyText = config.String(PolicyKey, "sync");
        var policy = policyText switch
        {
            "sync" => ExternalDnsPolicy.Sync,
            "upsert-only" => ExternalDnsPolicy.UpsertOnly,
            _ => config.Invalid(ExternalDnsPolicy.Sync, PolicyKey, policyText, "is not an external-dns policy (expected sync or upsert-only)"),
        };

        return new ExternalDnsSettings
        {
            ChartVersion = config.ChartVersion(ChartVersionKey, new ExternalDnsSettings().ChartVersion),
            DomainFilters = filters,
            Policy = policy,
        };
    }
}
