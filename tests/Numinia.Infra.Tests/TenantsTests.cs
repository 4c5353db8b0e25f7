using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Networking.V1;
using static Numinia.Infra.Tests.Harness;
using KubernetesNamespace = Pulumi.Kubernetes.Core.V1.Namespace;
using Secret = Pulumi.Aws.SecretsManager.Secret;
#if PULUMI_OFFLINE
#endif

namespace Numinia.Infra.Tests;

/// <summary>
/// The tenant organizations: one <see cref="Organization"/> built on its own without a stack, and the
/// <c>numinia-infra:organizations</c> config that produces the organizations' specs.
/// </summary>
[NonParallelizable]
public sealed partial class TenantsTests
{
    private const string Account = TestCluster.AccountId;
    private const string Region = TestCluster.Region;
    private const string VpcCidr = "10.0.0.0/16";
    private const string ClusterKeyArn = TestCluster.KmsKeyArn;
    private const string BucketKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/statics";
    private const string BucketArn = "arn:aws:s3:::numinia-statics";
    private const string OidcIssuer = TestCluster.OidcIssuer;
    private const string OidcArn = TestCluster.OidcArn;
    private const string Developer = "arn:aws:iam::111122223333:role/numinia-developers";
    private const string Viewer = "arn:aws:iam::111122223333:user/auditor";
    private const string Email = "platform@numinia.xyz";
    private static readonly ImmutableArray<string> DatabaseCidrs = ImmutableArray.Create("10.0.4.0/24", "10.0.5.0/24", "10.0.6.0/24");

    private static OrganizationSpec Numinia(string? acmeEmail = Email) => new()
    {
        Name = "numinia",
        Environments = ImmutableArray.Create(
            new EnvironmentSpec { Name = "pre" },
            new EnvironmentSpec { Name = "pro" },
            new EnvironmentSpec
            {
                Name = "lab",
                Namespace = "numinia-research",
                Quota = OrganizationSpec.DefaultQuota with { RequestsCpu = "1", LimitsCpu = "2" },
                ContainerDefaults = ContainerResources.PythonService,
            }),
        Domains = ImmutableArray.Create("numinia.xyz"),
        AcmeEmail = acmeEmail,
        DeveloperArns = ImmutableArray.Create(Developer),
        ViewerArns = ImmutableArray.Create(Viewer),
        AppSettingsKeys = ImmutableArray.Create("OPENAI_API_KEY", "DATABASE_URL"),
        Labels = ImmutableDictionary<string, string>.Empty.Add("cost-centre", "numinia"),
    };

    private static readonly string[] Namespaces = { "numinia-pre", "numinia", "numinia-research" };

    private sealed record Built(ImmutableArray<Resource> Resources, Organization Organization, Pulumi.Kubernetes.Provider Provider,
        Resource CertManager, Resource Rbac)
    {
        public NetworkPolicy Policy(string environment, string name) => Resources.Named<NetworkPolicy>($"numinia-{environment}-{name}");

        public async Task<PolicyDocument> RolePolicyAsync(string environment)
            => PolicyDocument.FromJson(await ValueAsync(Resources.Named<RolePolicy>($"numinia-{environment}-irsa-policy").Policy));
    }

    private static async Task<Built> BuildAsync(OrganizationSpec? spec = null)
    {
        spec ??= Numinia();
        var resources = await RunAsync(() =>
        {
            var provider = TestCluster.Provider();
            // Stand in for the cert-manager release and the platform's ClusterRoles.
            var certManager = new ComponentResource("numinia:test:CertManager", "cert-manager");
            var rbac = new ComponentResource("numinia:test:PlatformRbac", "rbac");
            var context = TestCluster.Context(provider);
            _ = new Organization(spec.Name, new OrganizationArgs
            {
                Spec = spec,
                Cluster = OrganizationCluster.Of(context),
                ClusterName = Output.Create("production-numinia"),
                StaticsBucketArn = Output.Create(BucketArn),
                StaticsBucketKeyArn = Output.Create(BucketKeyArn),
                VpcCidr = Output.Create(Cidr.Parse(VpcCidr)),
                PrivateDestinations = ImmutableArray.Create(new PrivateDestination("database", Output.Create(DatabaseCidrs.Select(Cidr.Parse).ToImmutableArray()), 5432)),
                RbacDependsOn = ImmutableArray.Create<Resource>(rbac),
                IssuerDependsOn = ImmutableArray.Create<Resource>(certManager),
            });
        });
        return new Built(resources, resources.OfType<Organization>().Single(), resources.OfType<Pulumi.Kubernetes.Provider>().Single(),
            resources.Single(r => r.GetResourceName() == "cert-manager"), resources.Single(r => r.GetResourceName() == "rbac"));
    }

