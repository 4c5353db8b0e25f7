using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi.Aws.Eks;
using Pulumi.Aws.Iam;
using Pulumi.Aws.SecretsManager;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Rbac.V1;
using static Numinia.Infra.Tests.Harness;
using KubernetesNamespace = Pulumi.Kubernetes.Core.V1.Namespace;
using Role = Pulumi.Aws.Iam.Role;
using Secret = Pulumi.Aws.SecretsManager.Secret;
#if PULUMI_OFFLINE
#endif

namespace Numinia.Infra.Tests;

/// <summary>The organizations' config: the live list and its rules.</summary>
public sealed partial class TenantsTests
{
    // ---------------------------------------------------------------- config

    private static Func<string, string?> Config(string? organizations, params (string Key, string Value)[] more)
        => Harness.ConfigLookup(organizations is null ? more : more.Append(("organizations", organizations)));

    private static ConfigValidationException Reject(string organizations, params (string Key, string Value)[] more)
        => Assert.Throws<ConfigValidationException>(() => ConfigReader.ReadTenantsOnly(Config(organizations, more)))!;

    // The live list as Pulumi hands it to the program (the YAML of Pulumi.prod.yaml, as JSON).
    private const string LiveList = """
        [
          { "name": "active-inference", "environments": [{ "name": "pre" }, { "name": "pro" }] },
          { "name": "numen-games", "environments": [{ "name": "pre" }, { "name": "pro" }] },
          { "name": "numinia", "environments": [{ "name": "pre" }, { "name": "pro" }] },
          { "name": "r3s3t", "environments": [{ "name": "pre" }, { "name": "pro" }] }
        ]
        """;

    private static string[] NamespacesOf(TenantsSettings config)
        => config.Organizations.SelectMany(o => o.Environments.Select(o.NamespaceOf)).ToArray();

    [Test]
    public void TheLiveListGivesTheLiveNamespaces()
    {
        var config = ConfigReader.ReadTenantsOnly(Config(LiveList));
        Assert.That(config.Organizations.Select(o => o.Name), Is.EqualTo(new[] { "active-inference", "numen-games", "numinia", "r3s3t" }));
        Assert.That(NamespacesOf(config), Is.EqualTo(new[]
        {
            "active-inference-pre", "active-inference", "numen-games-pre", "numen-games", "numinia-pre", "numinia", "r3s3t-pre", "r3s3t",
        }));
        var numinia = config.Organizations[2];
        Assert.That(numinia.Quota, Is.EqualTo(OrganizationSpec.DefaultQuota));
        Assert.That(numinia.ContainerDefaults, Is.EqualTo(new ContainerResources("100m", "256Mi", "500m", "512Mi")), "seed 002's TypeScript service");
        Assert.That(numinia.AcmeEmail, Is.Null);
    }

    [Test]
    public void WithoutTheKeyTheLiveOrganizationsAreRead()
    {
        var absent = ConfigReader.ReadTenantsOnly(Config(null));
        var live = ConfigReader.ReadTenantsOnly(Config(LiveList));
        Assert.That(NamespacesOf(absent), Is.EqualTo(NamespacesOf(live)));
        Assert.That(absent.Organizations.Select(o => o.Environments.Select(e => e.Name)), Is.All.EqualTo(new[] { "pre", "pro" }));
    }

    [Test]
    public void AnEntryWithoutEnvironmentsHasPreAndPro()
    {
        var config = ConfigReader.ReadTenantsOnly(Config("""[{ "name": "numinia" }]"""));
        Assert.That(NamespacesOf(config), Is.EqualTo(new[] { "numinia-pre", "numinia" }));
    }

