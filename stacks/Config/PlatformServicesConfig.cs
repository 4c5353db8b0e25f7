using System.Collections.Immutable;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.NvidiaDevicePlugin;
using Numinia.Components.Kubernetes;

namespace Numinia.Stacks.Config;

/// <summary>
/// The cluster services (Metrics Server, Cluster Autoscaler, NVIDIA device plugin), the platform
/// namespaces with their quotas, and where developers may manage workloads.
/// </summary>
public sealed record PlatformServicesConfig
{
    /// <summary><c>numinia-infra:metricsServerChartVersion</c>: the exact metrics-server chart version.</summary>
    public string MetricsServerChartVersion { get; init; } = MetricsServerAddon.DefaultChartVersion;

    /// <summary><c>numinia-infra:clusterAutoscalerChartVersion</c>: the exact cluster-autoscaler chart version.</summary>
    public string ClusterAutoscalerChartVersion { get; init; } = ClusterAutoscalerAddon.DefaultChartVersion;

    /// <summary><c>numinia-infra:nvidiaDevicePluginChartVersion</c>: the exact nvidia-device-plugin chart version.</summary>
    public string NvidiaDevicePluginChartVersion { get; init; } = NvidiaDevicePluginAddon.DefaultChartVersion;

    /// <summary>
    /// The platform namespaces with their quotas and container defaults: the live values
    /// (<see cref="PlatformNamespaces.Defaults"/>) with the overrides of <c>numinia-infra:namespaceQuotas</c>,
    /// a list of <c>&lt;namespace&gt;:&lt;field&gt;=&lt;value&gt;</c> entries such as
    /// <c>production:limits.cpu=32</c> or <c>ai-platform:requests.nvidia.com/gpu=3</c>; the fields are
    /// those of <see cref="QuotaFields"/>.
    /// </summary>
    public ImmutableArray<PlatformNamespaceSpec> Namespaces { get; init; } = PlatformNamespaces.Defaults;

    /// <summary>
    /// <c>numinia-infra:developerNamespaces</c>: the platform namespaces where the developer group manages
    /// workloads (default staging, production, dev-center). Tenants bind the role in their own namespaces.
    /// </summary>
    public ImmutableArray<string> DeveloperNamespaces { get; init; } = PlatformRbac.DefaultDeveloperNamespaces;
}
