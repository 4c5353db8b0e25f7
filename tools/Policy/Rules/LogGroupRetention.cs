#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Every CloudWatch log group has a retention (<c>retentionInDays</c> above 0): unset or 0 keeps logs
/// forever, which costs without end and keeps personal data longer than needed.
/// </summary>
public sealed class LogGroupRetention : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "log-group-retention";

    /// <inheritdoc />
    public override string Title => "CloudWatch log groups have a retention (retentionInDays)";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.LogGroup];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var group in plan.OfType(PolicyTokens.LogGroup))
        {
            var retention = group.Input("retentionInDays");
            if (!(PolicyValues.AsNumber(retention) > 0))
            {
                yield return Violation(group, $"retentionInDays is {PolicyValues.Show(retention)}; logs would be kept forever");
            }
        }
    }
}
#endif
