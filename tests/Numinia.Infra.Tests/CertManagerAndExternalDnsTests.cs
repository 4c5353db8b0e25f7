using System.Collections;
using System.Text.Json;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi.Aws.Iam;
using Pulumi.Kubernetes.Helm.V3;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Numinia.Infra.Policy.Rules;
using Pulumi.Offline;
#endif
using static Numinia.Infra.Tests.IngressAddons;

namespace Numinia.Infra.Tests;

/// <summary>
/// cert-manager with the platform's ClusterIssuers, and external-dns: their Route53 permissions and their releases.
/// </summary>
[NonParallelizable]
public sealed class CertManagerAndExternalDnsTests
{
    // ---------------------------------------------------------------- Route53 (cert-manager, external-dns)

    [TestCase("cert-manager", "route53:ListHostedZonesByName")]
    [TestCase("external-dns", "route53:ListHostedZones")]
    public async Task Route53WritesAndRecordReadsNameOnlyThePlatformZone(string service, string accountWideRead)
    {
        var policy = await (await BuildAsync()).PolicyAsync(service);
        var statements = policy.Statement;
        Assert.Multiple(() =>
        {
            Assert.That(statements.SelectMany(s => s.Action), Is.All.StartWith("route53:"));
            foreach (var statement in statements.Where(s => s.Action.Any(a => a.StartsWith("route53:Change", StringComparison.Ordinal) || a.Contains("ResourceRecordSets", StringComparison.Ordinal))))
            {
                Assert.That(statement.Resource, Is.EqualTo(new[] { ZoneArn }), statement.Sid);
            }

            Assert.That(statements.Where(s => s.Resource!.Value.Contains("*")).SelectMany(s => s.Action), Is.EqualTo(new[] { accountWideRead }),
                "only a read-only listing of zones is account-wide");
            Assert.That(statements.SelectMany(s => s.Resource!.Value).Where(r => r.Contains("hostedzone", StringComparison.Ordinal)), Is.All.EqualTo(ZoneArn),
                "no other zone");
        });
    }

    [Test]
    public async Task CertManagerWritesOnlyAcmeChallengeTxtRecordsAndFollowsItsChanges()
    {
        var statements = (await (await BuildAsync()).PolicyAsync("cert-manager")).Statement;
        var write = statements.Single(s => s.Action.Contains("route53:ChangeResourceRecordSets"));
        Assert.Multiple(() =>
        {
            Assert.That(write.Action, Is.EqualTo(new[] { "route53:ChangeResourceRecordSets" }));
            Assert.That(write.Condition!["ForAllValues:StringEquals"]["route53:ChangeResourceRecordSetsRecordTypes"], Is.EqualTo(new[] { "TXT" }));
            Assert.That(write.Condition["ForAllValues:StringLike"]["route53:ChangeResourceRecordSetsNormalizedRecordNames"], Is.EqualTo(new[] { "_acme-challenge.*" }));
            Assert.That(statements.Single(s => s.Action.Contains("route53:GetChange")).Resource, Is.EqualTo(new[] { "arn:aws:route53:::change/*" }));
            Assert.That(statements.Single(s => s.Action.Contains("route53:ListResourceRecordSets")).Resource, Is.EqualTo(new[] { ZoneArn }));
        });
    }

    [Test]
    public async Task ExternalDnsWritesOnlyItsRecordTypesAndReadsOnlyThePlatformZone()
    {
        var statements = (await (await BuildAsync()).PolicyAsync("external-dns")).Statement;
        var write = statements.Single(s => s.Action.Contains("route53:ChangeResourceRecordSets"));
        var read = statements.Single(s => s.Action.Contains("route53:ListResourceRecordSets"));
        Assert.Multiple(() =>
        {
            Assert.That(write.Condition!["ForAllValues:StringEquals"]["route53:ChangeResourceRecordSetsRecordTypes"], Is.EquivalentTo(new[] { "A", "AAAA", "CNAME", "TXT" }));
            Assert.That(read.Action, Is.SupersetOf(new[] { "route53:ListResourceRecordSets", "route53:ListTagsForResource" }));
            Assert.That(read.Resource, Is.EqualTo(new[] { ZoneArn }));
        });
    }