    [Test]
    public void AFullEntryIsReadWithItsOverrides()
    {
        var config = ConfigReader.ReadTenantsOnly(Config("""
            [{
              "name": "numinia",
              "domains": ["numinia.xyz"],
              "acmeEmail": "platform@numinia.xyz",
              "quota": { "requestsCpu": 2, "limitsCpu": "4", "gpus": 1 },
              "containerDefaults": { "limitMemory": "1Gi" },
              "developerArns": ["arn:aws:iam::111122223333:role/numinia-developers"],
              "viewerArns": ["arn:aws:iam::111122223333:user/auditor"],
              "appSettings": ["OPENAI_API_KEY"],
              "labels": { "cost-centre": "numinia" },
              "environments": [
                { "name": "pre", "quota": { "limitsMemory": "32Gi" } },
                { "name": "pro", "namespace": "numinia-production" }
              ]
            }]
            """));
        var numinia = config.Organizations.Single();
        var pre = numinia.Environments[0];
        Assert.Multiple(() =>
        {
            Assert.That(numinia.Quota.RequestsCpu, Is.EqualTo("2"), "a YAML number is a quantity too");
            Assert.That(numinia.Quota.LimitsCpu, Is.EqualTo("4"));
            Assert.That(numinia.Quota.RequestsMemory, Is.EqualTo("8Gi"), "unset fields keep the defaults");
            Assert.That(numinia.Quota.Hard["requests.nvidia.com/gpu"], Is.EqualTo("1"));
            Assert.That(numinia.ContainerDefaults, Is.EqualTo(new ContainerResources("100m", "256Mi", "500m", "1Gi")));
            Assert.That(numinia.QuotaOf(pre).LimitsMemory, Is.EqualTo("32Gi"));
            Assert.That(numinia.QuotaOf(pre).LimitsCpu, Is.EqualTo("4"), "an environment's override starts from its organization's quota");
            Assert.That(numinia.NamespaceOf(numinia.Environments[1]), Is.EqualTo("numinia-production"));
            Assert.That(numinia.AcmeEmail, Is.EqualTo("platform@numinia.xyz"));
            Assert.That(numinia.DeveloperArns, Is.EqualTo(new[] { "arn:aws:iam::111122223333:role/numinia-developers" }));
            Assert.That(numinia.AppSettingsKeys, Is.EqualTo(new[] { "OPENAI_API_KEY" }));
            Assert.That(numinia.Labels["cost-centre"], Is.EqualTo("numinia"));
        });
    }

