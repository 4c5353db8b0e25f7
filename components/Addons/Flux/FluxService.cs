using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.Flux;

/// <summary>Flux, locked down for tenants, as a shared service.</summary>
public sealed class FluxService : SharedService<FluxSettings>
{
    /// <summary>The port of source-controller's artifacts and of notification-controller's events (both named <c>http</c>).</summary>
    public const int HttpPort = 9090;

    /// <summary>The ports of Git: SSH and HTTPS.</summary>
    public static readonly ImmutableArray<int> GitPorts = ImmutableArray.Create(22, 443);

    private static readonly ImmutableDictionary<string, string> s_sourceController = Labels(("app", "source-controller"));

    /// <inheritdoc />
    public override string Name => "flux";

    /// <inheritdoc />
    public override string Namespace => FluxAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys =>
    [
        FluxSettings.ChartVersionKey, FluxSettings.GitUrlKey, FluxSettings.GitBranchKey, FluxSettings.GitIntervalKey,
        FluxSettings.DeployKeyKey, FluxSettings.KnownHostsKey, FluxSettings.KustomizationIntervalKey, FluxSettings.PathTemplateKey,
    ];

    /// <summary>Every Flux object waits for the CRDs of cert-manager, Knative and External Secrets it may apply.</summary>
    public override ImmutableArray<string> DependsOn => ["cert-manager", "knative", "external-secrets"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, Tcp(8080));

    /// <summary>
    /// The controllers call the API server; source-controller fetches Git over SSH and HTTPS (and Helm repositories over
    /// HTTPS); kustomize and helm controllers download its artifacts and every controller posts events to
    /// notification-controller, both on 9090 inside the namespace. No webhook receiver is exposed.
    /// </summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer,
            NetworkAllow.Out("git-egress", network.Internet, [.. GitPorts.Select(Tcp)]).For(s_sourceController),
            NetworkAllow.In("artifacts-events-ingress", NetworkPeer.SameNamespace, Tcp(HttpPort)),
            NetworkAllow.Out("artifacts-events-egress", NetworkPeer.SameNamespace, Tcp(HttpPort)),
            network.Metrics(Namespace));

    /// <inheritdoc />
    public override FluxSettings Read(ISettingsReader config, SharedServiceFacts facts) => FluxSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, FluxSettings settings)
        => new FluxAddon(Name, new FluxAddonArgs { Context = setup.Context, Settings = settings }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(FluxAddon.NamespaceName, FluxAddon.ReleaseName, Rendering()),
    ];

    // helm template flux2 fluxcd-community/flux2 --version 2.18.3 --kube-version 1.35.0 with FluxAddon.Values():
    // four Deployments selected by "app", Services on port 80, and the pre-install flux-check Job.
    private static ChartWorkloads Rendering()
    {
        const string ns = FluxAddon.NamespaceName;
        var notification = Labels(("app", "notification-controller"));
        var check = Labels((AppInstance, ns), ("app.kubernetes.io/managed-by", "Helm"), ("app.kubernetes.io/version", "2.8.5"),
            ("app.kubernetes.io/part-of", "flux"), ("helm.sh/chart", "flux2-2.18.3"));
        return new ChartWorkloads("flux2", "2.18.3",
                Pod(ns, "source-controller", s_sourceController, Tcp("http", HttpPort), Tcp("http-prom", 8080), Tcp("healthz", 9440)),
                Pod(ns, "kustomize-controller", Labels(("app", "kustomize-controller")), Tcp("http-prom", 8080), Tcp("healthz", 9440)),
                Pod(ns, "helm-controller", Labels(("app", "helm-controller")), Tcp("http-prom", 8080), Tcp("healthz", 9440)),
                Pod(ns, "notification-controller", notification, Tcp("http", HttpPort), Tcp("http-webhook", 9292), Tcp("http-prom", 8080),
                    Tcp("healthz", 9440)),
                Pod(ns, "flux2-flux-check", check))
            .With(Service(ns, "source-controller", s_sourceController, Port("http", 80, "http")),
                Service(ns, "notification-controller", notification, Port("http", 80, "http")),
                Service(ns, "webhook-receiver", notification, Port("http", 80, 9292)));
    }
}
