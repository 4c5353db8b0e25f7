using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Aws.LB;
using Pulumi.Aws.Route53;
using Pulumi.Aws.Route53.Inputs;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Policy.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Policy.V1;

namespace Numinia.Components.Addons.Knative;

/// <summary>One Deployment the operator installs, with the requests and limits the platform gives its container.</summary>
/// <param name="Deployment">The Deployment's name (what <c>spec.workloads[].name</c> matches).</param>
/// <param name="Container">The container's name in it.</param>
/// <param name="Resources">Its requests and limits.</param>
/// <param name="OperatorPodDisruptionBudget">
/// The PodDisruptionBudget the operator's manifests ship for it, if any; null when the platform adds its own.
/// </param>
/// <param name="AutoscalerMaxReplicas">
/// The maximum of the HorizontalPodAutoscaler the manifests ship for it (whose minimum is 1), or null when it
/// runs a fixed number of replicas.
/// </param>
public sealed record KnativeWorkload(string Deployment, string Container, ContainerResources Resources,
    string? OperatorPodDisruptionBudget, int? AutoscalerMaxReplicas)
{
    /// <summary>
    /// The most replicas it runs with <paramref name="highAvailabilityReplicas"/>: the operator raises an
    /// autoscaler's minimum to that many and its maximum by as much, and sets the others' replicas to it.
    /// </summary>
    public int MostReplicas(int highAvailabilityReplicas) => AutoscalerMaxReplicas is { } max
        ? max + Math.Max(0, highAvailabilityReplicas - 1)
        : highAvailabilityReplicas;
}

/// <summary>What Knative Serving with Kourier is built from.</summary>
public sealed record KnativeServingAddonArgs
{
    /// <summary>The cluster it runs on.</summary>
    public required AddonContext Context { get; init; }

    /// <summary>The platform's hosted zone, which gets the wildcard record.</summary>
    public required HostedZone HostedZone { get; init; }

    /// <summary>
    /// The base domain of Knative routes (Serving's default domain, <c>config-domain</c>) and of the wildcard
    /// record; the hosted zone's name or a subdomain of it (live: <c>numinia.xyz</c>).
    /// </summary>
    public required string BaseDomain { get; init; }

    /// <summary>
    /// The AWS Load Balancer Controller's release: its webhook must exist before Kourier's LoadBalancer
    /// Service is created, or the Service is admitted without the controller's defaults and no NLB is made.
    /// </summary>
    public required Resource LoadBalancerController { get; init; }

    /// <summary>
    /// The cert-manager release (or its issuers), when there is one: with <c>external-domain-tls</c> on,
    /// Serving creates cert-manager Certificates for DomainMappings, whose CRDs must exist.
    /// </summary>
    public Resource? CertManager { get; init; }

    /// <summary>The cert-manager ClusterIssuer of DomainMapping certificates (<c>config-certmanager</c> issuerRef).</summary>
    public string DomainMappingIssuer { get; init; } = KnativeServingAddon.DefaultDomainMappingIssuer;

    /// <summary>The exact version of the knative-operator chart.</summary>
    public string OperatorChartVersion { get; init; } = KnativeServingAddon.DefaultChartVersion;

    /// <summary>The Knative Serving version the operator installs (one the operator bundles).</summary>
    public string ServingVersion { get; init; } = KnativeServingAddon.DefaultServingVersion;

    /// <summary>How long an idle revision keeps its last pod before it scales to zero, a duration such as <c>30s</c> or <c>1m</c>.</summary>
    public string ScaleToZeroGracePeriod { get; init; } = KnativeServingAddon.DefaultScaleToZeroGracePeriod;

    /// <summary>The longest request timeout a revision may ask for, in seconds (live: 3600).</summary>
    public int MaxRevisionTimeoutSeconds { get; init; } = KnativeServingAddon.DefaultMaxRevisionTimeoutSeconds;

    /// <summary>Replicas of the control plane (and the minimum of its autoscaled parts).</summary>
    public int HighAvailabilityReplicas { get; init; } = 2;

