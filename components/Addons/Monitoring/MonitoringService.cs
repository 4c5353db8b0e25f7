using System.Collections.Immutable;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>kube-prometheus-stack (Prometheus, Alertmanager, Grafana, the operator, exporters) as a shared service.</summary>
public sealed class MonitoringService : SharedService<MonitoringSettings>
{
    /// <summary>coredns's metrics port (the prometheus plugin of EKS's Corefile), which kube-prometheus-stack scrapes.</summary>
    public const int CoreDnsMetricsPort = 9153;

    /// <inheritdoc />
    public override string Name => "monitoring";

    /// <inheritdoc />
    public override string Namespace => MonitoringAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys =>
    [
        MonitoringSettings.ChartVersionKey, MonitoringSettings.CrdsChartVersionKey, MonitoringSettings.PrometheusRetentionDaysKey,
        MonitoringSettings.PrometheusReplicasKey, MonitoringSettings.PrometheusStorageSizeKey, MonitoringSettings.GrafanaStorageSizeKey,
        MonitoringSettings.GrafanaAdminPasswordKey, AlertingSettings.EmailsKey, AlertingSettings.SlackWebhookUrlKey, AlertingSettings.WebhookUrlKey,
        AlertingSettings.HeartbeatUrlKey, AlertingSettings.GuardDutyEnabledKey, AlertingSettings.GuardDutyDetectorIdKey,
    ];

    /// <summary>
    /// Prometheus, Alertmanager, Grafana, the operator and kube-state-metrics talk among themselves; the operator's admission
    /// webhook serves on 10250; Prometheus scrapes every shared service's metrics ports, every port of the served namespaces'
    /// pods, coredns, the API server's endpoints (the control plane's ENIs) and the nodes (kubelet 10250, node-exporter 9100
    /// on the host network); Alertmanager reaches SNS and the receivers' URLs. node-exporter is left out of the same-namespace peers: the controller would resolve its pods to
    /// the nodes' addresses, opening every port of every node.
    /// </summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
    {
        var pods = NetworkPeer.SameNamespaceExcept(MonitoringAddon.NodeExporterPodLabel.Key, MonitoringAddon.NodeExporterPodLabel.Value);
        var metricsPorts = network.AllMetricsPorts;
        var autoscaler = Tcp(ClusterAutoscalerService.MetricsPort);
        NetworkAllow[] scrapes =
        [
            NetworkAllow.Out("scrape-egress", NetworkPeer.AllNamespaces, [.. metricsPorts]),
            NetworkAllow.Out("scrape-served-egress", NetworkPeer.NamespacesLabelled(NamespaceLabels.KnativeServed)),
            NetworkAllow.Out("scrape-coredns-egress", NetworkPeer.Namespace("kube-system", PlatformNamespaces.DnsPodLabels), Tcp(CoreDnsMetricsPort)),
            // The autoscaler (kube-system) declares no metrics port of a shared service's namespace: its scrape gets its own
            // allow, unless another service's metrics port is the same and the scrape allow above already opens it.
            .. metricsPorts.Contains(autoscaler) ? Array.Empty<NetworkAllow>() :
                [NetworkAllow.Out("scrape-cluster-autoscaler-egress", NetworkPeer.Namespace("kube-system", ClusterAutoscalerService.PodLabels), autoscaler)],
            NetworkAllow.Out("scrape-control-plane-egress", network.ControlPlane, Tcp(443)),
            NetworkAllow.Out("scrape-nodes-egress", network.Nodes, Tcp(9100), Tcp(10250)),
        ];
        NetworkAllow[] allows =
        [
            network.ApiServer, network.Webhook(10250),
            NetworkAllow.In("same-namespace-ingress", pods),
            NetworkAllow.Out("same-namespace-egress", pods),
            // Only Prometheus scrapes: Grafana, Alertmanager and the exporters keep no way to other namespaces' pods.
            .. scrapes.Select(s => s.For(PrometheusPodLabels)),
            (network.AwsApis with { Name = "alertmanager-notify-egress" }).For(AlertmanagerPodLabels),
        ];
        return Policed(Namespace, allows);
    }

