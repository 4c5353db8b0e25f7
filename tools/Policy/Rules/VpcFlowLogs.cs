#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>Every VPC has a flow log (an <c>aws:ec2/flowLog</c> whose <c>vpcId</c> is the VPC's id).</summary>
public sealed class VpcFlowLogs : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "vpc-flow-logs";

    /// <inheritdoc />
    public override string Title => "Every VPC has flow logs";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.Vpc, PolicyTokens.FlowLog];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var vpc in plan.OfType(PolicyTokens.Vpc))
        {
            if (!plan.Referencing(vpc, PolicyTokens.FlowLog, "vpcId").Any())
            {
                yield return Violation(vpc, "has no flow log (aws:ec2/flowLog with this vpcId)");
            }
        }
    }
}
#endif