    // A small IAM evaluator: does any Allow statement grant the action on the resource in this request context?
    private static bool Allows(PolicyDocument policy, string action, string resource, params (string Key, string Value)[] context)
        => policy.Statement.Any(s => s.Effect == "Allow"
            && s.Action.Any(a => Glob(a, action, ignoreCase: true))
            && (s.Resource ?? ImmutableArray<string>.Empty).Any(r => Glob(r, resource))
            && (s.Condition ?? ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty).All(op => op.Value.All(condition =>
            {
                var values = context.Where(c => c.Key == condition.Key).Select(c => c.Value).ToArray();
                return values.Length > 0 && values.All(v => condition.Value.Any(allowed => op.Key switch
                {
                    "StringEquals" => allowed == v,
                    "StringLike" => Glob(allowed, v),
                    _ => throw new NotSupportedException($"condition operator {op.Key}"),
                }));
            })));

    private static bool Glob(string pattern, string value, bool ignoreCase = false)
        => Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    private static string SecretArn(string organization, string environment, string name = "app-settings")
        => $"arn:aws:secretsmanager:{Region}:{Account}:secret:numinia/{organization}/{environment}/{name}-AbCdEf";

    // ---------------------------------------------------------------- namespaces

    [Test]
    public async Task TheProEnvironmentsNamespaceIsTheOrganizationsName()
    {
        var built = await BuildAsync();
        Assert.That(await ValueAsync(built.Organization.Environments["pro"].Namespace), Is.EqualTo("numinia"));
        Assert.That(OrganizationSpec.DefaultNamespace("r3s3t", "pro"), Is.EqualTo("r3s3t"));
    }

    [Test]
    public async Task OtherEnvironmentsNamespacesAreTheOrganizationDashTheEnvironment()
    {
        var built = await BuildAsync();
        Assert.That(await ValueAsync(built.Organization.Environments["pre"].Namespace), Is.EqualTo("numinia-pre"));
        Assert.That(OrganizationSpec.DefaultNamespace("numen-games", "staging"), Is.EqualTo("numen-games-staging"));
    }

    [Test]
    public async Task AnEnvironmentsNamespaceOverrideWins()
    {
        var built = await BuildAsync();
        Assert.That(await ValueAsync(built.Organization.Environments["lab"].Namespace), Is.EqualTo("numinia-research"));
        var names = await Task.WhenAll(built.Resources.OfType<KubernetesNamespace>().Select(async n => (await ValueAsync(n.Metadata)).Name));
        Assert.That(names, Is.EquivalentTo(Namespaces));
    }

    [Test]
    public async Task EveryNamespaceEnforcesAuditsAndWarnsRestrictedAsLabels()
    {
        foreach (var ns in (await BuildAsync()).Resources.OfType<KubernetesNamespace>())
        {
            var metadata = await ValueAsync(ns.Metadata);
            Assert.That(metadata.Labels, Does.ContainKey("pod-security.kubernetes.io/enforce").WithValue("restricted"), metadata.Name);
            Assert.That(metadata.Labels, Does.ContainKey("pod-security.kubernetes.io/audit").WithValue("restricted"), metadata.Name);
            Assert.That(metadata.Labels, Does.ContainKey("pod-security.kubernetes.io/warn").WithValue("restricted"), metadata.Name);
            Assert.That(metadata.Annotations?.Keys ?? Enumerable.Empty<string>(), Has.None.StartsWith("pod-security.kubernetes.io/"),
                "the live repo's mistake: PSA as annotations does nothing");
        }
    }

    [Test]
    public async Task EveryNamespaceIsLabelledWithItsOrganizationAndEnvironment()
    {
        var built = await BuildAsync();
        foreach (var (environment, name) in new[] { ("pre", "numinia-pre"), ("pro", "numinia"), ("lab", "numinia-research") })
        {
            var metadata = await ValueAsync(built.Resources.Named<KubernetesNamespace>($"numinia-{environment}").Metadata);
            Assert.That(metadata.Name, Is.EqualTo(name));
            Assert.That(metadata.Labels, Does.ContainKey("numinia.xyz/organization").WithValue("numinia"));
            Assert.That(metadata.Labels, Does.ContainKey("numinia.xyz/environment").WithValue(environment));
            Assert.That(metadata.Labels, Does.ContainKey("cost-centre").WithValue("numinia"), "the organization's extra labels");
        }
    }

