#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// One entry of the documented exceptions to "no write action on every resource": an action that an
/// upstream controller needs on <c>Resource: "*"</c> because its targets are created at run time with
/// unpredictable ARNs, allowed only when the statement carries a condition on <see cref="ConditionKey"/>
/// that scopes it (a tag the controller puts on what it creates, or the service it may act for).
/// </summary>
/// <param name="Action">The IAM action (case-insensitive).</param>
/// <param name="ConditionKey">The condition key that must scope the statement; a key ending in <c>/</c>
/// is a prefix (the rest names the cluster).</param>
/// <param name="Reason">Who needs it and why it cannot be scoped by ARN.</param>
public sealed record IamWildcardAllowance(string Action, string ConditionKey, string Reason);

/// <summary>
/// IAM identity policies grant least privilege: no statement allows every action (<c>"*"</c>, a whole
/// service <c>"svc:*"</c>, or <c>NotAction</c>), and no statement allows a write action on every
/// resource (<c>"*"</c> or <c>NotResource</c>). Write actions are all actions except those whose name
/// starts with <c>Describe</c>, <c>List</c> or <c>Get</c> (metadata reads, which many APIs only offer
/// unscoped); reads of the data itself (<see cref="DataReads"/>) count as writes. The policies checked are role inline policies (<c>aws:iam/rolePolicy</c> and a role's
/// <c>inlinePolicies</c>) and customer-managed policies (<c>aws:iam/policy</c>). AWS-managed policy
/// attachments (<c>arn:aws:iam::aws:policy/...</c>) are exempt: AWS maintains them for the service
/// they name and they cannot be edited. Resource policies (KMS key policies, bucket policies), where
/// <c>"*"</c> means the resource itself, are not identity policies and are not checked here. Upstream
/// controllers that need a write action on <c>"*"</c> get it only under a scoping condition from
/// <see cref="Allowances"/>; the rule itself is not weakened.
/// </summary>
public sealed class IamLeastPrivilege : PolicyRule
{
    private const string AlbClusterResourceTag = "aws:ResourceTag/elbv2.k8s.aws/cluster";
    private const string AlbClusterRequestTag = "aws:RequestTag/elbv2.k8s.aws/cluster";
    private const string AlbReason = "AWS Load Balancer Controller (upstream iam_policy.json): load balancers, target groups and security groups it creates carry its cluster tag";
    private const string EfsReason = "EFS CSI driver: access points it creates carry its cluster tag";
    private const string AutoscalerReason = "Cluster Autoscaler: Auto Scaling groups of EKS node groups get generated names; it resizes only those tagged for this cluster";