    // ---------------------------------------------------------------- cert-manager

    [Test]
    public async Task CertManagerInstallsItsCrdsAndKeepsThemIfTheReleaseIsRemoved()
    {
        var values = await (await BuildAsync()).ValuesAsync("cert-manager");
        Assert.That(At(values, "crds", "enabled"), Is.True);
        Assert.That(At(values, "crds", "keep"), Is.True);
    }

    [TestCase(new string[0], "controller", "cert-manager")]
    [TestCase(new[] { "webhook" }, "webhook", "webhook")]
    [TestCase(new[] { "cainjector" }, "cainjector", "cainjector")]
    public async Task EachCertManagerDeploymentRunsTwoReplicasOnDifferentNodesUnderADisruptionBudget(string[] section, string component, string appName)
    {
        var values = At(await (await BuildAsync()).ValuesAsync("cert-manager"), section.Cast<object>().ToArray());
        var term = At(values, "affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution", 0, "podAffinityTerm");
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "replicaCount"), Is.EqualTo(2));
            Assert.That(At(values, "podDisruptionBudget", "enabled"), Is.True);
            Assert.That(At(values, "podDisruptionBudget", "maxUnavailable"), Is.EqualTo(1));
            Assert.That(At(term, "topologyKey"), Is.EqualTo("kubernetes.io/hostname"));
            Assert.That(At(term, "labelSelector", "matchLabels"), Is.EquivalentTo(new Dictionary<string, object>
            {
                ["app.kubernetes.io/name"] = appName,
                ["app.kubernetes.io/instance"] = "cert-manager",
                ["app.kubernetes.io/component"] = component,
            }), "the chart's selector labels of that deployment");
        });
    }

    [Test]
    public async Task CertManagerKeepsTheChartsRestrictedSecurityContexts()
    {
        var values = await (await BuildAsync()).ValuesAsync("cert-manager");
        foreach (var section in new object?[] { values, At(values, "webhook"), At(values, "cainjector"), At(values, "startupapicheck") })
        {
            Assert.That(At(section, "securityContext"), Is.Null, "the chart's defaults are restricted-compatible");
            Assert.That(At(section, "containerSecurityContext"), Is.Null);
        }
    }

    [TestCase(CertManagerAddon.LetsEncryptProd, "https://acme-v02.api.letsencrypt.org/directory")]
    [TestCase(CertManagerAddon.LetsEncryptStaging, "https://acme-staging-v02.api.letsencrypt.org/directory")]
    public async Task LetsEncryptIssuersSolveDns01InThePlatformZoneAndHttp01ThroughKourier(string name, string server)
    {
        var issuer = (await BuildAsync()).CertManager.Issuers[name];
        var metadata = await ValueAsync(issuer.Metadata);
        var spec = await ValueAsync(issuer.Spec);
        var acme = At(spec, "acme");
        var dns01 = At(acme, "solvers", 0);
        var http01 = At(acme, "solvers", 1);
        Assert.Multiple(async () =>
        {
            Assert.That(metadata.Name, Is.EqualTo(name));
            Assert.That(await ValueAsync(issuer.ApiVersion), Is.EqualTo("cert-manager.io/v1"));
            Assert.That(await ValueAsync(issuer.Kind), Is.EqualTo("ClusterIssuer"));
            Assert.That(At(spec, "selfSigned"), Is.Null);
            Assert.That(At(acme, "server"), Is.EqualTo(server));
            Assert.That(At(acme, "email"), Is.EqualTo(Email));
            Assert.That(At(acme, "privateKeySecretRef", "name"), Is.EqualTo($"{name}-account-key"));
            Assert.That(((IList)At(acme, "solvers")!).Count, Is.EqualTo(2));

            Assert.That(Strings(At(dns01, "selector", "dnsZones")), Is.EqualTo(new[] { ZoneName }), "DNS-01 for the zone, wildcards included");
            Assert.That(At(dns01, "dns01", "route53", "region"), Is.EqualTo(Region));
            Assert.That(At(dns01, "dns01", "route53", "hostedZoneID"), Is.EqualTo(ZoneId));
            Assert.That(At(dns01, "http01"), Is.Null);

            Assert.That(At(http01, "selector"), Is.Null, "HTTP-01 is the fallback for names outside the zone");
            Assert.That(At(http01, "http01", "ingress", "class"), Is.EqualTo("kourier.ingress.networking.knative.dev"));
            Assert.That(At(http01, "dns01"), Is.Null);
        });
    }

    [Test]
    public async Task TheSelfSignedIssuerIsOnlySelfSigned()
    {
        var issuer = (await BuildAsync()).CertManager.Issuers[CertManagerAddon.SelfSigned];
        var spec = await ValueAsync(issuer.Spec);
        Assert.That((await ValueAsync(issuer.Metadata)).Name, Is.EqualTo("selfsigned"));
        Assert.That(spec.Keys, Is.EqualTo(new[] { "selfSigned" }));
        Assert.That((IDictionary)spec["selfSigned"], Is.Empty);
    }

    [Test]
    public async Task CertManagerExportsTheIssuerNames()
    {
        var built = await BuildAsync();
        Assert.That(built.CertManager.Issuers.Keys, Is.EquivalentTo(new[] { "letsencrypt-prod", "letsencrypt-staging", "selfsigned" }));
        Assert.That(await ValueAsync(built.CertManager.IssuerNames), Is.EqualTo(new[] { "letsencrypt-prod", "letsencrypt-staging", "selfsigned" }));
    }

    // ---------------------------------------------------------------- external-dns

    [TestCase(ExternalDnsPolicy.Sync, "sync")]
    [TestCase(ExternalDnsPolicy.UpsertOnly, "upsert-only")]
    public async Task ExternalDnsOwnsItsRecordsByTheClusterNameWithTheConfiguredPolicyAndDomains(ExternalDnsPolicy policy, string value)
    {
        var values = await (await BuildAsync(policy)).ValuesAsync("external-dns");
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "provider", "name"), Is.EqualTo("aws"));
            Assert.That(At(values, "registry"), Is.EqualTo("txt"));
            Assert.That(At(values, "txtOwnerId"), Is.EqualTo(ClusterName));
            Assert.That(At(values, "policy"), Is.EqualTo(value));
            Assert.That(Strings(At(values, "sources")), Is.EqualTo(new[] { "service", "ingress" }), "Kourier's records come from its Service");
            Assert.That(At(values, "triggerLoopOnEvent"), Is.EqualTo(true), "records follow Services within seconds, also on delete");
            Assert.That(Strings(At(values, "domainFilters")), Is.EqualTo(new[] { ZoneName, "apps.numinia.xyz" }));
        });
    }

    [Test]
    public async Task ExternalDnsIsLimitedToThePlatformZoneAndToldTheRegion()
    {
        var values = await (await BuildAsync()).ValuesAsync("external-dns");
        var env = ((IEnumerable)At(values, "env")!).Cast<object>().ToDictionary(e => (string)At(e, "name")!, e => At(e, "value"));
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "extraArgs", "zone-id-filter"), Is.EqualTo(ZoneId));
            Assert.That(env["AWS_REGION"], Is.EqualTo(Region));
            Assert.That(env["AWS_DEFAULT_REGION"], Is.EqualTo(Region));
            Assert.That(At(values, "replicaCount"), Is.Null, "the chart runs exactly one replica; two would race on the same records");
        });
    }
}
