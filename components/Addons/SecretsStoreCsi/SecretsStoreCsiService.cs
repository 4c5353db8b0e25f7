using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;

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
}
