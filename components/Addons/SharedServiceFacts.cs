using System.Collections.Immutable;
using Numinia.Components.Compute;

namespace Numinia.Components.Addons;

/// <summary>
/// What the rest of the config tells the shared services' settings and the decision to install them: the platform's DNS
/// and the node groups.
/// </summary>
public sealed record SharedServiceFacts
{
    /// <summary>The platform's domain and hosted zone.</summary>
    public required DnsSettings Dns { get; init; }

    /// <summary>The control plane's Kubernetes version (MAJOR.MINOR).</summary>
    public required string KubernetesVersion { get; init; }

    /// <summary>The cluster's node groups.</summary>
    public required ImmutableArray<NodeGroupSpec> NodeGroups { get; init; }

    /// <summary>The most nodes the cluster can have (every group at its maximum): DaemonSets' pods, and what quotas must hold.</summary>
    public int MaxNodes => NodeGroups.Sum(g => g.MaxSize);

    /// <summary>The GPU node group, if the cluster has one.</summary>
    public NodeGroupSpec? GpuGroup => NodeGroups.FirstOrDefault(g => g.Purpose == NodeGroupPurpose.Gpu);
}
