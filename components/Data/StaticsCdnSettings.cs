using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Data;

/// <summary>
/// What the statics CDN is configured with: its name (<c>statics.&lt;baseDomain&gt;</c>), the cache and origin-request
/// policies of its one behaviour, its origin access control's name, and the ids of the live distribution, origin access
/// control and certificate to adopt (../shared/LIVE.md 4.3-4.5). The defaults are AWS's managed policies for an S3 origin.
/// </summary>
public sealed record StaticsCdnSettings
{
    /// <summary>The config keys of the CDN's settings.</summary>
    public static class Keys
    {
        /// <summary>The CDN's name.</summary>
        public const string Domain = "staticsDomain";

        /// <summary>The origin access control's name.</summary>
        public const string OriginAccessControlName = "staticsOriginAccessControlName";

        /// <summary>The cache policy of the default behaviour.</summary>
        public const string CachePolicyId = "staticsCachePolicyId";

        /// <summary>The origin request policy of the default behaviour.</summary>
        public const string OriginRequestPolicyId = "staticsOriginRequestPolicyId";

        /// <summary>The live distribution to adopt.</summary>
        public const string ImportDistribution = "importStaticsDistributionId";

        /// <summary>The live origin access control to adopt.</summary>
        public const string ImportOriginAccessControl = "importStaticsOriginAccessControlId";

        /// <summary>The live us-east-1 certificate to adopt, by its ARN.</summary>
        public const string ImportCertificate = "importStaticsCertificateArn";
    }

    /// <summary>AWS's managed cache policy Managed-CachingOptimized (the CloudFront developer guide's list of managed cache policies).</summary>
    public const string CachingOptimized = "658327ea-f89d-4fab-a63d-7e88639e58f6";

    /// <summary>AWS's managed origin request policy Managed-CORS-S3Origin (the guide's list of managed origin request policies).</summary>
    public const string CorsS3Origin = "88a5eaf4-2fd4-4709-b370-b4c650ea3fcf";

    /// <summary>AWS's managed response headers policy Managed-CORS-With-Preflight, which the live distribution uses (LIVE.md 4.3).</summary>
    public const string CorsWithPreflight = "5cc3b908-e619-4b99-88e5-2cf7f45965bd";

    private static readonly Regex s_policyId = new("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_cloudFrontId = new("^E[0-9A-Z]{6,20}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_certificateArn = new("^arn:aws:acm:us-east-1:[0-9]{12}:certificate/[0-9a-f-]{36}$", RegexOptions.CultureInvariant);

    // CloudFront's rule for an origin access control's name: 1 to 64 characters.
    private static readonly Regex s_oacName = new("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant);

    /// <summary>The CDN's name, which the certificate covers and an alias record points at the distribution (live: statics.numinia.xyz).</summary>
    public required string Domain { get; init; }

    /// <summary>The origin access control's name; null names it after the bucket.</summary>
    public string? OriginAccessControlName { get; init; }

    /// <summary>The default behaviour's cache policy.</summary>
    public string CachePolicyId { get; init; } = CachingOptimized;

    /// <summary>The default behaviour's origin request policy.</summary>
    public string OriginRequestPolicyId { get; init; } = CorsS3Origin;

    /// <summary>The live distribution to adopt, or null.</summary>
    public string? ImportDistribution { get; init; }

    /// <summary>The live origin access control to adopt, or null.</summary>
    public string? ImportOriginAccessControl { get; init; }

    /// <summary>The live certificate to adopt, or null.</summary>
    public string? ImportCertificate { get; init; }

    /// <summary>Which values the adopted resources declare.</summary>
    public AdoptionPhase Phase { get; init; }

    /// <summary>Whether the live CDN is adopted.</summary>
    public bool Import => ImportDistribution is not null;

    /// <summary>
    /// Reads the keys; <paramref name="baseDomain"/> names the default <c>statics.&lt;baseDomain&gt;</c>. Adopting the
    /// distribution takes its origin access control and certificate too (one CDN), and the zone's id
    /// (<paramref name="importZoneId"/>), which the alias record's import id is made of.
    /// </summary>
    public static StaticsCdnSettings Read(ISettingsReader config, string baseDomain, string? importZoneId, AdoptionPhase phase)
    {
        ArgumentNullException.ThrowIfNull(config);
        // Pulumi.yaml's defaults are empty (the CLI demands one): empty reads as unset.
        var domain = config.Raw(Keys.Domain) is { Length: > 0 } configured ? configured : $"statics.{baseDomain}";
        DomainNames.Check(config, Keys.Domain, domain);
        var oacName = config.Raw(Keys.OriginAccessControlName) is { Length: > 0 } name ? name : null;
        if (oacName is not null && !s_oacName.IsMatch(oacName))
        {
            oacName = config.Invalid<string?>(null, Keys.OriginAccessControlName, oacName, "is not an origin access control name (1 to 64 letters, digits, '.', '-' and '_')");
        }

        var settings = new StaticsCdnSettings
        {
            Domain = domain,
            OriginAccessControlName = oacName,
            CachePolicyId = PolicyId(config, Keys.CachePolicyId, CachingOptimized),
            OriginRequestPolicyId = PolicyId(config, Keys.OriginRequestPolicyId, CorsS3Origin),
            ImportDistribution = Adoption.Id(config, Keys.ImportDistribution, s_cloudFrontId, "a CloudFront distribution id (E followed by uppercase letters and digits)"),
            ImportOriginAccessControl = Adoption.Id(config, Keys.ImportOriginAccessControl, s_cloudFrontId, "an origin access control id (E followed by uppercase letters and digits)"),
            ImportCertificate = Adoption.Id(config, Keys.ImportCertificate, s_certificateArn, "an ACM certificate ARN in us-east-1 (arn:aws:acm:us-east-1:<account>:certificate/<uuid>), the region CloudFront takes certificates from"),
            Phase = phase,
        };
        var given = new[] { (Keys.ImportDistribution, settings.ImportDistribution), (Keys.ImportOriginAccessControl, settings.ImportOriginAccessControl), (Keys.ImportCertificate, settings.ImportCertificate) };
        if (given.Any(g => g.Item2 is not null))
        {
            foreach (var (key, _) in given.Where(g => g.Item2 is null))
            {
                config.Problem(key, null, $"is missing: adopting the live CDN takes {string.Join(", ", given.Select(g => g.Item1))}");
            }

            if (importZoneId is null)
            {
                config.Problem(Keys.ImportDistribution, settings.ImportDistribution,
                    "adopts the CDN, whose alias record is imported from the zone: set importHostedZoneId too");
            }
        }

        return settings;
    }

    private static string PolicyId(ISettingsReader config, string key, string fallback)
    {
        var value = config.String(key, fallback);
        return s_policyId.IsMatch(value) ? value : config.Invalid(fallback, key, value, "is not a CloudFront policy id (a lowercase UUID)");
    }
}
