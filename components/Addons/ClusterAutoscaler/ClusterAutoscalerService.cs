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

    /// <summary>The autoscaler's metrics port (<c>--address=:8085</c>, the chart's default).</summary>
    public const int MetricsPort = 8085;

    /// <summary>The labels of the autoscaler's pods (the chart's rendering with the plan's values).</summary>
    public static readonly ImmutableDictionary<string, string> PodLabels = Labels((AppInstance, "cluster-autoscaler"), (AppName, "aws-cluster-autoscaler"));

    /// <summary>
    /// Its metrics, scraped in kube-system (EKS's namespace, not policed by the platform: the monitoring namespace's own
    /// egress opens the port to these pods only).
    /// </summary>
    public override ImmutableArray<ScrapeTarget> ScrapeTargets => [new ScrapeTarget(Namespace, "cluster-autoscaler", PodLabels, MetricsPort)];

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
        var labels = PodLabels;
        return new ChartWorkloads("cluster-autoscaler", "9.59.0", Pod("kube-system", "cluster-autoscaler", labels, new ContainerPort(null, MetricsPort)))
            .With(Service("kube-system", "cluster-autoscaler", labels, Port("http", MetricsPort, MetricsPort)));
    }
}
