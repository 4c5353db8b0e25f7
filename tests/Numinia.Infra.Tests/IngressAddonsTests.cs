using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi.Aws.Iam;
using static Numinia.Infra.Tests.Harness;
using KubernetesNamespace = Pulumi.Kubernetes.Core.V1.Namespace;
#if PULUMI_OFFLINE
using Numinia.Infra.Policy.Rules;
using Pulumi.Offline;
#endif
using static Numinia.Infra.Tests.IngressAddons;

namespace Numinia.Infra.Tests;

/// <summary>
/// The ingress shared services (AWS Load Balancer Controller, cert-manager with the platform's
/// ClusterIssuers, external-dns): what holds for each of them, and their config keys.
/// </summary>
[NonParallelizable]
public sealed class IngressAddonsTests
{
    // ---------------------------------------------------------------- every service

    [TestCase("lbc", "aws-load-balancer-controller", "https://aws.github.io/eks-charts", "3.5.0")]
    [TestCase("cert-manager", "cert-manager", "https://charts.jetstack.io", "v1.21.1")]
    [TestCase("external-dns", "external-dns", "https://kubernetes-sigs.github.io/external-dns/", "1.21.1")]
    public async Task ChartsArePinnedToAnExactVersionInTheirUpstreamRepository(string service, string chart, string repository, string version)
    {
        var release = (await BuildAsync()).Release(service);
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(release.Chart), Is.EqualTo(chart));
            Assert.That((await ValueAsync(release.RepositoryOpts)).Repo, Is.EqualTo(repository));
            Assert.That(await ValueAsync(release.Version), Is.EqualTo(version));
            Assert.That(await ValueAsync(release.Name), Is.EqualTo(chart), "exact release names keep the chart's object names stable");
        });
    }

    [TestCase("lbc", "aws-load-balancer-controller")]
    [TestCase("cert-manager", "cert-manager")]
    [TestCase("external-dns", "external-dns")]
    public async Task EachServiceRunsInItsOwnRestrictedNamespace(string service, string namespaceName)
    {
        var built = await BuildAsync();
        var ns = built.Resources.Named<KubernetesNamespace>($"{service}-namespace");
        var metadata = await ValueAsync(ns.Metadata);
        Assert.Multiple(async () =>
        {
            Assert.That(metadata.Name, Is.EqualTo(namespaceName));
            Assert.That(metadata.Labels["pod-security.kubernetes.io/enforce"], Is.EqualTo("restricted"));
            Assert.That(await ValueAsync(built.Release(service).Namespace), Is.EqualTo(namespaceName));
            Assert.That(await ValueAsync(built.Release(service).CreateNamespace), Is.False, "the namespace is ours, with its quota and limits");
        });
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task EveryKubernetesObjectUsesTheClusterProvider()
    {
        var built = await BuildAsync();
        var providerUrn = Registrations.Of(built.Provider).Urn;
        var objects = built.Resources.Select(Registrations.Of).Where(r => r.Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToArray();
        Assert.That(objects.Select(o => o.Type), Is.SupersetOf(new[]
        {
            "kubernetes:core/v1:Namespace", "kubernetes:helm.sh/v3:Release", "kubernetes:cert-manager.io/v1:ClusterIssuer",
        }));
        foreach (var registration in objects)
        {
            Assert.That(registration.ProviderUrn, Is.EqualTo(providerUrn), registration.Urn);
        }
    }

    [TestCase("lbc")]
    [TestCase("cert-manager")]
    [TestCase("external-dns")]
    public async Task ReleasesWaitForTheNodesAndTheirIrsaRoleWithItsPolicy(string service)
    {
        var built = await BuildAsync();
        var dependencies = Registrations.Of(built.Release(service)).DependencyUrns;
        Assert.That(dependencies, Does.Contain(Registrations.Of(built.NodeGroups).Urn));
        // Depending on the IrsaRole component waits for all of its children: the role and its policy.
        Assert.That(dependencies, Does.Contain(Registrations.Of(built.Resources.Single(r => r is IrsaRole && r.GetResourceName() == $"{service}-irsa")).Urn),
            "pods must not start before their role may do anything");
    }

    [TestCase(CertManagerAddon.LetsEncryptProd)]
    [TestCase(CertManagerAddon.LetsEncryptStaging)]
    [TestCase(CertManagerAddon.SelfSigned)]
    public async Task ClusterIssuersWaitForTheCertManagerRelease(string issuer)
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.CertManager.Issuers[issuer]).DependencyUrns,
            Does.Contain(Registrations.Of(built.CertManager.Release).Urn), "the release installs the CRD and the validating webhook");
    }
