using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Components.Addons.LoadBalancerController;

/// <summary>
/// The AWS Load Balancer Controller's IAM policy: upstream's <c>docs/install/iam_policy.json</c> of
/// kubernetes-sigs/aws-load-balancer-controller v3.5.0 as typed statements (only the statement ids are
/// ours), except that no write action is left on <c>Resource: "*"</c> without a condition. What the
/// controller may change is limited by the <c>elbv2.k8s.aws/cluster</c> tag it puts on everything it
/// creates: it may create load balancers, target groups and security groups only when tagging them on
/// creation, and modify or delete only resources that carry the tag. The upstream statements that grant
/// writes on <c>"*"</c> with no condition are rewritten (each marked <c>Deviation:</c> below) onto this
/// account's and region's ARNs, security groups onto this VPC, as the Service Authorization Reference
/// allows for each action; the Shield Advanced writes are dropped, since IAM cannot scope
/// <c>shield:CreateProtection</c> and the controller runs with its Shield add-on off.
/// </summary>
public static class LoadBalancerControllerPolicy
{
    /// <summary>The tag the controller puts on the AWS resources it creates and manages.</summary>
    public const string ClusterTag = "elbv2.k8s.aws/cluster";

    /// <summary>
    /// Upstream's Shield Advanced writes, which this policy leaves out: <c>shield:CreateProtection</c>
    /// supports no resource type and no condition key but request tags, which the controller does not send.
    /// </summary>
    public static ImmutableArray<string> DroppedActions { get; } = ImmutableArray.Create("shield:CreateProtection", "shield:DeleteProtection");

    private const string RequestTag = "aws:RequestTag/" + ClusterTag;
    private const string ResourceTag = "aws:ResourceTag/" + ClusterTag;
    private const string SecurityGroups = "arn:aws:ec2:*:*:security-group/*";

    private static readonly string[] s_all = { "*" };

    private static readonly string[] s_taggableLoadBalancing =
    {
        "arn:aws:elasticloadbalancing:*:*:targetgroup/*/*",
        "arn:aws:elasticloadbalancing:*:*:loadbalancer/net/*/*",
        "arn:aws:elasticloadbalancing:*:*:loadbalancer/app/*/*",
    };

