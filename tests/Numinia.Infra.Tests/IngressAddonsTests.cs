using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Kubernetes.Helm.V3;
using static Numinia.Infra.Tests.Harness;
using KubernetesNamespace = Pulumi.Kubernetes.Core.V1.Namespace;
#if PULUMI_OFFLINE
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>
/// The ingress shared services (AWS Load Balancer Controller, cert-manager with the platform's
/// ClusterIssuers, external-dns), each built on its own without a stack, and their config keys.
/// </summary>
[NonParallelizable]
public sealed class IngressAddonsTests
{
    private const string ClusterName = "production-numinia";
    private const string Region = "eu-west-1";
    private const string VpcId = "vpc-0123456789abcdef0";
    private const string ZoneName = "numinia.xyz";
    private const string ZoneId = "Z0123456789ABCDEFGHIJ";
    private const string ZoneArn = "arn:aws:route53:::hostedzone/" + ZoneId;
    private const string OidcIssuer = "oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF";
    private const string OidcArn = "arn:aws:iam::111122223333:oidc-provider/" + OidcIssuer;
    private const string Email = "platform@numinia.xyz";

    private sealed record Built(
        ImmutableArray<Resource> Resources,
        Pulumi.Kubernetes.Provider Provider,
        Resource NodeGroups,
        LoadBalancerControllerAddon LoadBalancerController,
        CertManagerAddon CertManager,
        ExternalDnsAddon ExternalDns)
    {
        public Release Release(string service) => Resources.Named<Release>($"{service}-release");

        public async Task<ImmutableDictionary<string, object>> ValuesAsync(string service) => await ValueAsync(Release(service).Values);

        public async Task<PolicyDocument> PolicyAsync(string service)
            => PolicyDocument.FromJson(await ValueAsync(Resources.Named<RolePolicy>($"{service}-irsa-policy").Policy));
    }

