#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;
using Numinia.Infra.Policy;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>CPU (millicores), memory (MiB) and GPUs.</summary>
public sealed record Resources(decimal CpuMillis, decimal MemoryMiB, decimal Gpus)
{
    /// <summary>Nothing.</summary>
    public static Resources Zero { get; } = new(0, 0, 0);

    /// <summary>The sum.</summary>
    public static Resources operator +(Resources a, Resources b) => new(a.CpuMillis + b.CpuMillis, a.MemoryMiB + b.MemoryMiB, a.Gpus + b.Gpus);

    /// <summary>What is left of <paramref name="a"/> after <paramref name="b"/>, never below zero.</summary>
    public static Resources operator -(Resources a, Resources b)
        => new(Math.Max(0, a.CpuMillis - b.CpuMillis), Math.Max(0, a.MemoryMiB - b.MemoryMiB), Math.Max(0, a.Gpus - b.Gpus));

    /// <summary><paramref name="count"/> times as much.</summary>
    public static Resources operator *(decimal count, Resources r) => new(count * r.CpuMillis, count * r.MemoryMiB, count * r.Gpus);

    /// <summary>Whether every one of them fits in <paramref name="capacity"/>.</summary>
    public bool FitsIn(Resources capacity) => CpuMillis <= capacity.CpuMillis && MemoryMiB <= capacity.MemoryMiB && Gpus <= capacity.Gpus;
}

/// <summary>One node group of the plan, and what one of its nodes offers pods.</summary>
/// <param name="Name">The group's name (its <c>numinia.xyz/node-group</c> label).</param>
/// <param name="Urn">The node group resource.</param>
/// <param name="InstanceType">The instance type the autoscaler builds its nodes from (the first listed).</param>
/// <param name="MinSize">The fewest nodes.</param>
/// <param name="MaxSize">The most nodes.</param>
/// <param name="Labels">The nodes' labels.</param>
/// <param name="Taints">The nodes' taints.</param>
/// <param name="Capacity">One node's capacity as EC2 sells it (zero when the instance table does not know the type).</param>
/// <param name="Reserved">What the AMI's kubelet config and the VM keep from pods on one node.</param>
/// <param name="Agents">The DaemonSets that run on its nodes.</param>
public sealed record CapacityGroup(string Name, string Urn, string InstanceType, int MinSize, int MaxSize,
    ImmutableDictionary<string, string> Labels, ImmutableArray<NodeTaint> Taints, Resources Capacity, Resources Reserved, ImmutableArray<NodeAgent> Agents)
{
    /// <summary>The EKS node group's resource name: the zonal groups of one purpose share <see cref="Name"/>, their node-group label.</summary>
    public string NodeGroup => Urn[(Urn.LastIndexOf("::", StringComparison.Ordinal) + 2)..];

    /// <summary>One node's allocatable resources (what the kubelet reports).</summary>
    public Resources Allocatable => Capacity - Reserved;

    /// <summary>What the DaemonSets take on each node.</summary>
    public Resources AgentRequests => Agents.Aggregate(Resources.Zero, (sum, a) => sum + new Resources(a.CpuMillis, a.MemoryMiB, 0));

    /// <summary>What one node leaves for quota'd pods.</summary>
    public Resources ForPods => Allocatable - AgentRequests;

    /// <summary>Whether the group has a NoSchedule or NoExecute taint (pods must tolerate it to land there).</summary>
    public bool Tainted => Taints.Any(t => t.KubernetesEffect is "NoSchedule" or "NoExecute");
}

/// <summary>A namespace's ResourceQuota requests, less what its own DaemonSets' pods take (counted on the nodes instead).</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Urn">Its ResourceQuota.</param>
/// <param name="Quota">The quota's <c>requests.cpu</c>, <c>requests.memory</c>, <c>requests.nvidia.com/gpu</c>.</param>
/// <param name="DaemonSets">Its DaemonSets' pods on every node they can run on at the groups' maximum size.</param>
public sealed record QuotaDemand(string Namespace, string Urn, Resources Quota, Resources DaemonSets)
{
    /// <summary>What the quota lets the namespace ask of its pool besides its DaemonSets.</summary>
    public Resources Asked => Quota - DaemonSets;
}

/// <summary>Node groups that the same namespaces land on, and those namespaces' quotas.</summary>
/// <param name="Name">The groups' names, e.g. <c>general</c>.</param>
/// <param name="Groups">The node groups.</param>
/// <param name="Quotas">The namespaces whose workloads land on them.</param>
public sealed record CapacityPool(string Name, ImmutableArray<CapacityGroup> Groups, ImmutableArray<QuotaDemand> Quotas)
{
    /// <summary>What the quotas may ask of the pool.</summary>
    public Resources Asked => Quotas.Aggregate(Resources.Zero, (sum, q) => sum + q.Asked);

