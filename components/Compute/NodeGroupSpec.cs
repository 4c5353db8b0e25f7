using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Common;

namespace Numinia.Components.Compute;

/// <summary>What a node group is for; it decides the AMI and what the group may run.</summary>
public enum NodeGroupPurpose
{
    /// <summary>Microservices and platform add-ons (t3, m5, m6i... families).</summary>
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

/// <summary>
/// One managed node group, as configured: its settings are the keys named after it (<c>&lt;name&gt;InstanceTypes</c>,
/// <c>&lt;name&gt;MinSize</c>, ...). The live groups are <see cref="Live"/>; <see cref="Problems"/> holds the rules on a
/// group's values, each naming its config key.
/// </summary>
public sealed record NodeGroupSpec
{
    /// <summary>The config keys of a group's settings, after its name (<c>generalMinSize</c>).</summary>
    public static class Keys
    {
        /// <summary>The instance types.</summary>
        public const string InstanceTypes = "InstanceTypes";

        /// <summary>The fewest nodes.</summary>
        public const string MinSize = "MinSize";

        /// <summary>The most nodes.</summary>
        public const string MaxSize = "MaxSize";

        /// <summary>Nodes at creation.</summary>
        public const string DesiredSize = "DesiredSize";

        /// <summary>The root volume's size.</summary>
        public const string DiskSizeGb = "DiskSizeGb";

        /// <summary>On-demand or spot.</summary>
        public const string CapacityType = "CapacityType";

        /// <summary>The node labels.</summary>
        public const string Labels = "Labels";

        /// <summary>The node taints.</summary>
        public const string Taints = "Taints";
    }

    /// <summary>The smallest root volume a node group may have, in GiB.</summary>
    public const int MinDiskSizeGb = 20;

    /// <summary>The largest root volume EBS allows for gp3, in GiB.</summary>
    public const int MaxDiskSizeGb = 16384;

    /// <summary>
    /// The node groups by default: general (t3.large, 3 to 20 nodes, one group per zone: Prometheus and Grafana claim
    /// zonal EBS volumes; 3 is the fewest that hold the platform's own pods, as the plan's capacity report derives it, and
    /// 20 gives the 40 vCPUs the live 10 × m6i.xlarge had at most), compute for CI (c6i.2xlarge, 0 to 5, tainted <c>workload=ci</c>) and gpu for model serving
    /// (g5.2xlarge, 0 to 3 with a 100 GiB root volume, tainted <c>nvidia.com/gpu</c>). compute and gpu scale from zero:
    /// nothing of the platform runs there, so they cost nothing until a pod that tolerates their taint waits.
    /// </summary>
    public static ImmutableArray<NodeGroupSpec> Live { get; } = ImmutableArray.Create(
        new NodeGroupSpec
        {
            Name = "general",
            Purpose = NodeGroupPurpose.General,
            InstanceTypes = ImmutableArray.Create("t3.large"),
            MinSize = 3,
            MaxSize = 20,
            DesiredSize = 3,
            OneGroupPerZone = true,
        },
        new NodeGroupSpec
        {
            Name = "compute",
            Purpose = NodeGroupPurpose.Compute,
            InstanceTypes = ImmutableArray.Create("c6i.2xlarge"),
            MinSize = 0,
            MaxSize = 5,
            DesiredSize = 0,
            Labels = ImmutableDictionary<string, string>.Empty.Add("workload", "ci"),
            Taints = ImmutableArray.Create(new NodeTaint("workload", "ci", "NO_SCHEDULE")),
        },
        new NodeGroupSpec
        {
            Name = "gpu",
            Purpose = NodeGroupPurpose.Gpu,
            InstanceTypes = ImmutableArray.Create("g5.2xlarge"),
            MinSize = 0,
            MaxSize = 3,
            DesiredSize = 0,
            DiskSizeGb = 100,
            Labels = ImmutableDictionary<string, string>.Empty.Add("nvidia.com/gpu", "true"),
            Taints = ImmutableArray.Create(new NodeTaint("nvidia.com/gpu", "true", "NO_SCHEDULE")),
        });

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

    /// <summary>The config key of one of the group's settings (<see cref="Keys"/>), e.g. <c>gpuMaxSize</c>.</summary>
    public string KeyOf(string setting) => Name + setting;

    /// <summary>
    /// What EKS would refuse or what would break the group: no instance type or one twice, sizes out of order, a root
    /// volume EBS refuses, a capacity type EKS does not know, a GPU group without the taint that keeps other pods off it.
    /// The instance types themselves are checked against the config's instance table by the stack.
    /// </summary>
    public ImmutableArray<SettingProblem> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<SettingProblem>();
        void Add(string setting, string value, string expected) => problems.Add(new SettingProblem(KeyOf(setting), value, expected));
        static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        if (InstanceTypes.IsEmpty)
        {
            Add(Keys.InstanceTypes, "[]", "is empty; a node group needs at least one instance type");
        }

        if (InstanceTypes.Distinct(StringComparer.Ordinal).Count() != InstanceTypes.Length)
        {
            Add(Keys.InstanceTypes, string.Join(",", InstanceTypes), "lists an instance type twice");
        }

        if (MinSize < 0)
        {
            Add(Keys.MinSize, Number(MinSize), "must not be negative");
        }

        if (MinSize > MaxSize)
        {
            Add(Keys.MinSize, Number(MinSize), $"is greater than {KeyOf(Keys.MaxSize)} ({MaxSize})");
        }
        else if (DesiredSize < MinSize || DesiredSize > MaxSize)
        {
            Add(Keys.DesiredSize, Number(DesiredSize), $"is outside {KeyOf(Keys.MinSize)}..{KeyOf(Keys.MaxSize)} ({MinSize}..{MaxSize})");
        }

        if (MaxSize < 1)
        {
            Add(Keys.MaxSize, Number(MaxSize), "must be at least 1");
        }

        if (DiskSizeGb is < MinDiskSizeGb or > MaxDiskSizeGb)
        {
            Add(Keys.DiskSizeGb, Number(DiskSizeGb), $"must be {MinDiskSizeGb} to {MaxDiskSizeGb} GiB");
        }

        if (CapacityType is not ("ON_DEMAND" or "SPOT"))
        {
            Add(Keys.CapacityType, CapacityType, "is not a capacity type (expected ON_DEMAND or SPOT)");
        }

        if (Purpose == NodeGroupPurpose.Gpu && !Taints.Any(t => t.Key == "nvidia.com/gpu" && t.Effect == "NO_SCHEDULE"))
        {
            Add(Keys.Taints, string.Join(",", Taints), "lacks the nvidia.com/gpu=true:NoSchedule taint, without which any pod could land on GPU nodes");
        }

        return problems.ToImmutable();
    }
}
