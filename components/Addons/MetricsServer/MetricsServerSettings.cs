using Numinia.Components.Common;

namespace Numinia.Components.Addons.MetricsServer;

/// <summary>The settings of Metrics Server: its chart version.</summary>
public sealed record MetricsServerSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "metricsServerChartVersion";

    /// <summary><c>numinia-infra:metricsServerChartVersion</c>: the exact chart version.</summary>
    public string ChartVersion { get; init; } = "3.13.1";

    /// <summary>Reads the keys.</summary>
    public static MetricsServerSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new MetricsServerSettings { ChartVersion = config.ChartVersion(ChartVersionKey, new MetricsServerSettings().ChartVersion) };
    }
}
