using System.Collections.Immutable;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.ClusterAutoscaler;

/// <summary>The Cluster Autoscaler, in kube-system, as a shared service.</summary>
public sealed class ClusterAutoscalerService : SharedService<ClusterAutoscalerSettings>
{
    /// <inheritdoc />
    public override string Name => "cluster-autoscaler";

    /// <inheritdoc />
    public override string Namespace => "kube-system";

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [ClusterAutoscalerSettings.ChartVersionKey];

    /// <summary>kube-system is EKS's: the platform polices nothing there.</summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network) => ImmutableArray<NamespaceAllows>.Empty;

    /// <inheritdoc />
    public override ClusterAutoscalerSettings Read(ISettingsReader config, SharedServiceFacts facts) => ClusterAutoscalerSettings.Read(config);

    /// <summary>
    /// The autoscaler lets a pod drain for the longest request Knative allows when it removes its node (Serving gives a
    /// revision's pods a grace of their timeout).
    /// </summary>
    public override ComponentResource Create(SharedServicesSetup setup, ClusterAutoscalerSettings settings)
        => new ClusterAutoscalerAddon(Name, new ClusterAutoscalerAddonArgs
        {
            Context = setup.Context,
            RoleArn = setup.ClusterAutoscalerRoleArn,
            KubernetesVersion = setup.Facts.KubernetesVersion,
            Settings = settings,
            MaxGracefulTerminationSeconds = setup.Settings<KnativeSettings>().MaxRevisionTimeoutSeconds,
        }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering("kube-system", "cluster-autoscaler", Rendering()),
    ];

    private static ChartWorkloads Rendering()
    {
        var labels = Labels((AppInstance, "cluster-autoscaler"), (AppName, "aws-cluster-autoscaler"));
        return new ChartWorkloads("cluster-autoscaler", "9.59.0", Pod("kube-system", "cluster-autoscaler", labels, new ContainerPort(null, 8085)))
            .With(Service("kube-system", "cluster-autoscaler", labels, Port("http", 8085, 8085)));
    }
}
