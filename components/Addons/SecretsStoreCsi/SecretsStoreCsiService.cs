using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.SecretsStoreCsi;

/// <summary>The Secrets Store CSI driver with its AWS provider as a shared service.</summary>
public sealed class SecretsStoreCsiService : SharedService<SecretsStoreCsiSettings>
{
    /// <inheritdoc />
    public override string Name => "secrets-store-csi";

    /// <inheritdoc />
    public override string Namespace => SecretsStoreCsiAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [SecretsStoreCsiSettings.DriverChartVersionKey, SecretsStoreCsiSettings.AwsProviderChartVersionKey];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, NetworkPort.Tcp(8095));

    /// <summary>The driver watches pods and secrets; the AWS provider calls Secrets Manager, SSM and STS.</summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, network.AwsApis, network.Metrics(Namespace));

    /// <inheritdoc />
    public override SecretsStoreCsiSettings Read(ISettingsReader config, SharedServiceFacts facts) => SecretsStoreCsiSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, SecretsStoreCsiSettings settings)
        => new SecretsStoreCsiAddon(Name, new SecretsStoreCsiAddonArgs { Context = setup.Context, Settings = settings, MaxNodes = setup.Facts.MaxNodes }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver", DriverRendering()),
        new ReleaseRendering(SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver-provider-aws", ProviderRendering()),
    ];

    private static ChartWorkloads DriverRendering()
        => new("secrets-store-csi-driver", "1.6.0",
            Pod(SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver",
                Labels(("app", "secrets-store-csi-driver"), (AppName, "secrets-store-csi-driver"), (AppInstance, "secrets-store-csi-driver")),
                Tcp("healthz", 9808), Tcp("metrics", 8095)));

    // The provider serves the driver over a Unix socket on the host and calls Secrets Manager and STS from its pod.
    private static ChartWorkloads ProviderRendering()
        => new("secrets-store-csi-driver-provider-aws", "3.1.1",
            Pod(SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver-provider-aws",
                Labels(("app", "secrets-store-csi-driver-provider-aws"), (AppName, "secrets-store-csi-driver-provider-aws"),
                    (AppInstance, "secrets-store-csi-driver-provider-aws"))));
}
