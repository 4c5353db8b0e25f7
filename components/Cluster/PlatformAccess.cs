using System.Collections.Immutable;

namespace Numinia.Components.Cluster;

/// <summary>
/// The IAM principals (role or user ARNs) mapped to each platform role through EKS access entries.
/// The Kubernetes groups are what the platform's ClusterRoles are bound to.
/// </summary>
public sealed record PlatformAccess
{
    /// <summary>Kubernetes group of platform admins (cluster-admin equivalent).</summary>
    public const string AdminGroup = "platform-admin";

    /// <summary>Kubernetes group of developers (workloads in application namespaces).</summary>
    public const string DeveloperGroup = "platform-developer";

    /// <summary>Kubernetes group of read-only viewers.</summary>
    public const string ViewerGroup = "platform-viewer";

    /// <summary>Kubernetes group of monitoring readers.</summary>
    public const string MonitoringReaderGroup = "monitoring-reader";

    /// <summary>Principals that administer the cluster.</summary>
    public ImmutableArray<string> AdminArns { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Principals that deploy workloads.</summary>
    public ImmutableArray<string> DeveloperArns { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Principals that only read.</summary>
    public ImmutableArray<string> ViewerArns { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Principals of monitoring tools.</summary>
    public ImmutableArray<string> MonitoringReaderArns { get; init; } = ImmutableArray<string>.Empty;
}
