using System.Globalization;
using Numinia.Components.Common;

namespace Numinia.Components.Addons.LoadBalancerController;

/// <summary>The AWS Load Balancer Controller's settings: its chart version.</summary>
public sealed record LoadBalancerControllerSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "loadBalancerControllerChartVersion";

    /// <summary><c>numinia-infra:loadBalancerControllerChartVersion</c>: the exact chart version (the 3.x line is the v3 controller).</summary>
    public string ChartVersion { get; init; } = "3.5.0";

    /// <summary>
    /// Reads the keys. The CRDs are read at the controller's tag v&lt;version&gt;, which names the chart's own version from
    /// chart 3.0 on: an older chart is refused.
    /// </summary>
    public static LoadBalancerControllerSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var version = config.ChartVersion(ChartVersionKey, new LoadBalancerControllerSettings().ChartVersion);
        var major = version.TrimStart('v').Split('.')[0];
        if (int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number < 3)
        {
            config.Problem(ChartVersionKey, version, "is older than 3.0.0; from 3.0.0 on the chart's version is the controller's, whose tag the CRDs are read at");
        }

        return new LoadBalancerControllerSettings { ChartVersion = version };
    }
}
