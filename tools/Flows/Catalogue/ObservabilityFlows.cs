#if PULUMI_OFFLINE
using System.Collections.Immutable;
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
using Numinia.Components.Addons.SealedSecrets;
using Numinia.Components.Addons.SecretsStoreCsi;
using Numinia.Components.Addons.Velero;

namespace Numinia.Infra.Flows.Catalogue;

/// <summary>
/// Prometheus's scrapes (those kube-prometheus-stack 88.5.3 turns on with the plan's values, and every shared service's
/// metrics port), Prometheus to Alertmanager, Grafana to Prometheus, and Metrics Server to the kubelets.
/// </summary>
public static class ObservabilityFlows
{
    private const string Monitoring = MonitoringAddon.NamespaceName;

    /// <summary>The metrics ports of the shared services' pods: (namespace, workload, port).</summary>
    public static readonly ImmutableArray<(string Namespace, string Workload, int Port)> SharedServiceMetrics =
    [
        (LoadBalancerControllerAddon.NamespaceName, "aws-load-balancer-controller", 8080),
        (CertManagerAddon.NamespaceName, "cert-manager", 9402),
        (CertManagerAddon.NamespaceName, "cert-manager-cainjector", 9402),
        (CertManagerAddon.NamespaceName, "cert-manager-webhook", 9402),
        (ExternalDnsAddon.NamespaceName, "external-dns", 7979),
        (KnativeServingAddon.OperatorNamespaceName, "knative-operator", 9090),
        (KnativeServingAddon.OperatorNamespaceName, "operator-webhook", 9090),
        (KnativeServingAddon.ServingNamespaceName, "activator", 9090),
        (KnativeServingAddon.ServingNamespaceName, "autoscaler", 9090),
        (KnativeServingAddon.ServingNamespaceName, "autoscaler-hpa", 9090),
        (KnativeServingAddon.ServingNamespaceName, "controller", 9090),
        (KnativeServingAddon.ServingNamespaceName, "webhook", 9090),
        (KnativeServingAddon.ServingNamespaceName, "net-kourier-controller", 9090),
        (KnativeServingAddon.ServingNamespaceName, "3scale-kourier-gateway", 9000),
        (ExternalSecretsAddon.NamespaceName, "external-secrets", 8080),
        (ExternalSecretsAddon.NamespaceName, "external-secrets-cert-controller", 8080),
        (ExternalSecretsAddon.NamespaceName, "external-secrets-webhook", 8080),
        (SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver", 8095),
        (SealedSecretsAddon.NamespaceName, "sealed-secrets-controller", 8081),
        (LoggingAddon.NamespaceName, "fluent-bit", 2020),
        (FluxAddon.NamespaceName, "source-controller", 8080),
        (FluxAddon.NamespaceName, "kustomize-controller", 8080),
        (FluxAddon.NamespaceName, "helm-controller", 8080),
        (FluxAddon.NamespaceName, "notification-controller", 8080),
        (VeleroAddon.NamespaceName, "velero", 8085),
        ("kube-system", "cluster-autoscaler", ClusterAutoscalerService.MetricsPort),
        (MetricsServerAddon.NamespaceName, "metrics-server", 10250),
    ];

    /// <summary>The flows of this group for <paramref name="model"/>; <paramref name="served"/> are the namespaces whose applications Prometheus scrapes.</summary>
    public static IEnumerable<Flow> For(ClusterModel model, PlatformAddresses addresses, IEnumerable<string> served)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(addresses);
        var present = model.Pods.Select(p => (p.Namespace, p.Workload)).ToHashSet();
        if (!present.Contains((Monitoring, "prometheus")))
        {
            yield break;
        }

        var prometheus = FlowEnd.Pod(Monitoring, "prometheus");
        Flow Scrape(string what, FlowEnd target, int port, string why)
            => new($"Prometheus scrapes {what} on {port}", prometheus, target, "TCP", port, FlowExpectation.Open, why);

        const string stack = "a ServiceMonitor kube-prometheus-stack 88.5.3 creates with the plan's values";
        yield return Scrape("the kubelets", FlowEnd.Node, 10250, $"{stack} (kubelet: /metrics, /metrics/cadvisor, /metrics/probes)");
        yield return Scrape("node-exporter", FlowEnd.Pod(Monitoring, "prometheus-node-exporter"), 9100, $"{stack}; node-exporter listens on the host network");
        yield return Scrape("kube-state-metrics", FlowEnd.Pod(Monitoring, "kube-state-metrics"), 8080, stack);
        yield return Scrape("coredns", FlowEnd.Pod("kube-system", "coredns"), 9153, $"{stack} (a Service kube-prometheus-stack-coredns in kube-system)");
        yield return Scrape("the API server", FlowEnd.Outside("EKS control plane ENI", addresses.ControlPlane), 443,
            $"{stack} (apiserver: the kubernetes Service's endpoints, the control plane's ENIs)");
        yield return Scrape("the Prometheus Operator", FlowEnd.Pod(Monitoring, "prometheus-operator"), 10250, stack);
        yield return Scrape("Prometheus itself", prometheus, 9090, stack);
        yield return Scrape("Alertmanager", FlowEnd.Pod(Monitoring, "alertmanager"), 9093, stack);
        yield return Scrape("Grafana", FlowEnd.Pod(Monitoring, "grafana"), 3000, stack);
        yield return new Flow("Prometheus sends alerts to Alertmanager on 9093", prometheus, FlowEnd.Pod(Monitoring, "alertmanager"), "TCP", 9093,
            FlowExpectation.Open, "Prometheus discovers Alertmanager's pods from its Service's endpoints");
        yield return new Flow("Grafana queries Prometheus at its Service on 9090", FlowEnd.Pod(Monitoring, "grafana"),
            FlowEnd.Service(Monitoring, "kube-prometheus-stack-prometheus"), "TCP", 9090, FlowExpectation.Open,
            "the chart's default data source is http://kube-prometheus-stack-prometheus.monitoring:9090");

        foreach (var (ns, workload, port) in SharedServiceMetrics.Where(m => present.Contains((m.Namespace, m.Workload))))
        {
            yield return Scrape($"{ns}/{workload}", FlowEnd.Pod(ns, workload), port, "the shared service's metrics endpoint");
        }

        // Only Prometheus scrapes: Grafana (which renders user-written dashboards) reaches no other namespace's pods.
        var grafana = FlowEnd.Pod(Monitoring, "grafana");
        foreach (var (ns, workload, port) in SharedServiceMetrics.Where(m => present.Contains((m.Namespace, m.Workload))))
        {
            yield return new Flow($"Grafana cannot reach {ns}/{workload}'s metrics port {port}", grafana, FlowEnd.Pod(ns, workload),
                "TCP", port, FlowExpectation.Closed, "the scrape allows are Prometheus's pods' alone");
        }

        foreach (var ns in served)
        {
            yield return new Flow($"Grafana cannot reach applications in {ns}", grafana, FlowEnd.Pod(ns, "revision"), "TCP", 9091, FlowExpectation.Closed,
                "the scrape allows are Prometheus's pods' alone");
        }

        foreach (var ns in served)
        {
            yield return Scrape($"applications in {ns}", FlowEnd.Pod(ns, "revision"), 9091,
                "queue-proxy serves a revision's request metrics for Prometheus on 9091 (networking.UserQueueMetricsPort)");
        }

        if (present.Contains((MetricsServerAddon.NamespaceName, "metrics-server")))
        {
            yield return new Flow("metrics-server reads the kubelets on 10250", FlowEnd.Pod(MetricsServerAddon.NamespaceName, "metrics-server"), FlowEnd.Node,
                "TCP", 10250, FlowExpectation.Open, "metrics-server scrapes /metrics/resource of every kubelet");
        }
    }
}
#endif
