using System.Collections.Immutable;
using static Numinia.Components.Addons.HelmValues;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>The classes of alerts the architecture names (seed 004: component health, resource exhaustion, certificates, failed deployments).</summary>
public enum AlertClass
{
    /// <summary>A certificate expiring or failing to renew.</summary>
    CertificateExpiry,

    /// <summary>A controller failing to reconcile.</summary>
    ControllerErrors,

    /// <summary>An ExternalSecret failing to sync.</summary>
    ExternalSecretSync,

    /// <summary>A Knative revision failing or not ready.</summary>
    KnativeRevisions,

    /// <summary>A Deployment without its replicas.</summary>
    DeploymentsUnavailable,

    /// <summary>A namespace's quota nearly used up.</summary>
    QuotaExhaustion,

    /// <summary>A node not ready.</summary>
    NodesNotReady,

    /// <summary>A node group at its maximum size.</summary>
    NodeGroupAtMaximum,

    /// <summary>A volume filling up.</summary>
    VolumesFillingUp,
}

/// <summary>One alerting rule: its class, name, PromQL, how long it must hold, severity, summary and runbook section.</summary>
public sealed record AlertRule(AlertClass Class, string Alert, string Expr, string For, string Severity, string Summary, string Runbook,
    bool ByOrganization = false);

/// <summary>
/// Every alerting rule of the platform, in one place, each metric at the version the platform pins (the source of each in
/// its comment). The monitoring stack loads them as one PrometheusRule, a group per class; each has a severity (critical or
/// warning, which Alertmanager routes) and a runbook section in docs/runbooks.md. GuardDuty's findings (security events)
/// are not Prometheus rules: EventBridge sends them to the same topic.
/// </summary>
public static class AlertRules
{
    /// <summary>Where the runbooks are, relative to the repository.</summary>
    public const string RunbookDocument = "docs/runbooks.md";

    /// <summary>The PrometheusRule's name.</summary>
    public const string ResourceName = "platform-alerts";

    /// <summary>
    /// kube-prometheus-stack 88.5.3's default alerts these rules replace (templates/prometheus/rules-1.14: kubernetes-apps.yaml,
    /// kubernetes-resources.yaml, kubernetes-system-kubelet.yaml, kubernetes-storage.yaml), turned off through
    /// <c>defaultRules.disabled</c> so that one condition raises one alert.
    /// </summary>
    public static readonly ImmutableArray<string> ReplacedDefaults =
        ["KubeDeploymentReplicasMismatch", "KubeQuotaAlmostFull", "KubeNodeNotReady", "KubePersistentVolumeFillingUp"];

    private const string RevisionPods = "max by (namespace, pod) (kube_pod_container_info{container=\"queue-proxy\"})";

