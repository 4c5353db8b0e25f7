#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Numinia.Components.Compute;
using Numinia.Infra.Policy;
using Pulumi.Offline;
using static Numinia.Infra.Plan.Report.PriceTable;

namespace Numinia.Infra.Plan.Report;

/// <summary>One sizing key that drives the idle cost: its value in the plan, what it costs a month at idle, and what one more unit costs.</summary>
/// <param name="Key">The config key.</param>
/// <param name="Value">Its value as the plan shows it.</param>
/// <param name="IdleMonthly">What it costs a month at idle.</param>
/// <param name="PerUnitMonthly">What one more unit (node, association, instance) costs a month.</param>
/// <param name="Note">What the value trades, or what it needs.</param>
public sealed record SizingLine(string Key, string Value, decimal IdleMonthly, decimal PerUnitMonthly, string Note);

/// <summary>
/// The price of each sizing key of the plan: the node groups' minimum sizes and instance types, the Client VPN's subnet
/// associations and the Aurora instance count, read back from the resources they make (a key the plan does not show, e.g.
/// the VPN of a stack without one, has no line).
/// </summary>
public static class CostSizing
{
    /// <summary>The sizing lines of the plan; <paramref name="floor"/> adds what the general group's pods need.</summary>
    public static ImmutableArray<SizingLine> Lines(IEnumerable<ResourceRegistration> resources, PriceTable table, PlatformFloor? floor)
    {
        var all = resources.Where(r => r.Custom).ToList();
        var hours = table.HoursPerMonth;
        var lines = ImmutableArray.CreateBuilder<SizingLine>();
        foreach (var purpose in all.Where(r => r.Type == PolicyTokens.NodeGroup)
            .GroupBy(r => PolicyValues.AsString(r.Input("labels", NodeGroupSpec.GroupLabel)) ?? r.Name, StringComparer.Ordinal))
        {
            var type = PolicyValues.AsStrings(purpose.First().Input("instanceTypes")).FirstOrDefault() ?? "?";
            var node = table.Instances.GetValueOrDefault(type) * hours;
            var min = purpose.Sum(g => (int)(PolicyValues.AsNumber(g.Input("scalingConfig", "minSize")) ?? 0));
            var note = purpose.Key == floor?.Group
                ? Inv($"the platform's pods need {floor.NodesNeeded} ({string.Join(", ", floor.NeededPerZone)} per zone)")
                  + (floor.BelowNeed ? "; BELOW what they need: pods wait for the Cluster Autoscaler after every scale-in" : "")
                : min == 0 ? "scales from zero: no node until a pod waits for one" : "";
            lines.Add(new SizingLine(Inv($"{purpose.Key}MinSize"), Inv($"{min}"), min * node, node, note));
            lines.Add(new SizingLine(Inv($"{purpose.Key}InstanceTypes"), type, min * node, node, "per node (the instance; its root volume is its own line above)"));
        }

        var associations = all.Count(r => r.Type == "aws:ec2clientvpn/networkAssociation:NetworkAssociation");
        if (all.Any(r => r.Type == "aws:ec2clientvpn/endpoint:Endpoint"))
        {
            var price = table.Price(Prices.ClientVpnAssociationHour) * hours;
            lines.Add(new SizingLine("vpnSubnetAssociations", Inv($"{associations}"), associations * price, price,
                associations == 1 ? "one zone reaches the VPC: VPN access fails while that zone is down" : ""));
        }

        var instances = all.Where(r => r.Type == PolicyTokens.RdsClusterInstance).ToList();
        if (instances.Count > 0)
        {
            var price = table.DatabaseInstances.GetValueOrDefault(PolicyValues.AsString(instances[0].Input("instanceClass")) ?? "") * hours;
            lines.Add(new SizingLine("databaseInstanceCount", Inv($"{instances.Count}"), instances.Count * price, price,
                instances.Count == 1 ? "no reader to fail over to: Aurora recreates the writer (about 10 minutes)" : ""));
        }

        return lines.ToImmutable();
    }

    /// <summary>The lines as a section of the cost report.</summary>
    public static string ToText(ImmutableArray<SizingLine> lines)
    {
        if (lines.IsEmpty)
        {
            return "";
        }

        var text = new StringBuilder("\nSizing keys (what each costs a month at idle, and one more unit):\n");
        foreach (var l in lines)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {l.Key,-24} {l.Value,-14} {CostEstimator.Money(l.IdleMonthly),10}  {CostEstimator.Money(l.PerUnitMonthly),9} each{(l.Note.Length > 0 ? "  " + l.Note : "")}\n");
        }

        return text.ToString();
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
#endif
