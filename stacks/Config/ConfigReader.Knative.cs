using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Addons.Knative;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    private static readonly Regex s_servingVersion = new(@"^(\d+)\.(\d+)(\.\d+)?$", RegexOptions.CultureInvariant);

    // A Go duration of whole hours, minutes and seconds, as Serving parses config-autoscaler durations.
    private static readonly Regex s_duration = new(@"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$", RegexOptions.CultureInvariant);

    // A Kubernetes object name (DNS-1123 subdomain), as a ClusterIssuer's name must be.
    private static readonly Regex s_objectName = new(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant);

    /// <summary>Reads the Knative keys (<c>knative*</c>); problems go with the others.</summary>
    internal KnativeConfig ReadKnative()
    {
        const string chartKey = "knativeOperatorChartVersion";
        const string servingKey = "knativeServingVersion";
        var chart = ChartVersion(chartKey, KnativeServingAddon.DefaultChartVersion);
        var serving = String(servingKey, KnativeServingAddon.DefaultServingVersion)!;
        var servingMatch = s_servingVersion.Match(serving);
        if (!servingMatch.Success)
        {
            Problem(servingKey, serving, "is not a Knative Serving version (expected MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 1.23.0)");
        }
        else if (s_servingVersion.Match(chart.TrimStart('v')) is { Success: true } chartMatch)
        {
            var (major, minor) = (Number(servingMatch.Groups[1].Value), Number(servingMatch.Groups[2].Value));
            var (operatorMajor, operatorMinor) = (Number(chartMatch.Groups[1].Value), Number(chartMatch.Groups[2].Value));
            var oldest = operatorMinor - KnativeConfig.BundledMinorVersions + 1;
            if (major != operatorMajor || minor > operatorMinor || minor < oldest)
            {
                Problem(servingKey, serving,
                    $"is not bundled by knative-operator {chart} ({chartKey}), which installs Knative Serving {operatorMajor}.{oldest} to {operatorMajor}.{operatorMinor}");
            }
        }

        const string graceKey = "knativeScaleToZeroGracePeriod";
        var grace = String(graceKey, KnativeServingAddon.DefaultScaleToZeroGracePeriod)!;
        if (!TryParseDuration(grace, out var period))
        {
            Problem(graceKey, grace, "is not a duration (expected whole hours, minutes and seconds such as 30s, 1m or 1m30s)");
        }
        else if (period < KnativeConfig.MinScaleToZeroGracePeriod)
        {
            Problem(graceKey, grace, $"is shorter than {KnativeConfig.MinScaleToZeroGracePeriod.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s, the least Knative Serving accepts");
        }

        const string timeoutKey = "knativeMaxRevisionTimeoutSeconds";
        var timeout = Int(timeoutKey, KnativeServingAddon.DefaultMaxRevisionTimeoutSeconds);
        if (timeout <= 0)
        {
            timeout = Invalid(KnativeServingAddon.DefaultMaxRevisionTimeoutSeconds, timeoutKey, timeout.ToString(CultureInfo.InvariantCulture),
                "must be a positive number of seconds");
        }

        const string issuerKey = "knativeDomainMappingIssuer";
        var issuer = String(issuerKey, KnativeServingAddon.DefaultDomainMappingIssuer)!;
        if (issuer.Length > 253 || !s_objectName.IsMatch(issuer))
        {
            Problem(issuerKey, issuer, "is not a ClusterIssuer name (lowercase letters, digits, '-' and '.', at most 253 characters)");
        }

        return new KnativeConfig
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
