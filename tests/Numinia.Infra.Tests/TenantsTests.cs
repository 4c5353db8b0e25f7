using System.Collections;
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
using Pulumi;
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
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>
/// The tenant organizations: one <see cref="Organization"/> built on its own without a stack, and the
/// <c>numinia-infra:organizations</c> config that produces the organizations' specs.
/// </summary>
[NonParallelizable]
public sealed class TenantsTests
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

    // ---------------------------------------------------------------- identity

    [Test]
    public async Task TheServiceAccountIsNamedAfterTheNamespaceAndAnnotatedWithItsOwnRole()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            var account = built.Resources.Named<ServiceAccount>($"numinia-{environment}-sa");
            var metadata = await ValueAsync(account.Metadata);
            var role = built.Resources.Named<Role>($"numinia-{environment}-irsa-role");
            Assert.That(metadata.Namespace, Is.EqualTo(await ValueAsync(built.Organization.Environments[environment].Namespace)));
            Assert.That(metadata.Name, Is.EqualTo(metadata.Namespace));
            Assert.That(metadata.Annotations, Does.ContainKey("eks.amazonaws.com/role-arn").WithValue(await ValueAsync(role.Arn)));
            Assert.That(await ValueAsync(account.AutomountServiceAccountToken), Is.False,
                "workloads get AWS credentials from the projected IRSA token, not a Kubernetes API token");
        }
    }

    [Test]
    public async Task EachEnvironmentHasItsOwnRoleTrustingExactlyItsServiceAccount()
    {
        var built = await BuildAsync();
        var arns = new HashSet<string>();
        foreach (var (environment, ns) in new[] { ("pre", "numinia-pre"), ("pro", "numinia"), ("lab", "numinia-research") })
        {
            var role = built.Resources.Named<Role>($"numinia-{environment}-irsa-role");
            Assert.That(arns.Add(await ValueAsync(role.Arn)), Is.True, "never a role shared between environments");
            Assert.That(await ValueAsync(built.Organization.Environments[environment].RoleArn), Is.EqualTo(await ValueAsync(role.Arn)));
            var trust = PolicyDocument.FromJson(await ValueAsync(role.AssumeRolePolicy)).Statement.Single();
            var equals = trust.Condition!["StringEquals"];
            Assert.That(trust.Condition.Keys, Is.EqualTo(new[] { "StringEquals" }), "no StringLike: no wildcard subjects");
            Assert.That(equals[$"{OidcIssuer}:sub"], Is.EqualTo(new[] { $"system:serviceaccount:{ns}:{ns}" }));
            Assert.That(equals[$"{OidcIssuer}:aud"], Is.EqualTo(new[] { "sts.amazonaws.com" }));
            Assert.That(trust.Principal!["Federated"], Is.EqualTo(new[] { OidcArn }));
        }

        Assert.That(built.Resources.OfType<Role>().Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task ARoleReadsOnlyItsOwnEnvironmentsSecrets()
    {
        var pre = await (await BuildAsync()).RolePolicyAsync("pre");
        Assert.Multiple(() =>
        {
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", SecretArn("numinia", "pre")), Is.True);
            Assert.That(Allows(pre, "secretsmanager:DescribeSecret", SecretArn("numinia", "pre", "database")), Is.True);
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", SecretArn("numinia", "pro")), Is.False, "not another environment's");
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", SecretArn("r3s3t", "pre")), Is.False, "not another organization's");
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", $"arn:aws:secretsmanager:{Region}:{Account}:secret:numinia/numinia-pre/pro/x-AbCdEf"),
                Is.False, "not an organization whose name starts the same");
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", $"arn:aws:secretsmanager:{Region}:{Account}:secret:rds!cluster-1-AbCdEf"), Is.False);
            Assert.That(Allows(pre, "secretsmanager:PutSecretValue", SecretArn("numinia", "pre")), Is.False, "read only");
            Assert.That(Allows(pre, "secretsmanager:ListSecrets", "*"), Is.False);
        });
    }

    [Test]
    public async Task ARoleDecryptsOnlyThroughSecretsManagerForItsOwnSecrets()
    {
        var pre = await (await BuildAsync()).RolePolicyAsync("pre");
        var viaSecretsManager = ("kms:ViaService", $"secretsmanager.{Region}.amazonaws.com");
        Assert.Multiple(() =>
        {
            Assert.That(Allows(pre, "kms:Decrypt", ClusterKeyArn, viaSecretsManager, ("kms:EncryptionContext:SecretARN", SecretArn("numinia", "pre"))), Is.True);
            Assert.That(Allows(pre, "kms:Decrypt", ClusterKeyArn, viaSecretsManager, ("kms:EncryptionContext:SecretARN", SecretArn("numinia", "pro"))), Is.False);
            Assert.That(Allows(pre, "kms:Decrypt", ClusterKeyArn, ("kms:ViaService", $"ec2.{Region}.amazonaws.com"),
                ("kms:EncryptionContext:SecretARN", SecretArn("numinia", "pre"))), Is.False, "only through Secrets Manager");
            Assert.That(Allows(pre, "kms:Decrypt", ClusterKeyArn), Is.False, "never directly");
        });
    }

    [Test]
    public async Task ARoleReadsAndWritesOnlyItsOrganizationsStaticsPrefix()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro" })
        {
            var policy = await built.RolePolicyAsync(environment);
            Assert.Multiple(() =>
            {
                foreach (var action in new[] { "s3:GetObject", "s3:PutObject", "s3:DeleteObject" })
                {
                    Assert.That(Allows(policy, action, $"{BucketArn}/hyperfy-spaces/numinia/world/scene.glb"), Is.True, action);
                    Assert.That(Allows(policy, action, $"{BucketArn}/hyperfy-spaces/r3s3t/world/scene.glb"), Is.False, $"{action}: another organization's");
                    Assert.That(Allows(policy, action, $"{BucketArn}/hyperfy-spaces/numinia-labs/scene.glb"), Is.False, $"{action}: a name that starts the same");
                    Assert.That(Allows(policy, action, $"{BucketArn}/backups/db.dump"), Is.False, $"{action}: outside hyperfy-spaces");
                    Assert.That(Allows(policy, action, "arn:aws:s3:::another-bucket/hyperfy-spaces/numinia/scene.glb"), Is.False, $"{action}: another bucket");
                }

                Assert.That(Allows(policy, "s3:DeleteBucket", BucketArn), Is.False);
                Assert.That(Allows(policy, "s3:PutBucketPolicy", BucketArn), Is.False);
            });
        }
    }

    [Test]
    public async Task ARoleListsOnlyItsOrganizationsStaticsPrefix()
    {
        var policy = await (await BuildAsync()).RolePolicyAsync("pro");
        Assert.That(Allows(policy, "s3:ListBucket", BucketArn, ("s3:prefix", "hyperfy-spaces/numinia/world/")), Is.True);
        Assert.That(Allows(policy, "s3:ListBucket", BucketArn, ("s3:prefix", "hyperfy-spaces/r3s3t/")), Is.False);
        Assert.That(Allows(policy, "s3:ListBucket", BucketArn, ("s3:prefix", "")), Is.False, "not the whole bucket");
        Assert.That(Allows(policy, "s3:ListBucket", BucketArn), Is.False, "not without a prefix");
    }

    [Test]
    public async Task ARoleUsesTheStaticsKeyOnlyThroughS3ForItsOwnPrefix()
    {
        var policy = await (await BuildAsync()).RolePolicyAsync("pre");
        var viaS3 = ("kms:ViaService", $"s3.{Region}.amazonaws.com");
        Assert.Multiple(() =>
        {
            foreach (var action in new[] { "kms:GenerateDataKey", "kms:Decrypt" })
            {
                Assert.That(Allows(policy, action, BucketKeyArn, viaS3, ("kms:EncryptionContext:aws:s3:arn", $"{BucketArn}/hyperfy-spaces/numinia/a.glb")), Is.True, action);
                Assert.That(Allows(policy, action, BucketKeyArn, viaS3, ("kms:EncryptionContext:aws:s3:arn", BucketArn)), Is.True, $"{action} with S3 Bucket Keys");
                Assert.That(Allows(policy, action, BucketKeyArn, viaS3, ("kms:EncryptionContext:aws:s3:arn", $"{BucketArn}/hyperfy-spaces/r3s3t/a.glb")), Is.False, action);
                Assert.That(Allows(policy, action, BucketKeyArn, ("kms:ViaService", $"secretsmanager.{Region}.amazonaws.com"),
                    ("kms:EncryptionContext:aws:s3:arn", BucketArn)), Is.False, $"{action} only through S3");
            }

            Assert.That(Allows(policy, "kms:Encrypt", BucketKeyArn, viaS3, ("kms:EncryptionContext:aws:s3:arn", BucketArn)), Is.False);
        });
    }

    [Test]
    public async Task NoRoleStatementUsesAWildcardActionOrResource()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            foreach (var statement in (await built.RolePolicyAsync(environment)).Statement)
            {
                Assert.That(statement.Action, Has.None.Contains("*"), statement.Sid);
                Assert.That(statement.Resource!.Value, Has.None.EqualTo("*"), statement.Sid);
                Assert.That(statement.Resource!.Value, Has.None.EndsWith(":secret:*"), statement.Sid);
            }
        }
    }

    [Test]
    public async Task TheDefaultServiceAccountsTokenAutomountIsOff()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            var patch = built.Resources.Named<ServiceAccountPatch>($"numinia-{environment}-default-sa");
            var metadata = await ValueAsync(patch.Metadata);
            Assert.That(metadata.Name, Is.EqualTo("default"));
            Assert.That(metadata.Namespace, Is.EqualTo(await ValueAsync(built.Organization.Environments[environment].Namespace)));
            Assert.That(await ValueAsync(patch.AutomountServiceAccountToken), Is.False);
        }
    }

    // ---------------------------------------------------------------- access

    [Test]
    public async Task RoleBindingsBindTheOrganizationsGroupsInItsNamespacesOnly()
    {
        var built = await BuildAsync();
        var bindings = built.Resources.OfType<RoleBinding>().ToArray();
        Assert.That(bindings, Has.Length.EqualTo(6), "developers and viewers in each of the three namespaces");
        Assert.That(built.Resources.OfType<ClusterRoleBinding>(), Is.Empty, "nothing cluster-wide");
        var seen = new List<(string, string, string)>();
        foreach (var binding in bindings)
        {
            var metadata = await ValueAsync(binding.Metadata);
            var roleRef = await ValueAsync(binding.RoleRef);
            var subject = (await ValueAsync(binding.Subjects)).Single();
            Assert.That(roleRef.Kind, Is.EqualTo("ClusterRole"));
            Assert.That(subject.Kind, Is.EqualTo("Group"));
            seen.Add((metadata.Namespace, roleRef.Name, subject.Name));
        }

        Assert.That(seen, Is.EquivalentTo(Namespaces.SelectMany(ns => new[]
        {
            (ns, "platform-developer", "numinia-developers"),
            (ns, "platform-viewer", "numinia-viewers"),
        })));
    }

    [Test]
    public async Task EachDeveloperAndViewerHasOneAccessEntryWithTheOrganizationsGroup()
    {
        var entries = (await BuildAsync()).Resources.OfType<AccessEntry>().ToArray();
        var mapped = await Task.WhenAll(entries.Select(async e =>
            (await ValueAsync(e.PrincipalArn), string.Join(",", await ValueAsync(e.KubernetesGroups)), await ValueAsync(e.ClusterName), await ValueAsync(e.Type))));
        Assert.That(mapped, Is.EquivalentTo(new[]
        {
            (Developer, "numinia-developers", "production-numinia", (string?)"STANDARD"),
            (Viewer, "numinia-viewers", "production-numinia", (string?)"STANDARD"),
        }));
    }

    [Test]
    public async Task ViewersAccessPolicyIsTheViewPolicyScopedToTheOrganizationsNamespaces()
    {
        var association = (await BuildAsync()).Resources.OfType<AccessPolicyAssociation>().Single();
        var scope = await ValueAsync(association.AccessScope);
        Assert.That(await ValueAsync(association.PrincipalArn), Is.EqualTo(Viewer), "developers get no access policy: their RoleBindings grant");
        Assert.That(await ValueAsync(association.PolicyArn), Is.EqualTo("arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"));
        Assert.That(scope.Type, Is.EqualTo("namespace"), "never cluster-wide");
        Assert.That(scope.Namespaces, Is.EquivalentTo(Namespaces));
    }

    // ---------------------------------------------------------------- certificates

    [Test]
    public async Task AnOrganizationWithAnAcmeEmailGetsItsOwnClusterIssuerForItsDomains()
    {
        var built = await BuildAsync();
        var issuer = built.Organization.Issuer!;
        var spec = await ValueAsync(issuer.Spec);
        var acme = At(spec, "acme");
        var solver = At(acme, "solvers", 0);
        Assert.Multiple(async () =>
        {
            Assert.That((await ValueAsync(issuer.Metadata)).Name, Is.EqualTo("letsencrypt-numinia"));
            Assert.That(await ValueAsync(issuer.Kind), Is.EqualTo("ClusterIssuer"));
            Assert.That(await ValueAsync(issuer.ApiVersion), Is.EqualTo("cert-manager.io/v1"));
            Assert.That(At(acme, "server"), Is.EqualTo("https://acme-v02.api.letsencrypt.org/directory"));
            Assert.That(At(acme, "email"), Is.EqualTo(Email));
            Assert.That(At(acme, "privateKeySecretRef", "name"), Is.EqualTo("letsencrypt-numinia-account-key"));
            Assert.That(((IList)At(acme, "solvers")!).Count, Is.EqualTo(1));
            Assert.That(At(solver, "http01", "ingress", "class"), Is.EqualTo("kourier.ingress.networking.knative.dev"));
            Assert.That(Strings(At(solver, "selector", "dnsZones")), Is.EqualTo(new[] { "numinia.xyz" }));
        });
        Assert.That(built.Resources.OfType<ClusterIssuer>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task AnOrganizationWithoutAnAcmeEmailGetsNoClusterIssuer()
    {
        var built = await BuildAsync(Numinia(acmeEmail: null));
        Assert.That(built.Organization.Issuer, Is.Null);
        Assert.That(built.Resources.OfType<ClusterIssuer>(), Is.Empty);
    }

    // ---------------------------------------------------------------- secrets and tags

    [Test]
    public async Task EachEnvironmentHasAnAppSettingsSecretUnderItsPrefixEncryptedWithTheClusterKey()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            var secret = built.Resources.Named<Secret>($"numinia-{environment}-app-settings");
            var outputs = built.Organization.Environments[environment];
            Assert.That(await ValueAsync(secret.Name), Is.EqualTo($"numinia/numinia/{environment}/app-settings"));
            Assert.That(await ValueAsync(outputs.SecretNamePrefix), Is.EqualTo($"numinia/numinia/{environment}/"));
            Assert.That(await ValueAsync(secret.Name), Does.StartWith(await ValueAsync(outputs.SecretNamePrefix)));
            Assert.That(await ValueAsync(secret.KmsKeyId), Is.EqualTo(ClusterKeyArn), "a customer-managed key, not aws/secretsmanager");
            Assert.That(await ValueAsync(outputs.SecretArn), Is.EqualTo(await ValueAsync(secret.Arn)));
        }
    }

    [Test]
    public async Task TheInitialSecretVersionHoldsTheConfiguredKeysWithEmptyValues()
    {
        var version = (await BuildAsync()).Resources.Named<SecretVersion>("numinia-pre-app-settings-initial");
        using var settings = JsonDocument.Parse((await ValueAsync(version.SecretString))!);
        Assert.That(settings.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())),
            Is.EqualTo(new[] { ("OPENAI_API_KEY", (string?)""), ("DATABASE_URL", (string?)"") }));
        Assert.That(Organization.InitialSettings(ImmutableArray<string>.Empty), Is.EqualTo("{}"));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheSecretsValuesSetOutsidePulumiAreKept()
    {
        var version = (await BuildAsync()).Resources.Named<SecretVersion>("numinia-pre-app-settings-initial");
        var registration = Registrations.Of(version);
        Assert.That(registration.Options.IgnoreChanges, Is.EqualTo(new[] { "secretString" }));
        Assert.That(registration.Inputs["secretString"], Is.InstanceOf<SecretValue>(), "the settings stay secret in the state");
    }

    [Test]
    public async Task EveryAwsResourceOfTheOrganizationIsTaggedWithIt()
    {
        var built = await BuildAsync();
        var taggable = built.Resources.Where(r => Registrations.Of(r) is { Custom: true } reg && reg.Type.StartsWith("aws:", StringComparison.Ordinal)
            && reg.Type is not ("aws:iam/rolePolicy:RolePolicy" or "aws:eks/accessPolicyAssociation:AccessPolicyAssociation"
                or "aws:secretsmanager/secretVersion:SecretVersion" or "aws:iam/role:Role")).ToArray();
        Assert.That(taggable.Select(r => Registrations.Of(r).Type).Distinct(),
            Is.EquivalentTo(new[] { "aws:secretsmanager/secret:Secret", "aws:eks/accessEntry:AccessEntry" }));
        foreach (var resource in taggable)
        {
            var tags = (IDictionary)Registrations.Of(resource).Inputs["tags"]!;
            Assert.That(tags["Organization"], Is.EqualTo("numinia"), resource.GetResourceName());
        }

        // IrsaRole takes no tags: the Organization tag reaches its role through a transform on the component.
        foreach (var role in built.Resources.OfType<IrsaRole>())
        {
            Assert.That(Registrations.Of(role).Options.ResourceTransforms, Has.Length.EqualTo(1), role.GetResourceName());
        }
    }

    [Test]
    public async Task EveryKubernetesObjectUsesTheClusterProvider()
    {
        var built = await BuildAsync();
        var providerUrn = Registrations.Of(built.Provider).Urn;
        var objects = built.Resources.Where(r => Registrations.Of(r) is { Custom: true } reg && reg.Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToArray();
        Assert.That(objects, Has.Length.GreaterThan(20));
        foreach (var resource in objects)
        {
            Assert.That(Registrations.Of(resource).ProviderUrn, Is.EqualTo(providerUrn), resource.GetResourceName());
        }
    }

    [Test]
    public async Task TheClusterIssuerWaitsForCertManagerAndTheRoleBindingsForTheClusterRoles()
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.Organization.Issuer!).DependencyUrns, Does.Contain(Registrations.Of(built.CertManager).Urn));
        foreach (var binding in built.Resources.OfType<RoleBinding>())
        {
            Assert.That(Registrations.Of(binding).DependencyUrns, Does.Contain(Registrations.Of(built.Rbac).Urn), binding.GetResourceName());
        }
    }

    [Test]
    public async Task EveryChildIsUnderTheOrganization()
    {
        var built = await BuildAsync();
        var organizationUrn = Registrations.Of(built.Organization).Urn;
        var children = built.Resources.Where(r => Registrations.Of(r).ParentUrn == organizationUrn).ToArray();
        Assert.That(children.OfType<PlatformNamespace>().Count(), Is.EqualTo(3));
        Assert.That(children.OfType<IrsaRole>().Count(), Is.EqualTo(3));
        Assert.That(children.OfType<Secret>().Count(), Is.EqualTo(3));
        Assert.That(children.OfType<NetworkPolicy>().Count(), Is.EqualTo(18), "six policies in each namespace");
    }
