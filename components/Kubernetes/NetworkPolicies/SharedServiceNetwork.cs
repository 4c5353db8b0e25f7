using System.Collections.Immutable;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;

namespace Numinia.Components.Kubernetes.NetworkPolicies;

/// <summary>
/// What a shared service's allows are written in: the cluster's addresses, the namespaces every service deals with
/// (Prometheus's, Knative Serving's), the metrics ports of every service (which Prometheus's egress opens), and the allows
/// most services share, written for how the VPC CNI enforces them (aws/aws-network-policy-agent v1.2.7 and
/// aws/amazon-network-policy-controller-k8s; the flow model in the tools project evaluates them the same way):
/// <list type="bullet">
/// <item>The agent's egress probe sees a Service's ClusterIP before kube-proxy's DNAT, and the controller adds ClusterIPs only
/// for pod-selector peers whose selector matches the Service's. The API server's Service has no selector, so the API
/// server is its ClusterIP, <c>kubernetes.default</c> (the first address of the pinned service range), TCP 443.</item>
/// <item>The EKS control plane calls admission webhooks and aggregated APIs from its cross-account ENIs in the private
/// subnets: they carry no pod labels, so those calls come from the private subnets.</item>
/// <item>AWS service endpoints (STS, Route 53, ELB, EC2, Secrets Manager, CloudWatch Logs) and the ACME directory have public
/// addresses from ranges that change without notice: they are TCP 443 to 0.0.0.0/0 less the VPC (other pods and nodes),
/// the Service range (other Services) and the instance metadata address (node credentials).</item>
/// </list>
/// </summary>
/// <param name="Addresses">The cluster's addresses.</param>
/// <param name="MonitoringNamespace">Prometheus's namespace, which scrapes every metrics port.</param>
/// <param name="MetricsPorts">Every installed service's metrics ports, by its namespace.</param>
public sealed record SharedServiceNetwork(ClusterAddresses Addresses, string MonitoringNamespace, ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts)
{
    /// <summary>The instance metadata address, never reachable from a shared service's pods.</summary>
    public const string InstanceMetadataCidr = "169.254.169.254/32";

    /// <summary>The EKS control plane's ENIs (and the nodes): the private subnets.</summary>
    public NetworkPeer[] ControlPlane => Addresses.PrivateSubnets.Select(s => NetworkPeer.Cidr(s.ToString())).ToArray();

    /// <summary>The nodes' addresses (the kubelets, host-network daemons): the private subnets.</summary>
    public NetworkPeer[] Nodes => ControlPlane;

    /// <summary>The public subnets, where the internet-facing load balancers' addresses are.</summary>
    public NetworkPeer[] PublicSubnets => Addresses.PublicSubnets.Select(s => NetworkPeer.Cidr(s.ToString())).ToArray();

    /// <summary>Every public address: 0.0.0.0/0 less the VPC, the Service range and the instance metadata address.</summary>
    public NetworkPeer Internet => NetworkPeer.Cidr("0.0.0.0/0", Addresses.Vpc.ToString(), Addresses.ServiceRange.ToString(), InstanceMetadataCidr);

    /// <summary>TCP 443 to the API server at <c>kubernetes.default</c>'s ClusterIP.</summary>
    public NetworkAllow ApiServer => NetworkAllow.Out("api-server-egress", NetworkPeer.Cidr(Addresses.ApiServer), Tcp(443));

    /// <summary>TCP 443 to AWS's endpoints and ACME.</summary>
    public NetworkAllow AwsApis => NetworkAllow.Out("aws-apis-egress", Internet, Tcp(443));

    /// <summary>The control plane's calls to an admission webhook (or aggregated API) on <paramref name="port"/>.</summary>
    public NetworkAllow Webhook(int port) => NetworkAllow.In("webhook-ingress", ControlPlane, Tcp(port));

    /// <summary>Prometheus's scrapes of <paramref name="ns"/>'s metrics ports.</summary>
    public NetworkAllow Metrics(string ns) => NetworkAllow.In("metrics-ingress", NetworkPeer.Namespace(MonitoringNamespace), [.. MetricsPorts[ns]]);

    /// <summary>Every metrics port of every service, once each, in port order (Prometheus's egress).</summary>
    public ImmutableArray<NetworkPort> AllMetricsPorts
        => MetricsPorts.Values.SelectMany(p => p).Distinct().OrderBy(p => p.Number).ThenBy(p => p.Protocol, StringComparer.Ordinal).ToImmutableArray();
}
