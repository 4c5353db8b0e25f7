using System.Collections.Immutable;

namespace Numinia.Components.Kubernetes;

/// <summary>
/// The PriorityClasses every Kubernetes cluster creates for itself, which the platform gives the pods whose absence
/// breaks nodes or the cluster, and which tenants must never use: a pod at either preempts every pod at the default
/// priority 0 on a full node (kubernetes/kubernetes pkg/apis/scheduling/types.go, <c>SystemCriticalPriority</c>).
/// </summary>
public static class PriorityClasses
{
    /// <summary>
    /// 2000001000: what a node needs to serve its pods (log shipping, node metrics, CSI drivers, device plugins).
    /// A DaemonSet pod at this class preempts lower-priority pods on its own node when the node is full, which the
    /// Cluster Autoscaler cannot help with (it adds nodes for pending pods, and a DaemonSet pod fits only its node).
    /// </summary>
    public const string SystemNodeCritical = "system-node-critical";

    /// <summary>2000000000: controllers whose absence refuses API requests (webhooks) or stops the cluster scaling or serving.</summary>
    public const string SystemClusterCritical = "system-cluster-critical";

    /// <summary>Both system classes: the ones the namespaces of tenants and developers refuse.</summary>
    public static ImmutableArray<string> System { get; } = ImmutableArray.Create(SystemNodeCritical, SystemClusterCritical);
}
