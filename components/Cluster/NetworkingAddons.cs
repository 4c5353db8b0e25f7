using System.Text.Json;
using System.Text.Json.Serialization;
using Pulumi;
using Pulumi.Aws.Eks;

namespace Numinia.Components.Cluster;

/// <summary>What the networking add-ons are built from.</summary>
public sealed record NetworkingAddonsArgs
{
    /// <summary>
    /// The cluster's settings: its name (for names and tags) and the pinned add-on versions (only
    /// <see cref="AddonVersions.VpcCni"/> and <see cref="AddonVersions.KubeProxy"/> are read).
    /// </summary>
    public required ClusterSettings Settings { get; init; }

    /// <summary>The cluster the add-ons are installed in.</summary>
    public required EksCluster Cluster { get; init; }
}

/// <summary>
/// The add-ons nodes need to become Ready: vpc-cni (with network policy enforcement on) and kube-proxy.
/// The platform's EKS add-ons come in two components because they sit on both sides of the node groups:
/// these two are created right after the cluster and the node groups depend on them (a node without its
/// CNI never becomes Ready), while coredns and the CSI drivers run as Deployments that can only become
/// healthy once nodes exist, so <see cref="ManagedAddons"/> depends on the node groups.
/// </summary>
public sealed class NetworkingAddons : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:cluster:NetworkingAddons";

    /// <summary>How EKS resolves conflicts with fields changed on the cluster, on create and update.</summary>
    public const string ResolveConflicts = "OVERWRITE";

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };

    /// <summary>The vpc-cni add-on's ARN.</summary>
    [Output("vpcCniArn")]
    public Output<string> VpcCniArn { get; private set; }

    /// <summary>The kube-proxy add-on's ARN.</summary>
    [Output("kubeProxyArn")]
    public Output<string> KubeProxyArn { get; private set; }

    /// <summary>The vpc-cni add-on; node groups depend on it.</summary>
    public Addon VpcCni { get; }

    /// <summary>The kube-proxy add-on; node groups depend on it.</summary>
    public Addon KubeProxy { get; }

    /// <summary>Builds the add-ons.</summary>
    public NetworkingAddons(string name, NetworkingAddonsArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var child = new CustomResourceOptions { Parent = this };
        VpcCni = new Addon($"{name}-vpc-cni", new AddonArgs
        {
            ClusterName = args.Cluster.ClusterName,
            AddonName = "vpc-cni",
            AddonVersion = args.Settings.AddonVersions.VpcCni,
            // The platform starts from default-deny NetworkPolicies: the VPC CNI's network policy agent enforces them.
            ConfigurationValues = JsonSerializer.Serialize(new VpcCniConfiguration { EnableNetworkPolicy = "true" }, s_json),
            ResolveConflictsOnCreate = ResolveConflicts,
            ResolveConflictsOnUpdate = ResolveConflicts,
            Tags = { { "Name", $"{args.Settings.Name}-vpc-cni" } },
        }, child);

        KubeProxy = new Addon($"{name}-kube-proxy", new AddonArgs
        {
            ClusterName = args.Cluster.ClusterName,
            AddonName = "kube-proxy",
            AddonVersion = args.Settings.AddonVersions.KubeProxy,
            ResolveConflictsOnCreate = ResolveConflicts,
            ResolveConflictsOnUpdate = ResolveConflicts,
            Tags = { { "Name", $"{args.Settings.Name}-kube-proxy" } },
        }, child);

        VpcCniArn = VpcCni.Arn;
        KubeProxyArn = KubeProxy.Arn;
        RegisterOutputs(new Dictionary<string, object?> { ["vpcCniArn"] = VpcCniArn, ["kubeProxyArn"] = KubeProxyArn });
    }
}

/// <summary>The vpc-cni add-on's configuration values (its JSON schema wants strings for booleans).</summary>
public sealed record VpcCniConfiguration
{
    /// <summary>Whether the network policy agent enforces Kubernetes NetworkPolicies: <c>"true"</c>.</summary>
    [JsonPropertyName("enableNetworkPolicy")]
    public required string EnableNetworkPolicy { get; init; }
}
