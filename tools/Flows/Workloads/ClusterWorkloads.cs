#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Addons;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Infra.Flows.Workloads;

/// <summary>
/// The workloads that are not Helm releases of the platform: Knative Serving and Kourier (installed by the Knative
/// operator from its embedded manifests for the KnativeServing's version), what EKS runs in kube-system, the API server's
/// Service, and the pods of applications (a Knative revision, an ACME HTTP-01 solver).
/// </summary>
public static class ClusterWorkloads
{
    /// <summary>The Service of the API server in <c>default</c>: no selector, endpoints kept by the API server itself.</summary>
    public const string ApiServerService = "kubernetes";

    /// <summary>The cluster DNS Service in kube-system (EKS's coredns add-on).</summary>
    public const string DnsService = "kube-dns";

    /// <summary>The labels of coredns's pods (the EKS coredns add-on's Deployment).</summary>
    public static readonly ImmutableDictionary<string, string> DnsPodLabels = Labels(("k8s-app", "kube-dns"));

    /// <summary>
    /// Knative Serving 1.23.0 and net-kourier, as knative/operator v1.23.0 installs them
    /// (<c>cmd/operator/kodata/knative-serving/1.23.0/2-serving-core.yaml</c>, <c>3-serving-hpa.yaml</c>,
    /// <c>cmd/operator/kodata/ingress/1.23/kourier/kourier.yaml</c>).
    /// </summary>
    public static ChartWorkloads KnativeServing()
    {
        const string ns = KnativeServingAddon.ServingNamespaceName;
        var activator = Labels(("app", "activator"), ("role", "activator"));
        var autoscaler = Labels(("app", "autoscaler"));
        var webhook = Labels(("app", "webhook"), ("role", "webhook"));
        var gateway = Labels(("app", "3scale-kourier-gateway"));
        var kourierController = Labels(("app", "net-kourier-controller"));
        return new ChartWorkloads("knative-serving", "1.23.0",
                Pod(ns, "activator", activator, Tcp("metrics", 9090), Tcp("profiling", 8008), Tcp("http1", 8012), Tcp("h2c", 8013)),
                Pod(ns, "autoscaler", autoscaler, Tcp("metrics", 9090), Tcp("profiling", 8008), Tcp("websocket", 8080)),
                Pod(ns, "autoscaler-hpa", Labels(("app", "autoscaler-hpa")), Tcp("metrics", 9090), Tcp("profiling", 8008), Tcp("probes", 8080)),
                Pod(ns, "controller", Labels(("app", "controller")), Tcp("metrics", 9090), Tcp("profiling", 8008), Tcp("probes", 8080)),
                Pod(ns, "webhook", webhook, Tcp("metrics", 9090), Tcp("profiling", 8008), Tcp("https-webhook", 8443)),
                Pod(ns, "net-kourier-controller", kourierController, Tcp("http2-xds", 18000), Tcp("metrics", 9090)),
                Pod(ns, "3scale-kourier-gateway", gateway, Tcp("http2-external", 8080), Tcp("http2-internal", 8081), Tcp("https-external", 8443),
                    Tcp("http-probe", 8090), Tcp("https-probe", 9443), Tcp("metrics", 9000)))
            .With(
                Service(ns, "activator-service", Labels(("app", "activator")), Port("http-metrics", 9090, 9090), Port("http-profiling", 8008, 8008),
                    Port("http", 80, 8012), Port("http2", 81, 8013), Port("https", 443, 8112)),
                Service(ns, "autoscaler", autoscaler, Port("http-metrics", 9090, 9090), Port("http-profiling", 8008, 8008), Port("http", 8080, 8080)),
                Service(ns, "controller", Labels(("app", "controller")), Port("http-metrics", 9090, 9090), Port("http-profiling", 8008, 8008)),
                Service(ns, "webhook", webhook, Port("http-metrics", 9090, 9090), Port("http-profiling", 8008, 8008), Port("https-webhook", 443, 8443)),
                Service(ns, "net-kourier-controller", kourierController, Port("grpc-xds", 18000, 18000), Port("http-metrics", 9090, 9090)),
                Service(ns, "kourier", gateway, Port("http2", 80, 8080), Port("https", 443, 8443)),
                Service(ns, "kourier-internal", gateway, Port("http2", 80, 8081), Port("https", 443, 8444)));
    }

    /// <summary>
    /// What EKS runs in kube-system and default: coredns (its add-on Deployment and the <c>kube-dns</c> Service, whose
    /// ClusterIP EKS sets to the tenth address of the service range), kube-proxy and aws-node on the host network, and the
    /// API server's <c>kubernetes</c> Service (the first address of the service range).
    /// </summary>
    public static ChartWorkloads Eks()
        => new ChartWorkloads("eks", "managed",
                Pod("kube-system", "coredns", DnsPodLabels, Udp("dns", 53), Tcp("dns-tcp", 53), Tcp("metrics", 9153)),
                new WorkloadSpec("kube-system", "kube-proxy", Labels(("k8s-app", "kube-proxy")), [Tcp("metrics", 10249)], HostNetwork: true),
                new WorkloadSpec("kube-system", "aws-node", Labels(("k8s-app", "aws-node")), [Tcp("metrics", 61678)], HostNetwork: true))
            .With(
                Service("kube-system", DnsService, DnsPodLabels, Port("dns", 53, 53, "UDP"), Port("dns-tcp", 53, 53), Port("metrics", 9153, 9153)),
                Service("default", ApiServerService, null, Port("https", 443, 443)));

    /// <summary>
    /// A Knative revision's pod (knative/serving 1.23: the queue-proxy sidecar in front of the user container): requests on
    /// 8012 (HTTP/1) and 8013 (h2c), the autoscaler's metrics on 9090, the user-facing metrics on 9091, the admin port 8022.
    /// </summary>
    public static WorkloadSpec Revision(string ns)
        => Pod(ns, "revision",
            Labels(("serving.knative.dev/service", "app"), ("serving.knative.dev/revision", "app-00001"), ("serving.knative.dev/configuration", "app"),
                ("app", "app-00001")),
            Tcp("http1", 8012), Tcp("h2c", 8013), Tcp("queue-adm", 8022), Tcp("http-autometric", 9090), Tcp("http-usermetric", 9091),
            Tcp("user-port", 8080));

    /// <summary>The pod cert-manager starts to answer an HTTP-01 challenge in the Certificate's namespace (port 8089).</summary>
    public static WorkloadSpec AcmeSolver(string ns)
        => Pod(ns, "acme-solver", Labels(("acme.cert-manager.io/http01-solver", "true")), Tcp("http", 8089));

    /// <summary>A workload of a namespace Knative does not serve (a CI runner).</summary>
    public static WorkloadSpec Job(string ns) => Pod(ns, "job", Labels(("app", "job")), Tcp("http", 8080));
}
#endif
