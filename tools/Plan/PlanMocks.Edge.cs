using System.Collections.Immutable;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    // The zone CloudFront answers every alias record from, the same for all distributions.
    private const string CloudFrontHostedZoneId = "Z2FDTNDATAQYW2";

    /// <summary>
    /// The statics CDN: the CloudFront distribution and its origin access control (global, so their ARNs
    /// name no region), the ACM certificate's validation (its id is the certificate's ARN), the bucket's
    /// CORS configuration (its id is the bucket) and Route53 records.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, Shape>> EdgeShapes() => new Dictionary<string, Shape>
    {
        ["aws:cloudfront/distribution:Distribution"] = new("", (a, s, m) =>
        {
            // An imported distribution keeps the id it is imported by.
            var id = string.IsNullOrEmpty(a.Id) ? CloudFrontId("distribution:" + a.Name) : a.Id;
            s["id"] = id;
            s["arn"] = $"arn:aws:cloudfront::{m.AccountId}:distribution/{id}";
            s["domainName"] = $"d{HexOf("cloudfront-domain:" + a.Name, 13)}.cloudfront.net";
            s["hostedZoneId"] = CloudFrontHostedZoneId;
            s["etag"] = CloudFrontId("distribution-etag:" + a.Name);
            s["status"] = "Deployed";
            s["tagsAll"] = s.GetValueOrDefault("tags") ?? ImmutableDictionary<string, object>.Empty;
        }),
        ["aws:cloudfront/originAccessControl:OriginAccessControl"] = new("", (a, s, m) =>
        {
            var id = string.IsNullOrEmpty(a.Id) ? CloudFrontId("origin-access-control:" + a.Name) : a.Id;
            s["id"] = id;
            s["name"] = s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["arn"] = $"arn:aws:cloudfront::{m.AccountId}:origin-access-control/{id}";
            s["etag"] = CloudFrontId("origin-access-control-etag:" + a.Name);
        }),
        ["aws:s3/bucketCorsConfiguration:BucketCorsConfiguration"] = BucketConfiguration(),
        ["aws:acm/certificateValidation:CertificateValidation"] = new("", (a, s, m) =>
        {
            var arn = (string?)s.GetValueOrDefault("certificateArn") ?? m.Arn("acm", "certificate/" + a.Name);
            s["id"] = arn;
            // A validation waits in the certificate's region (arn:aws:acm:<region>:...), us-east-1 for CloudFront.
            s["region"] = s.GetValueOrDefault("region") ?? arn.Split(':')[3];
        }),
        ["aws:route53/record:Record"] = new("", (a, s, m) =>
        {
            // The provider's id: zone, name and type joined by underscores, then the set identifier if any.
            var name = ((string?)s.GetValueOrDefault("name") ?? a.Name!).TrimEnd('.').ToLowerInvariant();
            var parts = new[] { s.GetValueOrDefault("zoneId"), name, s.GetValueOrDefault("type"), s.GetValueOrDefault("setIdentifier") };
            s["id"] = string.IsNullOrEmpty(a.Id) ? string.Join('_', parts.Where(p => p is not null)) : a.Id;
            // The record's name as given: the zone's name is not known here, so records are named in full.
            s["fqdn"] = name;
            s["allowOverwrite"] = s.GetValueOrDefault("allowOverwrite") ?? false;
        }),
    };

    // CloudFront's ids and etags: E and 13 uppercase alphanumerics.
    private static string CloudFrontId(string seed) => "E" + HexOf("cloudfront:" + seed, 13).ToUpperInvariant();
}
