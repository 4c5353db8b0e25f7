using System.Collections.Immutable;
using Numinia.Components.Kubernetes;

namespace Numinia.Components.Addons.Knative;

/// <summary>What Knative Serving installs, as the rest of the platform needs to know it: names, labels, annotations, workloads and quotas.</summary>
public sealed partial class KnativeServingAddon
{
    /// <summary>The operator's chart.</summary>
    public const string ChartName = "knative-operator";

    /// <summary>The operator's chart repository.</summary>
    public const string ChartRepository = "https://knative.github.io/operator";

    /// <summary>The operator's namespace (and Helm release name).</summary>
    public const string OperatorNamespaceName = "knative-operator";

    /// <summary>Knative Serving's namespace, where the KnativeServing resource lives.</summary>
    public const string ServingNamespaceName = "knative-serving";

    /// <summary>
    /// The namespace of Kourier's gateway and its Service. The upstream Kourier manifest says
    /// <c>kourier-system</c>, but the operator (1.23) puts every object it installs into the KnativeServing's
    /// namespace and points the Kourier controller at it (<c>KOURIER_GATEWAY_NAMESPACE</c>).
    /// </summary>
    public const string KourierNamespaceName = ServingNamespaceName;

    /// <summary>The labels of Kourier's gateway pods (net-kourier's manifest): the NLB's targets.</summary>
    public static readonly ImmutableDictionary<string, string> KourierGatewayLabels = ImmutableDictionary<string, string>.Empty.Add("app", "3scale-kourier-gateway");

    /// <summary>The labels of Serving's controller pods (serving-core's manifest), which resolve image tags at the registries.</summary>
    public static readonly ImmutableDictionary<string, string> ControllerLabels = ImmutableDictionary<string, string>.Empty.Add("app", "controller");

    /// <summary>The name of Kourier's gateway Service (the one with the load balancer).</summary>
    public const string KourierServiceName = "kourier";

    /// <summary>Kourier's ingress class (<c>config-network</c> <c>ingress-class</c>), also what cert-manager's HTTP-01 solvers use.</summary>
    public const string KourierIngressClass = "kourier.ingress.networking.knative.dev";

    /// <summary>The certificate class of Serving's built-in cert-manager integration.</summary>
    public const string CertManagerCertificateClass = "cert-manager.certificate.networking.knative.dev";

    /// <summary>Serving's default request timeout of a revision, in seconds (kept, or lowered to the maximum).</summary>
    public const int DefaultRevisionTimeoutSeconds = 300;

    /// <summary>How long <c>pulumi up</c> waits for the KnativeServing resource to become Ready, in seconds.</summary>
    public const int ReadyTimeoutSeconds = 900;

    /// <summary>
    /// The annotation external-dns's <c>service</c> source reads the names of a Service's records from (a
    /// comma-separated list; external-dns source/annotations, <c>HostnameKey</c>).
    /// </summary>
    public const string ExternalDnsHostnameAnnotation = "external-dns.alpha.kubernetes.io/hostname";

    /// <summary>
    /// The label of the platform's own name for Kourier's NLB under the base domain (<c>kourier.numinia.xyz</c>):
    /// what the <c>kourierHostname</c> output publishes and custom domains CNAME to.
    /// </summary>
    public const string KourierHostLabel = "kourier";

    /// <summary>
    /// The annotations that hand Kourier's gateway Service to the AWS Load Balancer Controller: an NLB
    /// (<c>external</c>) in the public subnets, targeting the gateway pods' IPs directly, spreading across zones.
    /// </summary>
    public static ImmutableDictionary<string, string> KourierLoadBalancerAnnotations { get; } = ImmutableDictionary<string, string>.Empty
        .Add("service.beta.kubernetes.io/aws-load-balancer-type", "external")
        .Add("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip")
        .Add("service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing")
        .Add("service.beta.kubernetes.io/aws-load-balancer-attributes", "load_balancing.cross_zone.enabled=true");

    /// <summary>
    /// The names external-dns publishes for Kourier's NLB: the wildcard of <paramref name="baseDomain"/>, which
    /// every Knative route under it resolves through, and <see cref="KourierHostLabel"/> under it.
    /// </summary>
    public static ImmutableArray<string> DnsNames(string baseDomain)
        => ImmutableArray.Create($"*.{baseDomain}", $"{KourierHostLabel}.{baseDomain}");