    /// <summary>The rules.</summary>
    public static readonly ImmutableArray<AlertRule> All =
    [
        // cert-manager v1.21.1 internal/collectors/certificate_collector.go: certmanager_certificate_expiration_timestamp_seconds,
        // certmanager_certificate_ready_status{condition}.
        new(AlertClass.CertificateExpiry, "CertificateExpiringSoon",
            "certmanager_certificate_expiration_timestamp_seconds - time() < 14 * 24 * 3600", "1h", "warning",
            "Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in less than 14 days: cert-manager has not renewed it.", "certificate-expiring-soon", ByOrganization: true),
        new(AlertClass.CertificateExpiry, "CertificateNotReady",
            "max by (namespace, name) (certmanager_certificate_ready_status{condition=\"False\"}) == 1", "15m", "critical",
            "Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready: its issuance or renewal fails.", "certificate-not-ready", ByOrganization: true),

        // controller-runtime v0.24.1 (external-secrets 2.9.0, aws-load-balancer-controller v3.5.0 and Flux's controllers)
        // pkg/internal/controller/metrics/metrics.go: controller_runtime_reconcile_errors_total{controller}; cert-manager v1.21.1
        // pkg/metrics/metrics.go: certmanager_controller_sync_error_count{controller}.
        new(AlertClass.ControllerErrors, "ControllerReconcileErrors",
            "sum by (namespace, pod, controller) (rate(controller_runtime_reconcile_errors_total[10m])) > 0", "15m", "warning",
            "Controller {{ $labels.controller }} in {{ $labels.namespace }}/{{ $labels.pod }} fails to reconcile.", "controller-reconcile-errors"),
        new(AlertClass.ControllerErrors, "CertManagerSyncErrors",
            "sum by (namespace, pod, controller) (rate(certmanager_controller_sync_error_count[10m])) > 0", "15m", "warning",
            "cert-manager's {{ $labels.controller }} controller fails to sync.", "controller-reconcile-errors"),

        // external-secrets helm-chart-2.9.0 pkg/controllers/externalsecret/esmetrics/esmetrics.go: externalsecret_status_condition
        // {name, namespace, condition, status}, externalsecret_sync_calls_error.
        new(AlertClass.ExternalSecretSync, "ExternalSecretNotSynced",
            "max by (namespace, name) (externalsecret_status_condition{condition=\"Ready\", status=\"False\"}) == 1", "10m", "warning",
            "ExternalSecret {{ $labels.namespace }}/{{ $labels.name }} is not synced from its store.", "external-secret-not-synced", ByOrganization: true),
        new(AlertClass.ExternalSecretSync, "ExternalSecretSyncErrors",
            "sum by (namespace, name) (rate(externalsecret_sync_calls_error[10m])) > 0", "15m", "warning",
            "ExternalSecret {{ $labels.namespace }}/{{ $labels.name }} fails to sync.", "external-secret-not-synced", ByOrganization: true),

        // A revision's pods are those with Knative's queue-proxy container (knative/serving knative-v1.23.0
        // pkg/reconciler/revision/resources/constants.go QueueContainerName); kube-state-metrics 2.x (chart 8.4.0 of
        // kube-prometheus-stack 88.5.3) docs/metrics/workload/pod-metrics.md: kube_pod_container_info,
        // kube_pod_container_status_waiting_reason, kube_pod_status_ready.
        new(AlertClass.KnativeRevisions, "KnativeRevisionFailing",
            "max by (namespace, pod) (kube_pod_container_status_waiting_reason{reason=~\"CrashLoopBackOff|ImagePullBackOff|ErrImagePull|CreateContainerConfigError\"}) "
            + "* on (namespace, pod) group_left () " + RevisionPods + " > 0", "5m", "critical",
            "A Knative revision's pod {{ $labels.namespace }}/{{ $labels.pod }} cannot start.", "knative-revision-failing", ByOrganization: true),
        new(AlertClass.KnativeRevisions, "KnativeRevisionNotReady",
            "max by (namespace, pod) (kube_pod_status_ready{condition=\"false\"}) * on (namespace, pod) group_left () " + RevisionPods + " > 0", "15m", "warning",
            "A Knative revision's pod {{ $labels.namespace }}/{{ $labels.pod }} has not been ready for 15 minutes.", "knative-revision-not-ready", ByOrganization: true),

        // kube-state-metrics docs/metrics/workload/deployment-metrics.md.
        new(AlertClass.DeploymentsUnavailable, "DeploymentReplicasUnavailable",
            "kube_deployment_status_replicas_unavailable > 0", "15m", "warning",
            "Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has {{ $value }} unavailable replicas.", "deployment-replicas-unavailable", ByOrganization: true),
        new(AlertClass.DeploymentsUnavailable, "DeploymentDown",
            "kube_deployment_status_replicas_available == 0 and kube_deployment_spec_replicas > 0", "5m", "critical",
            "Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has no available replica.", "deployment-down", ByOrganization: true),

        // kube-state-metrics docs/metrics/policy/resourcequota-metrics.md: kube_resourcequota{resource, type="used"|"hard"}.
        new(AlertClass.QuotaExhaustion, "QuotaNearlyExhausted",
            "kube_resourcequota{type=\"used\"} / ignoring (instance, job, type) (kube_resourcequota{type=\"hard\"} > 0) > 0.9", "15m", "warning",
            "{{ $labels.namespace }} uses {{ $value | humanizePercentage }} of its {{ $labels.resource }} quota.", "quota-nearly-exhausted", ByOrganization: true),

        // kube-state-metrics docs/metrics/cluster/node-metrics.md: kube_node_status_condition{condition, status}.
        new(AlertClass.NodesNotReady, "NodeNotReady",
            "kube_node_status_condition{condition=\"Ready\", status=\"true\"} == 0", "10m", "critical",
            "Node {{ $labels.node }} has not been ready for 10 minutes.", "node-not-ready"),

        // kubernetes/autoscaler cluster-autoscaler-chart-9.59.0 cluster-autoscaler/metrics/metrics.go:
        // cluster_autoscaler_node_group_max_count and _target_count{node_group}, emitted with --emit-per-nodegroup-metrics.
        new(AlertClass.NodeGroupAtMaximum, "NodeGroupAtMaximum",
            "cluster_autoscaler_node_group_target_count >= cluster_autoscaler_node_group_max_count", "30m", "warning",
            "Node group {{ $labels.node_group }} is at its maximum size: pods that need more capacity stay Pending.", "node-group-at-maximum"),

        // Kubernetes 1.35 pkg/kubelet/metrics/collectors/volume_stats.go: kubelet_volume_stats_available_bytes, _capacity_bytes.
        new(AlertClass.VolumesFillingUp, "VolumeFillingUp",
            "kubelet_volume_stats_available_bytes / kubelet_volume_stats_capacity_bytes < 0.10", "15m", "warning",
            "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has less than 10% free.", "volume-filling-up", ByOrganization: true),
        new(AlertClass.VolumesFillingUp, "VolumeFull",
            "kubelet_volume_stats_available_bytes / kubelet_volume_stats_capacity_bytes < 0.03", "5m", "critical",
            "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has less than 3% free.", "volume-filling-up", ByOrganization: true),
    ];