    /// <summary>The documented (action, scoping condition) pairs allowed on <c>Resource: "*"</c>.</summary>
    public static readonly ImmutableArray<IamWildcardAllowance> Allowances =
    [
        new("autoscaling:SetDesiredCapacity", "aws:ResourceTag/k8s.io/cluster-autoscaler/", AutoscalerReason),
        new("autoscaling:TerminateInstanceInAutoScalingGroup", "aws:ResourceTag/k8s.io/cluster-autoscaler/", AutoscalerReason),
        new("iam:CreateServiceLinkedRole", "iam:AWSServiceName", "AWS Load Balancer Controller: only the Elastic Load Balancing service-linked role"),
        new("ec2:AuthorizeSecurityGroupIngress", AlbClusterResourceTag, AlbReason),
        new("ec2:RevokeSecurityGroupIngress", AlbClusterResourceTag, AlbReason),
        new("ec2:DeleteSecurityGroup", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:CreateLoadBalancer", AlbClusterRequestTag, AlbReason),
        new("elasticloadbalancing:CreateTargetGroup", AlbClusterRequestTag, AlbReason),
        new("elasticloadbalancing:ModifyLoadBalancerAttributes", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:SetIpAddressType", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:SetSecurityGroups", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:SetSubnets", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:DeleteLoadBalancer", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:ModifyTargetGroup", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:ModifyTargetGroupAttributes", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:DeleteTargetGroup", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:ModifyListenerAttributes", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:ModifyCapacityReservation", AlbClusterResourceTag, AlbReason),
        new("elasticloadbalancing:ModifyIpPools", AlbClusterResourceTag, AlbReason),
        new("elasticfilesystem:CreateAccessPoint", "aws:RequestTag/efs.csi.aws.com/cluster", EfsReason),
        new("elasticfilesystem:DeleteAccessPoint", "aws:ResourceTag/efs.csi.aws.com/cluster", EfsReason),
        new("elasticfilesystem:TagResource", "aws:ResourceTag/efs.csi.aws.com/cluster", EfsReason),
    ];

    /// <summary>
    /// Reads that return the data itself (secret values, objects, parameters): on <c>"*"</c> they expose
    /// every tenant's data, so the rule treats them like writes. A wildcard action that covers one
    /// (<c>s3:Get*</c>) counts too.
    /// </summary>
    public static readonly ImmutableArray<string> DataReads =
    [
        "secretsmanager:GetSecretValue", "s3:GetObject", "s3:GetObjectVersion", "ssm:GetParameter", "ssm:GetParameters",
        "ssm:GetParametersByPath",
    ];

    private static readonly string[] s_readPrefixes = ["Describe", "List", "Get"];

    /// <inheritdoc />
    public override string Id => "iam-least-privilege";

    /// <inheritdoc />
    public override string Title => "IAM policies allow no \"*\" action and no write action on \"*\" resources (documented, condition-scoped exceptions only)";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.IamRolePolicy, PolicyTokens.IamPolicy, PolicyTokens.IamRole];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var resource in plan.OfTypes(ResourceTypes))
        {
            foreach (var (label, document) in PoliciesOf(resource))
            {
                foreach (var problem in Problems(document))
                {
                    yield return Violation(resource, $"{label}: {problem}");
                }
            }
        }
    }

    /// <summary>
    /// Whether an action only reads metadata: its name starts with Describe, List or Get, and it is not
    /// (and, as a wildcard, does not cover) one of the <see cref="DataReads"/>.
    /// </summary>
    public static bool IsRead(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var name = action[(action.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return s_readPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase))
               && !DataReads.Any(read => Covers(action, read));
    }

    // IAM action patterns: * matches any run of characters, ? one; case-insensitive.
    private static bool Covers(string pattern, string action)
        => Regex.IsMatch(action,
            "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static IEnumerable<(string Label, object? Document)> PoliciesOf(ResourceRegistration resource)
    {
        if (resource.Type == PolicyTokens.IamRole)
        {
            var inline = PolicyValues.AsList(resource.Input("inlinePolicies"));
            for (var i = 0; i < inline.Length; i++)
            {
                var name = PolicyValues.AsString(PolicyValues.At(inline[i], "name")) ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return ($"inlinePolicies[{name}]", PolicyValues.At(inline[i], "policy"));
            }
        }
        else
        {
            yield return ("policy", resource.Input("policy"));
        }
    }

    private static IEnumerable<string> Problems(object? document)
    {
        if (PolicyValues.IsUnknown(document))
        {
            yield return "the document is unknown at plan time and cannot be checked";
            yield break;
        }

        if (!IamPolicyDocument.TryParse(PolicyValues.AsString(document), out var statements, out var error))
        {
            yield return error;
            yield break;
        }

        for (var i = 0; i < statements.Length; i++)
        {
            var statement = statements[i];
            if (!statement.Allow)
            {
                continue;
            }

            var everything = statement.Actions.Where(a => a == "*" || a.EndsWith(":*", StringComparison.Ordinal)).ToArray();
            if (everything.Length > 0)
            {
                yield return $"{statement.Label(i)} allows every action of {IamPolicyDocument.Join(everything.Select(a => $"\"{a}\""))}";
            }

            if (!statement.NotActions.IsEmpty)
            {
                yield return $"{statement.Label(i)} allows every action but some (NotAction)";
            }

            if (!statement.Resources.Contains("*") && statement.NotResources.IsEmpty)
            {
                continue;
            }

            var unscoped = statement.Actions
                .Where(a => !IsRead(a) && !Allowances.Any(allowance => Permits(allowance, a, statement)))
                .ToArray();
            if (unscoped.Length > 0)
            {
                yield return $"{statement.Label(i)} allows write actions on every resource (\"*\"): {IamPolicyDocument.Join(unscoped)}; " +
                             "scope them to ARNs (or, for a documented upstream need, to the allowance's condition)";
            }
        }
    }

    private static bool Permits(IamWildcardAllowance allowance, string action, IamStatement statement)
        => allowance.Action.Equals(action, StringComparison.OrdinalIgnoreCase)
           && statement.Conditions.Any(op => op.Value.Any(condition => Matches(allowance.ConditionKey, condition.Key)
               && condition.Value.Length > 0
               // "Null": "true" asks for the key's absence, which scopes nothing.
               && (op.Key != "Null" || condition.Value.All(v => v == "false"))));

    private static bool Matches(string allowed, string key)
        => allowed.EndsWith('/')
            ? key.StartsWith(allowed, StringComparison.OrdinalIgnoreCase) && key.Length > allowed.Length
            : key.Equals(allowed, StringComparison.OrdinalIgnoreCase);
}
#endif