    /// <summary>What the pool offers quota'd pods with every group at its minimum size.</summary>
    public Resources AtMin => Groups.Aggregate(Resources.Zero, (sum, g) => sum + (g.MinSize * g.ForPods));

    /// <summary>What the pool offers quota'd pods with every group at its maximum size.</summary>
    public Resources AtMax => Groups.Aggregate(Resources.Zero, (sum, g) => sum + (g.MaxSize * g.ForPods));

    /// <summary>Whether the quotas fit the pool at its maximum: none asks more than the groups can ever schedule.</summary>
    public bool Fits => Asked.FitsIn(AtMax);
}

/// <summary>The capacity fit of a plan: its node groups, DaemonSets, and the quotas on each pool of groups.</summary>
/// <param name="Groups">The node groups.</param>
/// <param name="Pools">The pools, untainted first.</param>
/// <param name="Quotas">Every quota, whichever pool it is on.</param>
/// <param name="Assumptions">What the figures rest on.</param>
/// <param name="Warnings">What could not be read, or was read approximately.</param>
public sealed record CapacityFit(ImmutableArray<CapacityGroup> Groups, ImmutableArray<CapacityPool> Pools, ImmutableArray<QuotaDemand> Quotas,
    ImmutableArray<string> Assumptions, ImmutableArray<string> Warnings)
{
    /// <summary>Every quota's requests, DaemonSets included.</summary>
    public Resources QuotaTotal => Quotas.Aggregate(Resources.Zero, (sum, q) => sum + q.Quota);

    /// <summary>What the groups' instances have at their maximum size, before any reservation.</summary>
    public Resources RawAtMax => Groups.Aggregate(Resources.Zero, (sum, g) => sum + (g.MaxSize * g.Capacity));

    /// <summary>What the groups offer quota'd pods at their maximum size.</summary>
    public Resources ForPodsAtMax => Groups.Aggregate(Resources.Zero, (sum, g) => sum + (g.MaxSize * g.ForPods));
}

/// <summary>
/// Sums the ResourceQuotas' requests per pool of node groups they land on, against what those groups can give pods
/// at their minimum and maximum size: each node's allocatable capacity (the EKS AL2023 AMI's reservations) less the
/// DaemonSets that run on it. One pass over the plan.
/// </summary>
public static class CapacityCalculator
{
    /// <summary>Memory the hypervisor and kernel keep from EC2's figure: Karpenter's default estimate.</summary>
    public const decimal VmMemoryOverhead = 0.075m;

    /// <summary>The kubelet's hard eviction threshold for memory on the AL2023 AMI, in MiB.</summary>
    public const decimal EvictionMemoryMiB = 100;

