using System.Collections.Immutable;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Addons.ChartSpec;
using static Numinia.Components.Kubernetes.NetworkPolicies.NetworkPort;

namespace Numinia.Components.Addons.Velero;

/// <summary>Velero, the cluster's scheduled backups, as a shared service.</summary>
public sealed class VeleroService : SharedService<VeleroSettings>
{
    /// <inheritdoc />
    public override string Name => "velero";

    /// <inheritdoc />
    public override string Namespace => VeleroAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys =>
    [
        VeleroSettings.ChartVersionKey, VeleroSettings.BackupRetentionDaysKey, VeleroSettings.BackupScheduleKey,
        VeleroSettings.RestoreFromBucketKey, VeleroSettings.RestoreFromRegionKey,
    ];

    /// <summary>Its ServiceMonitor is a monitoring.coreos.com resource: the monitoring stack's CRDs come first.</summary>
    public override ImmutableArray<string> DependsOn => ["monitoring"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, Tcp(8085));

    /// <summary>Velero reads and writes every object through the API server, and talks to S3, EC2 and STS over 443.</summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, network.AwsApis, network.Metrics(Namespace));

    /// <inheritdoc />
    public override VeleroSettings Read(ISettingsReader config, SharedServiceFacts facts) => VeleroSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, VeleroSettings settings)
        => new VeleroAddon(Name, new VeleroAddonArgs
        {
            Context = setup.Context,
            Settings = settings,
            DependsOn = [setup.Get<MonitoringAddon>()],
        }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(VeleroAddon.NamespaceName, VeleroAddon.ReleaseName, Rendering()),
    ];

    /// <summary>
    /// Chart 12.1.0 as <c>helm template</c> renders it with the plan's values: the Deployment <c>velero</c> (pod labels
    /// <c>name</c>, <c>app.kubernetes.io/name</c> and <c>instance</c>, port <c>http-monitoring</c> 8085) and its metrics Service;
    /// no node agent (file-system backup is off).
    /// </summary>
    private static ChartWorkloads Rendering()
    {
        const string ns = VeleroAddon.NamespaceName;
        var selector = Labels((AppName, "velero"), (AppInstance, "velero"));
        var labels = selector.Add("name", "velero");
        return new ChartWorkloads(VeleroAddon.ChartName, "12.1.0", Pod(ns, "velero", labels, Tcp("http-monitoring", 8085)))
            .With(Service(ns, "velero", selector, Port("http-monitoring", 8085, "http-monitoring")));
    }
}