    [Test]
    public async Task EveryNamespaceHasTheOrganizationsQuotaAndLimitRange()
    {
        var built = await BuildAsync();
        var quota = await ValueAsync(built.Resources.Named<ResourceQuota>("numinia-pre-quota").Spec);
        var limits = (await ValueAsync(built.Resources.Named<LimitRange>("numinia-pre-limits").Spec)).Limits.Single();
        Assert.Multiple(() =>
        {
            Assert.That(quota.Hard, Does.ContainKey("requests.cpu").WithValue("4"));
            Assert.That(quota.Hard, Does.ContainKey("requests.memory").WithValue("8Gi"));
            Assert.That(quota.Hard, Does.ContainKey("limits.cpu").WithValue("8"));
            Assert.That(quota.Hard, Does.ContainKey("limits.memory").WithValue("16Gi"));
            Assert.That(quota.Hard, Does.ContainKey("services.loadbalancers").WithValue("0"), "traffic comes in through Kourier only");
            Assert.That(quota.Hard, Does.ContainKey("services.nodeports").WithValue("0"));
            Assert.That(quota.Hard, Does.ContainKey("requests.nvidia.com/gpu").WithValue("0"), "no GPUs unless granted");
            Assert.That(limits.Type, Is.EqualTo("Container"));
            Assert.That(limits.DefaultRequest, Is.EquivalentTo(new Dictionary<string, string> { ["cpu"] = "100m", ["memory"] = "256Mi" }));
            Assert.That(limits.Default, Is.EquivalentTo(new Dictionary<string, string> { ["cpu"] = "500m", ["memory"] = "512Mi" }));
        });
    }

    [Test]
    public async Task AnEnvironmentsQuotaAndDefaultsOverrideApplyToItsNamespaceOnly()
    {
        var built = await BuildAsync();
        var lab = await ValueAsync(built.Resources.Named<ResourceQuota>("numinia-lab-quota").Spec);
        var pro = await ValueAsync(built.Resources.Named<ResourceQuota>("numinia-pro-quota").Spec);
        var labLimits = (await ValueAsync(built.Resources.Named<LimitRange>("numinia-lab-limits").Spec)).Limits.Single();
        Assert.That(lab.Hard["requests.cpu"], Is.EqualTo("1"));
        Assert.That(lab.Hard["limits.cpu"], Is.EqualTo("2"));
        Assert.That(pro.Hard["requests.cpu"], Is.EqualTo("4"));
        Assert.That(labLimits.Default["memory"], Is.EqualTo("1Gi"));
    }

    // ---------------------------------------------------------------- network policies

