#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Kubernetes;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// Which pods of the platform run at a system PriorityClass, as the prod plan's Helm values set them. Each value key
/// is the pinned chart's own (read in its values.yaml and seen in its pods' spec with <c>helm template</c>); the
/// scheduler resolves the class at admission and preempts lower-priority pods for them on a full node.
/// </summary>
[NonParallelizable]
public sealed class PriorityTests
{
    private static Task<PlanResult> PlanAsync() => Harness.ProdPlanAsync();

    /// <summary>
    /// The node agents, by release and values path: one pod per node that the node needs to serve its pods. At
    /// priority 0 such a pod waits behind tenant pods on a full node, and the Cluster Autoscaler adds no node for it (a
    /// DaemonSet pod fits only its own node), so that node would ship no logs, expose no metrics, mount no secret, or
    /// advertise no GPU.
    /// </summary>
    public static readonly ImmutableArray<(string Release, string[] Path)> NodeAgents = ImmutableArray.Create(
        ("logging-release", new[] { "priorityClassName" }),                                   // fluent-bit 0.58.1
        ("monitoring-release", new[] { "prometheus-node-exporter", "priorityClassName" }),   // prometheus-node-exporter 4.56.1 under kube-prometheus-stack 88.5.3
        ("secrets-store-csi-driver", new[] { "linux", "priorityClassName" }),                // secrets-store-csi-driver 1.6.0
        ("secrets-store-csi-aws-provider", new[] { "priorityClassName" }),                   // secrets-store-csi-driver-provider-aws 3.1.1
        ("nvidia-device-plugin-release", new[] { "priorityClassName" }));                    // nvidia-device-plugin 0.20.0 (its default, pinned)

    /// <summary>
    /// The cluster-critical controllers: while one waits for a node, API requests are refused (cert-manager's and
    /// External Secrets' webhooks, failurePolicy Fail), no load balancer target or readiness gate is met (the Load
    /// Balancer Controller), nothing scales (the Cluster Autoscaler, and Metrics Server behind every HPA).
    /// </summary>
    public static readonly ImmutableArray<(string Release, string[] Path)> ClusterCritical = ImmutableArray.Create(
        ("cert-manager-release", new[] { "global", "priorityClassName" }),                  // cert-manager's best-practice guide
        ("external-secrets-release", new[] { "webhook", "priorityClassName" }),
        ("aws-load-balancer-controller-release", new[] { "priorityClassName" }),             // the chart's default, pinned
        ("cluster-autoscaler-release", new[] { "priorityClassName" }),                       // the chart's default, pinned
        ("metrics-server-release", new[] { "priorityClassName" }));                          // the chart's default, pinned

    private static object? ValueAt(PlanResult plan, string release, string[] path)
        => plan.Resources.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && r.Name == release).Input(["values", .. path]);

    private static async Task AssertRunAtAsync(ImmutableArray<(string Release, string[] Path)> pods, string priorityClass)
    {
        var plan = await PlanAsync();
        Assert.Multiple(() =>
        {
            foreach (var (release, path) in pods)
            {
                Assert.That(PolicyValues.AsString(ValueAt(plan, release, path)), Is.EqualTo(priorityClass), $"{release}: {string.Join('.', path)}");
            }
        });
    }

    /// <summary>Rule: every node agent runs at <c>system-node-critical</c>.</summary>
    [Test]
    public Task NodeAgentsRunAtSystemNodeCritical() => AssertRunAtAsync(NodeAgents, PriorityClasses.SystemNodeCritical);

    /// <summary>Rule: every cluster-critical controller runs at <c>system-cluster-critical</c>.</summary>
    [Test]
    public Task ClusterCriticalControllersRunAtSystemClusterCritical() => AssertRunAtAsync(ClusterCritical, PriorityClasses.SystemClusterCritical);

    /// <summary>Every values path that names a PriorityClass, with the class.</summary>
    internal static IEnumerable<(string Path, string Class)> PriorityClassNames(object? node, string path = "") => PolicyValues.Plain(node) switch
    {
        ImmutableDictionary<string, object?> map => map.SelectMany(e => e.Key == "priorityClassName" && PolicyValues.AsString(e.Value) is { } name
            ? new[] { (Path: path + e.Key, Class: name) }
            : PriorityClassNames(e.Value, $"{path}{e.Key}.")),
        ImmutableArray<object?> list => list.SelectMany((item, i) => PriorityClassNames(item, $"{path}{i}.")),
        _ => Enumerable.Empty<(string, string)>(),
    };

    /// <summary>
    /// Rule: no other pod of the platform runs at a system class. A system-class pod preempts tenant pods on a full
    /// node, so the class is for what breaks nodes or the cluster when missing; the others wait their turn like tenant
    /// pods: external-dns and Sealed Secrets (their absence delays new records or unsealed Secrets, the existing ones
    /// stay), the External Secrets controller and its cert controller (a later sync, a later certificate renewal), the
    /// monitoring stack (kube-state-metrics, Grafana, the operator, Prometheus), and Knative, whose operator (1.23)
    /// offers no priorityClassName among its workload overrides (knative/operator pkg/apis/operator/base/common.go,
    /// WorkloadOverride).
    /// </summary>
    [Test]
    public async Task OnlyNodeAgentsAndClusterCriticalControllersRunAtASystemPriority()
    {
        var plan = await PlanAsync();
        var system = plan.Resources.Where(r => r.Type == "kubernetes:helm.sh/v3:Release")
            .SelectMany(r => PriorityClassNames(r.Input("values")).Where(p => PriorityClasses.System.Contains(p.Class)).Select(p => $"{r.Name}: {p.Path}"));
        var expected = NodeAgents.Concat(ClusterCritical).Select(a => $"{a.Release}: {string.Join('.', a.Path)}");
        Assert.That(system, Is.EquivalentTo(expected));
    }
}
#endif
