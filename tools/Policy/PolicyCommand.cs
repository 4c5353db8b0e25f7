#if PULUMI_OFFLINE
using Numinia.Infra.Plan;

namespace Numinia.Infra.Policy;

/// <summary><c>plan --policy</c>: checks a plan against <see cref="PolicyRules.All"/> and answers with an exit code.</summary>
public static class PolicyCommand
{
    /// <summary>
    /// Writes the text report of <paramref name="plan"/> to <paramref name="output"/> and, when
    /// <paramref name="jsonFile"/> is given, the JSON report to that file. Returns 0 when every mandatory
    /// rule passes, <see cref="PlanCommand.PolicyFailed"/> otherwise.
    /// </summary>
    public static async Task<int> RunAsync(PlanResult plan, string? jsonFile, TextWriter output, IEnumerable<PolicyRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var report = PolicyRunner.Run(plan, rules);
        report.WriteText(output);
        if (jsonFile != null)
        {
            await File.WriteAllTextAsync(jsonFile, report.ToJson()).ConfigureAwait(false);
            output.WriteLine($"Policy report written to {jsonFile}");
        }

        return report.Passed ? 0 : PlanCommand.PolicyFailed;
    }
}
#endif
