#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Compute;
using Numinia.Infra.Policy;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>What the platform's own Deployments and StatefulSets ask for, and the general group's minimum that holds them.</summary>
/// <param name="Group">The untainted group they land on (its <c>numinia.xyz/node-group</c> label).</param>
/// <param name="Requests">Their requests, every replica counted.</param>
/// <param name="Pods">Their pods (every replica; sidecars counted in their pod's requests).</param>
/// <param name="MostReplicas">The most replicas one of them has: their preferred anti-affinity spreads them over that many nodes.</param>
/// <param name="PerNode">What one node of the group leaves for them (allocatable less the DaemonSets).</param>
/// <param name="PodsPerNode">The pods one node takes besides its DaemonSets (the kubelet's maxPods less them).</param>
/// <param name="NodesNeeded">The fewest nodes that hold them with their spread.</param>
/// <param name="ConfiguredMin">The group's minimum size as planned (every zone's group summed).</param>
/// <param name="Zones">The group's zonal groups.</param>
public sealed record PlatformFloor(string Group, Resources Requests, int Pods, int MostReplicas, Resources PerNode, int PodsPerNode,
    int NodesNeeded, int ConfiguredMin, int Zones)
{
    /// <summary>Whether the configured minimum is below what the platform's pods need.</summary>
    public bool BelowNeed => ConfiguredMin < NodesNeeded;

    /// <summary>The minimum split over the zones, as the node groups split <c>generalMinSize</c>.</summary>
    public ImmutableArray<int> NeededPerZone => NodeGroupSpec.PerZone(NodesNeeded, Math.Max(Zones, 1));
}

/// <summary>
/// Finds the platform's own pods in the plan and sizes the general group's minimum from them: the Helm releases' values
/// (every map with <c>resources.requests</c>, times the <c>replicas</c> or <c>replicaCount</c> beside it) and the
/// KnativeServing's workloads. DaemonSets are left out (they are on every node: <see cref="NodeAgents"/>), as are the
/// charts' hook Jobs, which finish.
/// </summary>
public static class PlatformFloorCalculator
{
    // Charts that only run DaemonSets (NodeAgents holds their sources), and values paths of hook Jobs or of a chart's
    // DaemonSet inside a chart that runs Deployments too.
    private static readonly ImmutableHashSet<string> s_daemonSetCharts = ImmutableHashSet.Create(StringComparer.Ordinal,
        "fluent-bit", "secrets-store-csi-driver", "secrets-store-csi-driver-provider-aws", "nvidia-device-plugin");

    private static readonly ImmutableHashSet<string> s_notPods = ImmutableHashSet.Create(StringComparer.Ordinal,
        "prometheus-node-exporter", "startupapicheck", "admissionWebhooks", "crds");

    // Containers of another component's pod: requests counted, no pod of their own.
    private static readonly ImmutableHashSet<string> s_sidecars = ImmutableHashSet.Create(StringComparer.Ordinal, "sidecar", "prometheusConfigReloader");

    /// <summary>The floor of the plan's untainted group pool, or null when the plan has no untainted node group (a tenant stack).</summary>
    public static PlatformFloor? Compute(IEnumerable<ResourceRegistration> resources, CapacityFit fit)
    {
        var general = fit.Groups.Where(g => !g.Tainted).ToList();
        if (general.Count == 0)
        {
            return null;
        }

        var requests = Resources.Zero;
        var pods = 0;
        var most = 1;
        foreach (var r in resources)
        {
            if (HelmValues.IsRelease(r) && PolicyValues.AsString(r.Input("chart")) is { } chart && !s_daemonSetCharts.Contains(chart))
            {
                Walk(PolicyValues.AsMap(r.Input("values")), "", ref requests, ref pods, ref most);
            }
            else if (KubernetesManifests.IsObject(r) && KubernetesManifests.ApiVersionAndKind(r).Kind == "KnativeServing")
            {
                foreach (var workload in PolicyValues.AsList(r.Input("spec", "workloads")).Select(PolicyValues.AsMap).OfType<ImmutableDictionary<string, object?>>())
                {
                    var replicas = (int)(PolicyValues.AsNumber(workload.GetValueOrDefault("replicas")) ?? 1);
                    var containers = PolicyValues.AsList(workload.GetValueOrDefault("resources")).Select(PolicyValues.AsMap)
                        .OfType<ImmutableDictionary<string, object?>>().Select(c => Requests(PolicyValues.AsMap(c.GetValueOrDefault("requests"))));
                    requests += replicas * containers.Aggregate(Resources.Zero, (sum, c) => sum + c);
                    pods += replicas;
                    most = Math.Max(most, replicas);
                }
            }
        }

        var node = general[0];
        var instance = InstanceTypeTable.Find(node.InstanceType);
        var podsPerNode = Math.Max((instance?.MaxPods ?? 0) - node.Agents.Length, 1);
        var perNode = node.ForPods;
        var byCpu = perNode.CpuMillis > 0 ? (int)Math.Ceiling(requests.CpuMillis / perNode.CpuMillis) : int.MaxValue;
        var byMemory = perNode.MemoryMiB > 0 ? (int)Math.Ceiling(requests.MemoryMiB / perNode.MemoryMiB) : int.MaxValue;
        var byPods = (int)Math.Ceiling(pods / (decimal)podsPerNode);
        var needed = new[] { byCpu, byMemory, byPods, most }.Max();
        return new PlatformFloor(node.Name, requests, pods, most, perNode, podsPerNode, needed, general.Sum(g => g.MinSize), general.Count);
    }

    private static void Walk(ImmutableDictionary<string, object?>? map, string key, ref Resources requests, ref int pods, ref int most)
    {
        if (map is null || s_notPods.Contains(key))
        {
            return;
        }

        if (PolicyValues.AsMap(PolicyValues.At(map, "resources", "requests")) is { } asked && (asked.ContainsKey("cpu") || asked.ContainsKey("memory")))
        {
            var replicas = (int)(PolicyValues.AsNumber(map.GetValueOrDefault("replicas")) ?? PolicyValues.AsNumber(map.GetValueOrDefault("replicaCount")) ?? 1);
            requests += replicas * Requests(asked);
            if (!s_sidecars.Contains(key))
            {
                pods += replicas;
                most = Math.Max(most, replicas);
            }
        }

        foreach (var (childKey, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (childKey != "resources")
            {
                Walk(PolicyValues.AsMap(value), childKey, ref requests, ref pods, ref most);
            }
        }
    }

    private static Resources Requests(ImmutableDictionary<string, object?>? requests)
        => new(Quantities.Cpu(requests?.GetValueOrDefault("cpu")) ?? 0, Quantities.MemoryMiB(requests?.GetValueOrDefault("memory")) ?? 0, 0);
}
#endif
