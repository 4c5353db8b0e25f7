using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;

namespace Numinia.Components.Addons.NvidiaDevicePlugin;

/// <summary>What the NVIDIA device plugin is installed with.</summary>
public sealed record NvidiaDevicePluginAddonArgs
{
    /// <summary>The cluster.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>The GPU node group (its group label selects the nodes, its taints are tolerated).</summary>
    public required NodeGroupSpec GpuNodeGroup { get; init; }

    /// <summary>Its settings: the chart version.</summary>
    public NvidiaDevicePluginSettings Settings { get; init; } = new();

    /// <summary>The plugin container's requests and limits.</summary>
    public ContainerResources Resources { get; init; } = new("50m", "64Mi", "200m", "256Mi");
}

/// <summary>
/// The NVIDIA device plugin: a DaemonSet on the GPU nodes only that advertises their GPUs to the kubelet
/// as <c>nvidia.com/gpu</c>, so that model-serving pods can request them. It mounts the kubelet's
/// device-plugin directory from the host, hence its own namespace at Pod Security level privileged.
/// </summary>
public sealed class NvidiaDevicePluginAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:NvidiaDevicePlugin";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "nvidia-device-plugin";

    /// <summary>The chart's upstream repository.</summary>
    public const string Repository = "https://nvidia.github.io/k8s-device-plugin";

    /// <summary>The namespace it runs in.</summary>
    public const string NamespaceName = "nvidia-device-plugin";

    /// <summary>The Helm release's name.</summary>
    public const string ReleaseName = "nvidia-device-plugin";

    /// <summary>The namespace, once it exists.</summary>
    [Output("namespace")]
    public Output<string> NamespaceOutput { get; private set; }

    /// <summary>The namespace.</summary>
    public PlatformNamespace Namespace { get; }

    /// <summary>The Helm release.</summary>
    public Release Release { get; }

    /// <summary>Installs the chart in its namespace.</summary>
    public NvidiaDevicePluginAddon(string name, NvidiaDevicePluginAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        if (args.GpuNodeGroup.Purpose != NodeGroupPurpose.Gpu)
        {
            throw new ArgumentException($"The NVIDIA device plugin runs on a GPU node group; '{args.GpuNodeGroup.Name}' is a {args.GpuNodeGroup.Purpose} group.", nameof(args));
        }

        Namespace = HelmAddon.Namespace($"{name}-namespace", NamespaceName, args.Context, this, PodSecurityLevel.Privileged);
        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, Repository, args.Settings.ChartVersion),
            Namespace = Namespace.Name,
            Values = Values(args),
        }, args.Context, this);

        NamespaceOutput = Namespace.Name;
        RegisterOutputs(new Dictionary<string, object?> { ["namespace"] = NamespaceOutput });
    }

    /// <summary>The node selector: the GPU group's label.</summary>
    public static ImmutableDictionary<string, string> NodeSelector(NodeGroupSpec gpu)
        => ImmutableDictionary<string, string>.Empty.Add(NodeGroupSpec.GroupLabel, gpu.Name);

    /// <summary>The chart's values (keys of chart 0.20).</summary>
    public static ImmutableDictionary<string, object> Values(NvidiaDevicePluginAddonArgs args)
    {
        var gpu = args.GpuNodeGroup;
        var tolerations = gpu.Taints.Select(t => (object)ImmutableDictionary<string, object>.Empty
            .Add("key", t.Key)
            .Add("operator", "Equal")
            .Add("value", t.Value)
            .Add("effect", t.KubernetesEffect)).ToImmutableArray();
        var nodeSelector = NodeSelector(gpu);
        return ImmutableDictionary<string, object>.Empty
            .Add("nodeSelector", nodeSelector)
            // The chart's default affinity asks for node-feature-discovery labels, which nothing here sets;
            // Helm replaces lists, so this one term (the GPU group) is the whole of it.
            .Add("affinity", ImmutableDictionary<string, object>.Empty.Add("nodeAffinity", ImmutableDictionary<string, object>.Empty
                .Add("requiredDuringSchedulingIgnoredDuringExecution", ImmutableDictionary<string, object>.Empty
                    .Add("nodeSelectorTerms", ImmutableArray.Create<object>(ImmutableDictionary<string, object>.Empty
                        .Add("matchExpressions", nodeSelector.Select(l => (object)ImmutableDictionary<string, object>.Empty
                            .Add("key", l.Key)
                            .Add("operator", "In")
                            .Add("values", ImmutableArray.Create<object>(l.Value))).ToImmutableArray()))))))
            // Exactly the GPU group's taints, instead of the chart's tolerate-anything-nvidia default.
            .Add("tolerations", tolerations)
            // The chart's default, pinned (NVIDIA/k8s-device-plugin v0.20.0 values.yaml priorityClassName): a GPU node
            // without the plugin advertises no GPU.
            .Add("priorityClassName", PriorityClasses.SystemNodeCritical)
            .Add("resources", args.Resources.ToValues())
            // Neither GPU feature discovery nor node-feature-discovery: the group label already says which nodes have GPUs.
            .Add("gfd", ImmutableDictionary<string, object>.Empty.Add("enabled", false))
            .Add("nfd", ImmutableDictionary<string, object>.Empty.Add("enabled", false));
    }
}
