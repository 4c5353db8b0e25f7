using System.Collections.Immutable;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;

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
}
