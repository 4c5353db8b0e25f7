#if PULUMI_OFFLINE
using Numinia.Components.Common;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// The statics CDN of a new platform (the staging stack): only its distribution reads the bucket, over TLS, with a
/// certificate from us-east-1 that ACM validated through the zone before the distribution uses it.
/// </summary>
[NonParallelizable]
public sealed class StaticsCdnTests
{
    private static Task<PlanResult>? s_plan;

    private static Task<PlanResult> PlanAsync() => s_plan ??= Planner.RunAsync(StackConfigFile.Load(Harness.RepoRoot, "staging", []));

    private static ResourceRegistration Named(PlanResult plan, string name) => plan.Resources.Single(r => r.Name == name);

    [Test]
    public async Task OnlyTheDistributionMayReadTheBucketAndOnlyOverTls()
    {
        var plan = await PlanAsync();
        var distribution = Named(plan, "statics-cdn-distribution");
        var policy = PolicyDocument.FromJson((string)Named(plan, "statics-cdn-bucket-policy").Input("policy")!);
        var read = policy.Statement.Single(s => s.Effect == "Allow");
        Assert.Multiple(() =>
        {
            Assert.That(read.Principal!["Service"], Is.EqualTo(new[] { "cloudfront.amazonaws.com" }));
            Assert.That(read.Action, Is.EqualTo(new[] { "s3:GetObject" }));
            Assert.That(read.Condition!["StringEquals"]["AWS:SourceArn"], Is.EqualTo(new[] { distribution.Outputs["arn"] }), "no other distribution");
            Assert.That(policy.Statement.Single(s => s.Effect == "Deny").Condition!["Bool"]["aws:SecureTransport"], Is.EqualTo(new[] { "false" }));
            Assert.That(distribution.Input("defaultCacheBehavior", "viewerProtocolPolicy"), Is.EqualTo("redirect-to-https"));
            Assert.That(Named(plan, "statics-public-access").Input("restrictPublicBuckets"), Is.True, "the bucket itself stays private");
        });
    }

    [Test]
    public async Task TheOriginIsTheBucketSignedByItsOriginAccessControl()
    {
        var plan = await PlanAsync();
        var origin = ((System.Collections.IList)Named(plan, "statics-cdn-distribution").Input("origins")!)[0];
        Assert.Multiple(() =>
        {
            Assert.That(PolicyValues.At(origin, "originAccessControlId"), Is.EqualTo(Named(plan, "statics-cdn-oac").Id));
            Assert.That(PolicyValues.At(origin, "domainName"), Is.EqualTo(Named(plan, "statics-bucket").Outputs["bucketRegionalDomainName"]));
            Assert.That(Named(plan, "statics-cdn-oac").Input("signingBehavior"), Is.EqualTo("always"));
            Assert.That(Named(plan, "statics-cdn-oac").Input("signingProtocol"), Is.EqualTo("sigv4"));
        });
    }

    [Test]
    public async Task TheDistributionUsesTheCertificateOnlyOnceAcmHasValidatedItThroughTheZone()
    {
        var plan = await PlanAsync();
        var certificate = Named(plan, "statics-cdn-certificate");
        var validation = plan.Resources.Single(r => r.Type == "aws:acm/certificateValidation:CertificateValidation");
        var record = plan.Resources.Single(r => r.Type == "aws:route53/record:Record" && r.Name == "statics-cdn-certificate-validation");
        var distribution = Named(plan, "statics-cdn-distribution");
        Assert.Multiple(() =>
        {
            Assert.That(certificate.Input("region"), Is.EqualTo("us-east-1"), "CloudFront takes certificates from us-east-1 only");
            Assert.That(certificate.Input("validationMethod"), Is.EqualTo("DNS"));
            Assert.That(certificate.Input("domainName"), Is.EqualTo("statics.staging.numinia.xyz"));
            Assert.That(validation.Input("validationRecordFqdns"), Is.EqualTo(new[] { record.Outputs["fqdn"] }));
            Assert.That(distribution.EngineDependencyUrns, Does.Contain(validation.Urn), "the distribution waits for the validation");
            Assert.That(distribution.Input("viewerCertificate", "acmCertificateArn"), Is.EqualTo(certificate.Outputs["arn"]));
        });
    }

    [Test]
    public async Task TheNameAnswersForIpv4AndIpv6WithAliasesOfTheDistribution()
    {
        var plan = await PlanAsync();
        var distribution = Named(plan, "statics-cdn-distribution");
        foreach (var type in new[] { "A", "AAAA" })
        {
            var record = Named(plan, $"statics-cdn-alias-{type.ToLowerInvariant()}");
            var alias = ((System.Collections.IList)record.Input("aliases")!)[0];
            Assert.That(record.Input("type"), Is.EqualTo(type));
            Assert.That(record.Input("name"), Is.EqualTo("statics.staging.numinia.xyz"));
            Assert.That(PolicyValues.At(alias, "name"), Is.EqualTo(distribution.Outputs["domainName"]), type);
            Assert.That(PolicyValues.At(alias, "zoneId"), Is.EqualTo(distribution.Outputs["hostedZoneId"]), type);
        }
    }
}
#endif
