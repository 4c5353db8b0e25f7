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
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;

namespace Numinia.Components.Kubernetes.NetworkPolicies;

/// <summary>
/// The allows of each shared service's namespace, from its chart's ports. Three kinds of peer cannot be
/// selected by label and are given as address ranges:
/// <list type="bullet">
/// <item>The EKS control plane (the API server, and the caller of admission webhooks and aggregated APIs)
/// is reached through the cross-account ENIs EKS places in the cluster's subnets: they carry no pod labels,
/// so the API server is TCP 443 to the VPC CIDR, and webhook calls come from the VPC CIDR.</item>
/// <item>AWS service endpoints (STS, Route 53, ELB, EC2, Secrets Manager, CloudWatch Logs) and the ACME
/// directory have public addresses from ranges that change without notice: they are TCP 443 to 0.0.0.0/0
/// less the VPC (other pods and nodes) and the instance metadata address (node credentials).</item>
/// <item>The NLB in front of Kourier targets pod IPs (target type ip) from its addresses in the public
/// subnets, inside the VPC CIDR.</item>
/// </list>
/// </summary>
public static class SharedServiceAllows
{
    /// <summary>The instance metadata address, never reachable from a shared service's pods.</summary>
    public const string InstanceMetadataCidr = "169.254.169.254/32";

    /// <summary>The label of tenant namespaces (Knative routes to them, Prometheus scrapes them).</summary>
    public const string TenantNamespaceLabel = "numinia.xyz/organization";

    /// <summary>Kourier's gateway pods (the NLB's targets).</summary>
    public static readonly ImmutableDictionary<string, string> KourierGateway = App("3scale-kourier-gateway");

    /// <summary>Kourier gateway ports: 8080 plain HTTP and 8443 TLS (external), 8081 the cluster-local gateway.</summary>
    public static readonly ImmutableArray<NetworkPort> KourierGatewayPorts = ImmutableArray.Create(Tcp(8080), Tcp(8443), Tcp(8081));

