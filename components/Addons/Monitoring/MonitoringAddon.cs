using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using static Numinia.Components.Addons.HelmValues;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>What the monitoring stack is built from.</summary>
public sealed record MonitoringAddonArgs
{
    /// <summary>The cluster monitored.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Its settings: the charts, Prometheus's replicas, retention and volume, Grafana's volume and admin password.</summary>
    public MonitoringSettings Settings { get; init; } = new();

    /// <summary>The <c>gp3</c> StorageClass (made by another component): the Prometheus and Grafana volumes need it.</summary>
    public required Resource StorageClass { get; init; }

    /// <summary>The StorageClass's name.</summary>
    public string StorageClassName { get; init; } = "gp3";

    /// <summary>The most nodes the cluster can have: one node-exporter pod each.</summary>
    public int MaxNodes { get; init; } = 18;

    /// <summary>Node groups (by their <c>numinia.xyz/node-group</c> label) no monitoring pod but node-exporter may run on.</summary>
    public ImmutableArray<string> ExcludedNodeGroups { get; init; } = ImmutableArray.Create("gpu");
}

/// <summary>
/// kube-prometheus-stack in the <c>monitoring</c> namespace: the Prometheus Operator; Prometheus with
/// replicas, a retention and gp3 volumes; Grafana on a gp3 volume with the Prometheus data source and its
/// admin password from a Secret; Alertmanager with two replicas; kube-state-metrics; node-exporter on
/// every node. Replicated components have a PodDisruptionBudget and anti-affinity; every container has
/// requests and limits; nothing but node-exporter runs on the excluded (GPU) node groups.
/// </summary>
public sealed class MonitoringAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child, the volumes' owners included).</summary>
    public const string TypeToken = "numinia:addons:Monitoring";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "kube-prometheus-stack";

    /// <summary>The CRDs chart's name (same repository).</summary>
    public const string CrdsChartName = "prometheus-operator-crds";

    /// <summary>The CRDs release's name.</summary>
    public const string CrdsReleaseName = "prometheus-operator-crds";

    /// <summary>The chart's repository.</summary>
    public const string ChartRepository = "https://prometheus-community.github.io/helm-charts";

    /// <summary>The namespace (privileged: node-exporter reads the host's network, processes and file systems).</summary>
    public const string NamespaceName = "monitoring";

    /// <summary>The Helm release's name (also the prefix of the chart's object names).</summary>
    public const string ReleaseName = "kube-prometheus-stack";

    /// <summary>The Secret with Grafana's admin user and password.</summary>
    public const string GrafanaAdminSecretName = "grafana-admin";

    /// <summary>The key of the admin user in <see cref="GrafanaAdminSecretName"/>.</summary>
    public const string GrafanaAdminUserKey = "admin-user";

    /// <summary>The key of the admin password in <see cref="GrafanaAdminSecretName"/>.</summary>
    public const string GrafanaAdminPasswordKey = "admin-password";

    /// <summary>Grafana's admin user.</summary>
    public const string GrafanaAdminUser = "admin";

    /// <summary>
    /// Alertmanager replicas: two, which gossip silences and the notification log to each other, so one can
    /// restart (or its node drain) without losing them or sending a notification twice.
    /// </summary>
    public const int AlertmanagerReplicas = 2;

    /// <summary>The share of a Prometheus volume its blocks may fill before the oldest are deleted early.</summary>
    public const decimal RetentionSizeShare = 0.85m;

    /// <summary>The alert routing's name under the add-on named <paramref name="name"/> (one, running or paused).</summary>
    public static string AlertsName(string name) => $"{name}-alerts";

    /// <summary>Prometheus's requests and limits.</summary>
    public static readonly ContainerResources PrometheusResources = new("500m", "3Gi", "2000m", "6Gi");

    /// <summary>The config-reloader sidecars' (Prometheus and Alertmanager) requests and limits.</summary>
    public static readonly ContainerResources ConfigReloaderResources = new("10m", "32Mi", "100m", "64Mi");

    /// <summary>Alertmanager's requests and limits.</summary>
    public static readonly ContainerResources AlertmanagerResources = new("25m", "64Mi", "200m", "256Mi");

    /// <summary>The Prometheus Operator's requests and limits.</summary>
    public static readonly ContainerResources OperatorResources = new("50m", "128Mi", "500m", "512Mi");

    /// <summary>The admission webhook certificate Jobs' requests and limits.</summary>
    public static readonly ContainerResources AdmissionJobResources = new("10m", "32Mi", "100m", "128Mi");

    /// <summary>Grafana's requests and limits.</summary>
    public static readonly ContainerResources GrafanaResources = new("100m", "256Mi", "1000m", "1Gi");

    /// <summary>Grafana's dashboard and data source sidecars' requests and limits.</summary>
    public static readonly ContainerResources GrafanaSidecarResources = new("25m", "64Mi", "200m", "256Mi");

    /// <summary>kube-state-metrics's requests and limits.</summary>
    public static readonly ContainerResources KubeStateMetricsResources = new("50m", "128Mi", "500m", "512Mi");

    /// <summary>node-exporter's requests and limits.</summary>
    public static readonly ContainerResources NodeExporterResources = new("25m", "32Mi", "250m", "128Mi");

    /// <summary>
    /// The label of node-exporter's pods (kube-prometheus-stack's prometheus-node-exporter subchart): they run on the host
    /// network, so as a same-namespace peer the policy controller would resolve them to every node's address.
    /// </summary>
    public static readonly KeyValuePair<string, string> NodeExporterPodLabel = KeyValuePair.Create("app.kubernetes.io/name", "prometheus-node-exporter");

    /// <summary>The namespace's name, once it exists.</summary>
    [Output("namespace")]
    public Output<string> NamespaceOutput { get; private set; }

    /// <summary>The name of the Secret with Grafana's admin credentials.</summary>
    [Output("grafanaAdminSecretName")]
    public Output<string> GrafanaAdminSecret { get; private set; }

    /// <summary>The namespace.</summary>
    public PlatformNamespace Namespace { get; }

    /// <summary>The Secret with Grafana's admin credentials (its data is secret).</summary>
    public Pulumi.Kubernetes.Core.V1.Secret GrafanaAdmin { get; }

    /// <summary>The Helm release.</summary>
    public Release Release { get; }

    /// <summary>The platform's alerting rules (<see cref="AlertRules"/>), one group per class.</summary>
    public PrometheusRule Rules { get; }

    /// <summary>Where Alertmanager's notifications go: the SNS topic, its subscriptions, Alertmanager's role, the receivers' Secret.</summary>
    public AlertRouting Alerts { get; }

    /// <summary>
    /// The release of the operator's CRDs, which the stack's release depends on. kube-prometheus-stack ships them
    /// in its <c>crds/</c> folder, which Helm installs once and never upgrades; prometheus-operator-crds has them
    /// as templates, so a version bump updates them, before the operator that needs them (this release first).
    /// </summary>
    public Release CrdsRelease { get; }

    /// <summary>Builds the namespace, Grafana's admin Secret and the release.</summary>
    public MonitoringAddon(string name, MonitoringAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Check(args);
        var context = args.Context;
        Namespace = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this, PodSecurityLevel.Privileged, Quota(args));

        // Secret even if the caller forgot to mark it so; only the Secret's (secret) data carries it.
        var password = Output.CreateSecret(args.Settings.GrafanaAdminPassword);
        GrafanaAdmin = new Pulumi.Kubernetes.Core.V1.Secret($"{name}-grafana-admin", new SecretArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = GrafanaAdminSecretName,
                Namespace = Namespace.Name,
                Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
            },
            Type = "Opaque",
            Data = password.Apply(p => ImmutableDictionary<string, string>.Empty
                .Add(GrafanaAdminUserKey, Base64(GrafanaAdminUser))
                .Add(GrafanaAdminPasswordKey, Base64(p))),
        }, context.Kubernetes(this));

        CrdsRelease = HelmAddon.Install($"{name}-crds-release", new AddonRelease
        {
            ReleaseName = CrdsReleaseName,
            Chart = new ChartPin(CrdsChartName, ChartRepository, args.Settings.CrdsChartVersion),
            Namespace = Namespace.Name,
            Values = CrdsValues,
        }, context, this);

        Alerts = new AlertRouting(AlertsName(name), AlertRoutingArgs.Of(context, args.Settings.Alerting, Namespace.Name),
            new ComponentResourceOptions { Parent = this });

        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, ChartRepository, args.Settings.ChartVersion),
            Namespace = Namespace.Name,
            Values = Values(args, Alerts),
            TimeoutSeconds = 900,
        }, context, this, [args.StorageClass, GrafanaAdmin, CrdsRelease, Alerts, .. Alerts.Receivers is { } r ? new Resource[] { r } : []]);

        // After the release: the operator's admission webhook validates PrometheusRules.
        Rules = new PrometheusRule($"{name}-alert-rules", new PrometheusRuleArgs
        {
            Metadata = new ObjectMetaArgs { Name = AlertRules.ResourceName, Namespace = Namespace.Name, Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } } },
            Spec = AlertRules.Spec(),
        }, context.Kubernetes(this, Release));

        NamespaceOutput = Namespace.Name;
        GrafanaAdminSecret = GrafanaAdmin.Metadata.Apply(m => m.Name);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["namespace"] = NamespaceOutput,
            ["grafanaAdminSecretName"] = GrafanaAdminSecret,
        });
    }

    /// <summary>Prometheus's <c>retentionSize</c>: a share of its volume, so a burst of series deletes old blocks instead of filling the disk.</summary>
    public static string RetentionSize(Quantity volume)
        => string.Create(CultureInfo.InvariantCulture, $"{decimal.Floor(volume.Value * RetentionSizeShare / (1024m * 1024m * 1024m))}GB");

    /// <summary>The namespace's quota: every pod of the stack, node-exporter on every node, and the volumes (with room to grow them).</summary>
    public static NamespaceQuota Quota(MonitoringAddonArgs args)
    {
        var storage = (args.Settings.PrometheusStorageSize.Value * args.Settings.PrometheusReplicas + args.Settings.GrafanaStorageSize.Value) * 1.5m;
        return NamespaceQuotaSizing.For(new[]
        {
            new PodGroup("prometheus", args.Settings.PrometheusReplicas, ImmutableArray.Create(PrometheusResources, ConfigReloaderResources)),
            new PodGroup("alertmanager", AlertmanagerReplicas, ImmutableArray.Create(AlertmanagerResources, ConfigReloaderResources)),
            new PodGroup("operator", 1, ImmutableArray.Create(OperatorResources)),
            new PodGroup("admission-jobs", 1, ImmutableArray.Create(AdmissionJobResources)),
            new PodGroup("grafana", 1, ImmutableArray.Create(GrafanaResources, GrafanaSidecarResources, GrafanaSidecarResources)),
            new PodGroup("kube-state-metrics", 1, ImmutableArray.Create(KubeStateMetricsResources)),
            new PodGroup("node-exporter", args.MaxNodes, ImmutableArray.Create(NodeExporterResources)),
        },
        requestsStorage: string.Create(CultureInfo.InvariantCulture, $"{decimal.Ceiling(storage / (1024m * 1024m * 1024m))}Gi"),
        persistentVolumeClaims: args.Settings.PrometheusReplicas + 1 + 2);
    }

    private static void Check(MonitoringAddonArgs args)
    {
        if (args.Settings.PrometheusReplicas < 1 || args.Settings.PrometheusRetentionDays < 1 || args.MaxNodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(args), "Prometheus replicas, retention days and MaxNodes must be at least 1.");
        }

        if (args.Settings.PrometheusStorageSize.Value <= 0 || args.Settings.GrafanaStorageSize.Value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(args), "The Prometheus and Grafana volumes must have a size.");
        }
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The CRDs release's values: every CRD, kept if the release is ever uninstalled or replaced (deleting a CRD
    /// deletes every object of its kind: each Prometheus, Alertmanager, ServiceMonitor and rule of the cluster).
    /// </summary>
    public static ImmutableDictionary<string, object> CrdsValues { get; } =
        Map(("crds", Map(("annotations", Map(("helm.sh/resource-policy", "keep"))))));

    private static ImmutableDictionary<string, object> Values(MonitoringAddonArgs args, AlertRouting alerts)
    {
        var awayFromExcluded = Map(("nodeAffinity", Map(
            ("requiredDuringSchedulingIgnoredDuringExecution", Map(
                ("nodeSelectorTerms", List(Map(
                    ("matchExpressions", List(Map(
                        ("key", NodeGroupSpec.GroupLabel),
                        ("operator", "NotIn"),
                        ("values", args.ExcludedNodeGroups.Select(g => (object)g).ToImmutableArray()))))))))))));
        var disruptionBudget = Map(("enabled", true), ("minAvailable", 1));
        var volume = Map(("volumeClaimTemplate", Map(("spec", Map(
            ("storageClassName", args.StorageClassName),
            ("accessModes", List("ReadWriteOnce")),
            ("resources", Map(("requests", Map(("storage", args.Settings.PrometheusStorageSize.Text))))))))));

        return Map(
            // The CRDs come from the CRDs release (upgraded with it); this chart's crds/ folder would never be.
            ("crds", Map(("enabled", false))),
            // The defaults the platform's rules replace (AlertRules), so that one condition raises one alert.
            ("defaultRules", Map(("disabled", AlertRules.ReplacedDefaults.ToImmutableDictionary(a => a, _ => (object)true)))),
            // EKS runs the control plane: its controller manager, scheduler and etcd cannot be scraped, and
            // their targets would only raise TargetDown alerts.
            ("kubeControllerManager", Map(("enabled", false))),
            ("kubeScheduler", Map(("enabled", false))),
            ("kubeEtcd", Map(("enabled", false))),
            // EKS's kube-proxy serves its metrics on 127.0.0.1:10249 (kube-proxy's default; the EKS add-on's configuration
            // schema cannot change metricsBindAddress, aws/containers-roadmap#657): a scrape of the nodes' 10249 is refused,
            // and KubeProxyDown would fire forever. Turned off on purpose; its Service and rules go with it.
            ("kubeProxy", Map(("enabled", false))),
            ("prometheusOperator", Map(
                ("resources", OperatorResources.ToValues()),
                ("affinity", awayFromExcluded),
                ("prometheusConfigReloader", Map(("resources", ConfigReloaderResources.ToValues()))),
                ("admissionWebhooks", Map(("patch", Map(
                    ("resources", AdmissionJobResources.ToValues()),
                    ("affinity", awayFromExcluded))))))),
            ("prometheus", Map(
                ("podDisruptionBudget", disruptionBudget),
                ("prometheusSpec", Map(
                    ("replicas", args.Settings.PrometheusReplicas),
                    ("retention", string.Create(CultureInfo.InvariantCulture, $"{args.Settings.PrometheusRetentionDays}d")),
                    ("retentionSize", RetentionSize(args.Settings.PrometheusStorageSize)),
                    ("storageSpec", volume),
                    ("resources", PrometheusResources.ToValues()),
                    // Preferred, not required, anti-affinity: each replica's EBS volume ties it to one zone, and a
                    // required rule could leave it Pending when the only node there holds the other replica.
                    ("podAntiAffinity", "soft"),
                    ("podAntiAffinityTopologyKey", "kubernetes.io/hostname"),
                    ("affinity", awayFromExcluded),
                    ("externalLabels", Map(("cluster", args.Context.ClusterName))),
                    // Every ServiceMonitor, PodMonitor, Probe, ScrapeConfig and rule of the cluster is picked up, not
                    // only this release's: the other add-ons and the tenants bring their own.
                    ("serviceMonitorSelectorNilUsesHelmValues", false),
                    ("podMonitorSelectorNilUsesHelmValues", false),
                    ("probeSelectorNilUsesHelmValues", false),
                    ("scrapeConfigSelectorNilUsesHelmValues", false),
                    ("ruleSelectorNilUsesHelmValues", false))))),
            ("alertmanager", Map(
                ("podDisruptionBudget", disruptionBudget),
                ("config", AlertmanagerConfig.For(alerts.TopicArn, args.Context.Region, args.Settings.Alerting)),
                ("serviceAccount", Map(
                    ("create", true),
                    ("name", AlertRouting.ServiceAccountName),
                    ("annotations", RoleArnAnnotation(alerts.RoleArn)))),
                ("alertmanagerSpec", Map(
                    ("replicas", AlertmanagerReplicas),
                    ("secrets", AlertRouting.Urls(args.Settings.Alerting).IsEmpty ? List() : List(AlertRouting.ReceiversSecretName)),
                    ("resources", AlertmanagerResources.ToValues()),
                    ("podAntiAffinity", "soft"),
                    ("podAntiAffinityTopologyKey", "kubernetes.io/hostname"),
                    ("affinity", awayFromExcluded))))),
            ("grafana", Map(
                ("admin", Map(
                    ("existingSecret", GrafanaAdminSecretName),
                    ("userKey", GrafanaAdminUserKey),
                    ("passwordKey", GrafanaAdminPasswordKey))),
                ("persistence", Map(
                    ("enabled", true),
                    ("type", "pvc"),
                    ("storageClassName", args.StorageClassName),
                    ("accessModes", List("ReadWriteOnce")),
                    ("size", args.Settings.GrafanaStorageSize.Text))),
                // A ReadWriteOnce volume cannot attach to a second pod on another node: stop, then start.
                ("deploymentStrategy", Map(("type", "Recreate"))),
                // The pod's fsGroup already owns the volume; the chart's chown init container would run as root.
                ("initChownData", Map(("enabled", false))),
                ("testFramework", Map(("enabled", false))),
                ("resources", GrafanaResources.ToValues()),
                ("affinity", awayFromExcluded),
                ("sidecar", Map(
                    ("resources", GrafanaSidecarResources.ToValues()),
                    ("datasources", Map(
                        ("enabled", true),
                        ("defaultDatasourceEnabled", true),
                        ("isDefaultDatasource", true))))))),
            ("kube-state-metrics", Map(
                // The organization label of tenant namespaces, for the alerts' organization label (AlertRules.Organizations).
                ("metricLabelsAllowlist", ImmutableArray.Create<object>($"namespaces=[{NamespaceLabels.Organization}]")),
                ("resources", KubeStateMetricsResources.ToValues()),
                ("affinity", awayFromExcluded))),
            ("nodeExporter", Map(
                ("enabled", true),
                ("operatingSystems", Map(
                    ("linux", Map(("enabled", true))),
                    ("aix", Map(("enabled", false))),
                    ("darwin", Map(("enabled", false))))))),
            ("prometheus-node-exporter", Map(
                ("resources", NodeExporterResources.ToValues()),
                // A node agent, scheduled even on a full node (the subchart prometheus-node-exporter 4.56.1 that
                // kube-prometheus-stack 88.5.3 pins: values.yaml priorityClassName, templates/daemonset.yaml).
                ("priorityClassName", PriorityClasses.SystemNodeCritical),
                // Every node, whatever its taints: a node without metrics is a node nobody sees fail.
                ("tolerations", List(Map(("operator", "Exists")))))));
    }
}
