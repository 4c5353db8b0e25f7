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
using Numinia.Components.Common;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;

namespace Numinia.Components.Kubernetes.NetworkPolicies;

/// <summary>
/// The addresses the network policies name: peers with no labels a policy can select are address ranges.
/// </summary>
/// <param name="Vpc">The VPC: pods and nodes take their addresses from it (the VPC CNI).</param>
/// <param name="PrivateSubnets">The private subnets: the nodes, the pods, and the EKS control plane's cross-account ENIs (EKS places them
/// in the subnets the cluster is given), from which the API server calls webhooks and aggregated APIs.</param>
/// <param name="PublicSubnets">The public subnets: the internet-facing NLB's addresses (target type ip, no client IP preservation).</param>
/// <param name="ServiceRange">The cluster's Service range; the API server's ClusterIP (<c>kubernetes.default</c>) is its first address.</param>
public sealed record ClusterAddresses(Cidr Vpc, ImmutableArray<Cidr> PrivateSubnets, ImmutableArray<Cidr> PublicSubnets, Cidr ServiceRange)
{
    /// <summary><c>kubernetes.default</c>'s ClusterIP as a /32 block.</summary>
    public string ApiServer => $"{ApiServerAddress(ServiceRange)}/32";

    /// <summary>The first address of a Service range: the ClusterIP the API server allocates to <c>default/kubernetes</c>.</summary>
    public static string ApiServerAddress(Cidr serviceRange)
    {
        var first = serviceRange.Network + 1;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first >> 24}.{(first >> 16) & 255}.{(first >> 8) & 255}.{first & 255}");
    }
}

/// <summary>
/// The allows of each shared service's namespace, from its chart's ports, written for how the VPC CNI enforces them
/// (aws/aws-network-policy-agent v1.2.7 and aws/amazon-network-policy-controller-k8s; the flow model in infra/Flows
/// evaluates them the same way):
/// <list type="bullet">
/// <item>The agent's egress probe sees a Service's ClusterIP before kube-proxy's DNAT, and the controller adds ClusterIPs only
/// for pod-selector peers whose selector matches the Service's. The API server's Service has no selector, so the API
/// server is its ClusterIP, <c>kubernetes.default</c> (the first address of the pinned service range), TCP 443.</item>
/// <item>The EKS control plane calls admission webhooks and aggregated APIs from its cross-account ENIs in the private
/// subnets: they carry no pod labels, so those calls come from the private subnets.</item>
/// <item>AWS service endpoints (STS, Route 53, ELB, EC2, Secrets Manager, CloudWatch Logs) and the ACME directory have public
/// addresses from ranges that change without notice: they are TCP 443 to 0.0.0.0/0 less the VPC (other pods and nodes),
/// the Service range (other Services) and the instance metadata address (node credentials).</item>
/// <item>The NLB in front of Kourier targets pod IPs (target type ip) from its addresses in the public subnets.</item>
/// </list>
/// </summary>
public static class SharedServiceAllows
{
    /// <summary>The instance metadata address, never reachable from a shared service's pods.</summary>
    public const string InstanceMetadataCidr = "169.254.169.254/32";

    /// <summary>The label of tenant namespaces (an organization's namespaces).</summary>
    public const string TenantNamespaceLabel = "numinia.xyz/organization";

    /// <summary>
    /// The label of the namespaces Knative serves applications in (tenants', and the platform's application namespaces):
    /// Kourier and the activator route to their pods, the autoscaler and Prometheus scrape them, their pods call Kourier.
    /// </summary>
    public const string ServedNamespaceLabel = "numinia.xyz/knative-serving";

    /// <summary>The value of <see cref="ServedNamespaceLabel"/>.</summary>
    public const string ServedNamespaceValue = "enabled";

    /// <summary>Kourier's gateway pods (the NLB's targets).</summary>
    public static readonly ImmutableDictionary<string, string> KourierGateway = App("3scale-kourier-gateway");

    /// <summary>Kourier gateway ports: 8080 plain HTTP and 8443 TLS (external), 8081 the cluster-local gateway.</summary>
    public static readonly ImmutableArray<NetworkPort> KourierGatewayPorts = ImmutableArray.Create(Tcp(8080), Tcp(8443), Tcp(8081));

    /// <summary>coredns's metrics port (the prometheus plugin of EKS's Corefile), which kube-prometheus-stack scrapes.</summary>
    public const int CoreDnsMetricsPort = 9153;