    private static async Task<Built> BuildAsync(ExternalDnsPolicy policy = ExternalDnsPolicy.Sync)
    {
        var resources = await RunAsync(() =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "{}" });
            // Stands in for the node groups and their add-ons, which charts' pods need.
            var nodeGroups = new ComponentResource("numinia:test:NodeGroups", "node-groups");
            var context = new AddonContext
            {
                ClusterName = ClusterName,
                Region = Region,
                AccountId = "111122223333",
                VpcId = Output.Create(VpcId),
                Oidc = new OidcProvider { Arn = Output.Create(OidcArn), Issuer = Output.Create(OidcIssuer) },
                KmsKeyArn = Output.Create("arn:aws:kms:eu-west-1:111122223333:key/0123"),
                KubernetesProvider = provider,
                NodesReady = ImmutableArray.Create<Resource>(nodeGroups),
            };
            var zone = new HostedZone { Name = ZoneName, ZoneId = Output.Create(ZoneId) };
            _ = new LoadBalancerControllerAddon("lbc", new LoadBalancerControllerAddonArgs { Context = context });
            _ = new CertManagerAddon("cert-manager", new CertManagerAddonArgs { Context = context, Zone = zone, Settings = new CertManagerSettings { AcmeEmail = Email } });
            _ = new ExternalDnsAddon("external-dns", new ExternalDnsAddonArgs
            {
                Context = context,
                Zone = zone,
                Settings = new ExternalDnsSettings { DomainFilters = ImmutableArray.Create(ZoneName, "apps.numinia.xyz"), Policy = policy },
            });
        });
        return new Built(resources, resources.OfType<Pulumi.Kubernetes.Provider>().Single(), resources.Single(r => r.GetResourceName() == "node-groups"),
            resources.OfType<LoadBalancerControllerAddon>().Single(), resources.OfType<CertManagerAddon>().Single(), resources.OfType<ExternalDnsAddon>().Single());
    }

    /// <summary>The value at a path of nested maps (string keys) and lists (int indexes); null when absent.</summary>
    private static object? At(object? root, params object[] path)
    {
        var current = root;
        foreach (var step in path)
        {
            current = (current, step) switch
            {
                (IDictionary map, string key) => map.Contains(key) ? map[key] : null,
                (IList list, int index) => index < list.Count ? list[index] : null,
                _ => null,
            };
        }

        return current;
    }

    private static string[] Strings(object? list) => ((IEnumerable)list!).Cast<object>().Select(o => (string)o).ToArray();

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

    [Test]
    public async Task EveryChildIsParentedToItsComponentAndNamedAfterIt()
    {
        var built = await BuildAsync();
        foreach (var (component, prefix, type) in new (Resource, string, string)[]
        {
            (built.LoadBalancerController, "lbc-", LoadBalancerControllerAddon.TypeToken),
            (built.CertManager, "cert-manager-", CertManagerAddon.TypeToken),
            (built.ExternalDns, "external-dns-", ExternalDnsAddon.TypeToken),
        })
        {
            Assert.That(component.GetResourceType(), Is.EqualTo(type));
            AssertFamily(built.Resources, component, prefix);
        }
    }

    // ---------------------------------------------------------------- AWS Load Balancer Controller

    [Test]
    public async Task TheLoadBalancerControllerIsToldTheClusterRegionAndVpcSincePodsCannotReachInstanceMetadata()
    {
        var values = await (await BuildAsync()).ValuesAsync("lbc");
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "clusterName"), Is.EqualTo(ClusterName));
            Assert.That(At(values, "region"), Is.EqualTo(Region));
            Assert.That(At(values, "vpcId"), Is.EqualTo(VpcId));
        });
    }

    [Test]
    public async Task TheLoadBalancerControllerCannotReadEverySecret()
    {
        var values = await (await BuildAsync()).ValuesAsync("lbc");
        Assert.That(At(values, "clusterSecretsPermissions", "allowAllSecrets"), Is.False);
    }

    [Test]
    public async Task TheLoadBalancerControllerRunsTwoReplicasOnDifferentNodesUnderADisruptionBudget()
    {
        var values = await (await BuildAsync()).ValuesAsync("lbc");
        var term = At(values, "affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution", 0, "podAffinityTerm");
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "replicaCount"), Is.EqualTo(2));
            Assert.That(At(values, "podDisruptionBudget", "maxUnavailable"), Is.EqualTo(1), "rendered by the chart since replicaCount > 1");
            Assert.That(At(term, "topologyKey"), Is.EqualTo("kubernetes.io/hostname"));
            Assert.That(At(term, "labelSelector", "matchLabels"), Is.EquivalentTo(new Dictionary<string, object>
            {
                ["app.kubernetes.io/name"] = "aws-load-balancer-controller",
                ["app.kubernetes.io/instance"] = "aws-load-balancer-controller",
            }), "the chart's selector labels");
        });
    }

    [Test]
    public async Task TheLoadBalancerControllerPodsMeetTheRestrictedPodSecurityLevel()
    {
        var values = await (await BuildAsync()).ValuesAsync("lbc");
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "podSecurityContext", "runAsNonRoot"), Is.True);
            Assert.That(At(values, "podSecurityContext", "seccompProfile", "type"), Is.EqualTo("RuntimeDefault"));
            Assert.That(At(values, "securityContext", "allowPrivilegeEscalation"), Is.False);
            Assert.That(Strings(At(values, "securityContext", "capabilities", "drop")), Is.EqualTo(new[] { "ALL" }));
            Assert.That(At(values, "securityContext", "runAsNonRoot"), Is.True);
        });
    }

    [Test]
    public async Task TheLoadBalancerControllerExposesItsReleaseForServicesThatNeedItsWebhook()
    {
        var built = await BuildAsync();
        Assert.That(built.LoadBalancerController.Release, Is.SameAs(built.Release("lbc")));
    }

    [Test]
    public async Task TheLoadBalancerControllerPolicyIsUpstreamsWithOnlyItsUnscopedWritesRewritten()
    {
        var built = await BuildAsync();
        var ours = CanonicalStatements(await ValueAsync(built.Resources.Named<RolePolicy>("lbc-irsa-policy").Policy));
        var upstream = CanonicalStatements(UpstreamLoadBalancerControllerPolicy);
        var unscopedUpstream = upstream.Where(s => s.AllowsUnconditionedWriteOnEveryResource).ToArray();
        var rewritten = ours.Where(s => s.Sid is not null && s_rewrittenLbcStatements.Contains(s.Sid)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(unscopedUpstream, Has.Length.EqualTo(5), "upstream's five unconditioned writes on \"*\" are what gets rewritten");
            Assert.That(rewritten.Select(s => s.Sid), Is.EquivalentTo(s_rewrittenLbcStatements), "every rewrite is a documented statement");
            // Every other upstream statement is there, unchanged, in upstream's order, and nothing else is.
            Assert.That(ours.Where(s => !rewritten.Contains(s)).Select(s => s.Canonical),
                Is.EqualTo(upstream.Where(s => !unscopedUpstream.Contains(s)).Select(s => s.Canonical)));
            // The rewrites still grant every action upstream's statements did, but the dropped Shield writes.
            Assert.That(rewritten.SelectMany(s => s.Actions).Distinct(),
                Is.EquivalentTo(unscopedUpstream.SelectMany(s => s.Actions).Except(LoadBalancerControllerPolicy.DroppedActions)));
        });
    }

    [Test]
    public async Task NoLoadBalancerControllerStatementAllowsAWriteOnEveryResourceWithoutACondition()
    {
        var built = await BuildAsync();
        var ours = CanonicalStatements(await ValueAsync(built.Resources.Named<RolePolicy>("lbc-irsa-policy").Policy));
        Assert.That(ours.Where(s => s.AllowsUnconditionedWriteOnEveryResource).Select(s => s.Sid), Is.Empty);
        Assert.That(ours.Where(s => s.Resources.Contains("*")).SelectMany(s => s.Actions).Where(a => !IsRead(a)), Is.Not.Empty,
            "the tag-conditioned writes on \"*\" stay, so the check above sees writes at all");
    }

    [Test]
    public async Task TheLoadBalancerControllerChangesSecurityGroupIngressOnlyInThisVpc()
    {
        var statement = (await (await BuildAsync()).PolicyAsync("lbc")).Statement.Single(s => s.Sid == "SecurityGroupIngress");
        Assert.Multiple(() =>
        {
            Assert.That(statement.Action, Is.EquivalentTo(new[] { "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress" }));
            Assert.That(statement.Resource, Is.EqualTo(new[] { $"arn:aws:ec2:{Region}:{LbcAccount}:security-group/*" }));
            Assert.That(statement.Condition!.Keys, Is.EqualTo(new[] { "ArnEquals" }));
            Assert.That(statement.Condition["ArnEquals"], Is.EquivalentTo(new Dictionary<string, ImmutableArray<string>>
            {
                ["ec2:Vpc"] = ImmutableArray.Create(LbcVpcArn),
            }));
        });
    }

    [Test]
    public async Task TheLoadBalancerControllerCreatesSecurityGroupsOnlyInThisVpcAndTaggedForItsCluster()
    {
        var statements = (await (await BuildAsync()).PolicyAsync("lbc")).Statement.Where(s => s.Action.Contains("ec2:CreateSecurityGroup")).ToArray();
        var inVpc = statements.Single(s => s.Sid == "CreateSecurityGroupsInTheVpc");
        var tagged = statements.Single(s => s.Sid == "CreateTaggedSecurityGroups");
        Assert.Multiple(() =>
        {
            Assert.That(statements, Has.Length.EqualTo(2));
            Assert.That(inVpc.Action, Is.EqualTo(new[] { "ec2:CreateSecurityGroup" }));
            Assert.That(inVpc.Resource, Is.EqualTo(new[] { LbcVpcArn }), "the VPC the group is created in");
            Assert.That(inVpc.Condition, Is.Null);
            Assert.That(tagged.Action, Is.EqualTo(new[] { "ec2:CreateSecurityGroup" }));
            Assert.That(tagged.Resource, Is.EqualTo(new[] { $"arn:aws:ec2:{Region}:{LbcAccount}:security-group/*" }), "the group itself");
            Assert.That(tagged.Condition!.Keys, Is.EqualTo(new[] { "Null" }));
            Assert.That(tagged.Condition["Null"], Is.EquivalentTo(new Dictionary<string, ImmutableArray<string>>
            {
                ["aws:RequestTag/elbv2.k8s.aws/cluster"] = ImmutableArray.Create("false"),
            }));
        });
    }

    [TestCase("ListenersAndRules", new[]
    {
        "elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener", "elasticloadbalancing:CreateRule", "elasticloadbalancing:DeleteRule",
    }, new[]
    {
        "loadbalancer/app/*/*", "loadbalancer/net/*/*", "listener/app/*/*/*", "listener/net/*/*/*", "listener-rule/app/*/*/*/*", "listener-rule/net/*/*/*/*",
    })]
    [TestCase("ModifyListenersAndRules", new[]
    {
        "elasticloadbalancing:SetWebAcl", "elasticloadbalancing:ModifyListener", "elasticloadbalancing:AddListenerCertificates",
        "elasticloadbalancing:RemoveListenerCertificates", "elasticloadbalancing:ModifyRule", "elasticloadbalancing:SetRulePriorities",
    }, new[]
    {
        "loadbalancer/app/*/*", "listener/app/*/*/*", "listener/net/*/*/*", "listener-rule/app/*/*/*/*", "listener-rule/net/*/*/*/*",
    })]
    public async Task TheLoadBalancerControllerChangesListenersAndRulesOnlyOfThisAccountsLoadBalancersInThisRegion(string sid, string[] actions, string[] resources)
    {
        var statement = (await (await BuildAsync()).PolicyAsync("lbc")).Statement.Single(s => s.Sid == sid);
        Assert.Multiple(() =>
        {
            Assert.That(statement.Action, Is.EquivalentTo(actions));
            Assert.That(statement.Resource, Is.EquivalentTo(resources.Select(r => $"arn:aws:elasticloadbalancing:{Region}:{LbcAccount}:{r}")));
            Assert.That(statement.Condition, Is.Null);
        });
    }

    [Test]
    public async Task TheLoadBalancerControllerAssociatesOnlyThisAccountsWebAclsWithItsApplicationLoadBalancers()
    {
        var statement = (await (await BuildAsync()).PolicyAsync("lbc")).Statement.Single(s => s.Sid == "AssociateWebAclsWithLoadBalancers");
        Assert.Multiple(() =>
        {
            Assert.That(statement.Action, Is.EquivalentTo(new[]
            {
                "waf-regional:AssociateWebACL", "waf-regional:DisassociateWebACL", "wafv2:AssociateWebACL", "wafv2:DisassociateWebACL",
            }));
            Assert.That(statement.Resource, Is.EquivalentTo(new[]
            {
                $"arn:aws:waf-regional:{Region}:{LbcAccount}:webacl/*",
                $"arn:aws:wafv2:{Region}:{LbcAccount}:regional/webacl/*/*",
                $"arn:aws:elasticloadbalancing:{Region}:{LbcAccount}:loadbalancer/app/*/*",
            }));
            Assert.That(statement.Condition, Is.Null);
        });
    }

    [Test]
    public async Task TheLoadBalancerControllerManagesNoShieldProtectionsSinceIamCannotScopeThem()
    {
        var built = await BuildAsync();
        var policy = await built.PolicyAsync("lbc");
        var reads = policy.Statement.Single(s => s.Sid == "ReadCertificatesWafAndShield");
        Assert.Multiple(async () =>
        {
            Assert.That(LoadBalancerControllerPolicy.DroppedActions, Is.EquivalentTo(new[] { "shield:CreateProtection", "shield:DeleteProtection" }));
            Assert.That(policy.Statement.SelectMany(s => s.Action).Where(a => a.StartsWith("shield:", StringComparison.Ordinal)).Where(a => !IsRead(a)), Is.Empty);
            Assert.That(reads.Action.Where(a => !IsRead(a)), Is.Empty, "the statement left on \"*\" only reads");
            Assert.That(At(await built.ValuesAsync("lbc"), "enableShield"), Is.False, "the controller must not call what its role may not do");
        });
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheLoadBalancerControllerPolicyPassesThePlatformsIamLeastPrivilegeRule()
    {
        var built = await BuildAsync();
        var policy = Registrations.Of(built.Resources.Named<RolePolicy>("lbc-irsa-policy"));
        var violations = new IamLeastPrivilege().Check(new PolicyPlan(new[] { policy })).ToArray();
        var actions = (await built.PolicyAsync("lbc")).Statement.SelectMany(s => s.Action).Distinct().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(violations.Select(v => v.Message), Is.Empty);
            // The tests here read "read" as the rule does.
            Assert.That(actions.Where(a => IsRead(a) != IamLeastPrivilege.IsRead(a)), Is.Empty);
        });
    }
