using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.Flux;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Addons.Logging;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Addons.NvidiaDevicePlugin;
using Numinia.Components.Addons.SealedSecrets;
using Numinia.Components.Addons.SecretsStoreCsi;
using Numinia.Components.Addons.Velero;

namespace Numinia.Stacks;

/// <summary>
/// The platform's shared services, in the order they are created (each after those it depends on). Adding one is its
/// folder under components/Addons (the component, its settings, its <see cref="ISharedService"/> with its charts'
/// renderings) and one line here;
/// its config keys go into Pulumi.yaml (a test names any that is missing).
/// </summary>
public static class SharedServices
{
    /// <summary>Every shared service.</summary>
    public static ImmutableArray<ISharedService> All { get; } =
    [
        new LoadBalancerControllerService(),
        new CertManagerService(),
        new ExternalDnsService(),
        new KnativeService(),
        new ExternalSecretsService(),
        new SecretsStoreCsiService(),
        new SealedSecretsService(),
        new FluxService(),
        new MonitoringService(),
        new LoggingService(),
        new MetricsServerService(),
        new ClusterAutoscalerService(),
        new NvidiaDevicePluginService(),
        new VeleroService(),
    ];
}
