using Numinia.Components.Common;

namespace Numinia.Components.Addons.Logging;

/// <summary>Logging's settings: the Fluent Bit chart version and how long CloudWatch Logs keeps container logs.</summary>
public sealed record LoggingSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "fluentBitChartVersion";

    /// <summary>The config key of <see cref="LogRetentionDays"/>.</summary>
    public const string LogRetentionDaysKey = "containerLogRetentionDays";

    /// <summary><c>numinia-infra:fluentBitChartVersion</c>: the exact <c>fluent-bit</c> chart version.</summary>
    public string ChartVersion { get; init; } = "0.58.1";

    /// <summary><c>numinia-infra:containerLogRetentionDays</c>: days CloudWatch Logs keeps container logs (30).</summary>
    public int LogRetentionDays { get; init; } = 30;

    /// <summary>Reads the keys.</summary>
    public static LoggingSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new LoggingSettings();
        return new LoggingSettings
        {
            ChartVersion = config.ChartVersion(ChartVersionKey, defaults.ChartVersion),
            LogRetentionDays = config.Retention(LogRetentionDaysKey, defaults.LogRetentionDays),
        };
    }
}
