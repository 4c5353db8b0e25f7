using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.MetricsServer;

/// <summary>Metrics Server, the resource metrics API, as a shared service.</summary>
public sealed class MetricsServerService : SharedService<MetricsServerSettings>
{
    /// <inheritdoc />
    public override string Name => "metrics-server";

    /// <inheritdoc />
    public override string Namespace => MetricsServerAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [MetricsServerSettings.ChartVersionKey];

    /// <summary>Its own metrics are on the port that serves the metrics API.</summary>
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, Tcp(10250));

    /// <summary>Served over HTTPS with the certificate metrics-server makes itself at start (<c>--cert-dir=/tmp</c>, no CA to verify it by).</summary>
    public override ImmutableArray<ScrapeTarget> ScrapeTargets => [.. base.ScrapeTargets.Select(t => t with { SelfSignedHttps = true })];

    /// <summary>
    /// The aggregated metrics API is called by the control plane on 10250; Metrics Server reads the kubelets on 10250.
    /// Prometheus's scrape on 10250 needs no allow of its own: the control plane's is from the private subnets, where the
    /// VPC CNI gives pods their addresses too.
    /// </summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, network.Webhook(10250) with { Name = "metrics-api-ingress" },
            NetworkAllow.Out("kubelet-egress", network.Nodes, Tcp(10250)));

    /// <inheritdoc />
    public override MetricsServerSettings Read(ISettingsReader config, SharedServiceFacts facts) => MetricsServerSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, MetricsServerSettings settings)
        => new MetricsServerAddon(Name, new MetricsServerAddonArgs { Context = setup.Context, Settings = settings }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(MetricsServerAddon.NamespaceName, "metrics-server", Rendering()),
    ];

    private static ChartWorkloads Rendering()
    {
        const string ns = MetricsServerAddon.NamespaceName;
        var labels = Labels((AppName, "metrics-server"), (AppInstance, "metrics-server"));
        return new ChartWorkloads("metrics-server", "3.13.1", Pod(ns, "metrics-server", labels, Tcp("https", 10250)))
            .With(Service(ns, "metrics-server", labels, Port("https", 443, "https")));
    }
}
