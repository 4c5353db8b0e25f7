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

    /// <summary>The config key of <see cref="ImportZoneId"/>.</summary>
    public const string ImportZoneIdKey = "importHostedZoneId";

    /// <summary>The config key of <see cref="ZoneComment"/>.</summary>
    public const string ZoneCommentKey = "hostedZoneComment";

    // A Route53 hosted zone id, without the /hostedzone/ prefix.
    private static readonly Regex s_hostedZoneId = new("^Z[A-Z0-9]{1,31}$", RegexOptions.CultureInvariant);

    /// <summary><c>numinia-infra:baseDomain</c>: the platform's domain and the name of its Route53 hosted zone (live: numinia.xyz).</summary>
    public string BaseDomain { get; init; } = "numinia.xyz";

    /// <summary>
    /// <c>numinia-infra:hostedZoneId</c>: the id of the hosted zone of <see cref="BaseDomain"/> (e.g. Z0123456789ABCDEFGHIJ);
    /// null (unset or empty) means the stack looks the public zone up by <see cref="BaseDomain"/>.
    /// </summary>
    public string? HostedZoneId { get; init; }

    /// <summary>
    /// <c>numinia-infra:importHostedZoneId</c>: the live zone of <see cref="BaseDomain"/> to adopt (it holds every record of
    /// the platform's names; adopted, it is protected); null leaves the zone unmanaged, found by id or by name.
    /// </summary>
    public string? ImportZoneId { get; init; }

    /// <summary>The adopted zone's comment, which its import must match (a zone made by Route 53 Domains says so).</summary>
    public string ZoneComment { get; init; } = string.Empty;

    /// <summary>Whether the zone is adopted.</summary>
    public bool ImportZone => ImportZoneId is not null;

    /// <summary>Whether <see cref="BaseDomain"/> passed its rule (the rules that build on it check only then).</summary>
    public bool BaseDomainValid { get; init; } = true;

    /// <summary>Reads the keys.</summary>
    public static DnsSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new DnsSettings();
        var baseDomain = config.String(BaseDomainKey, defaults.BaseDomain);
        var valid = DomainNames.Check(config, BaseDomainKey, baseDomain);
        return new DnsSettings
        {
            BaseDomain = baseDomain,
            BaseDomainValid = valid,
            HostedZoneId = ZoneId(config),
            ImportZoneId = Adoption.Id(config, ImportZoneIdKey, s_hostedZoneId, "a Route53 hosted zone id (Z followed by uppercase letters and digits, without /hostedzone/)"),
            ZoneComment = config.Raw(ZoneCommentKey) is { Length: > 256 } comment
                ? config.Invalid(string.Empty, ZoneCommentKey, comment, "is longer than the 256 characters Route 53 allows in a hosted zone's comment")
                : config.Raw(ZoneCommentKey) ?? string.Empty,
        };
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
