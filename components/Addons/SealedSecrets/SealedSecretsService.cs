using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.SealedSecrets;

/// <summary>Sealed Secrets, with its sealing key kept in state, as a shared service.</summary>
public sealed class SealedSecretsService : SharedService<SealedSecretsSettings>
{
    /// <inheritdoc />
    public override string Name => "sealed-secrets";

    /// <inheritdoc />
    public override string Namespace => SealedSecretsAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [SealedSecretsSettings.ChartVersionKey];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, Tcp(8081));

    /// <summary>kubeseal fetches the certificate through the API server's service proxy: the controller's 8080 from the control plane.</summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, NetworkAllow.In("api-proxy-ingress", network.ControlPlane, Tcp(8080)), network.Metrics(Namespace));

    /// <inheritdoc />
    public override SealedSecretsSettings Read(ISettingsReader config, SharedServiceFacts facts) => SealedSecretsSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, SealedSecretsSettings settings)
        => new SealedSecretsAddon(Name, new SealedSecretsAddonArgs { Context = setup.Context, Settings = settings }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(SealedSecretsAddon.NamespaceName, "sealed-secrets", Rendering()),
    ];

    private static ChartWorkloads Rendering()
    {
        const string ns = SealedSecretsAddon.NamespaceName;
        var labels = Labels((AppName, "sealed-secrets"), (AppInstance, "sealed-secrets"));
        return new ChartWorkloads("sealed-secrets", "2.18.5", Pod(ns, "sealed-secrets-controller", labels, Tcp("http", 8080), Tcp("metrics", 8081)))
            .With(Service(ns, "sealed-secrets-controller", labels, Port("http", 8080, "http")),
                Service(ns, "sealed-secrets-controller-metrics", labels, Port("metrics", 8081, "metrics")));
    }
}