#endif

    [TestCase("lbc", "aws-load-balancer-controller", "aws-load-balancer-controller")]
    [TestCase("cert-manager", "cert-manager", "cert-manager")]
    [TestCase("external-dns", "external-dns", "external-dns")]
    public async Task EachIrsaRoleTrustsExactlyItsServiceAccount(string service, string namespaceName, string serviceAccount)
    {
        var built = await BuildAsync();
        var role = built.Resources.Named<Role>($"{service}-irsa-role");
        var trust = PolicyDocument.FromJson(await ValueAsync(role.AssumeRolePolicy)).Statement.Single();
        Assert.Multiple(async () =>
        {
            Assert.That(trust.Action, Is.EqualTo(new[] { "sts:AssumeRoleWithWebIdentity" }));
            Assert.That(trust.Principal!["Federated"], Is.EqualTo(new[] { OidcArn }));
            Assert.That(trust.Condition!.Keys, Is.EqualTo(new[] { "StringEquals" }), "no StringLike, so no wildcard");
            Assert.That(trust.Condition["StringEquals"], Is.EquivalentTo(new Dictionary<string, ImmutableArray<string>>
            {
                [$"{OidcIssuer}:sub"] = ImmutableArray.Create($"system:serviceaccount:{namespaceName}:{serviceAccount}"),
                [$"{OidcIssuer}:aud"] = ImmutableArray.Create("sts.amazonaws.com"),
            }));
            var values = await built.ValuesAsync(service);
            Assert.That(At(values, "serviceAccount", "create"), Is.True);
            Assert.That(At(values, "serviceAccount", "name"), Is.EqualTo(serviceAccount), "the chart's service account is the one the role trusts");
            Assert.That(At(values, "serviceAccount", "annotations", "eks.amazonaws.com/role-arn"), Is.EqualTo(await ValueAsync(role.Arn)));
        });
    }

    [TestCase("lbc")]
    [TestCase("cert-manager")]
    [TestCase("external-dns")]
    public async Task EachIrsaPolicyFitsIamsLimitForInlineRolePolicies(string service)
    {
        var built = await BuildAsync();
        var policy = await ValueAsync(built.Resources.Named<RolePolicy>($"{service}-irsa-policy").Policy);
        // IAM counts every character but whitespace against a role's 10,240 characters of inline policies.
        Assert.That(policy.Count(c => !char.IsWhiteSpace(c)), Is.LessThanOrEqualTo(10_240));
    }

    [TestCase("lbc", new[] { "resources" })]
    [TestCase("cert-manager", new[] { "resources" })]
    [TestCase("cert-manager", new[] { "webhook", "resources" })]
    [TestCase("cert-manager", new[] { "cainjector", "resources" })]
    [TestCase("cert-manager", new[] { "startupapicheck", "resources" })]
    [TestCase("external-dns", new[] { "resources" })]
    public async Task EveryContainerHasRequestsAndLimitsWithRequestsWithinLimits(string service, string[] path)
    {
        var resources = At(await (await BuildAsync()).ValuesAsync(service), path.Cast<object>().ToArray());
        Assert.Multiple(() =>
        {
            foreach (var kind in new[] { "cpu", "memory" })
            {
                var request = At(resources, "requests", kind) as string;
                var limit = At(resources, "limits", kind) as string;
                Assert.That(request, Is.Not.Null, $"requests.{kind}");
                Assert.That(limit, Is.Not.Null, $"limits.{kind}");
                Assert.That(Quantity.Parse(request!), Is.LessThanOrEqualTo(Quantity.Parse(limit!)), kind);
            }
        });
    }


    // ---------------------------------------------------------------- config

    private static Func<string, string?> Config(params (string Key, string Value)[] values) => Harness.ConfigLookup(values);

    /// <summary>The ingress services' settings: the platform's DNS, the Load Balancer Controller, cert-manager and external-dns.</summary>
    private sealed record IngressSettings(DnsSettings Dns, LoadBalancerControllerSettings LoadBalancerController, CertManagerSettings CertManager, ExternalDnsSettings ExternalDns);

    private static IngressSettings ReadIngressOnly(Func<string, string?> get) => ConfigReader.ReadOnly(get, config =>
    {
        var dns = DnsSettings.Read(config);
        return new IngressSettings(dns, LoadBalancerControllerSettings.Read(config), CertManagerSettings.Read(config), ExternalDnsSettings.Read(config, dns));
    });

    [Test]
    public void TheIngressDefaultsAreTheLivePlatform()
    {
        var config = ReadIngressOnly(Config());
        Assert.Multiple(() =>
        {
            Assert.That(config.Dns.BaseDomain, Is.EqualTo("numinia.xyz"));
            Assert.That(config.Dns.HostedZoneId, Is.Null, "looked up by the base domain");
            Assert.That(config.CertManager.AcmeEmail, Is.EqualTo("platform@numinia.xyz"));
            Assert.That(config.ExternalDns.DomainFilters, Is.EqualTo(new[] { "numinia.xyz" }));
            Assert.That(config.ExternalDns.Policy, Is.EqualTo(ExternalDnsPolicy.Sync));
            Assert.That(config.LoadBalancerController.ChartVersion, Is.EqualTo("3.5.0"));
            Assert.That(config.CertManager.ChartVersion, Is.EqualTo("v1.21.1"));
            Assert.That(config.ExternalDns.ChartVersion, Is.EqualTo("1.21.1"));
        });
    }

    [Test]
    public void IngressValuesAreReadFromConfig()
    {
        var config = ReadIngressOnly(Config(
            ("baseDomain", "example.dev"),
            ("hostedZoneId", "Z2FDTNDATAQYW2"),
            ("acmeEmail", "ops+acme@example.dev"),
            ("externalDnsDomainFilters", "[\"example.dev\",\"apps.example.dev\"]"),
            ("externalDnsPolicy", "upsert-only"),
            ("certManagerChartVersion", "v1.21.2")));
        Assert.Multiple(() =>
        {
            Assert.That(config.Dns.BaseDomain, Is.EqualTo("example.dev"));
            Assert.That(config.Dns.HostedZoneId, Is.EqualTo("Z2FDTNDATAQYW2"));
            Assert.That(config.CertManager.AcmeEmail, Is.EqualTo("ops+acme@example.dev"));
            Assert.That(config.ExternalDns.DomainFilters, Is.EqualTo(new[] { "example.dev", "apps.example.dev" }));
            Assert.That(config.ExternalDns.Policy, Is.EqualTo(ExternalDnsPolicy.UpsertOnly));
            Assert.That(config.CertManager.ChartVersion, Is.EqualTo("v1.21.2"));
        });
    }

    [Test]
    public void AnEmptyHostedZoneIdMeansTheZoneIsLookedUpByTheBaseDomain()
        => Assert.That(ReadIngressOnly(Config(("hostedZoneId", ""))).Dns.HostedZoneId, Is.Null);

    [TestCase("acmeEmail", "platform", "numinia-infra:acmeEmail: 'platform' is not an email address")]
    [TestCase("acmeEmail", "platform@numinia", "numinia-infra:acmeEmail: 'platform@numinia' is not an email address")]
    [TestCase("acmeEmail", "a b@numinia.xyz", "numinia-infra:acmeEmail: 'a b@numinia.xyz' is not an email address")]
    [TestCase("acmeEmail", "ops@example.com", "numinia-infra:acmeEmail: 'ops@example.com' uses the reserved domain example.com")]
    [TestCase("acmeEmail", "", "numinia-infra:acmeEmail: '' is empty")]
    [TestCase("baseDomain", "numinia_xyz", "numinia-infra:baseDomain: 'numinia_xyz' is not a domain name")]
    [TestCase("baseDomain", "Numinia.XYZ", "numinia-infra:baseDomain: 'Numinia.XYZ' is not a domain name")]
    [TestCase("baseDomain", "-numinia.xyz", "numinia-infra:baseDomain: '-numinia.xyz' is not a domain name")]
    [TestCase("externalDnsDomainFilters", "[\"numinia..xyz\"]", "numinia-infra:externalDnsDomainFilters: 'numinia..xyz' is not a domain name")]
    [TestCase("externalDnsDomainFilters", "[\"numinia.com\"]", "numinia-infra:externalDnsDomainFilters: 'numinia.com' is not numinia.xyz or a name under it")]
    [TestCase("externalDnsDomainFilters", "[\"evilnuminia.xyz\"]", "numinia-infra:externalDnsDomainFilters: 'evilnuminia.xyz' is not numinia.xyz or a name under it")]
    [TestCase("externalDnsDomainFilters", "[\"apps.numinia.xyz\"]", "numinia-infra:externalDnsDomainFilters: '[apps.numinia.xyz]' does not include numinia.xyz (baseDomain)")]
    [TestCase("externalDnsDomainFilters", "[]", "numinia-infra:externalDnsDomainFilters: '[]' is empty")]
    [TestCase("externalDnsDomainFilters", "numinia.xyz", "numinia-infra:externalDnsDomainFilters: 'numinia.xyz' is not a list of strings")]
    [TestCase("externalDnsPolicy", "create-only", "numinia-infra:externalDnsPolicy: 'create-only' is not an external-dns policy (expected sync or upsert-only)")]
    [TestCase("hostedZoneId", "/hostedzone/Z0123456789", "numinia-infra:hostedZoneId: '/hostedzone/Z0123456789' is not a Route53 hosted zone id")]
    [TestCase("loadBalancerControllerChartVersion", "latest", "numinia-infra:loadBalancerControllerChartVersion: 'latest' is 'latest'; pin an exact chart version")]
    [TestCase("certManagerChartVersion", "LATEST", "numinia-infra:certManagerChartVersion: 'LATEST' is 'latest'; pin an exact chart version")]
    [TestCase("externalDnsChartVersion", "^1.21.0", "numinia-infra:externalDnsChartVersion: '^1.21.0' is not an exact chart version")]
    [TestCase("externalDnsChartVersion", "", "numinia-infra:externalDnsChartVersion: '' is empty")]
    public void ABadIngressValueIsRejectedNamingItsKeyAndValue(string key, string value, string message)
    {
        var error = Assert.Throws<ConfigValidationException>(() => ReadIngressOnly(Config((key, value))))!;
        Assert.That(error.Message, Does.Contain(message));
        Assert.That(error.Problems.Select(p => p.Key), Is.All.EqualTo($"numinia-infra:{key}"), "one key at fault, no knock-on problems");
    }

    [Test]
    public void EveryIngressProblemIsReportedAtOnce()
    {
        var error = Assert.Throws<ConfigValidationException>(() => ReadIngressOnly(Config(
            ("acmeEmail", "nope"), ("externalDnsPolicy", "always"), ("certManagerChartVersion", "latest"))))!;
        Assert.That(error.Problems.Select(p => p.Key), Is.EquivalentTo(new[]
        {
            "numinia-infra:acmeEmail", "numinia-infra:externalDnsPolicy", "numinia-infra:certManagerChartVersion",
        }));
    }

    [Test]
    public void TheWholeConfigStillReadsWithTheIngressKeysSet()
    {
        var lookup = Config(
            ("accountId", "111122223333"),
            ("clusterAdminArns", "[\"arn:aws:iam::111122223333:role/admin\"]"),
            ("acmeEmail", "platform@numinia.xyz"),
            ("externalDnsPolicy", "sync"),
            ("grafanaAdminPassword", "a-grafana-password-for-tests"),
            ("fluxDeployKey", "a-deploy-key-for-tests"));
        Assert.DoesNotThrow(() => ConfigReader.Read(lookup));
    }
}
