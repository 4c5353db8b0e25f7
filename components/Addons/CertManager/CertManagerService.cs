using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;

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
}
