using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Addons.Knative;

/// <summary>Knative Serving's settings: the operator's chart, the Serving version it installs and Serving's own settings.</summary>
public sealed record KnativeSettings
{
    /// <summary>The config key of <see cref="OperatorChartVersion"/>.</summary>
    public const string OperatorChartVersionKey = "knativeOperatorChartVersion";

    /// <summary>The config key of <see cref="ServingVersion"/>.</summary>
    public const string ServingVersionKey = "knativeServingVersion";

    /// <summary>The config key of <see cref="ScaleToZeroGracePeriod"/>.</summary>
    public const string ScaleToZeroGracePeriodKey = "knativeScaleToZeroGracePeriod";

    /// <summary>The config key of <see cref="MaxRevisionTimeoutSeconds"/>.</summary>
    public const string MaxRevisionTimeoutSecondsKey = "knativeMaxRevisionTimeoutSeconds";

    /// <summary>The config key of <see cref="DomainMappingIssuer"/>.</summary>
    public const string DomainMappingIssuerKey = "knativeDomainMappingIssuer";

    /// <summary>
    /// The shortest scale-to-zero grace period Serving accepts (its autoscaler's minimum window); a shorter
    /// one makes Serving reject <c>config-autoscaler</c>.
    /// </summary>
    public static readonly TimeSpan MinScaleToZeroGracePeriod = TimeSpan.FromSeconds(6);

    /// <summary>
    /// How many minor versions below its own a knative-operator release still bundles Knative Serving for
    /// (operator 1.23 bundles Serving 1.20 to 1.23).
    /// </summary>
    public const int BundledMinorVersions = 4;

    private static readonly Regex s_servingVersion = new(@"^(\d+)\.(\d+)(\.\d+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex s_duration = new(@"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$", RegexOptions.CultureInvariant);

    private static readonly Regex s_objectName = new(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant);

    /// <summary><c>numinia-infra:knativeOperatorChartVersion</c>: the exact knative-operator chart version (live default 1.23.0).</summary>
    public string OperatorChartVersion { get; init; } = "1.23.0";

    /// <summary>
    /// <c>numinia-infra:knativeServingVersion</c>: the Knative Serving version the operator installs,
    /// <c>MAJOR.MINOR</c> or <c>MAJOR.MINOR.PATCH</c>, one the operator bundles (default 1.23.0, the operator's own).
    /// </summary>
    public string ServingVersion { get; init; } = "1.23.0";

    /// <summary>
    /// <c>numinia-infra:knativeScaleToZeroGracePeriod</c>: how long an idle revision keeps its last pod before
    /// it scales to zero, a duration such as <c>30s</c>, <c>1m</c> or <c>1m30s</c>, at least 6s (live: 30s).
    /// </summary>
    public string ScaleToZeroGracePeriod { get; init; } = "30s";

    /// <summary>
    /// <c>numinia-infra:knativeMaxRevisionTimeoutSeconds</c>: the longest request timeout a revision may set, in seconds:
    /// the longest a request may last (the live applications set 3600). Serving's config-defaults asks to raise the
    /// activator's terminationGracePeriodSeconds (600 in the 1.23 manifest) with it; the operator 1.23 cannot (its
    /// WorkloadOverride has no such field, knative/operator pkg/apis/operator/base/common.go, and its manifestival apply, a
    /// three-way merge with overwrite, would revert a patch of it, vendor/github.com/manifestival/manifestival/internal/patch/patch.go).
    /// A longer activator grace would not keep such a request alive through a data-plane rollout anyway: every request
    /// also crosses Kourier's gateway, whose pods stop within their 30 s grace (kourier.yaml), and the activator's upgraded
    /// (WebSocket) connections end when it exits after its drain (cmd/activator/main.go: http.Server.Shutdown does not wait
    /// for hijacked connections). So a long request survives a Serving or Kourier rollout only by reconnecting; what the
    /// platform does keep in step is the Cluster Autoscaler's eviction grace, which lets a revision's pod drain for its
    /// whole timeout when its node is scaled down.
    /// </summary>
    public int MaxRevisionTimeoutSeconds { get; init; } = 3600;

    /// <summary><c>numinia-infra:knativeDomainMappingIssuer</c>: the cert-manager ClusterIssuer of DomainMapping certificates (live: letsencrypt-prod).</summary>
    public string DomainMappingIssuer { get; init; } = "letsencrypt-prod";

    /// <summary>Reads the keys.</summary>
    public static KnativeSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new KnativeSettings();
        var chart = config.ChartVersion(OperatorChartVersionKey, defaults.OperatorChartVersion);
        var serving = config.String(ServingVersionKey, defaults.ServingVersion);
        var servingMatch = s_servingVersion.Match(serving);
        if (!servingMatch.Success)
        {
            config.Problem(ServingVersionKey, serving, "is not a Knative Serving version (expected MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 1.23.0)");
        }
        else if (s_servingVersion.Match(chart.TrimStart('v')) is { Success: true } chartMatch)
        {
            var (major, minor) = (Number(servingMatch.Groups[1].Value), Number(servingMatch.Groups[2].Value));
            var (operatorMajor, operatorMinor) = (Number(chartMatch.Groups[1].Value), Number(chartMatch.Groups[2].Value));
            var oldest = operatorMinor - BundledMinorVersions + 1;
            if (major != operatorMajor || minor > operatorMinor || minor < oldest)
            {
                config.Problem(ServingVersionKey, serving,
                    $"is not bundled by knative-operator {chart} ({OperatorChartVersionKey}), which installs Knative Serving {operatorMajor}.{oldest} to {operatorMajor}.{operatorMinor}");
            }
        }

        var grace = config.String(ScaleToZeroGracePeriodKey, defaults.ScaleToZeroGracePeriod);
        if (!TryParseDuration(grace, out var period))
        {
            config.Problem(ScaleToZeroGracePeriodKey, grace, "is not a duration (expected whole hours, minutes and seconds such as 30s, 1m or 1m30s)");
        }
        else if (period < MinScaleToZeroGracePeriod)
        {
            config.Problem(ScaleToZeroGracePeriodKey, grace, $"is shorter than {MinScaleToZeroGracePeriod.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s, the least Knative Serving accepts");
        }

        var timeout = config.Int(MaxRevisionTimeoutSecondsKey, defaults.MaxRevisionTimeoutSeconds);
        if (timeout <= 0)
        {
            timeout = config.Invalid(defaults.MaxRevisionTimeoutSeconds, MaxRevisionTimeoutSecondsKey, timeout.ToString(CultureInfo.InvariantCulture),
                "must be a positive number of seconds");
        }

        var issuer = config.String(DomainMappingIssuerKey, defaults.DomainMappingIssuer);
        if (issuer.Length > 253 || !s_objectName.IsMatch(issuer))
        {
            config.Problem(DomainMappingIssuerKey, issuer, "is not a ClusterIssuer name (lowercase letters, digits, '-' and '.', at most 253 characters)");
        }

        return new KnativeSettings
        {
            OperatorChartVersion = chart,
            ServingVersion = serving,
            ScaleToZeroGracePeriod = grace,
            MaxRevisionTimeoutSeconds = timeout,
            DomainMappingIssuer = issuer,
        };
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = s_duration.Match(text);
        if (text.Length == 0 || !match.Success)
        {
            return false;
        }

        long Part(int group) => match.Groups[group].Success
            ? long.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;
        try
        {
            duration = TimeSpan.FromHours(Part(1)) + TimeSpan.FromMinutes(Part(2)) + TimeSpan.FromSeconds(Part(3));
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
