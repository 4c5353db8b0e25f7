#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Numinia.Infra.Flows;

/// <summary>
/// The flow matrix for people (<c>plan --out DIR</c>'s <c>flows.txt</c>): each flow with its caller, callee, port, what it
/// must be, what the cluster makes of it, and the policy that lets it through or the reason it is stopped.
/// </summary>
public static class FlowMatrix
{
    /// <summary>The matrix as text: a summary line, then one block per flow, flows that break the platform first.</summary>
    public static string ToText(FlowModel model, ImmutableArray<FlowVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        var wrong = verdicts.Count(v => !v.AsExpected);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Flow matrix: {verdicts.Length} flows ({verdicts.Count(v => v.Flow.Expect == FlowExpectation.Open)} must be open, "
            + $"{verdicts.Count(v => v.Flow.Expect == FlowExpectation.Closed)} must be closed); {wrong} not as they must be.");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Evaluated as the VPC CNI enforces NetworkPolicy (network policy agent v1.2.7, controller v1.1.7); service range {model.Addresses.ServiceRange}, "
            + $"API server {model.Addresses.ApiServer}, VPC {model.Addresses.Vpc}.");
        text.AppendLine();
        foreach (var verdict in verdicts.OrderBy(v => v.AsExpected).ThenBy(v => v.Flow.Name, StringComparer.Ordinal))
        {
            var flow = verdict.Flow;
            var state = verdict.Open ? "open" : "closed";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{(verdict.AsExpected ? "ok   " : "WRONG")} {flow.Name}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"      {flow.From} -> {flow.To} {flow.Protocol}/{flow.Port}: must be {flow.Expect.ToString().ToLowerInvariant()}, is {state}");
            text.AppendLine(CultureInfo.InvariantCulture, $"      path: {verdict.Path}");
            text.AppendLine(CultureInfo.InvariantCulture, $"      by: {verdict.Explanation}");
            text.AppendLine(CultureInfo.InvariantCulture, $"      why: {flow.Why}");
        }

        return text.ToString();
    }

    /// <summary>The matrix as the <c>flows</c> section of <c>--json</c>.</summary>
    public static JsonNode ToJson(ImmutableArray<FlowVerdict> verdicts)
    {
        var array = new JsonArray();
        foreach (var verdict in verdicts)
        {
            array.Add(new JsonObject
            {
                ["name"] = verdict.Flow.Name,
                ["from"] = verdict.Flow.From.ToString(),
                ["to"] = verdict.Flow.To.ToString(),
                ["protocol"] = verdict.Flow.Protocol,
                ["port"] = verdict.Flow.Port,
                ["expect"] = verdict.Flow.Expect.ToString().ToLowerInvariant(),
                ["open"] = verdict.Open,
                ["asExpected"] = verdict.AsExpected,
                ["egress"] = verdict.Egress?.Reason,
                ["ingress"] = verdict.Ingress?.Reason,
                ["path"] = verdict.Path,
            });
        }

        return array;
    }
}
#endif
