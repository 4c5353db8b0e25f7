using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;

namespace Numinia.Components.Addons;

/// <summary>Identical pods of a shared service: at most how many run at once, and the containers of each.</summary>
/// <param name="Name">What the pods are (for reading; not used in the quota).</param>
/// <param name="Pods">The most pods of the group (replicas, or nodes for a DaemonSet).</param>
/// <param name="Containers">The requests and limits of each of the pod's containers.</param>
public sealed record PodGroup(string Name, int Pods, ImmutableArray<ContainerResources> Containers)
{
    /// <summary>
    /// The pods a rolling update adds above <see cref="Pods"/> (its Deployment's maxSurge at that many replicas), when
    /// known: the group is then sized as exactly that many more pods; unknown (null), it gets the shared headroom.
    /// </summary>
    public int? Surge { get; init; }

    /// <summary>The pods the quota must hold for this group: with its surge when known, else with the shared headroom.</summary>
    internal decimal QuotaPods(decimal headroom) => Surge is { } surge ? Pods + surge : Pods * headroom;
}

/// <summary>
/// Sizes a shared service's ResourceQuota from the pods it runs, so that the quota can never be what
/// stops one of its pods (a DaemonSet on a grown cluster, a Prometheus with a larger volume) and still
/// bounds what the namespace can take from the nodes.
/// </summary>
public static class NamespaceQuotaSizing
{
    // A rolling update surges pods, and Helm hook Jobs run beside the workload: half again of the
    // steady state (for groups whose surge is not given), plus two pods, covers both.
    private const decimal Headroom = 1.5m;
    private const int HookPods = 2;
    private const decimal Mebibyte = 1024m * 1024m;

    /// <summary>The quota for <paramref name="groups"/> with headroom, and the given volume claims.</summary>
    public static NamespaceQuota For(IEnumerable<PodGroup> groups, string requestsStorage = "0", int persistentVolumeClaims = 0)
    {
        var all = groups.ToImmutableArray();
        decimal Sum(Func<ContainerResources, string> field)
            => all.Sum(g => g.QuotaPods(Headroom) * g.Containers.Sum(c => Quantity.Parse(field(c)).Value));

        return new NamespaceQuota
        {
            RequestsCpu = Cpu(Sum(c => c.RequestCpu)),
            RequestsMemory = Memory(Sum(c => c.RequestMemory)),
            LimitsCpu = Cpu(Sum(c => c.LimitCpu)),
            LimitsMemory = Memory(Sum(c => c.LimitMemory)),
            Pods = (int)Math.Ceiling(all.Sum(g => g.QuotaPods(Headroom))) + HookPods,
            PersistentVolumeClaims = persistentVolumeClaims,
            RequestsStorage = requestsStorage,
        };
    }

    private static string Cpu(decimal cores) => string.Create(CultureInfo.InvariantCulture, $"{decimal.Ceiling(cores * 1000)}m");

    private static string Memory(decimal bytes) => string.Create(CultureInfo.InvariantCulture, $"{decimal.Ceiling(bytes / Mebibyte)}Mi");
}
