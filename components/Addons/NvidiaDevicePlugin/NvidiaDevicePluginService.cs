using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.NvidiaDevicePlugin;

/// <summary>The NVIDIA device plugin, on the GPU node group only, as a shared service of a cluster that has one.</summary>
public sealed class NvidiaDevicePluginService : SharedService<NvidiaDevicePluginSettings>
{
    /// <inheritdoc />
    public override string Name => "nvidia-device-plugin";

    /// <inheritdoc />
    public override string Namespace => NvidiaDevicePluginAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [NvidiaDevicePluginSettings.ChartVersionKey];

    /// <summary>The device plugin talks to the kubelet over its socket on the host: no network at all beyond DNS.</summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network) => Policed(Namespace);

    /// <inheritdoc />
    public override NvidiaDevicePluginSettings Read(ISettingsReader config, SharedServiceFacts facts) => NvidiaDevicePluginSettings.Read(config);

    /// <summary>Installed when the cluster has a GPU node group.</summary>
    public override bool IsInstalled(NvidiaDevicePluginSettings settings, SharedServiceFacts facts) => facts.GpuGroup is not null;

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, NvidiaDevicePluginSettings settings)
        => new NvidiaDevicePluginAddon(Name, new NvidiaDevicePluginAddonArgs
        {
            Context = setup.Context,
            GpuNodeGroup = setup.Facts.GpuGroup ?? throw new InvalidOperationException("The NVIDIA device plugin is installed only with a GPU node group."),
            Settings = settings,
        }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(NvidiaDevicePluginAddon.NamespaceName, "nvidia-device-plugin", Rendering()),
    ];

    // The device plugin talks to the kubelet over its socket on the host: no port.
    private static ChartWorkloads Rendering()
        => new("nvidia-device-plugin", "0.20.0",
            Pod(NvidiaDevicePluginAddon.NamespaceName, "nvidia-device-plugin", Labels((AppName, "nvidia-device-plugin"), (AppInstance, "nvidia-device-plugin"))));
}