    /// <summary>The metrics ports Prometheus scrapes in the shared-service namespaces, by namespace.</summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts = new Dictionary<string, ImmutableArray<NetworkPort>>
    {
        [LoadBalancerControllerAddon.NamespaceName] = ImmutableArray.Create(Tcp(8080)),
        [CertManagerAddon.NamespaceName] = ImmutableArray.Create(Tcp(9402)),
        [ExternalDnsAddon.NamespaceName] = ImmutableArray.Create(Tcp(7979)),
        [KnativeServingAddon.OperatorNamespaceName] = ImmutableArray.Create(Tcp(9090)),
        // The Knative components on 9090; Kourier's gateway (Envoy's stats) on 9000.
        [KnativeServingAddon.ServingNamespaceName] = ImmutableArray.Create(Tcp(9090), Tcp(9000)),
        [ExternalSecretsAddon.NamespaceName] = ImmutableArray.Create(Tcp(8080)),
        [SecretsStoreCsiAddon.NamespaceName] = ImmutableArray.Create(Tcp(8095)),
        [SealedSecretsAddon.NamespaceName] = ImmutableArray.Create(Tcp(8081)),
        [LoggingAddon.NamespaceName] = ImmutableArray.Create(Tcp(2020)),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Every shared-service namespace with its allows, for the cluster's <paramref name="addresses"/>; <paramref name="withGpu"/>
    /// adds the NVIDIA device plugin's namespace.
    /// </summary>
    public static ImmutableArray<NamespaceAllows> Catalogue(ClusterAddresses addresses, bool withGpu)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var vpc = addresses.Vpc.ToString();
        var controlPlane = addresses.PrivateSubnets.Select(s => NetworkPeer.Cidr(s.ToString())).ToArray();
        var nodes = controlPlane;
        var internet = NetworkPeer.Cidr("0.0.0.0/0", vpc, addresses.ServiceRange.ToString(), InstanceMetadataCidr);
        var apiServer = NetworkAllow.Out("api-server-egress", NetworkPeer.Cidr(addresses.ApiServer), Tcp(443));
        var awsApis = NetworkAllow.Out("aws-apis-egress", internet, Tcp(443));
        NetworkAllow Webhook(int port) => NetworkAllow.In("webhook-ingress", controlPlane, Tcp(port));
        NetworkAllow Metrics(string ns) => NetworkAllow.In("metrics-ingress", NetworkPeer.Namespace(MonitoringAddon.NamespaceName), [.. MetricsPorts[ns]]);

        var namespaces = ImmutableArray.CreateBuilder<NamespaceAllows>();
        void Add(string ns, params NetworkAllow[] allows) => namespaces.Add(new NamespaceAllows(ns, allows.ToImmutableArray()));

        // The controller serves its pod and service mutating/validating webhooks on 9443 and calls ELB, EC2,
        // ACM, WAF and Shield.
        Add(LoadBalancerControllerAddon.NamespaceName,
            apiServer, awsApis, Webhook(9443), Metrics(LoadBalancerControllerAddon.NamespaceName));

        // The webhook serves on its securePort 10250. The controller calls the ACME directory and Route 53
        // (443), queries the zones' authoritative name servers for DNS-01 propagation (53), and fetches the
        // HTTP-01 token over plain HTTP (80) before telling the ACME server to check it.
        Add(CertManagerAddon.NamespaceName,
            apiServer, awsApis, Webhook(10250), Metrics(CertManagerAddon.NamespaceName),
            NetworkAllow.Out("acme-self-check-egress", internet, Tcp(53), Udp(53), Tcp(80)));

        // Route 53 over 443.
        Add(ExternalDnsAddon.NamespaceName, apiServer, awsApis, Metrics(ExternalDnsAddon.NamespaceName));

        // The operator's webhook serves on 8443; it only talks to the API server.
        Add(KnativeServingAddon.OperatorNamespaceName,
            apiServer, Webhook(8443), Metrics(KnativeServingAddon.OperatorNamespaceName));

        // Serving and Kourier share the namespace: the webhook serves on 8443; the NLB reaches the gateway's
        // pods (target type ip) from the public subnets; the served namespaces' pods call cluster-local services through
        // the gateway; the gateway, activator and autoscaler talk among themselves (xDS 18000, 8012/8013, 8080,
        // 8090 probes) and to the served namespaces' pods (queue-proxy 8012, 9090); the controller resolves image tags to
        // digests at the registries over 443.
        var served = NetworkPeer.NamespacesLabelled(ServedNamespaceLabel);
        Add(KnativeServingAddon.ServingNamespaceName,
            apiServer, Webhook(8443), Metrics(KnativeServingAddon.ServingNamespaceName),
            NetworkAllow.In("nlb-ingress", addresses.PublicSubnets.Select(s => NetworkPeer.Cidr(s.ToString())).ToArray(), Tcp(8080), Tcp(8443)).For(KourierGateway),
            NetworkAllow.In("served-ingress", served, [.. KourierGatewayPorts]).For(KourierGateway),
            NetworkAllow.In("same-namespace-ingress", NetworkPeer.SameNamespace),
            NetworkAllow.Out("same-namespace-egress", NetworkPeer.SameNamespace),
            NetworkAllow.Out("served-egress", served),
            (awsApis with { Name = "registries-egress" }).For(App("controller")));

        // The webhook serves on 10250; the controller reads Secrets Manager (and STS for IRSA) over 443.
        Add(ExternalSecretsAddon.NamespaceName,
            apiServer, awsApis, Webhook(10250), Metrics(ExternalSecretsAddon.NamespaceName));

        // The driver watches pods and secrets; the AWS provider calls Secrets Manager, SSM and STS.
        Add(SecretsStoreCsiAddon.NamespaceName, apiServer, awsApis, Metrics(SecretsStoreCsiAddon.NamespaceName));

        // kubeseal fetches the certificate through the API server's service proxy: the controller's 8080
        // from the control plane.
        Add(SealedSecretsAddon.NamespaceName,
            apiServer, NetworkAllow.In("api-proxy-ingress", controlPlane, Tcp(8080)), Metrics(SealedSecretsAddon.NamespaceName));

        // Prometheus, Alertmanager, Grafana, the operator and kube-state-metrics talk among themselves; the
        // operator's admission webhook serves on 10250; Prometheus scrapes the shared services' metrics ports,
        // every port of the served namespaces' pods, coredns, the API server's endpoints (the control plane's ENIs) and the
        // nodes (kubelet 10250, node-exporter 9100 on the host network).
        // node-exporter runs on the host network: as a same-namespace peer the controller would resolve it to every node's
        // address (its pods' IPs), opening every port of every node. It is left out; its 9100 is a scrape of the nodes.
        var monitoringPods = NetworkPeer.SameNamespaceExcept(NodeExporterLabel.Key, NodeExporterLabel.Value);
        Add(MonitoringAddon.NamespaceName,
            apiServer, Webhook(10250),
            NetworkAllow.In("same-namespace-ingress", monitoringPods),
            NetworkAllow.Out("same-namespace-egress", monitoringPods),
            NetworkAllow.Out("scrape-egress", NetworkPeer.AllNamespaces, [.. MetricsPorts.Values.SelectMany(p => p).Distinct().OrderBy(p => p.Number).ThenBy(p => p.Protocol, StringComparer.Ordinal)]),
            NetworkAllow.Out("scrape-served-egress", served),
            NetworkAllow.Out("scrape-coredns-egress", NetworkPeer.Namespace("kube-system", DnsPods), Tcp(CoreDnsMetricsPort)),
            NetworkAllow.Out("scrape-control-plane-egress", controlPlane, Tcp(443)),
            NetworkAllow.Out("scrape-nodes-egress", nodes, Tcp(9100), Tcp(10250)));

        // Fluent Bit asks the API server for pod metadata and ships to CloudWatch Logs over 443.
        Add(LoggingAddon.NamespaceName, apiServer, awsApis, Metrics(LoggingAddon.NamespaceName));

        // The aggregated metrics API is called by the control plane on 10250; Metrics Server reads the
        // kubelets on 10250.
        Add(MetricsServerAddon.NamespaceName,
            apiServer, Webhook(10250) with { Name = "metrics-api-ingress" },
            NetworkAllow.Out("kubelet-egress", nodes, Tcp(10250)));

        if (withGpu)
        {
            // The device plugin talks to the kubelet over its socket on the host: no network at all beyond DNS.
            Add(NvidiaDevicePluginAddon.NamespaceName);
        }

        return namespaces.ToImmutable();
    }

    /// <summary>The label of node-exporter's pods (kube-prometheus-stack's prometheus-node-exporter subchart).</summary>
    public static readonly KeyValuePair<string, string> NodeExporterLabel = KeyValuePair.Create("app.kubernetes.io/name", "prometheus-node-exporter");

    /// <summary>The labels of the cluster DNS's pods (coredns, EKS's add-on) in kube-system.</summary>
    public static readonly ImmutableDictionary<string, string> DnsPods = ImmutableDictionary<string, string>.Empty.Add("k8s-app", "kube-dns");

    private static ImmutableDictionary<string, string> App(string name) => ImmutableDictionary<string, string>.Empty.Add("app", name);
}
