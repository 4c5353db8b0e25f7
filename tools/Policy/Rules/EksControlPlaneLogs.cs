#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// The EKS control plane sends all five log types to CloudWatch: api, audit, authenticator,
/// controllerManager and scheduler (the audit log is the one an incident needs most).
/// </summary>
public sealed class EksControlPlaneLogs : PolicyRule
{
    /// <summary>The log types EKS offers, all required.</summary>
    public static readonly ImmutableArray<string> RequiredLogTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

    /// <inheritdoc />
    public override string Id => "eks-control-plane-logs";

    /// <inheritdoc />
    public override string Title => "EKS sends all five control-plane log types (api, audit, authenticator, controllerManager, scheduler)";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.EksCluster, PolicyTokens.AwsEksCluster];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var cluster in plan.OfTypes(ResourceTypes))
        {
            var enabled = PolicyValues.AsStrings(cluster.Input("enabledClusterLogTypes"));
            var missing = RequiredLogTypes.Where(t => !enabled.Contains(t)).ToArray();
            if (missing.Length > 0)
            {
                yield return Violation(cluster, $"enabledClusterLogTypes lacks {IamPolicyDocument.Join(missing)}");
            }
        }
    }
}
#endif