    [TestCase("""[{ "name": "Numinia" }]""",
        "numinia-infra:organizations[0].name: 'Numinia' is not a DNS-1123 label")]
    [TestCase("""[{ "name": "numinia", "environments": [{ "name": "pre_prod" }] }]""",
        "numinia-infra:organizations[0].environments[0].name: 'pre_prod' is not a DNS-1123 label")]
    [TestCase("""[{ "name": "numinia" }, { "name": "r3s3t" }, { "name": "numinia" }]""",
        "numinia-infra:organizations[2].name: 'numinia' is a duplicate: organizations[0] has the same name")]
    [TestCase("""[{ "name": "numinia" }, { "name": "numinia-pre", "environments": [{ "name": "pro" }] }]""",
        "numinia-infra:organizations[1].environments[0].name: 'pro' gives the namespace 'numinia-pre', which is already that of the organization numinia's environment pre")]
    [TestCase("""[{ "name": "numinia", "environments": [{ "name": "pre" }, { "name": "pro", "namespace": "numinia-pre" }] }]""",
        "numinia-infra:organizations[0].environments[1].namespace: 'numinia-pre' gives the namespace 'numinia-pre', which is already that of the organization numinia's environment pre")]
    [TestCase("""[{ "name": "monitoring" }]""",
        "numinia-infra:organizations[0].environments[1].name: 'pro' gives the namespace 'monitoring', which is a namespace of the platform")]
    [TestCase("""[{ "name": "numinia", "environments": [{ "name": "pro", "namespace": "kube-tenants" }] }]""",
        "numinia-infra:organizations[0].environments[0].namespace: 'kube-tenants' gives the namespace 'kube-tenants', which is a namespace of the platform")]
    [TestCase("""[{ "name": "numinia", "quota": { "requestsCpu": "16", "limitsCpu": "8" } }]""",
        "numinia-infra:organizations[0].quota.requestsCpu: '16' exceeds limitsCpu (8); requests never exceed limits")]
    [TestCase("""[{ "name": "numinia", "environments": [{ "name": "pro", "quota": { "requestsMemory": "32Gi" } }] }]""",
        "numinia-infra:organizations[0].environments[0].quota.requestsMemory: '32Gi' exceeds limitsMemory (16Gi); requests never exceed limits")]
    [TestCase("""[{ "name": "numinia", "containerDefaults": { "requestMemory": "1Gi" } }]""",
        "numinia-infra:organizations[0].containerDefaults.requestMemory: '1Gi' exceeds limitMemory (512Mi); requests never exceed limits")]
    [TestCase("""[{ "name": "numinia", "containerDefaults": { "limitCpu": "16" } }]""",
        "numinia-infra:organizations[0].containerDefaults.limitCpu: '16' exceeds the quota's limitsCpu (8)")]
    [TestCase("""[{ "name": "numinia", "quota": { "limitsMemory": "lots" } }]""",
        "numinia-infra:organizations[0].quota.limitsMemory: 'lots' is not a Kubernetes quantity")]
    [TestCase("""[{ "name": "numinia", "quota": { "pods": -1 } }]""",
        "numinia-infra:organizations[0].quota.pods: '-1' is not a whole number of at least 0")]
    [TestCase("""[{ "name": "numinia", "acmeEmail": "platform.numinia.xyz" }]""",
        "numinia-infra:organizations[0].acmeEmail: 'platform.numinia.xyz' is not an email address")]
    [TestCase("""[{ "name": "numinia", "domains": ["numinia.xyz", "Numinia..xyz"] }]""",
        "numinia-infra:organizations[0].domains[1]: 'Numinia..xyz' is not a domain name")]
    [TestCase("""[{ "name": "numinia", "domains": ["*.numinia.xyz"] }]""",
        "numinia-infra:organizations[0].domains[0]: '*.numinia.xyz' is a wildcard")]
    [TestCase("""[{ "name": "numinia", "domains": ["numinia.xyz"] }, { "name": "r3s3t", "domains": ["numinia.xyz"] }]""",
        "numinia-infra:organizations[1].domains[0]: 'numinia.xyz' is already a domain of the organization numinia")]
    [TestCase("""[{ "name": "numinia", "developerArns": ["arn:aws:iam::1234:role/x"] }]""",
        "numinia-infra:organizations[0].developerArns[0]: 'arn:aws:iam::1234:role/x' is not an IAM role or user ARN")]
    [TestCase("""[{ "name": "numinia", "viewerArns": ["arn:aws:sts::111122223333:assumed-role/x/y"] }]""",
        "numinia-infra:organizations[0].viewerArns[0]: 'arn:aws:sts::111122223333:assumed-role/x/y' is not an IAM role or user ARN")]
    [TestCase("""[{ "name": "numinia", "developerArns": ["arn:aws:iam::111122223333:role/a"], "viewerArns": ["arn:aws:iam::111122223333:role/a"] }]""",
        "numinia-infra:organizations[0].viewerArns[0]: 'arn:aws:iam::111122223333:role/a' is also organizations[0].developerArns[0]; an IAM principal has one access entry in the cluster")]
    [TestCase("""[{ "name": "numinia", "viewerArns": ["arn:aws:iam::111122223333:role/a"] }, { "name": "r3s3t", "viewerArns": ["arn:aws:iam::111122223333:role/a"] }]""",
        "numinia-infra:organizations[1].viewerArns[0]: 'arn:aws:iam::111122223333:role/a' is also organizations[0].viewerArns[0]")]
    [TestCase("""[{ "name": "a", "environments": [{ "name": "b-c", "namespace": "x" }] }, { "name": "a-b", "environments": [{ "name": "c" }] }]""",
        "numinia-infra:organizations[1].environments[0].name: 'c' gives its resources the Pulumi names 'a-b-c-...', as the organization a's environment b-c does")]
    [TestCase("""[{ "name": "a", "developerArns": ["arn:aws:iam::111122223333:role/x-developer-role-y"] }, { "name": "a-developer-role-x", "developerArns": ["arn:aws:iam::111122223333:role/y"] }]""",
        "numinia-infra:organizations[1].developerArns[0]: 'arn:aws:iam::111122223333:role/y' gives its access entry the same Pulumi name as organizations[0].developerArns[0]'s")]
    [TestCase("""[{ "name": "numinia", "appSettings": ["OPENAI API KEY"] }]""",
        "numinia-infra:organizations[0].appSettings[0]: 'OPENAI API KEY' is not a setting key")]
    [TestCase("""[{ "name": "numinia", "labels": { "numinia.xyz/tier": "gold" } }]""",
        "numinia-infra:organizations[0].labels.numinia.xyz/tier: 'numinia.xyz/tier' uses a reserved prefix")]
    [TestCase("""[{ "name": "numinia", "developerArn": ["arn:aws:iam::111122223333:role/a"] }]""",
        "numinia-infra:organizations[0].developerArn: '[\"arn:aws:iam::111122223333:role/a\"]' is not a field of an organization (expected name, environments")]
    [TestCase("""[{ "name": "numinia", "environments": [] }]""",
        "numinia-infra:organizations[0].environments: '[]' is empty; an organization needs at least one environment")]
    [TestCase("""[{ "environments": [{ "name": "pro" }] }]""",
        "numinia-infra:organizations[0].name: is missing; every organization needs a name")]
    [TestCase("""[{ "name": "numinia-with-a-name-long-enough-to-overflow-iam", "environments": [{ "name": "pre" }] }]""",
        "numinia-infra:organizations[0].environments[0].name: 'pre' makes 'numinia-with-a-name-long-enough-to-overflow-iam-pre' longer than 46 characters")]
    [TestCase("""[{ "name": "prod" }]""",
        "numinia-infra:organizations[0].name: 'prod' would name the organization's ClusterIssuer letsencrypt-prod, which is one of the platform's")]
    [TestCase("""{ "name": "numinia" }""",
        "numinia-infra:organizations: '{ \"name\": \"numinia\" }' is not a list of organizations")]
    [TestCase("""[{ "name": "numinia", """,
        "numinia-infra:organizations: '[{ \"name\": \"numinia\", ' is not valid JSON")]
    public void ABadOrganizationIsRejectedNamingItsKeyPathAndValue(string organizations, string message)
        => Assert.That(Reject(organizations).Message, Does.Contain(message));