    /// <summary>The metrics ports Prometheus scrapes in the shared-service namespaces, by namespace.</summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts = new Dictionary<string, ImmutableArray<NetworkPort>>
    {
        [LoadBalancerControllerAddon.NamespaceName] = ImmutableArray.Create(Tcp(8080)),
        [CertManagerAddon.NamespaceName] = ImmutableArray.Create(Tcp(9402)),
        [ExternalDnsAddon.NamespaceName] = ImmutableArray.Create(Tcp(7979)),
        [KnativeServingAddon.OperatorNamespaceName] = ImmutableArray.Create(Tcp(9090)),
        [KnativeServingAddon.ServingNamespaceName] = ImmutableArray.Create(Tcp(9090), Tcp(9091)),
        [ExternalSecretsAddon.NamespaceName] = ImmutableArray.Create(Tcp(8080)),
        [SecretsStoreCsiAddon.NamespaceName] = ImmutableArray.Create(Tcp(8095)),
        [SealedSecretsAddon.NamespaceName] = ImmutableArray.Create(Tcp(8081)),
        [LoggingAddon.NamespaceName] = ImmutableArray.Create(Tcp(2020)),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Every shared-service namespace with its allows. <paramref name="vpcCidr"/> stands for the control
    /// plane's ENIs, the nodes and the NLB; <paramref name="withGpu"/> adds the NVIDIA device plugin's namespace.
    /// </summary>
    public static ImmutableArray<NamespaceAllows> Catalogue(string vpcCidr, bool withGpu)
    {
        var apiServer = NetworkAllow.Out("api-server-egress", NetworkPeer.Cidr(vpcCidr), Tcp(443));
        var awsApis = NetworkAllow.Out("aws-apis-egress", NetworkPeer.Cidr("0.0.0.0/0", vpcCidr, InstanceMetadataCidr), Tcp(443));
        NetworkAllow Webhook(int port) => NetworkAllow.In("webhook-ingress", NetworkPeer.Cidr(vpcCidr), Tcp(port));
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
            NetworkAllow.Out("acme-self-check-egress", NetworkPeer.Cidr("0.0.0.0/0", vpcCidr, InstanceMetadataCidr), Tcp(53), Udp(53), Tcp(80)));

        // Route 53 over 443.
        Add(ExternalDnsAddon.NamespaceName, apiServer, awsApis, Metrics(ExternalDnsAddon.NamespaceName));

        // The operator's webhook serves on 8443; it only talks to the API server.
        Add(KnativeServingAddon.OperatorNamespaceName,
            apiServer, Webhook(8443), Metrics(KnativeServingAddon.OperatorNamespaceName));

        // Serving and Kourier share the namespace: the webhook serves on 8443; the NLB reaches the gateway's
        // pods (target type ip) from the public subnets; tenant pods call cluster-local services through the
        // gateway; the gateway, activator and autoscaler talk among themselves (xDS 18000, 8012/8013, 8080,
        // 9090) and to the tenants' pods (queue-proxy); the controller resolves image tags to digests at the
        // registries over 443.
        Add(KnativeServingAddon.ServingNamespaceName,
            apiServer, Webhook(8443), Metrics(KnativeServingAddon.ServingNamespaceName),
            NetworkAllow.In("nlb-ingress", NetworkPeer.Cidr(vpcCidr), Tcp(8080), Tcp(8443)).For(KourierGateway),
            NetworkAllow.In("tenant-ingress", NetworkPeer.NamespacesLabelled(TenantNamespaceLabel), [.. KourierGatewayPorts]).For(KourierGateway),
            NetworkAllow.In("same-namespace-ingress", NetworkPeer.SameNamespace),
            NetworkAllow.Out("same-namespace-egress", NetworkPeer.SameNamespace),
            NetworkAllow.Out("tenant-egress", NetworkPeer.NamespacesLabelled(TenantNamespaceLabel)),
            (awsApis with { Name = "registries-egress" }).For(App("controller")));

        // The webhook serves on 10250; the controller reads Secrets Manager (and STS for IRSA) over 443.
        Add(ExternalSecretsAddon.NamespaceName,
            apiServer, awsApis, Webhook(10250), Metrics(ExternalSecretsAddon.NamespaceName));

        // The driver watches pods and secrets; the AWS provider calls Secrets Manager, SSM and STS.
        Add(SecretsStoreCsiAddon.NamespaceName, apiServer, awsApis, Metrics(SecretsStoreCsiAddon.NamespaceName));

        // kubeseal fetches the certificate through the API server's service proxy: the controller's 8080
        // from the control plane.
        Add(SealedSecretsAddon.NamespaceName,
            apiServer, NetworkAllow.In("api-proxy-ingress", NetworkPeer.Cidr(vpcCidr), Tcp(8080)), Metrics(SealedSecretsAddon.NamespaceName));

        // Prometheus, Alertmanager, Grafana, the operator and kube-state-metrics talk among themselves; the
        // operator's admission webhook serves on 10250; Prometheus scrapes the shared services' metrics
        // ports, every port of tenant pods, and the nodes (kubelet 10250, node-exporter 9100 on the host
        // network, addressed in the VPC).
        Add(MonitoringAddon.NamespaceName,
            apiServer, Webhook(10250),
            NetworkAllow.In("same-namespace-ingress", NetworkPeer.SameNamespace),
            NetworkAllow.Out("same-namespace-egress", NetworkPeer.SameNamespace),
            NetworkAllow.Out("scrape-egress", NetworkPeer.AllNamespaces, [.. MetricsPorts.Values.SelectMany(p => p).Distinct().OrderBy(p => p.Number).ThenBy(p => p.Protocol, StringComparer.Ordinal)]),
            NetworkAllow.Out("scrape-tenants-egress", NetworkPeer.NamespacesLabelled(TenantNamespaceLabel)),
            NetworkAllow.Out("scrape-nodes-egress", NetworkPeer.Cidr(vpcCidr), Tcp(9100), Tcp(10250)));

        // Fluent Bit asks the API server for pod metadata and ships to CloudWatch Logs over 443.
        Add(LoggingAddon.NamespaceName, apiServer, awsApis, Metrics(LoggingAddon.NamespaceName));

        // The aggregated metrics API is called by the control plane on 10250; Metrics Server reads the
        // kubelets on 10250.
        Add(MetricsServerAddon.NamespaceName,
            apiServer, Webhook(10250) with { Name = "metrics-api-ingress" },
            NetworkAllow.Out("kubelet-egress", NetworkPeer.Cidr(vpcCidr), Tcp(10250)));

        if (withGpu)
        {
            // The device plugin talks to the kubelet over its socket on the host: no network at all beyond DNS.
            Add(NvidiaDevicePluginAddon.NamespaceName);
        }

        return namespaces.ToImmutable();
    }

    private static ImmutableDictionary<string, string> App(string name) => ImmutableDictionary<string, string>.Empty.Add("app", name);
}