    /// <summary>The capacity fit of <paramref name="resources"/>.</summary>
    public static CapacityFit Compute(IEnumerable<ResourceRegistration> resources)
    {
        var all = resources.ToImmutableArray();
        var warnings = new List<string>();
        var agents = NodeAgents.Of(all, warnings);
        var groups = all.Where(r => r.Type == PolicyTokens.NodeGroup).Select(r => Group(r, agents, warnings)).ToImmutableArray();
        if (groups.IsEmpty)
        {
            warnings.Add("the plan declares no node groups (a tenant stack runs on its platform stack's): its quotas have nothing to be compared with");
        }

        var annotations = all.Where(r => r.Type == PolicyTokens.Namespace)
            .Select(r => (Name: PolicyValues.AsString(r.Input("metadata", "name")),
                Groups: PolicyValues.AsString(r.Input("metadata", "annotations", PlatformNamespaces.NodeGroupsAnnotation))))
            .Where(n => n.Name is not null && n.Groups is not null)
            .ToDictionary(n => n.Name!, n => n.Groups!, StringComparer.Ordinal);

        var quotas = new List<(QuotaDemand Demand, ImmutableArray<string> Groups)>();
        foreach (var byNamespace in all.Where(r => r.Type == PolicyTokens.ResourceQuota)
            .GroupBy(r => PolicyValues.AsString(r.Input("metadata", "namespace")) ?? "?", StringComparer.Ordinal))
        {
            var ns = byNamespace.Key;
            var quota = Quota(byNamespace.ToList(), warnings);
            var daemonSets = agents.Where(a => a.Namespace == ns).Aggregate(Resources.Zero, (sum, agent) =>
                sum + (groups.Where(g => g.Agents.Contains(agent)).Sum(g => (decimal)g.MaxSize) * new Resources(agent.CpuMillis, agent.MemoryMiB, 0)));
            var target = annotations.TryGetValue(ns, out var names)
                ? names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray()
                : groups.Where(g => !g.Tainted).Select(g => g.Name).ToImmutableArray();
            foreach (var missing in target.Where(n => groups.All(g => g.Name != n)))
            {
                warnings.Add($"namespace {ns}: its {PlatformNamespaces.NodeGroupsAnnotation} names {missing}, which the plan has no node group of");
            }

            quotas.Add((new QuotaDemand(ns, byNamespace.First().Urn, quota, daemonSets), target.Where(n => groups.Any(g => g.Name == n)).ToImmutableArray()));
        }

        var pools = Pools(groups, quotas);
        var assumptions = ImmutableArray.Create(
            "allocatable per node = EC2's vCPUs and memory (the Cluster Autoscaler's table) less the AL2023 AMI's kube-reserved "
                + "(CPU 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above; memory 11 MiB × maxPods + 255 MiB, "
                + "maxPods = ENIs × (IPv4 per ENI − 1) + 2; awslabs/amazon-eks-ami v20260724 nodeadm/internal/kubelet/config.go), "
                + $"its {EvictionMemoryMiB} MiB memory eviction threshold, and {VmMemoryOverhead * 100:0.#}% of memory the VM and kernel keep "
                + "(Karpenter's default VM_MEMORY_OVERHEAD_PERCENT); no system-reserved",
            "DaemonSets are counted on every node they can be scheduled on (their tolerations, node selector and node affinity), "
                + "from the charts' Helm values and the EKS add-ons' manifests; a namespace's own DaemonSets are taken out of its quota "
                + "at the groups' maximum size, as they are counted per node",
            $"a namespace's workloads land on the node groups its {PlatformNamespaces.NodeGroupsAnnotation} annotation names, else on the "
                + "untainted groups (tenants, applications and the shared services' Deployments tolerate no taint)",
            "a quota is what its namespace may ask for; kube-system has none (coredns, the Cluster Autoscaler and the CSI controllers "
                + "are not counted), nor do namespaces without a ResourceQuota",
            "fits: every pool's quotas ask no more than its groups can give pods at their maximum size; at the minimum size the "
                + "Cluster Autoscaler adds nodes as pods wait");
        return new CapacityFit(groups, pools, quotas.Select(q => q.Demand).ToImmutableArray(), assumptions, warnings.ToImmutableArray());
    }

    /// <summary>The kube-reserved CPU of the AL2023 AMI for a node of <paramref name="cores"/> vCPUs, in millicores (nodeadm <c>getCPUMillicoresToReserve</c>).</summary>
    public static decimal KubeReservedCpuMillis(int cores)
    {
        var total = cores * 1000;
        var ranges = new[] { (0, 1000, 600), (1000, 2000, 100), (2000, 4000, 50), (4000, int.MaxValue, 25) };
        return ranges.Where(r => total > r.Item1).Sum(r => (decimal)((Math.Min(total, r.Item2) - r.Item1) * r.Item3 / 10000));
    }

    /// <summary>The kube-reserved memory of the AL2023 AMI for a node running at most <paramref name="maxPods"/> pods, in MiB (nodeadm <c>getMemoryMebibytesToReserve</c>).</summary>
    public static decimal KubeReservedMemoryMiB(int maxPods) => (11 * maxPods) + 255;

