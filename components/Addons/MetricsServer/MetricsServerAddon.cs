using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;

namespace Numinia.Components.Addons.MetricsServer;

/// <summary>What Metrics Server is installed with.</summary>
public sealed record MetricsServerAddonArgs
{
    /// <summary>The cluster.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Its settings: the chart version.</summary>
    public MetricsServerSettings Settings { get; init; } = new();

    /// <summary>Replicas: two, so that the metrics API (HPAs, <c>kubectl top</c>) survives a node drain.</summary>
    public int Replicas { get; init; } = 2;

    /// <summary>The container's requests and limits (the chart's requests, with limits).</summary>
    public ContainerResources Resources { get; init; } = new("100m", "200Mi", "1000m", "512Mi");
}

/// <summary>
/// Metrics Server, the cluster's resource metrics API (<c>metrics.k8s.io</c>) that HPAs and
/// <c>kubectl top</c> read: replicated, with a PodDisruptionBudget and spread over nodes, in its own
/// restricted namespace.
/// </summary>
public sealed class MetricsServerAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:MetricsServer";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "metrics-server";

    /// <summary>The chart's upstream repository.</summary>
    public const string Repository = "https://kubernetes-sigs.github.io/metrics-server/";

    /// <summary>The namespace it runs in.</summary>
    public const string NamespaceName = "metrics-server";

    /// <summary>The Helm release's name.</summary>
    public const string ReleaseName = "metrics-server";

    /// <summary>The labels of its pods (the chart's selector labels), for anti-affinity.</summary>
    public static readonly ImmutableDictionary<string, string> PodLabels = ImmutableDictionary<string, string>.Empty
        .Add("app.kubernetes.io/name", ChartName)
        .Add("app.kubernetes.io/instance", ReleaseName);

    /// <summary>The namespace, once it exists.</summary>
    [Output("namespace")]
    public Output<string> NamespaceOutput { get; private set; }

    /// <summary>The namespace.</summary>
    public PlatformNamespace Namespace { get; }

    /// <summary>The Helm release.</summary>
    public Release Release { get; }

    /// <summary>Installs the chart in its namespace.</summary>
    public MetricsServerAddon(string name, MetricsServerAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        if (args.Replicas < 2)
        {
            throw new ArgumentException($"Metrics Server needs at least 2 replicas for its disruption budget to allow a drain (got {args.Replicas}).", nameof(args));
        }

        Namespace = HelmAddon.Namespace($"{name}-namespace", NamespaceName, args.Context, this);
        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, Repository, args.Settings.ChartVersion),
            Namespace = Namespace.Name,
            Values = Values(args),
        }, args.Context, this);

        NamespaceOutput = Namespace.Name;
        RegisterOutputs(new Dictionary<string, object?> { ["namespace"] = NamespaceOutput });
    }

    /// <summary>
    /// The paths metrics-server serves without asking the API server who may: k8s.io/apiserver's delegated authorization
    /// always allows <c>/healthz</c>, <c>/readyz</c> and <c>/livez</c> (the chart's probes, sent with no credentials) and
    /// checks every other path with a SubjectAccessReview, so an anonymous scrape of <c>/metrics</c> is refused
    /// (kubernetes-sigs/metrics-server issue 1449). The flag replaces the default list, so it names the probes' paths again
    /// and adds <c>/metrics</c>: Prometheus scrapes it with no token. The port's ingress allow is the control plane's (the
    /// private subnets, where pods have their addresses too), so what keeps other pods out is their own egress policy
    /// (a tenant's leaves the VPC out; a closed flow of the flow model holds it).
    /// </summary>
    public static readonly ImmutableArray<string> UnauthorizedPaths = ["/healthz", "/readyz", "/livez", "/metrics"];

    /// <summary>The flag that sets <see cref="UnauthorizedPaths"/> (k8s.io/apiserver <c>DelegatingAuthorizationOptions</c>).</summary>
    public const string UnauthorizedPathsFlag = "--authorization-always-allow-paths";

    /// <summary>The chart's values (keys of chart 3.13).</summary>
    public static ImmutableDictionary<string, object> Values(MetricsServerAddonArgs args) => ImmutableDictionary<string, object>.Empty
        .Add("replicas", args.Replicas)
        // Added to the chart's defaultArgs (templates/deployment.yaml writes defaultArgs, then args).
        .Add("args", ImmutableArray.Create<object>($"{UnauthorizedPathsFlag}={string.Join(',', UnauthorizedPaths)}"))
        // One replica may go at a time: the other keeps serving the metrics API.
        .Add("podDisruptionBudget", ImmutableDictionary<string, object>.Empty.Add("enabled", true).Add("minAvailable", 1))
        .Add("affinity", HelmAddon.SpreadOverNodes(PodLabels))
        // The chart's default, pinned (values.yaml priorityClassName): every HorizontalPodAutoscaler reads the metrics API.
        .Add("priorityClassName", PriorityClasses.SystemClusterCritical)
        .Add("resources", args.Resources.ToValues());
}
