#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Stacks;

namespace Numinia.Infra.Flows.Workloads;

/// <summary>
/// The pods and Services of every Helm release of the shared services, as each pinned chart renders them with the values
/// the plan passes, keyed by the release's namespace and name. Each shared service describes its own releases
/// (<see cref="ISharedService.Renderings"/>), beside its chart pin.
/// </summary>
public static class SharedServiceCharts
{
    /// <summary>Every release's rendering, by (namespace, release name).</summary>
    public static ImmutableDictionary<(string Namespace, string Release), ChartWorkloads> All { get; } =
        SharedServices.All.SelectMany(service => service.Renderings).ToImmutableDictionary(r => (r.Namespace, r.Release), r => r.Workloads);
}
#endif
