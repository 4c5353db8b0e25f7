using Numinia.Components.Common;

namespace Numinia.Components.Addons.SealedSecrets;

/// <summary>Sealed Secrets' settings: its chart version.</summary>
public sealed record SealedSecretsSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "sealedSecretsChartVersion";

    /// <summary><c>numinia-infra:sealedSecretsChartVersion</c>: the exact sealed-secrets chart version.</summary>
    public string ChartVersion { get; init; } = "2.18.5";

    /// <summary>Reads the keys.</summary>
    public static SealedSecretsSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new SealedSecretsSettings { ChartVersion = config.ChartVersion(ChartVersionKey, new SealedSecretsSettings().ChartVersion) };
    }
}
