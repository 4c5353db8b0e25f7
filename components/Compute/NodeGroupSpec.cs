using System.Collections.Immutable;

namespace Numinia.Components.Compute;

/// <summary>What a node group is for; it decides the AMI and what the group may run.</summary>
public enum NodeGroupPurpose
{
    /// <summary>Microservices and platform add-ons (m6i family).</summary>
    General,

    /// <summary>CI runners in namespace <c>ci</c> (c6i family), tainted so only CI lands there.</summary>
    Compute,

    /// <summary>Model serving in <c>ai-platform</c> (g5 family), NVIDIA AMI, tainted <c>nvidia.com/gpu</c>, scales to zero.</summary>
    Gpu,
}

/// <summary>A Kubernetes taint: key, value and an EKS effect (NO_SCHEDULE, NO_EXECUTE or PREFER_NO_SCHEDULE).</summary>
public sealed record NodeTaint(string Key, string Value, string Effect)
{
    /// <summary>The taint as Kubernetes writes it, e.g. <c>nvidia.com/gpu=true:NoSchedule</c>.</summary>
    public string KubernetesEffect => Effect switch
    {
        "NO_SCHEDULE" => "NoSchedule",
        "NO_EXECUTE" => "NoExecute",
        "PREFER_NO_SCHEDULE" => "PreferNoSchedule",
        _ => Effect,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Key}={Value}:{KubernetesEffect}";
}

/// <summary>One managed node group, as configured.</summary>
public sealed record NodeGroupSpec
{
    /// <summary>The group's name (general, compute, gpu), also its <c>numinia.xyz/node-group</c> label.</summary>
    public required string Name { get; init; }

    /// <summary>What the group is for.</summary>
    public required NodeGroupPurpose Purpose { get; init; }

    /// <summary>EC2 instance types, in order of preference.</summary>
    public required ImmutableArray<string> InstanceTypes { get; init; }

    /// <summary>The fewest nodes.</summary>
    public required int MinSize { get; init; }

    /// <summary>The most nodes.</summary>
    public required int MaxSize { get; init; }

    /// <summary>Nodes at creation; afterwards the Cluster Autoscaler owns the number.</summary>
    public required int DesiredSize { get; init; }

    /// <summary>Root volume size in GiB (gp3, encrypted).</summary>
    public int DiskSizeGb { get; init; } = 50;

    /// <summary>ON_DEMAND or SPOT.</summary>
    public string CapacityType { get; init; } = "ON_DEMAND";

    /// <summary>Node labels besides the group label.</summary>
    public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Node taints.</summary>
    public ImmutableArray<NodeTaint> Taints { get; init; } = ImmutableArray<NodeTaint>.Empty;

    /// <summary>
    /// Whether the group is one managed node group per availability zone, each in its zone's private subnet, rather
    /// than one over every zone. An Auto Scaling group over several zones launches a new node in a zone of its own
    /// choosing, so the Cluster Autoscaler cannot grow it for a pod bound to a zonal EBS volume in another zone, and
    /// the pod stays Pending; its AWS README asks for one group per zone with <c>--balance-similar-node-groups</c>
    /// for such pods (kubernetes/autoscaler cluster-autoscaler-1.35.0, cluster-autoscaler/cloudprovider/aws/README.md,
    /// "Common Notes and Gotchas"). <see cref="MinSize"/>, <see cref="MaxSize"/> and <see cref="DesiredSize"/> stay the
    /// totals, split over the zones by <see cref="PerZone"/>.
    /// </summary>
    public bool OneGroupPerZone { get; init; }

    /// <summary>
    /// A total split over <paramref name="zones"/> zones as evenly as whole nodes allow, the first zones taking the
    /// remainder (2 over three zones: 1, 1, 0; 10: 4, 3, 3). Splitting a smaller total never gives a zone more than
    /// a larger one does, so each zone keeps its minimum at or below its desired size and its maximum.
    /// </summary>
    public static ImmutableArray<int> PerZone(int total, int zones)
        => Enumerable.Range(0, zones).Select(i => (total / zones) + (i < total % zones ? 1 : 0)).ToImmutableArray();

    /// <summary>The suffix of a zone's group: the zone's letter (<c>eu-west-1a</c> gives <c>a</c>), short enough for EKS's 63-character names.</summary>
    public static string ZoneSuffix(string zone) => zone[^1..];

    /// <summary>The EKS AMI type for the purpose: AL2023 standard, or AL2023 NVIDIA for GPUs.</summary>
    public string AmiType => Purpose == NodeGroupPurpose.Gpu ? "AL2023_x86_64_NVIDIA" : "AL2023_x86_64_STANDARD";

    /// <summary>The label every node of the group carries.</summary>
    public const string GroupLabel = "numinia.xyz/node-group";

    /// <summary>
    /// A GPU group's accelerator (<see cref="InstanceTypeTable.AcceleratorLabel"/>'s value, e.g. <c>nvidia-a10g</c>),
    /// the same for all its instance types (<see cref="GpuProblems"/>); null for other groups.
    /// </summary>
    public string? Accelerator => Purpose == NodeGroupPurpose.Gpu
        ? InstanceTypes.Select(InstanceTypeTable.Find).FirstOrDefault(t => t?.Accelerator is not null)?.Accelerator
        : null;

    /// <summary>
    /// The most GPUs one node of the group can have (its largest instance type's), so that what is sized from
    /// it is never short of what the group can run; 0 for a group without GPUs.
    /// </summary>
    public int GpusPerNode => InstanceTypes.IsDefaultOrEmpty ? 0 : InstanceTypes.Max(t => InstanceTypeTable.Find(t)?.Gpus ?? 0);

    /// <summary>
    /// What keeps a GPU group from getting its accelerator label and GPU count: an instance type the table does
    /// not know or that has no GPU, or types with different accelerators (a group's nodes carry one label).
    /// Empty for other groups.
    /// </summary>
    public ImmutableArray<string> GpuProblems()
    {
        if (Purpose != NodeGroupPurpose.Gpu || InstanceTypes.IsDefaultOrEmpty)
        {
            return ImmutableArray<string>.Empty;
        }

        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var type in InstanceTypes.Where(t => InstanceTypeTable.Find(t) is not { Gpus: > 0 }))
        {
            problems.Add($"{type} is not a GPU instance type the instance table knows ({string.Join(", ",
                InstanceTypeTable.All.Values.Where(t => t.Gpus > 0).Select(t => t.Name).Order(StringComparer.Ordinal))})");
        }

        var accelerators = InstanceTypes.Select(InstanceTypeTable.Find).OfType<InstanceTypeInfo>()
            .Where(t => t.Accelerator is not null).GroupBy(t => t.Accelerator!, StringComparer.Ordinal).ToList();
        if (accelerators.Count > 1)
        {
            problems.Add($"its instance types have different accelerators ({string.Join(", ", accelerators.Select(g =>
                $"{string.Join(", ", g.Select(t => t.Name))}: {g.Key}"))}), but a group's nodes carry one {InstanceTypeTable.AcceleratorLabel} label");
        }

        return problems.ToImmutable();
    }
}
