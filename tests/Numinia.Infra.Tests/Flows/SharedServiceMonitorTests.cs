#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.Monitoring;
using Numinia.Infra.Flows;
using Numinia.Infra.Flows.Catalogue;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using Numinia.Stacks;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests.Flows;

/// <summary>
/// Every shared service is scraped: each PodMonitor of the prod plan selects pods that declare its port, and the scrape
/// (Prometheus to those pods) is open as the VPC CNI enforces the planned NetworkPolicies; every shared service with a
/// metrics port has a monitor, and every metrics port is some monitor's.
/// </summary>
[NonParallelizable]
public sealed class SharedServiceMonitorTests
{
    private const string PodMonitorType = "kubernetes:monitoring.coreos.com/v1:PodMonitor";

    private static ImmutableArray<ResourceRegistration>? s_plan;

    private static ImmutableArray<ResourceRegistration> Plan => s_plan ??= Planner.RunAsync(Harness.ProdConfig()).GetAwaiter().GetResult().Resources;

    private static FlowModel Model => ProdFlowTests.Model;

    private sealed record Monitor(string Namespace, string Name, LabelSelector Selector, int Port, string Path);

    private static ImmutableArray<Monitor> Monitors(IEnumerable<ResourceRegistration> plan) => [.. plan.Where(r => r.Type == PodMonitorType).Select(Read)];

    private static Monitor Read(ResourceRegistration monitor)
    {
        var endpoint = PolicyValues.AsList(monitor.Input("spec", "podMetricsEndpoints")).Single();
        return new Monitor(
            PolicyValues.AsString(monitor.Input("metadata", "namespace"))!,
            PolicyValues.AsString(monitor.Input("metadata", "name"))!,
            LabelSelector.Read(monitor.Input("spec", "selector"))!,
            (int)PolicyValues.AsNumber(PolicyValues.At(endpoint, "portNumber"))!.Value,
            PolicyValues.AsString(PolicyValues.At(endpoint, "path"))!);
    }

    private static IEnumerable<TestCaseData> PlannedMonitors()
        => Monitors(Plan).Select(m => new TestCaseData(m.Namespace, m.Name).SetName($"Monitor: {m.Namespace}/{m.Name}"));

    /// <summary>The pods a monitor selects: in its namespace, matching its selector, declaring its port (prometheus-operator v0.93 scrapes only declared ports).</summary>
    private static ImmutableArray<ModelPod> Selected(ClusterModel cluster, Monitor monitor)
        => [.. cluster.Pods.Where(p => p.Namespace == monitor.Namespace && monitor.Selector.Matches(p.Labels) && p.Ports.Any(x => x.Number == monitor.Port))];

    [TestCaseSource(nameof(PlannedMonitors))]
    public void EachMonitorKeepsTheNamespaceTheControllerExports(string ns, string name)
    {
        // Controllers label per-object metrics with the object's namespace (cert-manager v1.21.1
        // internal/collectors/certificate_collector.go, external-secrets helm-chart-2.9.0 esmetrics.go); without honorLabels
        // Prometheus renames it exported_namespace and sets the target's (the controller's) namespace, so the rules and their
        // organization join would name the controller's namespace (Prometheus docs, scrape_config honor_labels).
        var monitor = Plan.Single(r => r.Type == PodMonitorType && PolicyValues.AsString(r.Input("metadata", "namespace")) == ns
            && PolicyValues.AsString(r.Input("metadata", "name")) == name);
        var endpoint = PolicyValues.AsList(monitor.Input("spec", "podMetricsEndpoints")).Single();
        Assert.That(PolicyValues.AsBool(PolicyValues.At(endpoint, "honorLabels")), Is.True);
    }

    [TestCaseSource(nameof(PlannedMonitors))]
    public void EachMonitorsScrapeIsAllowedByTheFlowModel(string ns, string name)
    {
        var monitor = Monitors(Plan).Single(m => m.Namespace == ns && m.Name == name);
        var pods = Selected(Model.Cluster, monitor);
        Assert.That(pods, Is.Not.Empty, $"{ns}/{name} selects no pod that declares port {monitor.Port}");
        foreach (var pod in pods.DistinctBy(p => p.Workload))
        {
            var flow = new Flow($"Prometheus scrapes {pod.Id} on {monitor.Port} for {ns}/{name}", FlowEnd.Pod(MonitoringAddon.NamespaceName, "prometheus"),
                FlowEnd.Pod(pod.Namespace, pod.Workload), "TCP", monitor.Port, FlowExpectation.Open, "a PodMonitor of the plan");
            var verdict = FlowEvaluator.Evaluate(Model.Cluster, flow);
            Assert.That(verdict.Open, Is.True, $"{flow.Name}: {verdict.Path}; {verdict.Explanation}");
        }
    }

