using System.Globalization;
using Numinia.Components.Common;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>
/// The monitoring stack's settings: the kube-prometheus-stack and Prometheus Operator CRDs charts, Prometheus's replicas,
/// retention and volume, Grafana's volume and its admin password (a secret, never printed).
/// </summary>
public sealed record MonitoringSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "kubePrometheusStackChartVersion";

    /// <summary>The config key of <see cref="CrdsChartVersion"/>.</summary>
    public const string CrdsChartVersionKey = "prometheusOperatorCrdsChartVersion";

    /// <summary>The config key of <see cref="PrometheusRetentionDays"/>.</summary>
    public const string PrometheusRetentionDaysKey = "prometheusRetentionDays";

    /// <summary>The config key of <see cref="PrometheusReplicas"/>.</summary>
    public const string PrometheusReplicasKey = "prometheusReplicas";

    /// <summary>The config key of <see cref="PrometheusStorageSize"/>.</summary>
    public const string PrometheusStorageSizeKey = "prometheusStorageSize";

    /// <summary>The config key of <see cref="GrafanaStorageSize"/>.</summary>
    public const string GrafanaStorageSizeKey = "grafanaStorageSize";

    /// <summary>The config key of <see cref="GrafanaAdminPassword"/>.</summary>
    public const string GrafanaAdminPasswordKey = "grafanaAdminPassword";

    /// <summary>The shortest Grafana admin password accepted.</summary>
    public const int MinimumGrafanaPasswordLength = 16;

    /// <summary><c>numinia-infra:kubePrometheusStackChartVersion</c>: the exact <c>kube-prometheus-stack</c> chart version.</summary>
    public string ChartVersion { get; init; } = "88.5.3";

    /// <summary>
    /// <c>numinia-infra:prometheusOperatorCrdsChartVersion</c>: the exact <c>prometheus-operator-crds</c> chart version, the
    /// one whose appVersion is kube-prometheus-stack's (prometheus-operator-crds 31.0.1 has appVersion v0.93.1, the
    /// Prometheus Operator of kube-prometheus-stack 88.5.3: both charts' Chart.yaml); bump the two together.
    /// </summary>
    public string CrdsChartVersion { get; init; } = "31.0.1";

    /// <summary><c>numinia-infra:prometheusRetentionDays</c>: days of metrics Prometheus keeps (live: 15).</summary>
    public int PrometheusRetentionDays { get; init; } = 15;

    /// <summary><c>numinia-infra:prometheusReplicas</c>: Prometheus replicas (live: 2).</summary>
    public int PrometheusReplicas { get; init; } = 2;

    /// <summary><c>numinia-infra:prometheusStorageSize</c>: each Prometheus replica's gp3 volume (live: 200Gi).</summary>
    public Quantity PrometheusStorageSize { get; init; } = Quantity.Parse("200Gi");

    /// <summary><c>numinia-infra:grafanaStorageSize</c>: Grafana's gp3 volume (live: 20Gi).</summary>
    public Quantity GrafanaStorageSize { get; init; } = Quantity.Parse("20Gi");

    /// <summary>
    /// <c>numinia-infra:grafanaAdminPassword</c> (required on a platform stack, as a secret: <c>pulumi config set --secret</c>):
    /// Grafana's admin password, at least 16 characters. Kept here as read; the component wraps it in a secret Output
    /// before any resource sees it, and <see cref="ToString"/> never prints it.
    /// </summary>
    public string GrafanaAdminPassword { get; init; } = string.Empty;

    /// <summary>Where alerts go (the <c>alert*</c> keys) and whether GuardDuty's findings join them.</summary>
    public AlertingSettings Alerting { get; init; } = new();

    /// <summary>Reads the keys.</summary>
    public static MonitoringSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new MonitoringSettings();

        Quantity Size(string key, Quantity fallback)
        {
            var text = config.String(key, fallback.Text);
            if (!Quantity.TryParse(text, out var size, out var error))
            {
                return config.Invalid(fallback, key, text, error);
            }

            return size.Value < Quantity.Parse("1Gi").Value
                ? config.Invalid(fallback, key, text, "is smaller than 1Gi; a volume needs at least 1Gi (gp3 volumes are whole GiB)")
                : size;
        }

        int AtLeastOne(string key, int fallback, string what)
        {
            var value = config.Int(key, fallback);
            return value >= 1 ? value : config.Invalid(fallback, key, value.ToString(CultureInfo.InvariantCulture), $"must be at least 1 ({what})");
        }

        return new MonitoringSettings
        {
            ChartVersion = config.ChartVersion(ChartVersionKey, defaults.ChartVersion),
            CrdsChartVersion = config.ChartVersion(CrdsChartVersionKey, defaults.CrdsChartVersion),
            PrometheusRetentionDays = AtLeastOne(PrometheusRetentionDaysKey, defaults.PrometheusRetentionDays, "days of metrics"),
            PrometheusReplicas = AtLeastOne(PrometheusReplicasKey, defaults.PrometheusReplicas, "Prometheus replicas; 2 for high availability"),
            PrometheusStorageSize = Size(PrometheusStorageSizeKey, defaults.PrometheusStorageSize),
            GrafanaStorageSize = Size(GrafanaStorageSizeKey, defaults.GrafanaStorageSize),
            GrafanaAdminPassword = Password(config),
            Alerting = AlertingSettings.Read(config),
        };
    }

    // The value is never printed: problems show it as [secret].
    private static string Password(ISettingsReader config)
    {
        const string key = GrafanaAdminPasswordKey;
        var password = config.Raw(key);
        if (string.IsNullOrEmpty(password))
        {
            config.Problem(key, null, $"is missing; set it with pulumi config set --secret {key} <password>");
            return string.Empty;
        }

        if (!config.IsSecret(key))
        {
            config.Problem(key, "[secret]", $"is not a secret: the stack file holds it in plain text; set it with pulumi config set --secret {key} <password>");
        }

        if (password.Length < MinimumGrafanaPasswordLength)
        {
            config.Problem(key, "[secret]",
                $"is shorter than {MinimumGrafanaPasswordLength} characters; set a longer one with pulumi config set --secret {key} <password>");
        }

        return password;
    }

    /// <summary>The settings, with the password redacted.</summary>
    public override string ToString()
        => $"{nameof(MonitoringSettings)} {{ {nameof(ChartVersion)} = {ChartVersion}, {nameof(CrdsChartVersion)} = {CrdsChartVersion}, "
           + $"{nameof(PrometheusRetentionDays)} = {PrometheusRetentionDays}, {nameof(PrometheusReplicas)} = {PrometheusReplicas}, "
           + $"{nameof(PrometheusStorageSize)} = {PrometheusStorageSize}, {nameof(GrafanaStorageSize)} = {GrafanaStorageSize}, "
           + $"{nameof(GrafanaAdminPassword)} = [secret], {nameof(Alerting)} = {Alerting} }}";
}