    [Test]
    public void APrincipalWithAClusterWideAccessEntryCannotBeATenantPrincipal()
    {
        var error = Reject("""[{ "name": "numinia", "developerArns": ["arn:aws:iam::111122223333:role/admin"] }]""",
            ("clusterAdminArns", """["arn:aws:iam::111122223333:role/admin"]"""));
        Assert.That(error.Message, Does.Contain(
            "numinia-infra:organizations[0].developerArns[0]: 'arn:aws:iam::111122223333:role/admin' is also in clusterAdminArns; an IAM principal has one access entry"));
    }

    [Test]
    public void AnotherPlatformNamespaceListCanBeGiven()
    {
        var error = Assert.Throws<ConfigValidationException>(() =>
            ConfigReader.ReadTenantsOnly(Config("""[{ "name": "gaming" }]"""), new[] { "gaming-pre" }))!;
        Assert.That(error.Message, Does.Contain("organizations[0].environments[0].name: 'pre' gives the namespace 'gaming-pre', which is a namespace of the platform"));
    }

    [Test]
    public void EveryProblemIsReportedAtOnce()
    {
        var error = Reject("""
            [
              { "name": "Bad", "acmeEmail": "nope" },
              { "name": "numinia", "viewerArns": ["nope"], "quota": { "requestsCpu": "9" } }
            ]
            """);
        Assert.That(error.Problems.Select(p => p.Key), Is.EquivalentTo(new[]
        {
            "numinia-infra:organizations[0].name",
            "numinia-infra:organizations[0].acmeEmail",
            "numinia-infra:organizations[1].viewerArns[0]",
            "numinia-infra:organizations[1].quota.requestsCpu",
        }));
    }

    [Test]
    public void AThousandOrganizationsAreReadInOnePass()
    {
        var list = "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i =>
            $$"""{"name":"org-{{i:D4}}","domains":["org-{{i:D4}}.numinia.xyz"],"developerArns":["arn:aws:iam::111122223333:role/org-{{i:D4}}-developers"]}""")) + "]";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var config = ConfigReader.ReadTenantsOnly(Config(list));
        watch.Stop();
        Assert.That(config.Organizations, Has.Length.EqualTo(1000));
        Assert.That(NamespacesOf(config).Distinct().Count(), Is.EqualTo(2000));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "validation is linear in the number of organizations");
    }
}