    /// <summary>
    /// Each namespace's organization as a series (value 1) with an <c>organization</c> label: kube-state-metrics exports the
    /// namespaces' <c>numinia.xyz/organization</c> label as <c>label_numinia_xyz_organization</c> of
    /// <c>kube_namespace_labels</c> (allowed by <see cref="MonitoringAddon"/>'s <c>metricLabelsAllowlist</c>; kube-state-metrics
    /// v2 docs/metrics/cluster/namespace-metrics.md, its label names sanitized to <c>[a-zA-Z0-9_]</c>); a platform namespace
    /// has none, so it gets no label.
    /// </summary>
    public const string Organizations =
        "max by (namespace, organization) (label_replace(kube_namespace_labels, \"organization\", \"$1\", \"label_numinia_xyz_organization\", \"(.+)\"))";

    /// <summary>
    /// A rule's expression as loaded: a rule on a namespaced object joins its namespace's organization, so that Alertmanager's
    /// per-organization routes group a tenant's alerts (the join keeps the value: it multiplies by 1, and every namespace has
    /// a <c>kube_namespace_labels</c> series).
    /// </summary>
    public static string ExpressionOf(AlertRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.ByOrganization ? $"({rule.Expr}) * on (namespace) group_left (organization) {Organizations}" : rule.Expr;
    }

    /// <summary>The PrometheusRule's spec: a group per class, each rule with its severity label and its summary and runbook.</summary>
    public static ImmutableDictionary<string, object> Spec() => Map(("groups", All.GroupBy(r => r.Class).Select(g => (object)Map(
        ("name", $"numinia-{g.Key}"),
        ("rules", g.Select(r => (object)Map(
            ("alert", r.Alert),
            ("expr", ExpressionOf(r)),
            ("for", r.For),
            ("labels", Map(("severity", r.Severity))),
            ("annotations", Map(("summary", r.Summary), ("runbook_url", $"{RunbookDocument}#{r.Runbook}"))))).ToImmutableArray()))).ToImmutableArray()));
}