#endif

    [TestCase("elasticloadbalancing:DeleteLoadBalancer")]
    [TestCase("elasticloadbalancing:DeleteTargetGroup")]
    [TestCase("elasticloadbalancing:ModifyLoadBalancerAttributes")]
    [TestCase("elasticloadbalancing:ModifyTargetGroup")]
    [TestCase("elasticloadbalancing:SetSecurityGroups")]
    [TestCase("elasticloadbalancing:SetSubnets")]
    [TestCase("ec2:DeleteSecurityGroup")]
    public async Task TheLoadBalancerControllerDeletesOrReconfiguresOnlyLoadBalancersAndSecurityGroupsCarryingItsClusterTag(string action)
    {
        var policy = await (await BuildAsync()).PolicyAsync("lbc");
        var grants = policy.Statement.Where(s => s.Action.Contains(action)).ToArray();
        Assert.That(grants, Is.Not.Empty);
        foreach (var statement in grants)
        {
            Assert.That(statement.Condition?["Null"]["aws:ResourceTag/elbv2.k8s.aws/cluster"], Is.EqualTo(new[] { "false" }), statement.Sid);
        }
    }

    [Test]
    public async Task TheLoadBalancerControllerTagsOnlyWhatItCreatesTaggedForTheCluster()
    {
        var policy = await (await BuildAsync()).PolicyAsync("lbc");
        var securityGroups = policy.Statement.Single(s => s.Condition?.ContainsKey("StringEquals") == true && s.Action.Contains("ec2:CreateTags"));
        var loadBalancers = policy.Statement.Single(s => s.Condition?.ContainsKey("StringEquals") == true && s.Action.Contains("elasticloadbalancing:AddTags"));
        var create = policy.Statement.Single(s => s.Action.Contains("elasticloadbalancing:CreateLoadBalancer"));
        Assert.Multiple(() =>
        {
            Assert.That(securityGroups.Condition!["StringEquals"]["ec2:CreateAction"], Is.EqualTo(new[] { "CreateSecurityGroup" }));
            Assert.That(securityGroups.Condition["Null"]["aws:RequestTag/elbv2.k8s.aws/cluster"], Is.EqualTo(new[] { "false" }));
            Assert.That(loadBalancers.Condition!["StringEquals"]["elasticloadbalancing:CreateAction"], Is.EquivalentTo(new[] { "CreateTargetGroup", "CreateLoadBalancer" }));
            Assert.That(loadBalancers.Condition["Null"]["aws:RequestTag/elbv2.k8s.aws/cluster"], Is.EqualTo(new[] { "false" }));
            Assert.That(create.Condition!["Null"]["aws:RequestTag/elbv2.k8s.aws/cluster"], Is.EqualTo(new[] { "false" }));
            Assert.That(policy.Statement.Single(s => s.Action.Contains("iam:CreateServiceLinkedRole")).Condition!["StringEquals"]["iam:AWSServiceName"],
                Is.EqualTo(new[] { "elasticloadbalancing.amazonaws.com" }));
        });
    }

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
            ("grafanaAdminPassword", "a-grafana-password-for-tests"));
        Assert.DoesNotThrow(() => ConfigReader.Read(lookup));
    }

    // ---------------------------------------------------------------- the upstream policy

    private const string LbcAccount = "111122223333";
    private const string LbcVpcArn = $"arn:aws:ec2:{Region}:{LbcAccount}:vpc/{VpcId}";

    // The statements that replace upstream's five unconditioned writes on "*" (LoadBalancerControllerPolicy's "Deviation:" lines).
    private static readonly string[] s_rewrittenLbcStatements =
    {
        "ReadCertificatesWafAndShield", "AssociateWebAclsWithLoadBalancers", "SecurityGroupIngress", "CreateSecurityGroupsInTheVpc",
        "CreateTaggedSecurityGroups", "ListenersAndRules", "ModifyListenersAndRules",
    };

    /// <summary>
    /// Whether an action only reads metadata, as the platform's <c>iam-least-privilege</c> rule defines it: its
    /// name after the colon starts with Describe, List or Get (none of the controller's actions is a data read).
    /// </summary>
    private static bool IsRead(string action)
    {
        var name = action[(action.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return new[] { "Describe", "List", "Get" }.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>One statement of a policy and its canonical form (<see cref="CanonicalStatements"/>).</summary>
    private sealed record CanonicalStatement(string? Sid, string Canonical, string[] Actions, string[] Resources, bool HasCondition)
    {
        public bool AllowsUnconditionedWriteOnEveryResource => Resources.Contains("*") && !HasCondition && Actions.Any(a => !IsRead(a));
    }

    /// <summary>
    /// Each statement of a policy with, as its canonical form, its effect, actions, resources and condition
    /// values as sorted lists without its Sid (IAM reads a single string and a one-element list alike), in
    /// the document's order.
    /// </summary>
    private static CanonicalStatement[] CanonicalStatements(string policyJson)
    {
        static string[] List(JsonElement element) => (element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(e => e.GetString()!)
            : new[] { element.GetString()! }).Order(StringComparer.Ordinal).ToArray();

        static SortedDictionary<string, string[]> Block(JsonElement block) => new(
            block.EnumerateObject().ToDictionary(p => p.Name, p => List(p.Value)), StringComparer.Ordinal);

        using var document = JsonDocument.Parse(policyJson);
        return document.RootElement.GetProperty("Statement").EnumerateArray().Select(statement =>
        {
            var actions = List(statement.GetProperty("Action"));
            var resources = List(statement.GetProperty("Resource"));
            var condition = statement.TryGetProperty("Condition", out var block)
                ? new SortedDictionary<string, SortedDictionary<string, string[]>>(
                    block.EnumerateObject().ToDictionary(p => p.Name, p => Block(p.Value)), StringComparer.Ordinal)
                : null;
            var canonical = JsonSerializer.Serialize(new
            {
                Effect = statement.GetProperty("Effect").GetString(),
                Action = actions,
                Resource = resources,
                Condition = condition,
            });
            var sid = statement.TryGetProperty("Sid", out var id) ? id.GetString() : null;
            return new CanonicalStatement(sid, canonical, actions, resources, condition is { Count: > 0 });
        }).ToArray();
    }

    // kubernetes-sigs/aws-load-balancer-controller v3.5.0, docs/install/iam_policy.json, as published.
    private const string UpstreamLoadBalancerControllerPolicy = """
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": [
                        "iam:CreateServiceLinkedRole"
                    ],
                    "Resource": "*",
                    "Condition": {
                        "StringEquals": {
                            "iam:AWSServiceName": "elasticloadbalancing.amazonaws.com"
                        }
                    }
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "ec2:DescribeAccountAttributes",
                        "ec2:DescribeAddresses",
                        "ec2:DescribeAvailabilityZones",
                        "ec2:DescribeInternetGateways",
                        "ec2:DescribeVpcs",
                        "ec2:DescribeVpcPeeringConnections",
                        "ec2:DescribeSubnets",
                        "ec2:DescribeSecurityGroups",
                        "ec2:DescribeInstances",
                        "ec2:DescribeNetworkInterfaces",
                        "ec2:DescribeTags",
                        "ec2:GetCoipPoolUsage",
                        "ec2:DescribeCoipPools",
                        "ec2:GetSecurityGroupsForVpc",
                        "ec2:DescribeIpamPools",
                        "ec2:DescribeRouteTables",
                        "elasticloadbalancing:DescribeLoadBalancers",
                        "elasticloadbalancing:DescribeLoadBalancerAttributes",
                        "elasticloadbalancing:DescribeListeners",
                        "elasticloadbalancing:DescribeListenerCertificates",
                        "elasticloadbalancing:DescribeSSLPolicies",
                        "elasticloadbalancing:DescribeRules",
                        "elasticloadbalancing:DescribeTargetGroups",
                        "elasticloadbalancing:DescribeTargetGroupAttributes",
                        "elasticloadbalancing:DescribeTargetHealth",
                        "elasticloadbalancing:DescribeTags",
                        "elasticloadbalancing:DescribeTrustStores",
                        "elasticloadbalancing:DescribeListenerAttributes",
                        "elasticloadbalancing:DescribeCapacityReservation"
                    ],
                    "Resource": "*"
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "cognito-idp:DescribeUserPoolClient",
                        "acm:ListCertificates",
                        "acm:DescribeCertificate",
                        "iam:ListServerCertificates",
                        "iam:GetServerCertificate",
                        "waf-regional:GetWebACL",
                        "waf-regional:GetWebACLForResource",
                        "waf-regional:AssociateWebACL",
                        "waf-regional:DisassociateWebACL",
                        "wafv2:GetWebACL",
                        "wafv2:GetWebACLForResource",
                        "wafv2:AssociateWebACL",
                        "wafv2:DisassociateWebACL",
                        "shield:GetSubscriptionState",
                        "shield:DescribeProtection",
                        "shield:CreateProtection",
                        "shield:DeleteProtection"
                    ],
                    "Resource": "*"
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "ec2:AuthorizeSecurityGroupIngress",
                        "ec2:RevokeSecurityGroupIngress"
                    ],
                    "Resource": "*"
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "ec2:CreateSecurityGroup"
                    ],
                    "Resource": "*"
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "ec2:CreateTags"
                    ],
                    "Resource": "arn:aws:ec2:*:*:security-group/*",
                    "Condition": {
                        "StringEquals": {
                            "ec2:CreateAction": "CreateSecurityGroup"
                        },
                        "Null": {
                            "aws:RequestTag/elbv2.k8s.aws/cluster": "false"
                        }
                    }
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "ec2:CreateTags",
                        "ec2:DeleteTags"
                    ],
                    "Resource": "arn:aws:ec2:*:*:security-group/*",
                    "Condition": {
                        "Null": {
                            "aws:RequestTag/elbv2.k8s.aws/cluster": "true",
                            "aws:ResourceTag/elbv2.k8s.aws/cluster": "false"
                        }
                    }
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "ec2:AuthorizeSecurityGroupIngress",
                        "ec2:RevokeSecurityGroupIngress",
                        "ec2:DeleteSecurityGroup"
                    ],
                    "Resource": "*",
                    "Condition": {
                        "Null": {
                            "aws:ResourceTag/elbv2.k8s.aws/cluster": "false"
                        }
                    }
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "elasticloadbalancing:CreateLoadBalancer",
                        "elasticloadbalancing:CreateTargetGroup"
                    ],
                    "Resource": "*",
                    "Condition": {
                        "Null": {
                            "aws:RequestTag/elbv2.k8s.aws/cluster": "false"
                        }
                    }
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "elasticloadbalancing:CreateListener",
                        "elasticloadbalancing:DeleteListener",
                        "elasticloadbalancing:CreateRule",
                        "elasticloadbalancing:DeleteRule"
                    ],
                    "Resource": "*"
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "elasticloadbalancing:AddTags",
                        "elasticloadbalancing:RemoveTags"
                    ],
                    "Resource": [
                        "arn:aws:elasticloadbalancing:*:*:targetgroup/*/*",
                        "arn:aws:elasticloadbalancing:*:*:loadbalancer/net/*/*",
                        "arn:aws:elasticloadbalancing:*:*:loadbalancer/app/*/*"
                    ],
                    "Condition": {
                        "Null": {
                            "aws:RequestTag/elbv2.k8s.aws/cluster": "true",
                            "aws:ResourceTag/elbv2.k8s.aws/cluster": "false"
                        }
                    }
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "elasticloadbalancing:AddTags",
                        "elasticloadbalancing:RemoveTags"
                    ],
                    "Resource": [
                        "arn:aws:elasticloadbalancing:*:*:listener/net/*/*/*",
                        "arn:aws:elasticloadbalancing:*:*:listener/app/*/*/*",
                        "arn:aws:elasticloadbalancing:*:*:listener-rule/net/*/*/*",
                        "arn:aws:elasticloadbalancing:*:*:listener-rule/app/*/*/*"
                    ]
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "elasticloadbalancing:ModifyLoadBalancerAttributes",
                        "elasticloadbalancing:SetIpAddressType",
                        "elasticloadbalancing:SetSecurityGroups",
                        "elasticloadbalancing:SetSubnets",
                        "elasticloadbalancing:DeleteLoadBalancer",
                        "elasticloadbalancing:ModifyTargetGroup",
                        "elasticloadbalancing:ModifyTargetGroupAttributes",
                        "elasticloadbalancing:DeleteTargetGroup",
                        "elasticloadbalancing:ModifyListenerAttributes",
                        "elasticloadbalancing:ModifyCapacityReservation",
                        "elasticloadbalancing:ModifyIpPools"
                    ],
                    "Resource": "*",
                    "Condition": {
                        "Null": {
                            "aws:ResourceTag/elbv2.k8s.aws/cluster": "false"
                        }
                    }
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "elasticloadbalancing:AddTags"
                    ],
                    "Resource": [
                        "arn:aws:elasticloadbalancing:*:*:targetgroup/*/*",
                        "arn:aws:elasticloadbalancing:*:*:loadbalancer/net/*/*",
                        "arn:aws:elasticloadbalancing:*:*:loadbalancer/app/*/*"
                    ],
                    "Condition": {
                        "StringEquals": {
                            "elasticloadbalancing:CreateAction": [
                                "CreateTargetGroup",
                                "CreateLoadBalancer"
                            ]
                        },
                        "Null": {
                            "aws:RequestTag/elbv2.k8s.aws/cluster": "false"
                        }
                    }
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "elasticloadbalancing:RegisterTargets",
                        "elasticloadbalancing:DeregisterTargets"
                    ],
                    "Resource": "arn:aws:elasticloadbalancing:*:*:targetgroup/*/*"
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "elasticloadbalancing:SetWebAcl",
                        "elasticloadbalancing:ModifyListener",
                        "elasticloadbalancing:AddListenerCertificates",
                        "elasticloadbalancing:RemoveListenerCertificates",
                        "elasticloadbalancing:ModifyRule",
                        "elasticloadbalancing:SetRulePriorities"
                    ],
                    "Resource": "*"
                }
            ]
        }
        """;
}
