using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.CertManager;

/// <summary>cert-manager and the platform's ClusterIssuers as a shared service.</summary>
public sealed class CertManagerService : SharedService<CertManagerSettings>
{
    /// <inheritdoc />
    public override string Name => "cert-manager";

    /// <inheritdoc />
    public override string Namespace => CertManagerAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [CertManagerSettings.ChartVersionKey, CertManagerSettings.AcmeEmailKey];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, Tcp(9402));

    /// <summary>
    /// The webhook serves on its securePort 10250. The controller calls the ACME directory and Route 53 (443), queries the
    /// zones' authoritative name servers for DNS-01 propagation (53), and fetches the HTTP-01 token over plain HTTP (80)
    /// before telling the ACME server to check it.
    /// </summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, network.AwsApis, network.Webhook(10250), network.Metrics(Namespace),
            NetworkAllow.Out("acme-self-check-egress", network.Internet, Tcp(53), Udp(53), Tcp(80)));

    /// <inheritdoc />
    public override CertManagerSettings Read(ISettingsReader config, SharedServiceFacts facts) => CertManagerSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, CertManagerSettings settings)
        => new CertManagerAddon(Name, new CertManagerAddonArgs { Context = setup.Context, Zone = setup.Zone, Settings = settings }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(CertManagerAddon.NamespaceName, "cert-manager", Rendering()),
    ];

    private static ChartWorkloads Rendering()
    {
        const string ns = CertManagerAddon.NamespaceName;
        ImmutableDictionary<string, string> Of(string name, string component)
            => Labels(("app", name), (AppName, name), (AppInstance, "cert-manager"), (AppComponent, component));
        return new ChartWorkloads("cert-manager", "v1.21.1",
                Pod(ns, "cert-manager", Of("cert-manager", "controller"), Tcp("http-metrics", 9402), Tcp("http-healthz", 9403)),
                Pod(ns, "cert-manager-cainjector", Of("cainjector", "cainjector"), Tcp("http-metrics", 9402)),
                Pod(ns, "cert-manager-webhook", Of("webhook", "webhook"), Tcp("https", 10250), Tcp("healthcheck", 6080), Tcp("http-metrics", 9402)))
            .With(
                Service(ns, "cert-manager", Labels((AppName, "cert-manager"), (AppInstance, "cert-manager"), (AppComponent, "controller")), Port("http-metrics", 9402, 9402)),
                Service(ns, "cert-manager-cainjector", Labels((AppName, "cainjector"), (AppInstance, "cert-manager"), (AppComponent, "cainjector")), Port("http-metrics", 9402, 9402)),
                Service(ns, "cert-manager-webhook", Labels((AppName, "webhook"), (AppInstance, "cert-manager"), (AppComponent, "webhook")),
                    Port("https", 443, "https"), Port("metrics", 9402, "http-metrics")));
    }
}