    [Test]
    public async Task DefaultDenyCoversIngressAndEgressOfEveryPod()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            var policy = built.Policy(environment, "default-deny");
            var spec = await ValueAsync(policy.Spec);
            Assert.That((await ValueAsync(policy.Metadata)).Namespace, Is.EqualTo(await ValueAsync(built.Organization.Environments[environment].Namespace)));
            Assert.That(spec.PolicyTypes, Is.EquivalentTo(new[] { "Ingress", "Egress" }));
            Assert.That(spec.PodSelector.MatchLabels ?? ImmutableDictionary<string, string>.Empty, Is.Empty, "every pod");
            Assert.That(spec.PodSelector.MatchExpressions.IsDefaultOrEmpty, Is.True, "every pod");
            Assert.That(spec.Ingress.IsDefaultOrEmpty, Is.True);
            Assert.That(spec.Egress.IsDefaultOrEmpty, Is.True);
        }
    }

    [Test]
    public async Task DnsIsAllowedOnlyToTheKubeDnsPodsOfKubeSystemOnPort53()
    {
        var spec = await ValueAsync((await BuildAsync()).Policy("pre", "allow-dns").Spec);
        var rule = spec.Egress.Single();
        var peer = rule.To.Single();
        Assert.Multiple(() =>
        {
            Assert.That(spec.PolicyTypes, Is.EqualTo(new[] { "Egress" }));
            Assert.That(peer.NamespaceSelector.MatchLabels, Is.EquivalentTo(new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = "kube-system" }));
            Assert.That(peer.PodSelector.MatchLabels, Is.EquivalentTo(new Dictionary<string, string> { ["k8s-app"] = "kube-dns" }),
                "the same peer: kube-dns pods in kube-system, not all of kube-system");
            Assert.That(rule.Ports.Select(p => (p.Protocol, p.Port.AsT0)), Is.EquivalentTo(new[] { ("UDP", 53), ("TCP", 53) }));
        });
    }

    [Test]
    public async Task IngressIsAllowedOnlyFromKnativeServingKourierAndMonitoring()
    {
        var built = await BuildAsync();
        var ingressPeers = new List<string>();
        foreach (var policy in built.Resources.OfType<NetworkPolicy>())
        {
            var spec = await ValueAsync(policy.Spec);
            foreach (var rule in spec.Ingress.IsDefault ? ImmutableArray<Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyIngressRule>.Empty : spec.Ingress)
            {
                Assert.That(rule.From, Is.Not.Empty, "an ingress rule without peers would admit everyone");
                foreach (var peer in rule.From)
                {
                    Assert.That(peer.IpBlock, Is.Null, "no ingress by address");
                    Assert.That(peer.PodSelector, Is.Null, "whole platform namespaces, no pod selector that could widen");
                    ingressPeers.Add(peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
                }
            }
        }

        Assert.That(ingressPeers.Distinct(), Is.EquivalentTo(new[] { "knative-serving", Organization.DefaultKourierNamespace, "monitoring" }.Distinct()));
    }

    [Test]
    public async Task InternetEgressExcludesTheInstanceMetadataEndpointAndTheVpc()
    {
        var spec = await ValueAsync((await BuildAsync()).Policy("pro", "allow-internet-egress").Spec);
        var block = spec.Egress.Single().To.Single().IpBlock;
        Assert.That(spec.PolicyTypes, Is.EqualTo(new[] { "Egress" }));
        Assert.That(block.Cidr, Is.EqualTo("0.0.0.0/0"));
        Assert.That(block.Except, Does.Contain("169.254.169.254/32"), "node credentials");
        Assert.That(block.Except, Does.Contain(VpcCidr), "other tenants' pods, the platform's pods and the nodes");
        Assert.That(spec.Egress.Single().Ports.IsDefaultOrEmpty, Is.True);
    }

    [Test]
    public async Task EgressIntoTheClusterGoesOnlyToDnsKourierAndTheConfiguredDestinations()
    {
        var built = await BuildAsync();
        var namespacePeers = new List<string>();
        var blocks = new List<string>();
        foreach (var policy in built.Resources.OfType<NetworkPolicy>().Where(p => p.GetResourceName().StartsWith("numinia-pre-", StringComparison.Ordinal)))
        {
            var spec = await ValueAsync(policy.Spec);
            foreach (var peer in (spec.Egress.IsDefault ? ImmutableArray<Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyEgressRule>.Empty : spec.Egress).SelectMany(r => r.To))
            {
                if (peer.NamespaceSelector is { } selector)
                {
                    namespacePeers.Add(selector.MatchLabels["kubernetes.io/metadata.name"]);
                }
                else
                {
                    blocks.Add(peer.IpBlock.Cidr);
                }
            }
        }

        Assert.That(namespacePeers, Is.EquivalentTo(new[] { "kube-system", Organization.DefaultKourierNamespace }), "no egress to another tenant; Kourier's gateway lives in knative-serving");
        Assert.That(blocks, Is.EquivalentTo(DatabaseCidrs.Add("0.0.0.0/0")));
    }

    [Test]
    public async Task PrivateDestinationsAreReachableOnlyOnTheirPort()
    {
        var spec = await ValueAsync((await BuildAsync()).Policy("pre", "allow-database-egress").Spec);
        var rule = spec.Egress.Single();
        Assert.That(rule.To.Select(p => p.IpBlock.Cidr), Is.EqualTo(DatabaseCidrs));
        Assert.That(rule.To.All(p => p.IpBlock.Except.IsDefaultOrEmpty), Is.True);
        Assert.That(rule.Ports.Select(p => (p.Protocol, p.Port.AsT0)), Is.EqualTo(new[] { ("TCP", 5432) }));
    }
}
