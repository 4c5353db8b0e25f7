using Numinia.Components.Common;

namespace Numinia.Components.Addons.NvidiaDevicePlugin;

/// <summary>The settings of the NVIDIA device plugin: its chart version.</summary>
public sealed record NvidiaDevicePluginSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "nvidiaDevicePluginChartVersion";

    /// <summary><c>numinia-infra:nvidiaDevicePluginChartVersion</c>: the exact chart version.</summary>
    public string ChartVersion { get; init; } = "0.20.0";

    /// <summary>Reads the keys.</summary>
    public static NvidiaDevicePluginSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new NvidiaDevicePluginSettings { ChartVersion = config.ChartVersion(ChartVersionKey, new NvidiaDevicePluginSettings().ChartVersion) };
    }
}
