using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Addons;

/// <summary>
/// The platform's DNS: its base domain, which is the name of its Route 53 hosted zone (DNS-01 challenges, external-dns's
/// records, Knative's default domain), and the zone's id when it is given rather than looked up.
/// </summary>
public sealed record DnsSettings
{
    /// <summary>The config key of <see cref="BaseDomain"/>.</summary>
    public const string BaseDomainKey = "baseDomain";

    /// <summary>The config key of <see cref="HostedZoneId"/>.</summary>
    public const string HostedZoneIdKey = "hostedZoneId";

    // A Route53 hosted zone id, without the /hostedzone/ prefix.
    private static readonly Regex s_hostedZoneId = new("^Z[A-Z0-9]{1,31}$", RegexOptions.CultureInvariant);

    /// <summary><c>numinia-infra:baseDomain</c>: the platform's domain and the name of its Route53 hosted zone (live: numinia.xyz).</summary>
    public string BaseDomain { get; init; } = "numinia.xyz";

    /// <summary>
    /// <c>numinia-infra:hostedZoneId</c>: the id of the hosted zone of <see cref="BaseDomain"/> (e.g. Z0123456789ABCDEFGHIJ);
    /// null (unset or empty) means the stack looks the public zone up by <see cref="BaseDomain"/>.
    /// </summary>
    public string? HostedZoneId { get; init; }

    /// <summary>Whether <see cref="BaseDomain"/> passed its rule (the rules that build on it check only then).</summary>
    public bool BaseDomainValid { get; init; } = true;

    /// <summary>Reads the keys.</summary>
    public static DnsSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new DnsSettings();
        var baseDomain = config.String(BaseDomainKey, defaults.BaseDomain);
        var valid = DomainNames.Check(config, BaseDomainKey, baseDomain);
        return new DnsSettings { BaseDomain = baseDomain, BaseDomainValid = valid, HostedZoneId = ZoneId(config) };
    }

    // Unset or empty: the stack looks the zone up by baseDomain.
    private static string? ZoneId(ISettingsReader config)
    {
        var value = config.Raw(HostedZoneIdKey);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return s_hostedZoneId.IsMatch(value)
            ? value
            : config.Invalid<string?>(null, HostedZoneIdKey, value,
                "is not a Route53 hosted zone id (expected Z followed by uppercase letters and digits, without /hostedzone/; leave it empty to look the zone up by baseDomain)");
    }
}
