#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Addons.Logging;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Addons.NvidiaDevicePlugin;
using Numinia.Components.Addons.SealedSecrets;
using Numinia.Components.Addons.SecretsStoreCsi;
using static Numinia.Infra.Flows.Workloads.Spec;

namespace Numinia.Infra.Flows.Workloads;

/// <summary>
/// The pods and Services of every Helm release of the shared services, as each pinned chart renders them with the values
/// the plan passes (labels, container ports, host network; Services with their selectors and target ports). Keyed by the
/// release's namespace and name. Only what decides a flow is written down: the pod labels Services and policies select
/// on, and the ports that are dialled.
/// </summary>
public static class SharedServiceCharts
{
    private const string Name = "app.kubernetes.io/name";
    private const string Instance = "app.kubernetes.io/instance";
    private const string Component = "app.kubernetes.io/component";

    /// <summary>Every release's rendering, by (namespace, release name).</summary>
    public static ImmutableDictionary<(string Namespace, string Release), ChartWorkloads> All { get; } =
        new Dictionary<(string, string), ChartWorkloads>
        {
            [(LoadBalancerControllerAddon.NamespaceName, "aws-load-balancer-controller")] = LoadBalancerController(),
            [(CertManagerAddon.NamespaceName, "cert-manager")] = CertManager(),
            [(ExternalDnsAddon.NamespaceName, "external-dns")] = ExternalDns(),
            [(KnativeServingAddon.OperatorNamespaceName, "knative-operator")] = KnativeOperator(),
            [(ExternalSecretsAddon.NamespaceName, "external-secrets")] = ExternalSecrets(),
            [(SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver")] = SecretsStoreCsiDriver(),
            [(SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver-provider-aws")] = SecretsStoreCsiProviderAws(),
            [(SealedSecretsAddon.NamespaceName, "sealed-secrets")] = SealedSecrets(),
            [(MonitoringAddon.NamespaceName, "prometheus-operator-crds")] = new ChartWorkloads("prometheus-operator-crds", "31.0.1"),
            [(MonitoringAddon.NamespaceName, "kube-prometheus-stack")] = KubePrometheusStack(),
            [(LoggingAddon.NamespaceName, "fluent-bit")] = FluentBit(),
            [(MetricsServerAddon.NamespaceName, "metrics-server")] = MetricsServer(),
            [("kube-system", "cluster-autoscaler")] = ClusterAutoscaler(),
            [(NvidiaDevicePluginAddon.NamespaceName, "nvidia-device-plugin")] = NvidiaDevicePlugin(),
        }.ToImmutableDictionary();

    private static ChartWorkloads LoadBalancerController()
    {
        const string ns = LoadBalancerControllerAddon.NamespaceName;
        var labels = Labels((Name, "aws-load-balancer-controller"), (Instance, "aws-load-balancer-controller"));
        return new ChartWorkloads("aws-load-balancer-controller", "3.5.0",
                Pod(ns, "aws-load-balancer-controller", labels, Tcp("webhook-server", 9443), Tcp("metrics-server", 8080)))
            .With(Service(ns, "aws-load-balancer-webhook-service", labels, Port("webhook-server", 443, "webhook-server")));
    }

    private static ChartWorkloads CertManager()
    {
        const string ns = CertManagerAddon.NamespaceName;
        ImmutableDictionary<string, string> Of(string name, string component)
            => Labels(("app", name), (Name, name), (Instance, "cert-manager"), (Component, component));
        return new ChartWorkloads("cert-manager", "v1.21.1",
                Pod(ns, "cert-manager", Of("cert-manager", "controller"), Tcp("http-metrics", 9402), Tcp("http-healthz", 9403)),
                Pod(ns, "cert-manager-cainjector", Of("cainjector", "cainjector"), Tcp("http-metrics", 9402)),
                Pod(ns, "cert-manager-webhook", Of("webhook", "webhook"), Tcp("https", 10250), Tcp("healthcheck", 6080), Tcp("http-metrics", 9402)))
            .With(
                Service(ns, "cert-manager", Labels((Name, "cert-manager"), (Instance, "cert-manager"), (Component, "controller")), Port("http-metrics", 9402, 9402)),
                Service(ns, "cert-manager-cainjector", Labels((Name, "cainjector"), (Instance, "cert-manager"), (Component, "cainjector")), Port("http-metrics", 9402, 9402)),
                Service(ns, "cert-manager-webhook", Labels((Name, "webhook"), (Instance, "cert-manager"), (Component, "webhook")),
                    Port("https", 443, "https"), Port("metrics", 9402, "http-metrics")));
    }

    private static ChartWorkloads ExternalDns()
    {
        const string ns = ExternalDnsAddon.NamespaceName;
        var labels = Labels((Name, "external-dns"), (Instance, "external-dns"));
        return new ChartWorkloads("external-dns", "1.21.1", Pod(ns, "external-dns", labels, Tcp("http", 7979)))
            .With(Service(ns, "external-dns", labels, Port("http", 7979, "http")));
    }

    private static ChartWorkloads KnativeOperator()
    {
        const string ns = KnativeServingAddon.OperatorNamespaceName;
        return new ChartWorkloads("knative-operator", "1.23.0",
                Pod(ns, "knative-operator", Labels(("name", "knative-operator"), (Name, "knative-operator")), Tcp("metrics", 9090)),
                Pod(ns, "operator-webhook", Labels(("app", "operator-webhook"), ("role", "operator-webhook"), (Name, "knative-operator")),
                    Tcp("metrics", 9090), Tcp("profiling", 8008), Tcp("https-webhook", 8443)))
            .With(Service(ns, "operator-webhook", Labels(("role", "operator-webhook")),
                Port("http-metrics", 9090, 9090), Port("http-profiling", 8008, 8008), Port("https-webhook", 443, 8443)));
    }

    private static ChartWorkloads ExternalSecrets()
    {
        const string ns = ExternalSecretsAddon.NamespaceName;
        ImmutableDictionary<string, string> Of(string name) => Labels((Name, name), (Instance, "external-secrets"));
        return new ChartWorkloads("external-secrets", "2.9.0",
                Pod(ns, "external-secrets", Of("external-secrets"), Tcp("metrics", 8080)),
                Pod(ns, "external-secrets-cert-controller", Of("external-secrets-cert-controller"), Tcp("metrics", 8080), Tcp("ready", 8081)),
                Pod(ns, "external-secrets-webhook", Of("external-secrets-webhook"), Tcp("metrics", 8080), Tcp("webhook", 10250), Tcp("ready", 8081)))
            .With(Service(ns, "external-secrets-webhook", Of("external-secrets-webhook"), Port("webhook", 443, "webhook")));
    }

    private static ChartWorkloads SecretsStoreCsiDriver()
        => new("secrets-store-csi-driver", "1.6.0",
            Pod(SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver",
                Labels(("app", "secrets-store-csi-driver"), (Name, "secrets-store-csi-driver"), (Instance, "secrets-store-csi-driver")),
                Tcp("healthz", 9808), Tcp("metrics", 8095)));

    // The provider serves the driver over a Unix socket on the host and calls Secrets Manager and STS from its pod.
    private static ChartWorkloads SecretsStoreCsiProviderAws()
        => new("secrets-store-csi-driver-provider-aws", "3.1.1",
            Pod(SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver-provider-aws",
                Labels(("app", "secrets-store-csi-driver-provider-aws"), (Name, "secrets-store-csi-driver-provider-aws"),
                    (Instance, "secrets-store-csi-driver-provider-aws"))));

    private static ChartWorkloads SealedSecrets()
    {
        const string ns = SealedSecretsAddon.NamespaceName;
        var labels = Labels((Name, "sealed-secrets"), (Instance, "sealed-secrets"));
        return new ChartWorkloads("sealed-secrets", "2.18.5", Pod(ns, "sealed-secrets-controller", labels, Tcp("http", 8080), Tcp("metrics", 8081)))
            .With(Service(ns, "sealed-secrets-controller", labels, Port("http", 8080, "http")),
                Service(ns, "sealed-secrets-controller-metrics", labels, Port("metrics", 8081, "metrics")));
    }

    private static ChartWorkloads FluentBit()
    {
        const string ns = LoggingAddon.NamespaceName;
        var labels = Labels((Name, "fluent-bit"), (Instance, "fluent-bit"));
        return new ChartWorkloads("fluent-bit", "0.58.1", Pod(ns, "fluent-bit", labels, Tcp("http", 2020)))
            .With(Service(ns, "fluent-bit", labels, Port("http", 2020, "http")));
    }

    private static ChartWorkloads MetricsServer()
    {
        const string ns = MetricsServerAddon.NamespaceName;
        var labels = Labels((Name, "metrics-server"), (Instance, "metrics-server"));
        return new ChartWorkloads("metrics-server", "3.13.1", Pod(ns, "metrics-server", labels, Tcp("https", 10250)))
            .With(Service(ns, "metrics-server", labels, Port("https", 443, "https")));
    }

    private static ChartWorkloads ClusterAutoscaler()
    {
        var labels = Labels((Instance, "cluster-autoscaler"), (Name, "aws-cluster-autoscaler"));
        return new ChartWorkloads("cluster-autoscaler", "9.59.0", Pod("kube-system", "cluster-autoscaler", labels, new ContainerPort(null, 8085)))
            .With(Service("kube-system", "cluster-autoscaler", labels, Port("http", 8085, 8085)));
    }

    // The device plugin talks to the kubelet over its socket on the host: no port.
    private static ChartWorkloads NvidiaDevicePlugin()
        => new("nvidia-device-plugin", "0.20.0",
            Pod(NvidiaDevicePluginAddon.NamespaceName, "nvidia-device-plugin", Labels((Name, "nvidia-device-plugin"), (Instance, "nvidia-device-plugin"))));

    private static ChartWorkloads KubePrometheusStack()
    {
        const string ns = MonitoringAddon.NamespaceName;
        const string release = "kube-prometheus-stack";
        var grafana = Labels((Name, "grafana"), (Instance, release));
        var ksm = Labels((Name, "kube-state-metrics"), (Instance, release));
        var nodeExporter = Labels((Name, "prometheus-node-exporter"), (Instance, release));
        var operatorLabels = Labels(("app", "kube-prometheus-stack-operator"), ("release", release));
        // The Prometheus and Alertmanager StatefulSets are the operator's: it labels their pods with the resource's name
        // (prometheus-operator pkg/prometheus/statefulset.go, pkg/alertmanager/statefulset.go).
        var prometheus = Labels((Name, "prometheus"), ("operator.prometheus.io/name", "kube-prometheus-stack-prometheus"));
        var alertmanager = Labels((Name, "alertmanager"), ("alertmanager", "kube-prometheus-stack-alertmanager"));
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
#endif
