using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.Acm;
using Pulumi.Aws.CloudFront;
using Pulumi.Aws.CloudFront.Inputs;
using Pulumi.Aws.Route53;
using Pulumi.Aws.Route53.Inputs;
using Pulumi.Aws.S3;

namespace Numinia.Components.Data;

/// <summary>What the statics CDN is built from.</summary>
public sealed record StaticsCdnArgs
{
    /// <summary>The CDN's settings: its name, policies and the live ids to adopt.</summary>
    public required StaticsCdnSettings Settings { get; init; }

    /// <summary>The bucket the CDN serves (its origin).</summary>
    public required StaticsBucket Bucket { get; init; }

    /// <summary>The hosted zone its records go in.</summary>
    public required Output<string> ZoneId { get; init; }

    /// <summary>The zone's id as given in config, which the adopted alias record's import id is made of.</summary>
    public string? ImportZoneId { get; init; }
}

/// <summary>
/// The statics CDN as it runs live (../shared/LIVE.md 4.3-4.5; terraform-aws-modules/cloudfront v3.2.1, acm v5.0.0): a
/// CloudFront distribution in front of the statics bucket, which only it may read (an origin access control, and a
/// bucket policy naming the distribution), a certificate in us-east-1 (the region CloudFront takes them from) and an
/// alias record for its name. The bucket policy also refuses every request without TLS.
/// </summary>
public sealed class StaticsCdn : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:data:StaticsCdn";

    /// <summary>The region CloudFront takes viewer certificates from.</summary>
    public const string CertificateRegion = "us-east-1";

    /// <summary>The origin's id in the distribution (live).</summary>
    public const string OriginId = "statics-s3-origin";

    /// <summary>The live bucket policy's statement that lets the distribution read.</summary>
    public const string CloudFrontReadSid = "AllowCloudFrontServicePrincipalReadOnly";

    /// <summary>The distribution's id.</summary>
    [Output("distributionId")]
    public Output<string> DistributionId { get; private set; }

    /// <summary>The distribution's own name (<c>d….cloudfront.net</c>).</summary>
    [Output("distributionDomainName")]
    public Output<string> DistributionDomainName { get; private set; }

    /// <summary>The distribution.</summary>
    public Distribution Distribution { get; }

    /// <summary>Builds the CDN.</summary>
    public StaticsCdn(string name, StaticsCdnArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var settings = args.Settings;
        var bucketName = args.Bucket.BucketNameValue;
        var domain = settings.Domain;

        var accessControl = new OriginAccessControl($"{name}-oac", new OriginAccessControlArgs
        {
            Name = settings.OriginAccessControlName ?? bucketName,
            Description = $"CloudFront OAC for {bucketName} S3 bucket",
            OriginAccessControlOriginType = "s3",
            SigningBehavior = "always",
            SigningProtocol = "sigv4",
        }, Options(settings.ImportOriginAccessControl));

        var certificate = new Certificate($"{name}-certificate", new CertificateArgs
        {
            DomainName = domain,
            ValidationMethod = "DNS",
            Region = CertificateRegion,
            Tags = { { "Name", domain.Replace('.', '-') } },
        }, Options(settings.ImportCertificate));
        var certificateArn = settings.Import ? certificate.Arn : Validated(name, certificate, args.ZoneId);

        Distribution = new Distribution($"{name}-distribution", new DistributionArgs
        {
            Enabled = true,
            IsIpv6Enabled = true,
            Comment = "Numinia Static Assets CDN",
            DefaultRootObject = "index.html",
            PriceClass = "PriceClass_100",
            HttpVersion = "http2",
            Aliases = { domain },
            Origins =
            {
                new DistributionOriginArgs
                {
                    OriginId = OriginId,
                    DomainName = args.Bucket.Bucket.BucketRegionalDomainName,
                    OriginAccessControlId = accessControl.Id,
                    ConnectionAttempts = 3,
                    ConnectionTimeout = 10,
                },
            },
            DefaultCacheBehavior = new DistributionDefaultCacheBehaviorArgs
            {
                TargetOriginId = OriginId,
                ViewerProtocolPolicy = "redirect-to-https",
                AllowedMethods = { "GET", "HEAD", "OPTIONS" },
                CachedMethods = { "GET", "HEAD" },
                Compress = true,
                CachePolicyId = settings.CachePolicyId,
                OriginRequestPolicyId = settings.OriginRequestPolicyId,
                ResponseHeadersPolicyId = StaticsCdnSettings.CorsWithPreflight,
            },
            // The statics are a single-page site's: a missing key answers with its index.
            CustomErrorResponses =
            {
                new DistributionCustomErrorResponseArgs { ErrorCode = 403, ResponseCode = 200, ResponsePagePath = "/index.html" },
                new DistributionCustomErrorResponseArgs { ErrorCode = 404, ResponseCode = 200, ResponsePagePath = "/index.html" },
            },
            Restrictions = new DistributionRestrictionsArgs
            {
                GeoRestriction = new DistributionRestrictionsGeoRestrictionArgs { RestrictionType = "none" },
            },
            ViewerCertificate = new DistributionViewerCertificateArgs
            {
                AcmCertificateArn = certificateArn,
                SslSupportMethod = "sni-only",
                MinimumProtocolVersion = "TLSv1.2_2021",
            },
            Tags = { { "Name", $"{bucketName}-cdn" } },
        }, Options(settings.ImportDistribution));

        // The policy is the bucket's, imported with it; while importing it is the live one, after that it also refuses
        // requests without TLS. S3 rejects concurrent changes to a bucket's policy and public access block: it waits.
        var bucket = args.Bucket;
        var liveOnly = bucket.Settings.Import && bucket.Settings.Phase == AdoptionPhase.Import;
        _ = new BucketPolicy($"{name}-bucket-policy", new BucketPolicyArgs
        {
            Bucket = bucket.Bucket.Id,
            Policy = Output.Tuple(bucket.Bucket.Arn, Distribution.Arn).Apply(t => BucketPolicyDocument(t.Item1, t.Item2, liveOnly).ToJson()),
        }, new CustomResourceOptions { Parent = this, DependsOn = { bucket.PublicAccess }, ImportId = bucket.Settings.ImportBucket, Protect = bucket.Settings.Import });

        foreach (var type in new[] { "A", "AAAA" })
        {
            // The live zone has the A record (route53/statics-record); the AAAA record is new, for the distribution's IPv6.
            var importId = type == "A" && settings.Import ? $"{args.ImportZoneId}_{domain}_{type}" : null;
            _ = new Record($"{name}-alias-{type.ToLowerInvariant()}", new RecordArgs
            {
                ZoneId = args.ZoneId,
                Name = domain,
                Type = type,
                Aliases =
                {
                    new RecordAliasArgs { Name = Distribution.DomainName, ZoneId = Distribution.HostedZoneId, EvaluateTargetHealth = false },
                },
            }, Options(importId));
        }

        DistributionId = Distribution.Id;
        DistributionDomainName = Distribution.DomainName;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["distributionId"] = DistributionId,
            ["distributionDomainName"] = DistributionDomainName,
        });
    }

    /// <summary>
    /// The bucket's policy: the distribution may read objects (the live statement, whose condition names the
    /// distribution, so no other CloudFront distribution can), and, unless <paramref name="liveOnly"/>, no request without
    /// TLS is allowed, whoever makes it.
    /// </summary>
    public static PolicyDocument BucketPolicyDocument(string bucketArn, string distributionArn, bool liveOnly)
    {
        var read = new PolicyStatement
        {
            Sid = CloudFrontReadSid,
            Effect = "Allow",
            Principal = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("Service", ImmutableArray.Create("cloudfront.amazonaws.com")),
            Action = ImmutableArray.Create("s3:GetObject"),
            Resource = ImmutableArray.Create($"{bucketArn}/*"),
            Condition = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty.Add("StringEquals",
                ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("AWS:SourceArn", ImmutableArray.Create(distributionArn))),
        };
        return liveOnly ? PolicyDocument.Of(read) : PolicyDocument.Of(read, StaticsBucket.TlsOnlyStatement(bucketArn));
    }

    /// <summary>A new certificate, validated through its DNS record in the zone; the distribution waits for the validation.</summary>
    private Output<string> Validated(string name, Certificate certificate, Output<string> zoneId)
    {
        var option = certificate.DomainValidationOptions.Apply(options => options[0]);
        var record = new Record($"{name}-certificate-validation", new RecordArgs
        {
            ZoneId = zoneId,
            Name = option.Apply(o => o.ResourceRecordName ?? string.Empty),
            Type = option.Apply(o => o.ResourceRecordType ?? "CNAME"),
            Records = { option.Apply(o => o.ResourceRecordValue ?? string.Empty) },
            Ttl = 60,
            AllowOverwrite = true,
        }, Options(null));
        var validation = new CertificateValidation($"{name}-certificate-validation", new CertificateValidationArgs
        {
            CertificateArn = certificate.Arn,
            ValidationRecordFqdns = { record.Fqdn },
            Region = CertificateRegion,
        }, Options(null));
        return validation.CertificateArn;
    }

    // An adopted resource is protected: the live statics are served through it.
    private CustomResourceOptions Options(string? importId) => new() { Parent = this, ImportId = importId, Protect = importId is not null };
}
