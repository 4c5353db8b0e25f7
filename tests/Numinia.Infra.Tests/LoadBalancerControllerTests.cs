using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Iam;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi.Aws.Iam;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using Pulumi.Offline;
#endif
using static Numinia.Infra.Tests.IngressAddons;

namespace Numinia.Infra.Tests;

/// <summary>
/// The AWS Load Balancer Controller: its release and its IRSA policy, held against upstream's published policy.
/// </summary>
[NonParallelizable]
public sealed class LoadBalancerControllerTests
{
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