    /// <summary>
    /// The annotations of Kourier's gateway Service: <see cref="KourierLoadBalancerAnnotations"/>, and
    /// <see cref="ExternalDnsHostnameAnnotation"/> naming <see cref="DnsNames"/>. external-dns reads the NLB's
    /// DNS name from the Service's status once the controller has made it, and writes A and AAAA aliases of it
    /// (its AWS provider turns an ELB target into an alias, with the target's health evaluated: external-dns
    /// provider/aws/aws.go, useAlias and AdjustEndpoints, chart 1.21.1 / external-dns 0.21.0).
    /// </summary>
    public static ImmutableDictionary<string, string> KourierServiceAnnotations(string baseDomain)
        => KourierLoadBalancerAnnotations.Add(ExternalDnsHostnameAnnotation, string.Join(",", DnsNames(baseDomain)));

    /// <summary>
    /// The Deployments of Serving 1.23 and Kourier that the operator installs, with their requests and limits
    /// (the upstream values, set explicitly so that they are pinned and visible), who guards their disruption, their
    /// autoscalers' maxima and their rollouts' surge, as the operator 1.23 ships them (knative/operator knative-v1.23.0,
    /// cmd/operator/kodata/knative-serving/1.23.0/2-serving-core.yaml and 3-serving-hpa.yaml: no maxSurge, so 25%;
    /// ingress/1.23/kourier/kourier.yaml: maxSurge 100% for net-kourier-controller and 3scale-kourier-gateway).
    /// </summary>
    public static ImmutableArray<KnativeWorkload> Workloads { get; } = ImmutableArray.Create(
        new KnativeWorkload("activator", "activator", new ContainerResources("300m", "60Mi", "1000m", "600Mi"), "activator-pdb", 20),
        new KnativeWorkload("autoscaler", "autoscaler", new ContainerResources("100m", "100Mi", "1000m", "1000Mi"), null, null),
        new KnativeWorkload("controller", "controller", new ContainerResources("100m", "100Mi", "1000m", "1000Mi"), null, null),
        new KnativeWorkload("webhook", "webhook", new ContainerResources("100m", "100Mi", "500m", "500Mi"), "webhook-pdb", 5),
        new KnativeWorkload("autoscaler-hpa", "autoscaler-hpa", new ContainerResources("30m", "40Mi", "300m", "400Mi"), null, null),
        new KnativeWorkload("net-kourier-controller", "controller", new ContainerResources("200m", "200Mi", "1000m", "500Mi"), null, null, MaxSurgePercent: 100),
        new KnativeWorkload("3scale-kourier-gateway", "kourier-gateway", new ContainerResources("200m", "200Mi", "1000m", "800Mi"), "3scale-kourier-gateway-pdb", 10, MaxSurgePercent: 100));

    /// <summary>The Kourier Deployments, which (unlike Serving's) ship without pod anti-affinity.</summary>
    public static ImmutableHashSet<string> SpreadByPlatform { get; } = ImmutableHashSet.Create("net-kourier-controller", "3scale-kourier-gateway");

    /// <summary>
    /// The quota of <c>knative-serving</c>: every Deployment at its autoscaler's maximum plus the surge of its rolling
    /// update, all at once (an upgrade of Serving rolls them together), the operator's two post-install Jobs
    /// (4-serving-post-install-jobs.yaml), and exactly one load balancer: Kourier's. Kourier's gateway surges by 100%,
    /// more than the shared headroom of half again would hold at its maximum.
    /// </summary>
    public static NamespaceQuota ServingQuota(int highAvailabilityReplicas)
    {
        var sized = NamespaceQuotaSizing.For(Workloads.Select(w =>
        {
            var replicas = w.MostReplicas(highAvailabilityReplicas);
            return new PodGroup(w.Deployment, replicas, ImmutableArray.Create(w.Resources)) { Surge = w.Surge(replicas) };
        }));
        return sized with { LoadBalancers = 1 };
    }

    /// <summary>The operator's own containers (the chart's defaults, set explicitly).</summary>
    public static ContainerResources OperatorResources { get; } = new("100m", "100Mi", "1000m", "1000Mi");

    /// <summary>The operator webhook's containers (the chart's defaults, set explicitly).</summary>
    public static ContainerResources OperatorWebhookResources { get; } = new("100m", "100Mi", "500m", "500Mi");
}
