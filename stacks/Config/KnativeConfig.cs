using Numinia.Components.Addons.Knative;

namespace Numinia.Stacks.Config;

/// <summary>Knative Serving with Kourier: the operator's chart, the Serving version it installs and Serving's settings.</summary>
public sealed record KnativeConfig
{
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

    /// <summary><c>numinia-infra:knativeOperatorChartVersion</c>: the exact knative-operator chart version (live default 1.23.0).</summary>
    public string OperatorChartVersion { get; init; } = KnativeServingAddon.DefaultChartVersion;

    /// <summary>
    /// <c>numinia-infra:knativeServingVersion</c>: the Knative Serving version the operator installs,
    /// <c>MAJOR.MINOR</c> or <c>MAJOR.MINOR.PATCH</c>, one the operator bundles (default 1.23.0, the operator's own).
    /// </summary>
    public string ServingVersion { get; init; } = KnativeServingAddon.DefaultServingVersion;

    /// <summary>
    /// <c>numinia-infra:knativeScaleToZeroGracePeriod</c>: how long an idle revision keeps its last pod before
    /// it scales to zero, a duration such as <c>30s</c>, <c>1m</c> or <c>1m30s</c>, at least 6s (live: 30s).
    /// </summary>
    public string ScaleToZeroGracePeriod { get; init; } = KnativeServingAddon.DefaultScaleToZeroGracePeriod;

    /// <summary><c>numinia-infra:knativeMaxRevisionTimeoutSeconds</c>: the longest request timeout a revision may set, in seconds (live: 3600).</summary>
    public int MaxRevisionTimeoutSeconds { get; init; } = KnativeServingAddon.DefaultMaxRevisionTimeoutSeconds;

    /// <summary><c>numinia-infra:knativeDomainMappingIssuer</c>: the cert-manager ClusterIssuer of DomainMapping certificates (live: letsencrypt-prod).</summary>
    public string DomainMappingIssuer { get; init; } = KnativeServingAddon.DefaultDomainMappingIssuer;
}
