#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Every VPC's default security group is adopted (<c>aws:ec2/defaultSecurityGroup</c>) and left
/// without rules. AWS creates it allowing all traffic between its members and all egress, and
/// anything launched without a security group lands in it.
/// </summary>
public sealed class DefaultSecurityGroupClosed : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "default-security-group-closed";

    /// <inheritdoc />
    public override string Title => "Every VPC's default security group is adopted and has no rules";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.Vpc, PolicyTokens.DefaultSecurityGroup];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var vpc in plan.OfType(PolicyTokens.Vpc))
        {
            if (!plan.Referencing(vpc, PolicyTokens.DefaultSecurityGroup, "vpcId").Any())
            {
                yield return Violation(vpc, "its default security group is not adopted (aws:ec2/defaultSecurityGroup), so it keeps AWS's allow rules");
            }
        }

        foreach (var group in plan.OfType(PolicyTokens.DefaultSecurityGroup))
        {
            foreach (var direction in new[] { "ingress", "egress" })
            {
                var rules = group.Input(direction);
                if (PolicyValues.IsUnknown(rules) || !PolicyValues.AsList(rules).IsEmpty)
                {
                    yield return Violation(group, $"has {direction} rules ({PolicyValues.Show(rules)}); the default security group must have none");
                }
            }
        }
    }
}
#endif
