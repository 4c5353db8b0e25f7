using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.Logging;

/// <summary>Fluent Bit to CloudWatch Logs as a shared service.</summary>
public sealed class LoggingService : SharedService<LoggingSettings>
{
    /// <inheritdoc />
    public override string Name => "logging";

    /// <inheritdoc />
    public override string Namespace => LoggingAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [LoggingSettings.ChartVersionKey, LoggingSettings.LogRetentionDaysKey];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, NetworkPort.Tcp(2020));

    /// <summary>Fluent Bit asks the API server for pod metadata and ships to CloudWatch Logs over 443.</summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, network.AwsApis, network.Metrics(Namespace));

    /// <inheritdoc />
    public override LoggingSettings Read(ISettingsReader config, SharedServiceFacts facts) => LoggingSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, LoggingSettings settings)
        => new LoggingAddon(Name, new LoggingAddonArgs { Context = setup.Context, Settings = settings, MaxNodes = setup.Facts.MaxNodes }, setup.Options);

    /// <summary>
    /// Fluent Bit serves Prometheus's text format at <c>/api/v2/metrics/prometheus</c> of its HTTP server on 2020 (the path the
    /// fluent-bit chart 0.58.1 values.yaml gives for its scrape annotations; <c>/api/v1/metrics</c> is JSON).
    /// </summary>
    protected override string MetricsPath(string workload) => "/api/v2/metrics/prometheus";

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(LoggingAddon.NamespaceName, "fluent-bit", Rendering()),
    ];

    private static ChartWorkloads Rendering()
    {
        const string ns = LoggingAddon.NamespaceName;
        var labels = Labels((AppName, "fluent-bit"), (AppInstance, "fluent-bit"));
        return new ChartWorkloads("fluent-bit", "0.58.1", Pod(ns, "fluent-bit", labels, Tcp("http", 2020)))
            .With(Service(ns, "fluent-bit", labels, Port("http", 2020, "http")));
    }
}