    /// <summary>The labels of Prometheus's pods, as the operator sets them (prometheus-operator pkg/prometheus/statefulset.go): the only scrapers.</summary>
    public static readonly ImmutableDictionary<string, string> PrometheusPodLabels =
        Labels((AppName, "prometheus"), ("operator.prometheus.io/name", "kube-prometheus-stack-prometheus"));

    /// <summary>
    /// The labels of Alertmanager's pods, as the operator sets them (prometheus-operator pkg/alertmanager/statefulset.go):
    /// the only pods of the namespace with a way out, to SNS (and STS) and the Slack, webhook and heartbeat URLs on 443.
    /// </summary>
    public static readonly ImmutableDictionary<string, string> AlertmanagerPodLabels =
        Labels((AppName, "alertmanager"), ("alertmanager", "kube-prometheus-stack-alertmanager"));

    /// <inheritdoc />
    public override MonitoringSettings Read(ISettingsReader config, SharedServiceFacts facts) => MonitoringSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, MonitoringSettings settings)
        => new MonitoringAddon(Name, new MonitoringAddonArgs
        {
            Context = setup.Context,
            Settings = settings,
            StorageClass = setup.Storage.Gp3,
            StorageClassName = StorageClasses.Gp3Name,
            MaxNodes = setup.Facts.MaxNodes,
        }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(MonitoringAddon.NamespaceName, "prometheus-operator-crds", new ChartWorkloads("prometheus-operator-crds", "31.0.1")),
        new ReleaseRendering(MonitoringAddon.NamespaceName, "kube-prometheus-stack", KubePrometheusStackRendering()),
    ];

    private static ChartWorkloads KubePrometheusStackRendering()
    {
        const string ns = MonitoringAddon.NamespaceName;
        const string release = "kube-prometheus-stack";
        var grafana = Labels((AppName, "grafana"), (AppInstance, release));
        var ksm = Labels((AppName, "kube-state-metrics"), (AppInstance, release));
        var nodeExporter = Labels((AppName, "prometheus-node-exporter"), (AppInstance, release));
        var operatorLabels = Labels(("app", "kube-prometheus-stack-operator"), ("release", release));
        // The Prometheus and Alertmanager StatefulSets are the operator's: it labels their pods with the resource's name
        // (prometheus-operator pkg/prometheus/statefulset.go, pkg/alertmanager/statefulset.go).
        var prometheus = PrometheusPodLabels;
        var alertmanager = AlertmanagerPodLabels;
        return new ChartWorkloads("kube-prometheus-stack", "88.5.3",
                Pod(ns, "grafana", grafana, Tcp("grafana", 3000), Tcp("gossip-tcp", 9094), Udp("gossip-udp", 9094), Tcp("profiling", 6060)),
                Pod(ns, "kube-state-metrics", ksm, Tcp("http", 8080), Tcp("metrics", 8081)),
                new WorkloadSpec(ns, "prometheus-node-exporter", nodeExporter, [Tcp("http-metrics", 9100)], HostNetwork: true),
                Pod(ns, "prometheus-operator", operatorLabels, Tcp("https", 10250)),
                Pod(ns, "prometheus", prometheus, Tcp("http-web", 9090), Tcp("reloader-web", 8080)),
                Pod(ns, "alertmanager", alertmanager, Tcp("http-web", 9093), Tcp("reloader-web", 8080), Tcp("mesh-tcp", 9094), Udp("mesh-udp", 9094)))
            .With(
                Service(ns, "kube-prometheus-stack-grafana", grafana, Port("http-web", 80, "grafana")),
                Service(ns, "kube-prometheus-stack-kube-state-metrics", ksm, Port("http", 8080, "http")),
                Service(ns, "kube-prometheus-stack-prometheus-node-exporter", nodeExporter, Port("http-metrics", 9100, 9100)),
                Service(ns, "kube-prometheus-stack-operator", operatorLabels, Port("https", 443, "https")),
                Service(ns, "kube-prometheus-stack-prometheus", prometheus, Port("http-web", 9090, 9090), Port("reloader-web", 8080, "reloader-web")),
                Service(ns, "kube-prometheus-stack-alertmanager", alertmanager, Port("http-web", 9093, 9093), Port("reloader-web", 8080, "reloader-web")),
                Service("kube-system", "kube-prometheus-stack-coredns", Labels(("k8s-app", "kube-dns")), Port("http-metrics", 9153, 9153)));
    }
}
