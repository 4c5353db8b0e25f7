using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.ExternalSecrets;

/// <summary>The External Secrets Operator and the platform's ClusterSecretStore as a shared service.</summary>
public sealed class ExternalSecretsService : SharedService<ExternalSecretsSettings>
{
    /// <inheritdoc />
    public override string Name => "external-secrets";

    /// <inheritdoc />
    public override string Namespace => ExternalSecretsAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [ExternalSecretsSettings.ChartVersionKey, ExternalSecretsSettings.SecretNamePrefixesKey];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, NetworkPort.Tcp(8080));

    /// <summary>The webhook serves on 10250; the controller reads Secrets Manager (and STS for IRSA) over 443.</summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, network.AwsApis, network.Webhook(10250), network.Metrics(Namespace));

    /// <inheritdoc />
    public override ExternalSecretsSettings Read(ISettingsReader config, SharedServiceFacts facts) => ExternalSecretsSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, ExternalSecretsSettings settings)
        => new ExternalSecretsAddon(Name, new ExternalSecretsAddonArgs { Context = setup.Context, Settings = settings }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(ExternalSecretsAddon.NamespaceName, "external-secrets", Rendering()),
    ];

    private static ChartWorkloads Rendering()
    {
        const string ns = ExternalSecretsAddon.NamespaceName;
        ImmutableDictionary<string, string> Of(string name) => Labels((AppName, name), (AppInstance, "external-secrets"));
        return new ChartWorkloads("external-secrets", "2.9.0",
                Pod(ns, "external-secrets", Of("external-secrets"), Tcp("metrics", 8080)),
                Pod(ns, "external-secrets-cert-controller", Of("external-secrets-cert-controller"), Tcp("metrics", 8080), Tcp("ready", 8081)),
                Pod(ns, "external-secrets-webhook", Of("external-secrets-webhook"), Tcp("metrics", 8080), Tcp("webhook", 10250), Tcp("ready", 8081)))
            .With(Service(ns, "external-secrets-webhook", Of("external-secrets-webhook"), Port("webhook", 443, "webhook")));
    }
}
