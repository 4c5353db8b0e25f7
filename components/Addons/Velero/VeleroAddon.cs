using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Data;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using static Numinia.Components.Addons.HelmValues;

namespace Numinia.Components.Addons.Velero;

/// <summary>What Velero is installed with.</summary>
public sealed record VeleroAddonArgs
{
    /// <summary>The cluster it backs up.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Its settings: chart version, schedule, retention, the location to restore from.</summary>
    public VeleroSettings Settings { get; init; } = new();

    /// <summary>Created after these (the monitoring stack, whose ServiceMonitor CRD its metrics use).</summary>
    public ImmutableArray<Resource> DependsOn { get; init; } = ImmutableArray<Resource>.Empty;
}

/// <summary>
/// Velero: a daily backup of every namespace's objects to its own S3 bucket and of every EBS volume the CSI driver made
/// (Prometheus, Grafana, tenants' claims) as EBS snapshots, through the AWS plugin, kept for the retention. Native EBS
/// snapshots rather than CSI snapshots with data movement: no snapshot controller, CRDs or node agent to run, and the
/// plugin handles the EBS CSI driver's volumes (velero-plugin-for-aws volume_snapshotter.go <c>GetVolumeID</c>); the price is
/// that volumes restore in this region only (snapshots stay where they were taken), which the disaster recovery guide says.
/// With <see cref="VeleroSettings.RestoreFromBucket"/> a second, read-only location reads another platform's backups.
/// </summary>
public sealed class VeleroAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:Velero";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "velero";

    /// <summary>The chart's repository.</summary>
    public const string ChartRepository = "https://vmware-tanzu.github.io/helm-charts";

    /// <summary>Velero's namespace.</summary>
    public const string NamespaceName = "velero";

    /// <summary>The Helm release's name, its Deployment's and its service account's.</summary>
    public const string ReleaseName = "velero";

    /// <summary>The service account its IRSA role trusts.</summary>
    public const string ServiceAccountName = "velero";

    /// <summary>Velero's image (the chart's appVersion, pinned).</summary>
    public const string Image = "docker.io/velero/velero:v1.18.1";

    /// <summary>
    /// The AWS plugin for Velero 1.18 (velero-plugin-for-aws README "Compatibility": plugin v1.14.x for Velero v1.18.x; its
    /// install command names v1.14.0).
    /// </summary>
    public const string AwsPluginImage = "docker.io/velero/velero-plugin-for-aws:v1.14.0";

    /// <summary>The user of Velero's distroless images (nonroot).</summary>
    public const int RunAsUser = 65532;

    /// <summary>Days an object outlives its backup's retention before the bucket's lifecycle removes it (Velero deletes first).</summary>
    public const int ExpirationMarginDays = 7;

    /// <summary>The name of the scheduled full backup (the chart prefixes it with the release: <c>velero-daily</c>).</summary>
    public const string DailySchedule = "daily";

    /// <summary>The read-only location of another platform's backups.</summary>
    public const string RestoreLocation = "restore-source";

    /// <summary>
    /// The namespace's quota: one server pod (its Deployment recreates rather than surges) requesting 100m and 128Mi, limited to
    /// 1 CPU and 512Mi, and its plugin init container; no node agent or repository maintenance jobs run without file-system backup.
    /// </summary>
    public static readonly NamespaceQuota Quota = new()
    {
        RequestsCpu = "1",
        RequestsMemory = "1Gi",
        LimitsCpu = "2",
        LimitsMemory = "2Gi",
        Pods = 5,
    };

    /// <summary>The backup bucket.</summary>
    public BackupBucket Bucket { get; }

    /// <summary>Velero's IRSA role.</summary>
    public IrsaRole Role { get; }

    /// <summary>The Helm release.</summary>
    public Release Release { get; }

    /// <summary>The backup bucket's name.</summary>
    [Output("bucketName")]
    public Output<string> BucketName { get; private set; }

    /// <summary>Installs Velero with its bucket and role.</summary>
    public VeleroAddon(string name, VeleroAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var context = args.Context;
        var settings = args.Settings;
        var ns = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this, PodSecurityLevel.Restricted, Quota);
        Bucket = Store(name, context.ClusterName, context.AccountId, settings, this);

        var restore = settings.RestoreFromBucket is { } from ? new RestoreSource(from, settings.RestoreFromRegion) : null;
        Role = new IrsaRole($"{name}-irsa", new IrsaRoleArgs
        {
            Oidc = context.Oidc,
            Namespace = NamespaceName,
            ServiceAccount = ServiceAccountName,
            Statements = Output.Tuple(Bucket.BucketArn, Bucket.KeyArn, context.KmsKeyArn)
                .Apply(t => VeleroPolicy.Statements(context.Region, context.AccountId, t.Item1, t.Item2, t.Item3, restore)),
            Description = $"Velero's backups of the EKS cluster {context.ClusterName}: its bucket and EBS snapshots.",
        }, new ComponentResourceOptions { Parent = this });

        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, ChartRepository, settings.ChartVersion),
            Namespace = ns.Name,
            Values = Values(context.Region, Bucket.BucketName, Role.RoleArn, settings),
            UpstreamCrds = Crds(settings.ChartVersion),
        }, context, this, [Role, .. args.DependsOn]);

        BucketName = Bucket.BucketName;
        RegisterOutputs(new Dictionary<string, object?> { ["bucketName"] = BucketName });
    }

    /// <summary>
    /// The backup bucket, a child of <paramref name="parent"/> (the add-on, or its paused form <see cref="VeleroBackupStore"/>,
    /// which share type and name so that the bucket's URN is one).
    /// </summary>
    public static BackupBucket Store(string name, string clusterName, string accountId, VeleroSettings settings, Resource parent)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new BackupBucket($"{name}-backups", new BackupBucketArgs
        {
            BucketName = BucketNameOf(clusterName, accountId),
            ExpirationDays = settings.BackupRetentionDays + ExpirationMarginDays,
            Purpose = $"Velero's backups of the EKS cluster {clusterName}",
        }, new ComponentResourceOptions { Parent = parent });
    }

    /// <summary>The backup bucket's name: the cluster's and the account's, so that no other account or cluster has it.</summary>
    public static string BucketNameOf(string clusterName, string accountId) => $"{clusterName}-velero-{accountId}";

    /// <summary>
    /// The chart's <c>crds/</c> files at its tag, applied by Pulumi so that upgrades update them too: the chart's own CRD upgrade
    /// job is off (it would need the API server from a kubectl pod the namespace's policies do not expect).
    /// </summary>
    public static ImmutableArray<ChartCrds> Crds(string chartVersion)
        => ImmutableArray.Create("backuprepositories", "backups", "backupstoragelocations", "datadownloads", "datauploads", "deletebackuprequests",
                "downloadrequests", "podvolumebackups", "podvolumerestores", "restores", "schedules", "serverstatusrequests", "volumesnapshotlocations")
            .Select(crd => new ChartCrds($"crd-{crd}",
                $"https://raw.githubusercontent.com/vmware-tanzu/helm-charts/velero-{chartVersion}/charts/velero/crds/{crd}.yaml"))
            .ToImmutableArray();

    /// <summary>The chart's values (keys of chart 12.1).</summary>
    public static ImmutableDictionary<string, object> Values(string region, Input<string> bucketName, Input<string> roleArn, VeleroSettings settings)
    {
        var restricted = Map(
            ("allowPrivilegeEscalation", false),
            ("readOnlyRootFilesystem", true),
            ("capabilities", Map(("drop", List("ALL")))));
        var locations = ImmutableArray.CreateBuilder<object>();
        locations.Add(Map(("name", "default"), ("provider", "aws"), ("bucket", bucketName), ("default", true), ("accessMode", "ReadWrite"),
            ("config", Map(("region", region)))));
        if (settings.RestoreFromBucket is { } from)
        {
            locations.Add(Map(("name", RestoreLocation), ("provider", "aws"), ("bucket", from), ("accessMode", "ReadOnly"),
                ("config", Map(("region", settings.RestoreFromRegion)))));
        }

        return Map(
            ("fullnameOverride", ReleaseName),
            ("image", Map(("repository", "docker.io/velero/velero"), ("tag", Image[(Image.LastIndexOf(':') + 1)..]))),
            // The plugin binary is copied into the shared plugins volume by an init container (the chart's documented way).
            ("initContainers", List(Map(
                ("name", "velero-plugin-for-aws"),
                ("image", AwsPluginImage),
                ("imagePullPolicy", "IfNotPresent"),
                ("securityContext", restricted),
                ("volumeMounts", List(Map(("mountPath", "/target"), ("name", "plugins"))))))),
            ("upgradeCRDs", false),
            // IRSA instead of a credentials Secret.
            ("credentials", Map(("useSecret", false))),
            ("serviceAccount", Map(("server", Map(("create", true), ("name", ServiceAccountName), ("annotations", RoleArnAnnotation(roleArn)))))),
            ("podSecurityContext", Map(("runAsNonRoot", true), ("runAsUser", RunAsUser), ("fsGroup", RunAsUser), ("seccompProfile", Map(("type", "RuntimeDefault"))))),
            ("containerSecurityContext", restricted),
            ("resources", new ContainerResources("100m", "128Mi", "1", "512Mi").ToValues()),
            ("snapshotsEnabled", true),
            ("deployNodeAgent", false),
            ("configuration", Map(
                ("backupStorageLocation", locations.ToImmutable()),
                ("volumeSnapshotLocation", List(Map(("name", "default"), ("provider", "aws"), ("config", Map(("region", region)))))),
                ("defaultBackupTTL", settings.Ttl))),
            // Its metrics through a ServiceMonitor, which the monitoring stack's Prometheus selects whatever its labels.
            ("metrics", Map(("enabled", true), ("serviceMonitor", Map(("enabled", true), ("autodetect", false))))),
            ("schedules", Map((DailySchedule, Map(
                ("disabled", false),
                ("schedule", settings.BackupSchedule),
                ("useOwnerReferencesInBackup", false),
                ("template", Map(
                    ("ttl", settings.Ttl),
                    ("includedNamespaces", List("*")),
                    ("includeClusterResources", true),
                    ("snapshotVolumes", true),
                    ("storageLocation", "default"),
                    ("volumeSnapshotLocations", List("default")))))))));
    }
}
