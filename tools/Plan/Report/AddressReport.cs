#if PULUMI_OFFLINE
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Numinia.Infra.Plan.Report;

/// <summary>The address fit as a report for people (<c>addresses.txt</c>) and as JSON (<c>--json</c>'s <c>addresses</c>).</summary>
public static class AddressReport
{
    /// <summary>One line for the plan's notes: whether the private subnets hold everything at the maximum sizes.</summary>
    public static string Verdict(AddressFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var who = fit.LiveCluster is null ? "the cluster's nodes and pods" : $"both clusters' nodes and pods (the live {fit.LiveCluster} beside this one)";
        if (fit.Holds)
        {
            return $"the private subnets hold {who} at the node groups' maximum sizes";
        }

        var short_ = fit.Subnets.Where(s => !s.Holds)
            .Select(s => Inv($"{s.Name} ({s.Block}) is {s.AtMax - s.Usable} addresses short, needs a /{s.PrefixNeeded}"));
        return $"the private subnets DO NOT hold {who} at the node groups' maximum sizes: {string.Join("; ", short_)}";
    }

    /// <summary>The report as text: each private subnet, what takes its addresses, the verdict.</summary>
    public static string ToText(AddressFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var text = new StringBuilder();
        text.Append("Addresses: the private subnets against the nodes and pods that take addresses from them\n");
        text.Append("(at the node groups' minimum and maximum sizes").Append(fit.LiveCluster is null ? "" : $"; the live cluster {fit.LiveCluster} counted beside the new one").Append(").\n");
        foreach (var subnet in fit.Subnets)
        {
            text.Append(Inv($"\nSubnet {subnet.Name} ({subnet.Zone}, {subnet.Block}): {subnet.Usable} usable; {subnet.AtMin} taken at min, {subnet.AtMax} at max: "));
            text.Append(subnet.Holds ? "holds\n" : Inv($"DOES NOT HOLD ({subnet.AtMax - subnet.Usable} short; a /{subnet.PrefixNeeded} would)\n"));
            foreach (var use in subnet.Uses)
            {
                text.Append(Inv($"  {use.Owner,-22} {use.What,-60} {use.AtMin,6} {use.AtMax,6}\n"));
            }
        }

        text.Append("\nVerdict: ").Append(Verdict(fit)).Append(".\n\nAssumptions:\n");
        foreach (var assumption in fit.Assumptions)
        {
            text.Append("  - ").Append(assumption).Append('\n');
        }

        foreach (var warning in fit.Warnings)
        {
            text.Append("warning: ").Append(warning).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The fit as JSON.</summary>
    public static JsonObject ToJson(AddressFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new JsonObject
        {
            ["holds"] = fit.Holds,
            ["liveCluster"] = fit.LiveCluster,
            ["subnets"] = new JsonArray(fit.Subnets.Select(s => (JsonNode?)new JsonObject
            {
                ["name"] = s.Name,
                ["zone"] = s.Zone,
                ["block"] = s.Block,
                ["usable"] = s.Usable,
                ["atMin"] = s.AtMin,
                ["atMax"] = s.AtMax,
                ["holds"] = s.Holds,
                ["prefixNeeded"] = s.PrefixNeeded,
                ["uses"] = new JsonArray(s.Uses.Select(u => (JsonNode?)new JsonObject
                {
                    ["owner"] = u.Owner,
                    ["what"] = u.What,
                    ["atMin"] = u.AtMin,
                    ["atMax"] = u.AtMax,
                }).ToArray()),
            }).ToArray()),
            ["assumptions"] = new JsonArray(fit.Assumptions.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            ["warnings"] = new JsonArray(fit.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
        };
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
#endif
