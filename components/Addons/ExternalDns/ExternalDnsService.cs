using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.ExternalDns;

/// <summary>external-dns as a shared service.</summary>
public sealed class ExternalDnsService : SharedService<ExternalDnsSettings>
{
    /// <inheritdoc />
    public override string Name => "external-dns";

    /// <inheritdoc />
    public override string Namespace => ExternalDnsAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [ExternalDnsSettings.ChartVersionKey, ExternalDnsSettings.DomainFiltersKey, ExternalDnsSettings.PolicyKey];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, NetworkPort.Tcp(7979));

    /// <summary>Route 53 over 443.</summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, network.AwsApis, network.Metrics(Namespace));

    /// <inheritdoc />
    public override ExternalDnsSettings Read(ISettingsReader config, SharedServiceFacts facts) => ExternalDnsSettings.Read(config, facts.Dns);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, ExternalDnsSettings settings)
        => new ExternalDnsAddon(Name, new ExternalDnsAddonArgs { Context = setup.Context, Zone = setup.Zone, Settings = settings }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(ExternalDnsAddon.NamespaceName, "external-dns", Rendering()),
    ];

    private static ChartWorkloads Rendering()
    {
        const string ns = ExternalDnsAddon.NamespaceName;
        var labels = Labels((AppName, "external-dns"), (AppInstance, "external-dns"));
        return new ChartWorkloads("external-dns", "1.21.1", Pod(ns, "external-dns", labels, Tcp("http", 7979)))
            .With(Service(ns, "external-dns", labels, Port("http", 7979, "http")));
    }
}