    [Test]
    public void EverySharedServiceWithAMetricsPortHasAMonitor()
    {
        var monitors = Monitors(Plan);
        var unmonitored = SharedServices.All
            .Where(s => !s.MetricsPorts.IsEmpty && Plan.Any(r => r.Type == "kubernetes:core/v1:Namespace" && s.MetricsPorts.ContainsKey(PolicyValues.AsString(r.Input("metadata", "name")) ?? "")))
            .Where(s => !monitors.Any(m => s.MetricsPorts.ContainsKey(m.Namespace) && s.MetricsPorts[m.Namespace].Any(p => p.Number == m.Port)))
            .Select(s => s.Name)
            .ToArray();
        Assert.That(unmonitored, Is.Empty, "shared services whose metrics no PodMonitor scrapes");
    }

    [Test]
    public void EveryMetricsEndpointOfTheFlowCatalogueIsScraped()
    {
        var monitors = Monitors(Plan);
        var present = Model.Cluster.Pods.Select(p => (p.Namespace, p.Workload)).ToHashSet();
        var unscraped = ObservabilityFlows.SharedServiceMetrics.Where(m => present.Contains((m.Namespace, m.Workload)))
            .Where(m => !monitors.Any(x => x.Port == m.Port && Selected(Model.Cluster, x).Any(p => p.Workload == m.Workload && p.Namespace == m.Namespace)))
            .Select(m => $"{m.Namespace}/{m.Workload}:{m.Port}")
            .ToArray();
        Assert.That(unscraped, Is.Empty, "metrics ports the policies open that no monitor reads");
    }

    [Test]
    public void MetricsServersScrapeAndProbesPassItsDelegatedAuthorization()
    {
        // metrics-server 0.8.1 (chart 3.13.1) serves /metrics behind k8s.io/apiserver's delegated authorization: a path in
        // --authorization-always-allow-paths (default /healthz, /readyz, /livez; the flag replaces the list) is allowed
        // with no credentials, any other is a SubjectAccessReview that an anonymous scrape fails with 403
        // (kubernetes-sigs/metrics-server issue 1449). The PodMonitor sends no credentials, and the kubelet's probes
        // (chart values.yaml livenessProbe /livez, readinessProbe /readyz) none either; its serving certificate is
        // self-signed (--cert-dir=/tmp), so Prometheus must skip verification or every scrape fails.
        var monitor = Plan.Single(r => r.Type == PodMonitorType && PolicyValues.AsString(r.Input("metadata", "namespace")) == MetricsServerAddon.NamespaceName);
        var endpoint = PolicyValues.AsList(monitor.Input("spec", "podMetricsEndpoints")).Single();
        Assert.That(PolicyValues.AsString(PolicyValues.At(endpoint, "scheme")), Is.EqualTo("https"), "metrics-server serves HTTPS only");
        Assert.That(PolicyValues.AsBool(PolicyValues.At(endpoint, "tlsConfig", "insecureSkipVerify")), Is.True, "its certificate has no CA to verify it by");
        Assert.That(PolicyValues.At(endpoint, "authorization"), Is.Null, "the scrape sends no credentials");

        var release = Plan.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && PolicyValues.AsString(r.Input("name")) == MetricsServerAddon.ReleaseName);
        var flag = PolicyValues.AsList(release.Input("values", "args")).Select(PolicyValues.AsString)
            .LastOrDefault(a => a!.StartsWith(MetricsServerAddon.UnauthorizedPathsFlag + "=", StringComparison.Ordinal));
        var allowed = flag is null ? ["/healthz", "/readyz", "/livez"] : flag[(flag.IndexOf('=', StringComparison.Ordinal) + 1)..].Split(',');
        var path = PolicyValues.AsString(PolicyValues.At(endpoint, "path"))!;
        Assert.That(allowed, Does.Contain(path), "an anonymous scrape of a path outside the always-allowed list is refused");
        Assert.That(allowed, Does.Contain("/livez").And.Contain("/readyz"), "the probes' paths must stay allowed, or the kubelet restarts metrics-server");
    }

    [Test]
    public void MonitorsAreAppliedAfterThePrometheusOperatorCrds()
    {
        var crds = Plan.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && PolicyValues.AsString(r.Input("name")) == MonitoringAddon.CrdsReleaseName);
        var late = Plan.Where(r => r.Type == PodMonitorType && !r.DependencyUrns.Contains(crds.Urn)).Select(r => r.Name).ToArray();
        Assert.That(late, Is.Empty, "a PodMonitor applied before its CRD exists fails");
    }
}
#endif
