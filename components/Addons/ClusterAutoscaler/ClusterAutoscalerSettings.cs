using Numinia.Components.Common;

namespace Numinia.Components.Addons.ClusterAutoscaler;

/// <summary>The settings of the Cluster Autoscaler: its chart version.</summary>
public sealed record ClusterAutoscalerSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "clusterAutoscalerChartVersion";

    /// <summary><c>numinia-infra:clusterAutoscalerChartVersion</c>: the exact chart version.</summary>
    public string ChartVersion { get; init; } = "9.59.0";

    /// <summary>Reads the keys.</summary>
    public static ClusterAutoscalerSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new ClusterAutoscalerSettings { ChartVersion = config.ChartVersion(ChartVersionKey, new ClusterAutoscalerSettings().ChartVersion) };
    }
}
