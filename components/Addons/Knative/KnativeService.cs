using System.Collections.Immutable;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.Knative;

/// <summary>Knative Serving with Kourier, through the Knative operator, as a shared service.</summary>
public sealed class KnativeService : SharedService<KnativeSettings>
{
    /// <summary>Kourier gateway ports: 8080 plain HTTP and 8443 TLS (external), 8081 the cluster-local gateway.</summary>
    public static readonly ImmutableArray<NetworkPort> KourierGatewayPorts = [Tcp(8080), Tcp(8443), Tcp(8081)];

    /// <inheritdoc />
    public override string Name => "knative";

    /// <inheritdoc />
    public override string Namespace => KnativeServingAddon.ServingNamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys =>
    [
        KnativeSettings.OperatorChartVersionKey, KnativeSettings.ServingVersionKey, KnativeSettings.ScaleToZeroGracePeriodKey,
        KnativeSettings.MaxRevisionTimeoutSecondsKey, KnativeSettings.DomainMappingIssuerKey,
    ];

    /// <summary>The operator's NLB comes from the Load Balancer Controller; DomainMapping certificates need cert-manager; records, external-dns.</summary>
    public override ImmutableArray<string> DependsOn => ["aws-load-balancer-controller", "cert-manager", "external-dns"];

    /// <summary>The Knative components on 9090; Kourier's gateway (Envoy's stats) on 9000.</summary>
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => ImmutableDictionary<string, ImmutableArray<NetworkPort>>.Empty
        .Add(KnativeServingAddon.OperatorNamespaceName, [Tcp(9090)])
        .Add(KnativeServingAddon.ServingNamespaceName, [Tcp(9090), Tcp(9000)]);

    /// <summary>
    /// The operator's webhook serves on 8443; it only talks to the API server. Serving and Kourier share their namespace:
    /// the webhook serves on 8443; the NLB reaches the gateway's pods (target type ip) from the public subnets; the served
    /// namespaces' pods call cluster-local services through the gateway; the gateway, activator and autoscaler talk among
    /// themselves (xDS 18000, 8012/8013, 8080, 8090 probes) and to the served namespaces' pods (queue-proxy 8012, 9090); the
    /// controller resolves image tags to digests at the registries over 443.
    /// </summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
    {
        const string serving = KnativeServingAddon.ServingNamespaceName;
        var served = NetworkPeer.NamespacesLabelled(NamespaceLabels.KnativeServed);
        var gateway = KnativeServingAddon.KourierGatewayLabels;
        return
        [
            new NamespaceAllows(KnativeServingAddon.OperatorNamespaceName,
                [network.ApiServer, network.Webhook(8443), network.Metrics(KnativeServingAddon.OperatorNamespaceName)]),
            new NamespaceAllows(serving,
            [
                network.ApiServer, network.Webhook(8443), network.Metrics(serving),
                NetworkAllow.In("nlb-ingress", network.PublicSubnets, Tcp(8080), Tcp(8443)).For(gateway),
                NetworkAllow.In("served-ingress", served, [.. KourierGatewayPorts]).For(gateway),
                NetworkAllow.In("same-namespace-ingress", NetworkPeer.SameNamespace),
                NetworkAllow.Out("same-namespace-egress", NetworkPeer.SameNamespace),
                NetworkAllow.Out("served-egress", served),
                (network.AwsApis with { Name = "registries-egress" }).For(KnativeServingAddon.ControllerLabels),
            ]),
        ];
    }

    /// <inheritdoc />
    public override KnativeSettings Read(ISettingsReader config, SharedServiceFacts facts) => KnativeSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, KnativeSettings settings)
        => new KnativeServingAddon(Name, new KnativeServingAddonArgs
        {
            Context = setup.Context,
            ExternalDns = setup.Get<ExternalDnsAddon>(),
            BaseDomain = setup.Facts.Dns.BaseDomain,
            LoadBalancerController = setup.Get<LoadBalancerControllerAddon>().Release,
            CertManager = setup.Get<CertManagerAddon>(),
            Settings = settings,
        }, setup.Options);

    /// <summary>
    /// The operator's pods (from its chart's rendering) and Knative Serving's and Kourier's, which the operator installs from its
    /// embedded manifests (knative/operator v1.23.0 cmd/operator/kodata/knative-serving/1.23.0/2-serving-core.yaml and
    /// 3-serving-hpa.yaml: each controller's <c>metrics</c> port 9090; cmd/operator/kodata/ingress/1.23/kourier/kourier.yaml:
    /// the gateway's Envoy serves <c>/stats/prometheus</c> on 9000, its prometheus.io annotations).
    /// </summary>
    public override ImmutableArray<ScrapeTarget> ScrapeTargets
    {
        get
        {
            const string ns = KnativeServingAddon.ServingNamespaceName;
            ScrapeTarget Controller(string workload, params (string, string)[] labels) => new(ns, workload, Labels(labels), 9090);
            return
            [
                .. base.ScrapeTargets,
                Controller("activator", ("app", "activator"), ("role", "activator")),
                Controller("autoscaler", ("app", "autoscaler")),
                Controller("autoscaler-hpa", ("app", "autoscaler-hpa")),
                Controller("controller", ("app", "controller")),
                Controller("webhook", ("app", "webhook"), ("role", "webhook")),
                Controller("net-kourier-controller", ("app", "net-kourier-controller")),
                new ScrapeTarget(ns, "3scale-kourier-gateway", Labels(("app", "3scale-kourier-gateway")), 9000, "/stats/prometheus"),
            ];
        }
    }

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(KnativeServingAddon.OperatorNamespaceName, "knative-operator", OperatorRendering()),
    ];

    private static ChartWorkloads OperatorRendering()
    {
        const string ns = KnativeServingAddon.OperatorNamespaceName;
        return new ChartWorkloads("knative-operator", "1.23.0",
                Pod(ns, "knative-operator", Labels(("name", "knative-operator"), (AppName, "knative-operator")), Tcp("metrics", 9090)),
                Pod(ns, "operator-webhook", Labels(("app", "operator-webhook"), ("role", "operator-webhook"), (AppName, "knative-operator")),
                    Tcp("metrics", 9090), Tcp("profiling", 8008), Tcp("https-webhook", 8443)))
            .With(Service(ns, "operator-webhook", Labels(("role", "operator-webhook")),
                Port("http-metrics", 9090, 9090), Port("http-profiling", 8008, 8008), Port("https-webhook", 443, 8443)));
    }
}
