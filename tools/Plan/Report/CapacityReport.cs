#if PULUMI_OFFLINE
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Numinia.Infra.Plan.Report;

/// <summary>The capacity fit as a report for people (<c>capacity.txt</c>) and as JSON (<c>--json</c>'s <c>capacity</c>).</summary>
public static class CapacityReport
{
    /// <summary>The report as text: the groups per node, each pool's quotas against its capacity, the totals.</summary>
    public static string ToText(CapacityFit fit)
    {
        var text = new StringBuilder();
        text.Append("Capacity fit: the ResourceQuotas' requests on the node groups they land on, against what those groups can give pods\n");
        text.Append("(per node: allocatable after the AMI's reservations, less the DaemonSets; at the groups' minimum and maximum size).\n\n");
        text.Append("Node groups, per node:\n");
        text.Append(Inv($"  {"node group",-16} {"instance",-13} {"nodes",-7} {"capacity",-18} {"allocatable",-18} {"DaemonSets",-18} {"for pods",-18} {"GPUs",4}\n"));
        foreach (var g in fit.Groups)
        {
            var sizes = Inv($"{g.MinSize}..{g.MaxSize}");
            text.Append(Inv($"  {g.NodeGroup,-16} {g.InstanceType,-13} {sizes,-7} {Pair(g.Capacity),-18} {Pair(g.Allocatable),-18} {Pair(g.AgentRequests),-18} {Pair(g.ForPods),-18} {g.Capacity.Gpus,4}\n"));
            text.Append(Inv($"  {"",-16} DaemonSets: {string.Join(", ", g.Agents.Select(a => $"{a.Name} {Millis(a.CpuMillis)}/{a.MemoryMiB:0}Mi"))}\n"));
        }

        foreach (var pool in fit.Pools)
        {
            text.Append(Inv($"\nPool {pool.Name}: {(pool.Fits ? "fits" : "DOES NOT FIT")}\n"));
            text.Append(Inv($"  {"",-22} {"asked",12} {"at min",12} {"at max",12}\n"));
            foreach (var (name, asked, min, max, format) in Rows(pool))
            {
                var over = asked > max ? Inv($"  asks {format(asked - max)} more than the groups can ever give") : "";
                text.Append(Inv($"  {name,-22} {format(asked),12} {format(min),12} {format(max),12}{over}\n"));
            }

            text.Append("  quotas: ").Append(string.Join(", ", pool.Quotas.Select(Describe))).Append('\n');
        }

        text.Append(Inv($"\nTotals: the quotas ask {Cores(fit.QuotaTotal.CpuMillis)} vCPU, {Gib(fit.QuotaTotal.MemoryMiB)} GiB and {fit.QuotaTotal.Gpus:0} GPUs "));
        text.Append(Inv($"(DaemonSets included); the groups at their maximum size have {Cores(fit.RawAtMax.CpuMillis)} vCPU, {Gib(fit.RawAtMax.MemoryMiB)} GiB "));
        text.Append(Inv($"and {fit.RawAtMax.Gpus:0} GPUs as EC2 sells them, of which {Cores(fit.ForPodsAtMax.CpuMillis)} vCPU and {Gib(fit.ForPodsAtMax.MemoryMiB)} GiB "));
        text.Append("are left for quota'd pods.\n\nAssumptions:\n");
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

    /// <summary>The fit as JSON: CPU in cores, memory in GiB, to two decimals.</summary>
    public static JsonObject ToJson(CapacityFit fit) => new()
    {
        ["fits"] = fit.Pools.All(p => p.Fits),
        ["groups"] = new JsonArray(fit.Groups.Select(g => (JsonNode?)new JsonObject
        {
            ["name"] = g.Name,
            ["instanceType"] = g.InstanceType,
            ["minSize"] = g.MinSize,
            ["maxSize"] = g.MaxSize,
            ["perNode"] = new JsonObject
            {
                ["capacity"] = Json(g.Capacity),
                ["allocatable"] = Json(g.Allocatable),
                ["daemonSets"] = Json(g.AgentRequests),
                ["forPods"] = Json(g.ForPods),
            },
            ["daemonSets"] = new JsonArray(g.Agents.Select(a => (JsonNode?)JsonValue.Create(a.Name)).ToArray()),
        }).ToArray()),
        ["pools"] = new JsonArray(fit.Pools.Select(p => (JsonNode?)new JsonObject
        {
            ["name"] = p.Name,
            ["groups"] = new JsonArray(p.Groups.Select(g => (JsonNode?)JsonValue.Create(g.Name)).ToArray()),
            ["fits"] = p.Fits,
            ["asked"] = Json(p.Asked),
            ["atMin"] = Json(p.AtMin),
            ["atMax"] = Json(p.AtMax),
            ["quotas"] = new JsonArray(p.Quotas.Select(q => (JsonNode?)new JsonObject
            {
                ["namespace"] = q.Namespace,
                ["quota"] = Json(q.Quota),
                ["daemonSets"] = Json(q.DaemonSets),
                ["asked"] = Json(q.Asked),
            }).ToArray()),
        }).ToArray()),
        ["totals"] = new JsonObject
        {
            ["quotas"] = Json(fit.QuotaTotal),
            ["rawAtMax"] = Json(fit.RawAtMax),
            ["forPodsAtMax"] = Json(fit.ForPodsAtMax),
        },
        ["assumptions"] = new JsonArray(fit.Assumptions.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
        ["warnings"] = new JsonArray(fit.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
    };

    /// <summary>
    /// The general group's floor: what the platform's own pods ask for, the nodes that hold them with their spread, and
    /// whether the planned minimum (<c>generalMinSize</c>) is below it. Empty without an untainted group.
    /// </summary>
    public static string FloorText(PlatformFloor? floor)
        => floor is null
            ? ""
            : Inv($"\nThe platform's own pods (Helm releases' Deployments and StatefulSets, the KnativeServing's workloads; DaemonSets and hook Jobs aside) ")
              + Inv($"ask {Cores(floor.Requests.CpuMillis)} vCPU and {Gib(floor.Requests.MemoryMiB)} GiB in {floor.Pods} pods, at most {floor.MostReplicas} replicas of one spread over nodes.\n")
              + Inv($"One {floor.Group} node gives them {Pair(floor.PerNode)} and {floor.PodsPerNode} pods besides its DaemonSets, so they need {floor.NodesNeeded} node(s) ")
              + Inv($"({string.Join(", ", floor.NeededPerZone)} per zone); the plan's {floor.Group}MinSize is {floor.ConfiguredMin}")
              + (floor.BelowNeed
                  ? Inv($": BELOW what they need, so after a scale-in they wait for the Cluster Autoscaler to add nodes.\n")
                  : ".\n");

    /// <summary>CPU in cores to two decimals, e.g. <c>35.45</c>.</summary>
    public static string Cores(decimal millis) => (millis / 1000m).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Memory in GiB to one decimal, e.g. <c>133.8</c>.</summary>
    public static string Gib(decimal mebibytes) => (mebibytes / 1024m).ToString("0.#", CultureInfo.InvariantCulture);

    private static IEnumerable<(string Name, decimal Asked, decimal Min, decimal Max, Func<decimal, string> Format)> Rows(CapacityPool pool)
    {
        yield return ("requests.cpu (vCPU)", pool.Asked.CpuMillis, pool.AtMin.CpuMillis, pool.AtMax.CpuMillis, Cores);
        yield return ("requests.memory (GiB)", pool.Asked.MemoryMiB, pool.AtMin.MemoryMiB, pool.AtMax.MemoryMiB, Gib);
        yield return ("requests.nvidia.com/gpu", pool.Asked.Gpus, pool.AtMin.Gpus, pool.AtMax.Gpus, g => g.ToString("0", CultureInfo.InvariantCulture));
    }

    private static string Describe(QuotaDemand q)
        => q.DaemonSets == Resources.Zero
            ? Inv($"{q.Namespace} {Cores(q.Asked.CpuMillis)}/{Gib(q.Asked.MemoryMiB)}Gi{Gpus(q.Asked)}")
            : Inv($"{q.Namespace} {Cores(q.Asked.CpuMillis)}/{Gib(q.Asked.MemoryMiB)}Gi (quota {Cores(q.Quota.CpuMillis)}/{Gib(q.Quota.MemoryMiB)}Gi less its DaemonSets)");

    private static string Gpus(Resources r) => r.Gpus > 0 ? Inv($"/{r.Gpus:0} GPU") : "";

    private static string Pair(Resources r) => Inv($"{Millis(r.CpuMillis)} {r.MemoryMiB:0}Mi");

    private static string Millis(decimal millis) => Inv($"{millis:0.#}m");

    private static JsonObject Json(Resources r) => new()
    {
        ["cpu"] = Math.Round(r.CpuMillis / 1000m, 2),
        ["memoryGiB"] = Math.Round(r.MemoryMiB / 1024m, 2),
        ["gpus"] = r.Gpus,
    };

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
#endif