#endif

    [Test]
    public async Task TheRoleTagTransformAddsTheOrganizationTagToRolesOnly()
    {
        var tags = ImmutableDictionary<string, object?>.Empty.Add("KubernetesServiceAccount", "numinia/numinia");
        var properties = ImmutableDictionary<string, object?>.Empty.Add("tags", tags).Add("description", "x");
        var options = new CustomResourceOptions();
        var transform = Organization.TagRoleWith("numinia");

        var role = await transform(new ResourceTransformArgs("numinia-pro-irsa-role", "aws:iam/role:Role", true, properties, options));
        var untagged = await transform(new ResourceTransformArgs("numinia-pro-irsa-role", "aws:iam/role:Role", true,
            ImmutableDictionary<string, object?>.Empty, options));
        var policy = await transform(new ResourceTransformArgs("numinia-pro-irsa-policy", "aws:iam/rolePolicy:RolePolicy", true, properties, options));

        var roleTags = (ImmutableDictionary<string, object?>)role!.Value.Args["tags"]!;
        Assert.That(roleTags["Organization"], Is.EqualTo("numinia"));
        Assert.That(roleTags["KubernetesServiceAccount"], Is.EqualTo("numinia/numinia"), "the role's own tags are kept");
        Assert.That(role.Value.Args["description"], Is.EqualTo("x"));
        Assert.That(((ImmutableDictionary<string, object?>)untagged!.Value.Args["tags"]!)["Organization"], Is.EqualTo("numinia"));
        Assert.That(policy, Is.Null, "role policies take no tags");
    }

    [Test]
    public async Task TheContractMapsEachEnvironmentToItsNamespaceServiceAccountRoleAndSecretPrefix()
    {
        var built = await BuildAsync();
        var contract = await ValueAsync(built.Organization.Contract);
        Assert.That(contract.Keys, Is.EquivalentTo(new[] { "pre", "pro", "lab" }));
        foreach (var (environment, ns) in new[] { ("pre", "numinia-pre"), ("pro", "numinia"), ("lab", "numinia-research") })
        {
            var entry = contract[environment];
            Assert.That(entry.Keys, Is.EquivalentTo(new[] { "namespace", "serviceAccount", "roleArn", "secretNamePrefix" }));
            Assert.That(entry["namespace"], Is.EqualTo(ns));
            Assert.That(entry["serviceAccount"], Is.EqualTo(ns));
            Assert.That(entry["roleArn"], Is.EqualTo(await ValueAsync(built.Resources.Named<Role>($"numinia-{environment}-irsa-role").Arn)));
            Assert.That(entry["secretNamePrefix"], Is.EqualTo($"numinia/numinia/{environment}/"));
        }
    }

    [Test]
    public void APrincipalCannotBeBothDeveloperAndViewer()
    {
        var spec = Numinia() with { ViewerArns = ImmutableArray.Create(Developer) };
        var error = ProgramFailure<ArgumentException>(() => BuildAsync(spec));
        Assert.That(error!.Message, Does.Contain("both developers and viewers"));
    }

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
