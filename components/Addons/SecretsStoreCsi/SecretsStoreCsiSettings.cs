using Numinia.Components.Common;

namespace Numinia.Components.Addons.SecretsStoreCsi;

/// <summary>The Secrets Store CSI driver's settings: the driver's and its AWS provider's chart versions.</summary>
public sealed record SecretsStoreCsiSettings
{
    /// <summary>The config key of <see cref="DriverChartVersion"/>.</summary>
    public const string DriverChartVersionKey = "secretsStoreCsiChartVersion";

    /// <summary>The config key of <see cref="AwsProviderChartVersion"/>.</summary>
    public const string AwsProviderChartVersionKey = "secretsStoreCsiAwsChartVersion";

    /// <summary><c>numinia-infra:secretsStoreCsiChartVersion</c>: the exact secrets-store-csi-driver chart version.</summary>
    public string DriverChartVersion { get; init; } = "1.6.0";

    /// <summary><c>numinia-infra:secretsStoreCsiAwsChartVersion</c>: the exact secrets-store-csi-driver-provider-aws chart version.</summary>
    public string AwsProviderChartVersion { get; init; } = "3.1.1";

    /// <summary>Reads the keys.</summary>
    public static SecretsStoreCsiSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new SecretsStoreCsiSettings();
        return new SecretsStoreCsiSettings
        {
            DriverChartVersion = config.ChartVersion(DriverChartVersionKey, defaults.DriverChartVersion),
            AwsProviderChartVersion = config.ChartVersion(AwsProviderChartVersionKey, defaults.AwsProviderChartVersion),
        };
    }
}