    /// <summary>
    /// The AWS provider of the platform's account and region, which looks up Kourier's NLB (pass the stack's). An
    /// invoke is no child resource and gets no provider from <c>Providers</c> by itself; when this is null the
    /// SDK falls back to the AWS provider of the invoke's parent, this component, and failing that the default one.
    /// </summary>
    public Pulumi.Aws.Provider? AwsProvider { get; init; }
}

/// <summary>
/// Knative Serving with Kourier, the platform's ingress for applications: the Knative operator (its pinned
/// chart, in <c>knative-operator</c>); a <c>KnativeServing</c> resource in <c>knative-serving</c> with the live
/// configuration (Kourier as the ingress class, cluster domain claims created for DomainMappings, TLS for
/// external domains from a cert-manager ClusterIssuer, the default domain, a one-hour maximum revision
/// timeout, no tag resolution for the account's ECR registry, scale to zero), a highly available control
/// plane with requests, limits and PodDisruptionBudgets; Kourier's gateway behind an internet-facing NLB of
/// the AWS Load Balancer Controller; and the wildcard DNS record of the base domain pointing at that NLB.
/// </summary>
public sealed class KnativeServingAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:KnativeServing";

    /// <summary>The operator's chart.</summary>
    public const string ChartName = "knative-operator";

    /// <summary>The operator's chart repository.</summary>
    public const string ChartRepository = "https://knative.github.io/operator";

    /// <summary>The operator chart version the platform pins unless config says otherwise.</summary>
    public const string DefaultChartVersion = "1.23.0";

    /// <summary>The Knative Serving version the operator installs unless config says otherwise: the newest the 1.23.0 operator bundles.</summary>
    public const string DefaultServingVersion = "1.23.0";

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

    /// <summary>The name of Kourier's gateway Service (the one with the load balancer).</summary>
    public const string KourierServiceName = "kourier";

    /// <summary>Kourier's ingress class (<c>config-network</c> <c>ingress-class</c>), also what cert-manager's HTTP-01 solvers use.</summary>
    public const string KourierIngressClass = "kourier.ingress.networking.knative.dev";

    /// <summary>The certificate class of Serving's built-in cert-manager integration.</summary>
    public const string CertManagerCertificateClass = "cert-manager.certificate.networking.knative.dev";

    /// <summary>The live ClusterIssuer of DomainMapping certificates.</summary>
    public const string DefaultDomainMappingIssuer = "letsencrypt-prod";

    /// <summary>The live scale-to-zero grace period.</summary>
    public const string DefaultScaleToZeroGracePeriod = "30s";

    /// <summary>The live maximum revision timeout, in seconds.</summary>
    public const int DefaultMaxRevisionTimeoutSeconds = 3600;

    /// <summary>Serving's default request timeout of a revision, in seconds (kept, or lowered to the maximum).</summary>
    public const int DefaultRevisionTimeoutSeconds = 300;

    /// <summary>The tag the AWS Load Balancer Controller puts on every AWS resource it creates: the cluster's name.</summary>
    public const string ClusterTagKey = "elbv2.k8s.aws/cluster";

    /// <summary>The tag the AWS Load Balancer Controller puts on the resources of a Service: its <c>namespace/name</c>.</summary>
    public const string ServiceStackTagKey = "service.k8s.aws/stack";

    /// <summary>
    /// The tag the AWS Load Balancer Controller puts on the resources of a Service naming which one it is:
    /// <see cref="LoadBalancerResourceId"/> on the load balancer, <c>namespace/name:port</c> on target groups.
    /// </summary>
    public const string ServiceResourceTagKey = "service.k8s.aws/resource";

    /// <summary>The value of <see cref="ServiceResourceTagKey"/> on a Service's load balancer.</summary>
    public const string LoadBalancerResourceId = "LoadBalancer";

    /// <summary>How long <c>pulumi up</c> waits for the KnativeServing resource to become Ready, in seconds.</summary>
    public const int ReadyTimeoutSeconds = 900;

    /// <summary>
    /// The annotations that hand Kourier's gateway Service to the AWS Load Balancer Controller: an NLB
    /// (<c>external</c>) in the public subnets, targeting the gateway pods' IPs directly, spreading across zones.
    /// </summary>
    public static ImmutableDictionary<string, string> KourierServiceAnnotations { get; } = ImmutableDictionary<string, string>.Empty
        .Add("service.beta.kubernetes.io/aws-load-balancer-type", "external")
        .Add("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip")
        .Add("service.beta.kubernetes.io/aws-load-balancer-scheme", "internet-facing")
        .Add("service.beta.kubernetes.io/aws-load-balancer-attributes", "load_balancing.cross_zone.enabled=true");

    /// <summary>
    /// The Deployments of Serving 1.23 and Kourier that the operator installs, with their requests and limits
    /// (the upstream values, set explicitly so that they are pinned and visible) and who guards their disruption.
    /// </summary>
    public static ImmutableArray<KnativeWorkload> Workloads { get; } = ImmutableArray.Create(
        new KnativeWorkload("activator", "activator", new ContainerResources("300m", "60Mi", "1000m", "600Mi"), "activator-pdb", 20),
        new KnativeWorkload("autoscaler", "autoscaler", new ContainerResources("100m", "100Mi", "1000m", "1000Mi"), null, null),
        new KnativeWorkload("controller", "controller", new ContainerResources("100m", "100Mi", "1000m", "1000Mi"), null, null),
        new KnativeWorkload("webhook", "webhook", new ContainerResources("100m", "100Mi", "500m", "500Mi"), "webhook-pdb", 5),
        new KnativeWorkload("autoscaler-hpa", "autoscaler-hpa", new ContainerResources("30m", "40Mi", "300m", "400Mi"), null, null),
        new KnativeWorkload("net-kourier-controller", "controller", new ContainerResources("200m", "200Mi", "1000m", "500Mi"), null, null),
        new KnativeWorkload("3scale-kourier-gateway", "kourier-gateway", new ContainerResources("200m", "200Mi", "1000m", "800Mi"), "3scale-kourier-gateway-pdb", 10));

    /// <summary>The Kourier Deployments, which (unlike Serving's) ship without pod anti-affinity.</summary>
    public static ImmutableHashSet<string> SpreadByPlatform { get; } = ImmutableHashSet.Create("net-kourier-controller", "3scale-kourier-gateway");

    /// <summary>
    /// The quota of <c>knative-serving</c>: the control plane at its autoscalers' maxima (with the shared
    /// headroom for rolling updates and the post-install jobs), and exactly one load balancer: Kourier's.
    /// </summary>
    public static NamespaceQuota ServingQuota(int highAvailabilityReplicas)
    {
        var sized = NamespaceQuotaSizing.For(Workloads.Select(w =>
            new PodGroup(w.Deployment, w.MostReplicas(highAvailabilityReplicas), ImmutableArray.Create(w.Resources))));
        return sized with { LoadBalancers = 1 };
    }

    /// <summary>
    /// The tags that single out the NLB the AWS Load Balancer Controller of <paramref name="clusterName"/> made for
    /// Kourier's gateway Service (every pair must match; the controller documents them under "AWS Resource Tags").
    /// </summary>
    public static ImmutableDictionary<string, string> KourierLoadBalancerTags(string clusterName) => ImmutableDictionary<string, string>.Empty
        .Add(ClusterTagKey, clusterName)
        .Add(ServiceStackTagKey, $"{KourierNamespaceName}/{KourierServiceName}")
        .Add(ServiceResourceTagKey, LoadBalancerResourceId);

    /// <summary>The operator's own containers (the chart's defaults, set explicitly).</summary>
    public static ContainerResources OperatorResources { get; } = new("100m", "100Mi", "1000m", "1000Mi");

    /// <summary>The operator webhook's containers (the chart's defaults, set explicitly).</summary>
    public static ContainerResources OperatorWebhookResources { get; } = new("100m", "100Mi", "500m", "500Mi");

    /// <summary>The DNS name of the gateway's NLB, looked up by its tags once the KnativeServing resource is Ready.</summary>
    [Output("kourierHostname")]
    public Output<string> KourierHostname { get; private set; }

    /// <summary>The base domain of Knative routes and of the wildcard record.</summary>
    [Output("baseDomain")]
    public Output<string> BaseDomain { get; private set; }

    /// <summary>Knative Serving's namespace.</summary>
    [Output("servingNamespace")]
    public Output<string> ServingNamespace { get; private set; }

    /// <summary>The namespace of Kourier's gateway (network policies of tenants allow ingress from it).</summary>
    [Output("kourierNamespace")]
    public Output<string> KourierNamespace { get; private set; }

    /// <summary>The ingress class of Knative routes (cert-manager's HTTP-01 solvers use it too).</summary>
    [Output("ingressClass")]
    public Output<string> IngressClass { get; private set; }

    /// <summary>The operator's Helm release (its chart installs the KnativeServing CRD and webhook).</summary>
    public Release Operator { get; }

    /// <summary>The KnativeServing resource.</summary>
    public KnativeServing Serving { get; }

    /// <summary>
    /// Kourier's NLB as the AWS provider describes it: unknown until the KnativeServing resource exists (so on a
    /// first preview), then looked up once it is Ready. The operator owns the Service, the controller the NLB;
    /// neither is managed here.
    /// </summary>
    public Output<GetLoadBalancerResult> KourierLoadBalancer { get; }

    /// <summary>The wildcard record of the base domain.</summary>
    public Record WildcardRecord { get; }

    /// <summary>Builds the operator, Serving, its disruption budgets and the wildcard record.</summary>
    public KnativeServingAddon(string name, KnativeServingAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Validate(args);
        var context = args.Context;

        var operatorNamespace = HelmAddon.Namespace($"{name}-operator-ns", OperatorNamespaceName, context, this);
        Operator = HelmAddon.Install($"{name}-operator", new AddonRelease
        {
            ReleaseName = OperatorNamespaceName,
            Chart = new ChartPin(ChartName, ChartRepository, args.OperatorChartVersion),
            Namespace = operatorNamespace.Name,
            Values = OperatorValues(),
        }, context, this);

        var servingNamespace = HelmAddon.Namespace($"{name}-serving-ns", ServingNamespaceName, context, this, PodSecurityLevel.Restricted,
            ServingQuota(args.HighAvailabilityReplicas));

        var dependencies = new List<Resource> { Operator, args.LoadBalancerController };
        if (args.CertManager is { } certManager)
        {
            dependencies.Add(certManager);
        }

        Serving = new KnativeServing(name, new KnativeServingArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = ServingNamespaceName,
                Namespace = servingNamespace.Name,
                Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
                Annotations =
                {
                    // Wait until the operator reports Serving (and Kourier's gateway) installed, so that the
                    // gateway Service, and with it its NLB, exists when the NLB is looked up below.
                    { "pulumi.com/waitFor", "condition=Ready" },
                    { "pulumi.com/timeoutSeconds", ReadyTimeoutSeconds.ToString(CultureInfo.InvariantCulture) },
                },
            },
            Spec = Spec(args),
        }, context.Kubernetes(this, dependencies.ToArray()));

        foreach (var workload in Workloads.Where(w => w.OperatorPodDisruptionBudget is null))
        {
            _ = new PodDisruptionBudget($"{name}-{workload.Deployment}-pdb", new PodDisruptionBudgetArgs
            {
                Metadata = new ObjectMetaArgs
                {
                    Name = $"{workload.Deployment}-pdb",
                    Namespace = servingNamespace.Name,
                    Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
                },
                Spec = new PodDisruptionBudgetSpecArgs
                {
                    MaxUnavailable = 1,
                    Selector = new LabelSelectorArgs { MatchLabels = { { "app", workload.Deployment } } },
                },
            }, context.Kubernetes(this));
        }

        // The lookup's tags come from the KnativeServing's id, which is unknown until the resource exists: on a
        // first preview nothing is looked up (an invoke with unknown arguments is not sent) and the hostname is
        // unknown; on `up` the lookup waits for the resource, which is awaited until Ready, so for Kourier's
        // gateway and its Service, whose NLB the controller creates within seconds of the Service.
        KourierLoadBalancer = GetLoadBalancer.Invoke(new GetLoadBalancerInvokeArgs
        {
            Tags = Serving.Id.Apply(_ => KourierLoadBalancerTags(context.ClusterName)),
        }, new InvokeOutputOptions { Provider = args.AwsProvider, Parent = this, DependsOn = { Serving } });
        KourierHostname = KourierLoadBalancer.Apply(lb => lb.DnsName);

        // An alias rather than a CNAME: Route53 answers with the NLB's addresses directly (one lookup, no TTL of
        // ours to go stale, alias queries to an ELB are free) and follows the NLB's health.
        WildcardRecord = new Record($"{name}-wildcard", new RecordArgs
        {
            ZoneId = args.HostedZone.ZoneId,
            Name = $"*.{args.BaseDomain}",
            Type = RecordType.A,
            Aliases =
            {
                new RecordAliasArgs
                {
                    Name = KourierHostname,
                    ZoneId = KourierLoadBalancer.Apply(lb => lb.ZoneId),
                    EvaluateTargetHealth = true,
                },
            },
        }, new CustomResourceOptions { Parent = this });

        BaseDomain = Output.Create(args.BaseDomain);
        ServingNamespace = servingNamespace.Name;
        KourierNamespace = servingNamespace.Name.Apply(_ => KourierNamespaceName);
        IngressClass = Output.Create(KourierIngressClass);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["kourierHostname"] = KourierHostname,
            ["baseDomain"] = BaseDomain,
            ["servingNamespace"] = ServingNamespace,
            ["kourierNamespace"] = KourierNamespace,
            ["ingressClass"] = IngressClass,
        });
    }

    // The ConfigMap data the KnativeServing resource sets, by ConfigMap (the short names the operator accepts).
    private static ImmutableDictionary<string, ImmutableDictionary<string, string>> ServingConfig(KnativeServingAddonArgs args)
    {
        var revisionTimeout = Math.Min(DefaultRevisionTimeoutSeconds, args.MaxRevisionTimeoutSeconds).ToString(CultureInfo.InvariantCulture);
        return ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty
            .Add("network", ImmutableDictionary<string, string>.Empty
                .Add("ingress-class", KourierIngressClass)
                .Add("certificate-class", CertManagerCertificateClass)
                .Add("external-domain-tls", "Enabled")
                .Add("autocreate-cluster-domain-claims", "true"))
            .Add("certmanager", ImmutableDictionary<string, string>.Empty
                .Add("issuerRef", $"kind: ClusterIssuer\nname: {args.DomainMappingIssuer}\n"))
            .Add("domain", ImmutableDictionary<string, string>.Empty
                // An empty selector: the default domain of every route.
                .Add(args.BaseDomain, ""))
            .Add("defaults", ImmutableDictionary<string, string>.Empty
                .Add("max-revision-timeout-seconds", args.MaxRevisionTimeoutSeconds.ToString(CultureInfo.InvariantCulture))
                // Both must stay at or below the maximum, or Serving rejects the ConfigMap.
                .Add("revision-timeout-seconds", revisionTimeout)
                .Add("revision-response-start-timeout-seconds", revisionTimeout))
            .Add("deployment", ImmutableDictionary<string, string>.Empty
                // The controller has no credentials for ECR, so images of the account's registry run by tag.
                .Add("registries-skipping-tag-resolving", $"{args.Context.AccountId}.dkr.ecr.{args.Context.Region}.amazonaws.com"))
            .Add("autoscaler", ImmutableDictionary<string, string>.Empty
                .Add("enable-scale-to-zero", "true")
                .Add("scale-to-zero-grace-period", args.ScaleToZeroGracePeriod));
    }

    private static KnativeServingSpecArgs Spec(KnativeServingAddonArgs args)
    {
        var spec = new KnativeServingSpecArgs
        {
            Version = args.ServingVersion,
            Ingress = new KnativeServingSpecIngressArgs
            {
                Kourier = new KnativeServingSpecIngressKourierArgs { Enabled = true, ServiceType = "LoadBalancer" },
            },
            HighAvailability = new KnativeServingSpecHighAvailabilityArgs { Replicas = args.HighAvailabilityReplicas },
            Services =
            {
                new KnativeServingSpecServicesArgs { Name = KourierServiceName, Annotations = KourierServiceAnnotations },
            },
        };

        foreach (var (configMap, data) in ServingConfig(args))
        {
            spec.Config.Add(configMap, data);
        }

        foreach (var workload in Workloads)
        {
            var overrides = new KnativeServingSpecWorkloadsArgs
            {
                Name = workload.Deployment,
                Resources =
                {
                    new KnativeServingSpecWorkloadsResourcesArgs
                    {
                        Container = workload.Container,
                        Requests = { { "cpu", workload.Resources.RequestCpu }, { "memory", workload.Resources.RequestMemory } },
                        Limits = { { "cpu", workload.Resources.LimitCpu }, { "memory", workload.Resources.LimitMemory } },
                    },
                },
            };
            if (SpreadByPlatform.Contains(workload.Deployment))
            {
                overrides.Affinity = HelmAddon.SpreadOverNodes(ImmutableDictionary<string, string>.Empty.Add("app", workload.Deployment));
            }

            spec.Workloads.Add(overrides);
        }

        // The shipped budgets keep 80% of the pods: with the HA minimum of 2 that is both pods, which would
        // block every node drain. One pod at a time may go instead.
        foreach (var budget in Workloads.Select(w => w.OperatorPodDisruptionBudget).OfType<string>())
        {
            spec.PodDisruptionBudgets.Add(new KnativeServingSpecPodDisruptionBudgetsArgs { Name = budget, MaxUnavailable = 1 });
        }

        return spec;
    }

    private static InputMap<object> OperatorValues()
    {
        // The chart sets no seccomp profile; the restricted Pod Security level requires one.
        var podSecurity = ImmutableDictionary<string, object>.Empty
            .Add("runAsNonRoot", true)
            .Add("seccompProfile", ImmutableDictionary<string, object>.Empty.Add("type", "RuntimeDefault"));
        return new InputMap<object>
        {
            ["knative_operator"] = ImmutableDictionary<string, object>.Empty
                .Add("knative_operator", ImmutableDictionary<string, object>.Empty
                    .Add("resources", OperatorResources.ToValues())
                    .Add("securityContext", podSecurity))
                .Add("operator_webhook", ImmutableDictionary<string, object>.Empty
                    .Add("resources", OperatorWebhookResources.ToValues())
                    .Add("securityContext", podSecurity)),
        };
    }

    private static void Validate(KnativeServingAddonArgs args)
    {
        var zone = args.HostedZone.Name.TrimEnd('.');
        var domain = args.BaseDomain.TrimEnd('.');
        if (!string.Equals(domain, zone, StringComparison.OrdinalIgnoreCase)
            && !domain.EndsWith("." + zone, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The base domain '{args.BaseDomain}' is not in the hosted zone '{args.HostedZone.Name}', which gets its wildcard record.", nameof(args));
        }

        if (args.MaxRevisionTimeoutSeconds <= 0)
        {
            throw new ArgumentException($"The maximum revision timeout must be positive, not {args.MaxRevisionTimeoutSeconds}.", nameof(args));
        }

        if (args.HighAvailabilityReplicas < 1)
        {
            throw new ArgumentException($"The control plane needs at least one replica, not {args.HighAvailabilityReplicas}.", nameof(args));
        }
    }
}