    private static CapacityGroup Group(ResourceRegistration r, ImmutableArray<NodeAgent> agents, List<string> warnings)
    {
        var labels = (PolicyValues.AsMap(r.Input("labels")) ?? ImmutableDictionary<string, object?>.Empty)
            .Where(p => PolicyValues.AsString(p.Value) is not null)
            .ToImmutableDictionary(p => p.Key, p => PolicyValues.AsString(p.Value)!, StringComparer.Ordinal);
        var name = labels.GetValueOrDefault(NodeGroupSpec.GroupLabel) ?? r.Name;
        var types = PolicyValues.AsStrings(r.Input("instanceTypes"));
        var type = types.FirstOrDefault() ?? "?";
        if (types.Length > 1)
        {
            // The Cluster Autoscaler builds a group's template node from its first instance type
            // (cluster-autoscaler-1.35.0, cloudprovider/aws/README.md: "only the first instance type found will be used").
            warnings.Add($"node group {name}: several instance types ({string.Join(", ", types)}); counted as {type}, as the Cluster Autoscaler does");
        }

        var taints = PolicyValues.AsList(r.Input("taints")).Select(PolicyValues.AsMap).OfType<ImmutableDictionary<string, object?>>()
            .Select(t => new NodeTaint(PolicyValues.AsString(t.GetValueOrDefault("key")) ?? "", PolicyValues.AsString(t.GetValueOrDefault("value")) ?? "",
                PolicyValues.AsString(t.GetValueOrDefault("effect")) ?? ""))
            .ToImmutableArray();
        var capacity = Resources.Zero;
        var reserved = Resources.Zero;
        if (InstanceTypeTable.Find(type) is { } instance)
        {
            capacity = new Resources(instance.VCpus * 1000m, instance.MemoryMiB, instance.Gpus);
            reserved = new Resources(KubeReservedCpuMillis(instance.VCpus),
                (instance.MemoryMiB * VmMemoryOverhead) + KubeReservedMemoryMiB(instance.MaxPods) + EvictionMemoryMiB, 0);
        }
        else
        {
            warnings.Add($"node group {name}: the instance table has no {type}; its nodes are counted as offering nothing");
        }

        var nodeLabels = labels.SetItem("kubernetes.io/os", "linux").SetItem("kubernetes.io/arch", "amd64").SetItem("node.kubernetes.io/instance-type", type);
        return new CapacityGroup(name, r.Urn, type,
            (int)(PolicyValues.AsNumber(r.Input("scalingConfig", "minSize")) ?? 0), (int)(PolicyValues.AsNumber(r.Input("scalingConfig", "maxSize")) ?? 0),
            labels, taints, capacity, reserved, agents.Where(a => a.Placement.CanRunOn(taints, nodeLabels)).ToImmutableArray());
    }

    /// <summary>The requests of a namespace's quotas: Kubernetes enforces each, so the smallest of each resource.</summary>
    private static Resources Quota(List<ResourceRegistration> quotas, List<string> warnings)
    {
        decimal? Smallest(Func<ImmutableDictionary<string, object?>, decimal?> read)
            => quotas.Select(q => read(PolicyValues.AsMap(q.Input("spec", "hard")) ?? ImmutableDictionary<string, object?>.Empty)).Where(v => v is not null).Min();

        var cpu = Smallest(h => Quantities.Cpu(h.GetValueOrDefault("requests.cpu") ?? h.GetValueOrDefault("cpu")));
        var memory = Smallest(h => Quantities.MemoryMiB(h.GetValueOrDefault("requests.memory") ?? h.GetValueOrDefault("memory")));
        var gpus = Smallest(h => Quantities.Count(h.GetValueOrDefault(QuotaFields.Gpus)));
        if (cpu is null || memory is null)
        {
            warnings.Add($"namespace {PolicyValues.AsString(quotas[0].Input("metadata", "namespace"))}: its quota bounds no CPU or memory requests; counted as asking none");
        }

        return new Resources(cpu ?? 0, memory ?? 0, gpus ?? 0);
    }

    /// <summary>The pools: the quotas grouped by the node groups they land on, merged where two share a group.</summary>
    private static ImmutableArray<CapacityPool> Pools(ImmutableArray<CapacityGroup> groups, List<(QuotaDemand Demand, ImmutableArray<string> Groups)> quotas)
    {
        var pools = new List<(HashSet<string> Groups, List<QuotaDemand> Quotas)>();
        foreach (var (demand, names) in quotas)
        {
            var overlapping = pools.Where(p => p.Groups.Overlaps(names) || (names.IsEmpty && p.Groups.Count == 0)).ToList();
            var merged = (Groups: new HashSet<string>(names, StringComparer.Ordinal), Quotas: new List<QuotaDemand> { demand });
            foreach (var pool in overlapping)
            {
                merged.Groups.UnionWith(pool.Groups);
                merged.Quotas.InsertRange(0, pool.Quotas);
                pools.Remove(pool);
            }

            pools.Add(merged);
        }

        return pools
            .Select(p => new CapacityPool(
                p.Groups.Count == 0 ? "(no node group)" : string.Join(", ", groups.Where(g => p.Groups.Contains(g.Name)).Select(g => g.Name).Distinct()),
                groups.Where(g => p.Groups.Contains(g.Name)).ToImmutableArray(), p.Quotas.ToImmutableArray()))
            .OrderBy(p => p.Groups.Any(g => g.Tainted)).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
#endif
