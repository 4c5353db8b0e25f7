using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Compute;

namespace Numinia.Stacks.Config;

/// <summary>The EKS cluster, its access, node groups, add-ons and operator VPN.</summary>
public sealed record ClusterConfig
{
    /// <summary>Kubernetes versions this program is tested with.</summary>
    public static readonly ImmutableArray<string> SupportedVersions = ImmutableArray.Create("1.31", "1.32", "1.33", "1.34", "1.35");

    /// <summary><c>numinia-infra:clusterName</c>.</summary>
    public string Name { get; init; } = "production-numinia";

    /// <summary>
    /// The service range unless <c>serviceCidr</c> says otherwise: the block EKS itself picks for a VPC in 10.0.0.0/8, so
    /// that pinning it changes nothing on a cluster created without it.
    /// </summary>
    public const string DefaultServiceCidr = "172.20.0.0/16";

    /// <summary>
    /// <c>numinia-infra:serviceCidr</c>: the Services' address range. Pods reach the API server at its first address
    /// (<c>kubernetes.default</c>), which the shared services' network policies allow; EKS cannot change it after creation.
    /// </summary>
    public required Cidr ServiceRange { get; init; }

    /// <summary><c>numinia-infra:kubernetesVersion</c>: the control plane's version (live: 1.35).</summary>
    public string KubernetesVersion { get; init; } = "1.35";

    /// <summary><c>numinia-infra:clusterLogRetentionDays</c>: retention of the control-plane logs.</summary>
    public int LogRetentionDays { get; init; } = 90;

    /// <summary><c>clusterAdminArns</c>, <c>clusterDeveloperArns</c>, <c>clusterViewerArns</c>, <c>monitoringReaderArns</c>.</summary>
    public required PlatformAccess Access { get; init; }

    /// <summary>The node groups (<c>general*</c>, <c>compute*</c>, <c>gpu*</c> keys).</summary>
    public required ImmutableArray<NodeGroupSpec> NodeGroups { get; init; }

    /// <summary>Pinned EKS add-on versions (<c>*AddonVersion</c> keys).</summary>
    public required AddonVersions AddonVersions { get; init; }

    /// <summary><c>numinia-infra:efsEnabled</c>: whether the EFS file system and CSI driver are installed.</summary>
    public bool EfsEnabled { get; init; }

    /// <summary>The operator VPN.</summary>
    public required VpnConfig Vpn { get; init; }

    /// <summary>
    /// <c>numinia-infra:clusterPublicAccessCidrs</c>: public CIDR blocks that may reach the API server through
    /// a public endpoint; empty (the default) keeps the endpoint private only.
    /// </summary>
    public ImmutableArray<string> PublicAccessCidrs { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>The AWS Client VPN through which operators reach the private API endpoint.</summary>
public sealed record VpnConfig
{
    /// <summary><c>numinia-infra:vpnEnabled</c>.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary><c>numinia-infra:vpnClientCidr</c>: addresses handed to VPN clients; must not overlap the VPC.</summary>
    public string ClientCidr { get; init; } = "172.16.0.0/22";

    /// <summary><c>numinia-infra:vpnServerName</c>: the server certificate's name.</summary>
    public string ServerName { get; init; } = "vpn.numinia.xyz";

    /// <summary><c>numinia-infra:vpnLogRetentionDays</c>: retention of the connection logs.</summary>
    public int LogRetentionDays { get; init; } = 90;
}
