#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Plan;
using Pulumi.Offline;

namespace Numinia.Infra.Policy;

/// <summary>Runs policy rules over every resource of a plan.</summary>
public static class PolicyRunner
{
    /// <summary>Runs <paramref name="rules"/> (by default <see cref="PolicyRules.All"/>) over a planned stack.</summary>
    public static PolicyReport Run(PlanResult plan, IEnumerable<PolicyRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Run(plan.Project, plan.Stack, plan.Resources, rules);
    }

    /// <summary>Runs <paramref name="rules"/> (by default <see cref="PolicyRules.All"/>) over <paramref name="resources"/>.</summary>
    public static PolicyReport Run(string project, string stack, IEnumerable<ResourceRegistration> resources, IEnumerable<PolicyRule>? rules = null)
    {
        var plan = new PolicyPlan(resources);
        var results = (rules ?? PolicyRules.All).Select(rule => Run(rule, plan)).ToImmutableArray();
        return new PolicyReport(project, stack, plan.Resources.Length, results);
    }

    private static PolicyRuleResult Run(PolicyRule rule, PolicyPlan plan)
    {
        var checkedCount = plan.Resources.Count(r => rule.Covers(r.Type));
        var imported = plan.Resources.Where(r => r.Options.ImportId is not null).Select(r => r.Urn).ToHashSet(StringComparer.Ordinal);
        try
        {
            return new PolicyRuleResult(rule, checkedCount, rule.Check(plan).Select(v => v with { Live = imported.Contains(v.Urn) }).ToImmutableArray(), null);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException or ArgumentException or KeyNotFoundException or FormatException)
        {
            // A rule that cannot read the plan has not shown it compliant: report it as failing.
            return new PolicyRuleResult(rule, checkedCount, ImmutableArray<PolicyViolation>.Empty, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
#endif
