using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.LoadBalancerController;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    // A DNS name as Route53 and ACME take it: lowercase labels of letters, digits and inner hyphens, at most
    // 63 characters each, at least two labels, a top-level label that starts with a letter, 253 characters at most.
    private static readonly Regex s_domainName = new(
        "^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])\\z",
        RegexOptions.CultureInvariant);

    // The local part of an email address (dot-atoms; no quoted strings, which ACME servers reject anyway).
    private static readonly Regex s_emailLocalPart = new(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\\z",
        RegexOptions.CultureInvariant);

    // A Route53 hosted zone id, without the /hostedzone/ prefix.
    private static readonly Regex s_hostedZoneId = new("^Z[A-Z0-9]{1,31}$", RegexOptions.CultureInvariant);

    // Domains Let's Encrypt refuses as account contacts.
    private static readonly ImmutableArray<string> s_reservedEmailDomains = ImmutableArray.Create(
        "example.com", "example.net", "example.org", "example", "test", "invalid", "localhost");

    /// <summary>
    /// Reads and validates only the ingress services' keys (for tests and tools that need no whole stack);
    /// throws <see cref="ConfigValidationException"/> listing every problem.
    /// </summary>
    public static IngressConfig ReadIngressOnly(Func<string, string?> get)
    {
        var reader = new ConfigReader(get);
        var ingress = reader.ReadIngress();
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : ingress;
    }

    /// <summary>The DNS zone, the ACME account, external-dns and the ingress charts; problems are collected with the others.</summary>
    internal IngressConfig ReadIngress()
    {
        var defaults = new IngressConfig();
        var baseDomain = String("baseDomain", defaults.BaseDomain)!;
        var baseDomainValid = DomainName("baseDomain", baseDomain);

        var filters = StringArray("externalDnsDomainFilters", ImmutableArray.Create(baseDomainValid ? baseDomain : defaults.BaseDomain));
        if (filters.IsEmpty)
        {
            Problem("externalDnsDomainFilters", "[]", $"is empty; external-dns needs at least one domain to manage (e.g. [\"{baseDomain}\"])");
        }

        foreach (var filter in filters)
        {
            if (DomainName("externalDnsDomainFilters", filter) && baseDomainValid
                && filter != baseDomain && !filter.EndsWith("." + baseDomain, StringComparison.Ordinal))
            {
                Problem("externalDnsDomainFilters", filter, $"is not {baseDomain} or a name under it (baseDomain, the only zone external-dns may write to)");
            }
        }

        // external-dns writes Kourier's wildcard record *.<baseDomain> (and kourier.<baseDomain>), which only a filter
        // of the base domain itself covers (a filter matches its own name and the names under it). Checked only when
        // every filter is otherwise fine: a filter outside the base domain is already a problem of its own.
        if (baseDomainValid && !filters.IsEmpty && !filters.Contains(baseDomain)
            && filters.All(f => s_domainName.IsMatch(f) && f.EndsWith("." + baseDomain, StringComparison.Ordinal)))
        {
            Problem("externalDnsDomainFilters", $"[{string.Join(", ", filters)}]",
                $"does not include {baseDomain} (baseDomain); external-dns writes Kourier's wildcard record *.{baseDomain} and would ignore it");
        }

        var policyText = String("externalDnsPolicy", "sync");
        var policy = policyText switch
        {
            "sync" => ExternalDnsPolicy.Sync,
            "upsert-only" => ExternalDnsPolicy.UpsertOnly,
            _ => Invalid(ExternalDnsPolicy.Sync, "externalDnsPolicy", policyText, "is not an external-dns policy (expected sync or upsert-only)"),
        };

        return new IngressConfig
        {
            BaseDomain = baseDomain,
            HostedZoneId = HostedZoneId(),
            AcmeEmail = AcmeEmail(defaults.AcmeEmail),
            ExternalDnsDomainFilters = filters,
            ExternalDnsPolicy = policy,
            LoadBalancerControllerChartVersion = LoadBalancerControllerChartVersion(),
            CertManagerChartVersion = ChartVersion("certManagerChartVersion", CertManagerAddon.DefaultChartVersion),
            ExternalDnsChartVersion = ChartVersion("externalDnsChartVersion", ExternalDnsAddon.DefaultChartVersion),
        };
    }

    // The CRDs are read at the controller's tag v<version>, which names the chart's own version from chart 3.0 on.
    private string LoadBalancerControllerChartVersion()
    {
        const string key = "loadBalancerControllerChartVersion";
        var version = ChartVersion(key, LoadBalancerControllerAddon.DefaultChartVersion);
        var major = version.TrimStart('v').Split('.')[0];
        if (int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number < 3)
        {
            Problem(key, version, "is older than 3.0.0; from 3.0.0 on the chart's version is the controller's, whose tag the CRDs are read at");
        }

        return version;
    }

    private bool DomainName(string key, string value)
    {
        if (s_domainName.IsMatch(value))
        {
            return true;
        }

        Problem(key, value, "is not a domain name (expected lowercase labels of letters, digits and hyphens joined by dots, e.g. numinia.xyz)");
        return false;
    }

    // Unset or empty: the stack looks the zone up by baseDomain.
    private string? HostedZoneId()
    {
        var value = Raw("hostedZoneId");
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return s_hostedZoneId.IsMatch(value)
            ? value
            : Invalid<string?>(null, "hostedZoneId", value,
                "is not a Route53 hosted zone id (expected Z followed by uppercase letters and digits, without /hostedzone/; leave it empty to look the zone up by baseDomain)");
    }

    private string AcmeEmail(string fallback)
    {
        var email = String("acmeEmail", fallback)!;
        return EmailProblem(email) is { } problem ? Invalid(fallback, "acmeEmail", email, problem) : email;
    }

    /// <summary>The longest local part of an address (RFC 5321, 4.5.3.1.1) and the longest address (its path, less the brackets).</summary>
    private const int MaxEmailLocalPart = 64;

    private const int MaxEmailLength = 254;

    /// <summary>
    /// Why <paramref name="email"/> cannot be an ACME account contact, or null: the address syntax with RFC 5321's lengths,
    /// and the domains Let's Encrypt refuses (letsencrypt/boulder policy/pa.go, ValidEmail: example.com, .net and .org,
    /// and a domain that does not end in a public suffix, such as example, test, invalid or localhost).
    /// </summary>
    private static string? EmailProblem(string email)
    {
        var at = email.LastIndexOf('@');
        var local = at > 0 ? email[..at] : string.Empty;
        var domain = at > 0 ? email[(at + 1)..].ToLowerInvariant() : string.Empty;
        if (at <= 0 || !s_emailLocalPart.IsMatch(local) || !s_domainName.IsMatch(domain))
        {
            return "is not an email address (expected name@domain, e.g. platform@numinia.xyz); Let's Encrypt sends expiry notices there";
        }

        if (local.Length > MaxEmailLocalPart || email.Length > MaxEmailLength)
        {
            return $"is not an email address mail servers accept (at most {MaxEmailLocalPart} characters before the '@' and {MaxEmailLength} in all)";
        }

        return s_reservedEmailDomains.Any(r => domain == r || domain.EndsWith("." + r, StringComparison.Ordinal))
            ? $"uses the reserved domain {domain}, which Let's Encrypt refuses as an account contact"
            : null;
    }
}
