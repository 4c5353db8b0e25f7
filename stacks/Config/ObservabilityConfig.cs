using Numinia.Components.Addons.Logging;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Common;

namespace Numinia.Stacks.Config;

/// <summary>Monitoring (kube-prometheus-stack) and logging (Fluent Bit to CloudWatch Logs).</summary>
public sealed record ObservabilityConfig
{
    /// <summary>The shortest Grafana admin password accepted.</summary>
    public const int MinimumGrafanaPasswordLength = 16;

    /// <summary><c>numinia-infra:kubePrometheusStackChartVersion</c>: the exact <c>kube-prometheus-stack</c> chart version.</summary>
    public string KubePrometheusStackChartVersion { get; init; } = MonitoringAddon.DefaultChartVersion;

    /// <summary>
    /// <c>numinia-infra:prometheusOperatorCrdsChartVersion</c>: the exact <c>prometheus-operator-crds</c> chart version,
    /// the one whose appVersion is kube-prometheus-stack's (bump the two together).
    /// </summary>
    public string PrometheusOperatorCrdsChartVersion { get; init; } = MonitoringAddon.DefaultCrdsChartVersion;

    /// <summary><c>numinia-infra:fluentBitChartVersion</c>: the exact <c>fluent-bit</c> chart version.</summary>
    public string FluentBitChartVersion { get; init; } = LoggingAddon.DefaultChartVersion;

    /// <summary><c>numinia-infra:prometheusRetentionDays</c>: days of metrics Prometheus keeps (live: 15).</summary>
    public int PrometheusRetentionDays { get; init; } = 15;

    /// <summary><c>numinia-infra:prometheusReplicas</c>: Prometheus replicas (live: 2).</summary>
    public int PrometheusReplicas { get; init; } = 2;

    /// <summary><c>numinia-infra:prometheusStorageSize</c>: each Prometheus replica's gp3 volume (live: 200Gi).</summary>
    public Quantity PrometheusStorageSize { get; init; } = Quantity.Parse("200Gi");

    /// <summary><c>numinia-infra:grafanaStorageSize</c>: Grafana's gp3 volume (live: 20Gi).</summary>
    public Quantity GrafanaStorageSize { get; init; } = Quantity.Parse("20Gi");

    /// <summary><c>numinia-infra:containerLogRetentionDays</c>: days CloudWatch Logs keeps container logs (30).</summary>
    public int ContainerLogRetentionDays { get; init; } = 30;

    /// <summary>
    /// <c>numinia-infra:grafanaAdminPassword</c> (required, secret: <c>pulumi config set --secret</c>): Grafana's admin
    /// password, at least 16 characters. Kept here as read; the stack wraps it in a secret Output before any
    /// resource sees it, and <see cref="ToString"/> never prints it.
    /// </summary>
    public required string GrafanaAdminPassword { get; init; }

    /// <summary>The settings, with the password redacted.</summary>
    public override string ToString()
        => $"{nameof(ObservabilityConfig)} {{ {nameof(KubePrometheusStackChartVersion)} = {KubePrometheusStackChartVersion}, "
           + $"{nameof(PrometheusOperatorCrdsChartVersion)} = {PrometheusOperatorCrdsChartVersion}, "
           + $"{nameof(FluentBitChartVersion)} = {FluentBitChartVersion}, {nameof(PrometheusRetentionDays)} = {PrometheusRetentionDays}, "
           + $"{nameof(PrometheusReplicas)} = {PrometheusReplicas}, {nameof(PrometheusStorageSize)} = {PrometheusStorageSize}, "
           + $"{nameof(GrafanaStorageSize)} = {GrafanaStorageSize}, {nameof(ContainerLogRetentionDays)} = {ContainerLogRetentionDays}, "
           + $"{nameof(GrafanaAdminPassword)} = [secret] }}";
}
