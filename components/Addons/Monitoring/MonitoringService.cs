using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;

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
        MonitoringSettings.GrafanaAdminPasswordKey,
    ];

    /// <summary>
    /// Prometheus, Alertmanager, Grafana, the operator and kube-state-metrics talk among themselves; the operator's admission
    /// webhook serves on 10250; Prometheus scrapes every shared service's metrics ports, every port of the served namespaces'
    /// pods, coredns, the API server's endpoints (the control plane's ENIs) and the nodes (kubelet 10250, node-exporter 9100
    /// on the host network). node-exporter is left out of the same-namespace peers: the controller would resolve its pods to
    /// the nodes' addresses, opening every port of every node.
    /// </summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
    {
        var pods = NetworkPeer.SameNamespaceExcept(MonitoringAddon.NodeExporterPodLabel.Key, MonitoringAddon.NodeExporterPodLabel.Value);
        return Policed(Namespace,
            network.ApiServer, network.Webhook(10250),
            NetworkAllow.In("same-namespace-ingress", pods),
            NetworkAllow.Out("same-namespace-egress", pods),
            NetworkAllow.Out("scrape-egress", NetworkPeer.AllNamespaces, [.. network.AllMetricsPorts]),
            NetworkAllow.Out("scrape-served-egress", NetworkPeer.NamespacesLabelled(NamespaceLabels.KnativeServed)),
            NetworkAllow.Out("scrape-coredns-egress", NetworkPeer.Namespace("kube-system", PlatformNamespaces.DnsPodLabels), Tcp(CoreDnsMetricsPort)),
            NetworkAllow.Out("scrape-control-plane-egress", network.ControlPlane, Tcp(443)),
            NetworkAllow.Out("scrape-nodes-egress", network.Nodes, Tcp(9100), Tcp(10250)));
    }

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
}