    /// <summary>
    /// The policy's statements in upstream's order, the rewritten ones scoped to <paramref name="region"/>,
    /// <paramref name="accountId"/> and the VPC <paramref name="vpcId"/> the controller creates security
    /// groups in.
    /// </summary>
    public static ImmutableArray<PolicyStatement> Statements(string region, string accountId, string vpcId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(vpcId);

        var ec2 = $"arn:aws:ec2:{region}:{accountId}";
        var elb = $"arn:aws:elasticloadbalancing:{region}:{accountId}";
        var vpc = $"{ec2}:vpc/{vpcId}";
        var ownSecurityGroups = $"{ec2}:security-group/*";
        var applicationLoadBalancers = $"{elb}:loadbalancer/app/*/*";
        var loadBalancers = new[] { applicationLoadBalancers, $"{elb}:loadbalancer/net/*/*" };
        var listeners = new[] { $"{elb}:listener/app/*/*/*", $"{elb}:listener/net/*/*/*" };
        var listenerRules = new[] { $"{elb}:listener-rule/app/*/*/*/*", $"{elb}:listener-rule/net/*/*/*/*" };

        return ImmutableArray.Create(
            new PolicyStatement
            {
                Sid = "CreateElbServiceLinkedRole",
                Action = ImmutableArray.Create("iam:CreateServiceLinkedRole"),
                Resource = s_all.ToImmutableArray(),
                Condition = PolicyConditions.Of(("StringEquals", "iam:AWSServiceName", new[] { "elasticloadbalancing.amazonaws.com" })),
            },
            PolicyStatement.Allow(new[]
            {
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
                "elasticloadbalancing:DescribeCapacityReservation",
            }, s_all, "DescribeNetworkAndLoadBalancers"),
            // Deviation: upstream's statement also grants WAF associations (next statement) and Shield writes (DroppedActions) on "*"; its reads stay.
            PolicyStatement.Allow(new[]
            {
                "cognito-idp:DescribeUserPoolClient",
                "acm:ListCertificates",
                "acm:DescribeCertificate",
                "iam:ListServerCertificates",
                "iam:GetServerCertificate",
                "waf-regional:GetWebACL",
                "waf-regional:GetWebACLForResource",
                "wafv2:GetWebACL",
                "wafv2:GetWebACLForResource",
                "shield:GetSubscriptionState",
                "shield:DescribeProtection",
            }, s_all, "ReadCertificatesWafAndShield"),
            // Deviation: upstream's WAF (Classic and v2) associations on "*"; here only this account's regional web ACLs on its ALBs.
            PolicyStatement.Allow(new[]
            {
                "waf-regional:AssociateWebACL",
                "waf-regional:DisassociateWebACL",
                "wafv2:AssociateWebACL",
                "wafv2:DisassociateWebACL",
            }, new[]
            {
                $"arn:aws:waf-regional:{region}:{accountId}:webacl/*",
                $"arn:aws:wafv2:{region}:{accountId}:regional/webacl/*/*",
                applicationLoadBalancers,
            }, "AssociateWebAclsWithLoadBalancers"),
            // Deviation: upstream's ingress changes on any security group ("*"); here only on this VPC's (ec2:Vpc).
            new PolicyStatement
            {
                Sid = "SecurityGroupIngress",
                Action = ImmutableArray.Create("ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"),
                Resource = ImmutableArray.Create(ownSecurityGroups),
                Condition = PolicyConditions.Of(("ArnEquals", "ec2:Vpc", new[] { vpc })),
            },
            // Deviation: upstream's CreateSecurityGroup on "*"; here only in this VPC, and (next statement) only tagged for the cluster.
            PolicyStatement.Allow(new[] { "ec2:CreateSecurityGroup" }, new[] { vpc }, "CreateSecurityGroupsInTheVpc"),
            new PolicyStatement
            {
                Sid = "CreateTaggedSecurityGroups",
                Action = ImmutableArray.Create("ec2:CreateSecurityGroup"),
                Resource = ImmutableArray.Create(ownSecurityGroups),
                Condition = PolicyConditions.Of(("Null", RequestTag, new[] { "false" })),
            },
            new PolicyStatement
            {
                Sid = "TagSecurityGroupsOnCreation",
                Action = ImmutableArray.Create("ec2:CreateTags"),
                Resource = ImmutableArray.Create(SecurityGroups),
                Condition = PolicyConditions.Of(
                    ("StringEquals", "ec2:CreateAction", new[] { "CreateSecurityGroup" }),
                    ("Null", RequestTag, new[] { "false" })),
            },
            new PolicyStatement
            {
                Sid = "RetagOwnSecurityGroups",
                Action = ImmutableArray.Create("ec2:CreateTags", "ec2:DeleteTags"),
                Resource = ImmutableArray.Create(SecurityGroups),
                Condition = PolicyConditions.Of(
                    ("Null", RequestTag, new[] { "true" }),
                    ("Null", ResourceTag, new[] { "false" })),
            },
            new PolicyStatement
            {
                Sid = "ManageOwnSecurityGroups",
                Action = ImmutableArray.Create("ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup"),
                Resource = s_all.ToImmutableArray(),
                Condition = PolicyConditions.Of(("Null", ResourceTag, new[] { "false" })),
            },
            new PolicyStatement
            {
                Sid = "CreateTaggedLoadBalancers",
                Action = ImmutableArray.Create("elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"),
                Resource = s_all.ToImmutableArray(),
                Condition = PolicyConditions.Of(("Null", RequestTag, new[] { "false" })),
            },
            // Deviation: upstream's listener and rule creation and deletion on "*"; here only on this account's and region's ALBs and NLBs.
            PolicyStatement.Allow(new[]
            {
                "elasticloadbalancing:CreateListener",
                "elasticloadbalancing:DeleteListener",
                "elasticloadbalancing:CreateRule",
                "elasticloadbalancing:DeleteRule",
            }, loadBalancers.Concat(listeners).Concat(listenerRules), "ListenersAndRules"),
            new PolicyStatement
            {
                Sid = "RetagOwnLoadBalancers",
                Action = ImmutableArray.Create("elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"),
                Resource = s_taggableLoadBalancing.ToImmutableArray(),
                Condition = PolicyConditions.Of(
                    ("Null", RequestTag, new[] { "true" }),
                    ("Null", ResourceTag, new[] { "false" })),
            },
            PolicyStatement.Allow(new[] { "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags" }, new[]
            {
                "arn:aws:elasticloadbalancing:*:*:listener/net/*/*/*",
                "arn:aws:elasticloadbalancing:*:*:listener/app/*/*/*",
                "arn:aws:elasticloadbalancing:*:*:listener-rule/net/*/*/*",
                "arn:aws:elasticloadbalancing:*:*:listener-rule/app/*/*/*",
            }, "TagListenersAndRules"),
            new PolicyStatement
            {
                Sid = "ManageOwnLoadBalancers",
                Action = ImmutableArray.Create(
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
                    "elasticloadbalancing:ModifyIpPools"),
                Resource = s_all.ToImmutableArray(),
                Condition = PolicyConditions.Of(("Null", ResourceTag, new[] { "false" })),
            },
            new PolicyStatement
            {
                Sid = "TagLoadBalancersOnCreation",
                Action = ImmutableArray.Create("elasticloadbalancing:AddTags"),
                Resource = s_taggableLoadBalancing.ToImmutableArray(),
                Condition = PolicyConditions.Of(
                    ("StringEquals", "elasticloadbalancing:CreateAction", new[] { "CreateTargetGroup", "CreateLoadBalancer" }),
                    ("Null", RequestTag, new[] { "false" })),
            },
            PolicyStatement.Allow(new[] { "elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets" },
                new[] { "arn:aws:elasticloadbalancing:*:*:targetgroup/*/*" }, "RegisterTargets"),
            // Deviation: upstream's listener and rule changes and SetWebAcl on "*"; here only on this account's and region's ALBs and NLBs.
            // (The reference lists no resource type for SetWebAcl, the ELB half of wafv2:AssociateWebACL, yet IAM checks it on the ALB's ARN.)
            PolicyStatement.Allow(new[]
            {
                "elasticloadbalancing:SetWebAcl",
                "elasticloadbalancing:ModifyListener",
                "elasticloadbalancing:AddListenerCertificates",
                "elasticloadbalancing:RemoveListenerCertificates",
                "elasticloadbalancing:ModifyRule",
                "elasticloadbalancing:SetRulePriorities",
            }, new[] { applicationLoadBalancers }.Concat(listeners).Concat(listenerRules), "ModifyListenersAndRules"));
    }
}
