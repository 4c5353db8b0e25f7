using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Kubernetes.Helm.V3;
using static Numinia.Components.Addons.HelmValues;

namespace Numinia.Components.Addons.Logging;

/// <summary>What container logging is built from.</summary>
public sealed record LoggingAddonArgs
{
    /// <summary>The cluster whose container logs are shipped.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Its settings: the chart version and the container logs' retention.</summary>
    public LoggingSettings Settings { get; init; } = new();

    /// <summary>The most nodes the cluster can have: one Fluent Bit pod each.</summary>
    public int MaxNodes { get; init; } = 18;
}

/// <summary>
/// Fluent Bit as a DaemonSet on every node (it tolerates every taint), tailing the containers' logs,
/// enriching them with Kubernetes metadata and shipping them to the CloudWatch Logs group
/// <c>/aws/eks/&lt;cluster&gt;/containers</c>, which this component owns with a retention. Its IRSA role may
/// only write streams of that one group; it cannot create groups.
/// </summary>
public sealed class LoggingAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child, the log group included).</summary>
    public const string TypeToken = "numinia:addons:Logging";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "fluent-bit";

    /// <summary>The chart's repository.</summary>
    public const string ChartRepository = "https://fluent.github.io/helm-charts";

    /// <summary>The namespace (privileged: Fluent Bit reads the nodes' log directories).</summary>
    public const string NamespaceName = "logging";

    /// <summary>The Helm release's name.</summary>
    public const string ReleaseName = "fluent-bit";

    /// <summary>Fluent Bit's service account, the only one its IRSA role trusts.</summary>
    public const string ServiceAccountName = "fluent-bit";

    /// <summary>The prefix of every log stream; the rest is the record's tag (node path of the container's log file).</summary>
    public const string LogStreamPrefix = "containers.";

    /// <summary>What Fluent Bit may do in its log group: find, create and write streams.</summary>
    public static readonly ImmutableArray<string> WriterActions = ImmutableArray.Create(
        "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams");

    /// <summary>Fluent Bit's requests and limits.</summary>
    public static readonly ContainerResources FluentBitResources = new("50m", "64Mi", "500m", "256Mi");

    /// <summary>The log group's name.</summary>
    [Output("logGroupName")]
    public Output<string> LogGroupName { get; private set; }

    /// <summary>Fluent Bit's IRSA role ARN.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }

    /// <summary>The namespace's name, once it exists.</summary>
    [Output("namespace")]
    public Output<string> NamespaceOutput { get; private set; }

    /// <summary>The namespace.</summary>
    public PlatformNamespace Namespace { get; }

    /// <summary>The CloudWatch Logs group of the containers' logs.</summary>
    public LogGroup LogGroup { get; }

    /// <summary>Fluent Bit's IRSA role.</summary>
    public IrsaRole Role { get; }

    /// <summary>The Helm release.</summary>
    public Release Release { get; }

    /// <summary>The log group of a cluster's container logs.</summary>
    public static string LogGroupNameOf(string clusterName) => $"/aws/eks/{clusterName}/containers";

    /// <summary>Builds the log group, the role, the namespace and the release.</summary>
    public LoggingAddon(string name, LoggingAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var context = args.Context;
        if (args.MaxNodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(args), args.MaxNodes, "MaxNodes must be at least 1.");
        }

        var groupName = LogGroupNameOf(context.ClusterName);
        LogGroup = new LogGroup($"{name}-log-group", new LogGroupArgs
        {
            Name = groupName,
            RetentionInDays = args.Settings.LogRetentionDays,
            Tags = { { "Name", $"{context.ClusterName}-containers" } },
        }, new CustomResourceOptions { Parent = this });

        Role = new IrsaRole($"{name}-irsa", new IrsaRoleArgs
        {
            Oidc = context.Oidc,
            Namespace = NamespaceName,
            ServiceAccount = ServiceAccountName,
            Statements = LogGroup.Arn.Apply(arn => Statements(arn)),
            Description = $"Fluent Bit of {context.ClusterName}: writes container logs to {groupName}.",
        }, new ComponentResourceOptions { Parent = this });

        Namespace = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this, PodSecurityLevel.Privileged, Quota(args.MaxNodes));

        // auto_create_group is off: the group must exist, and the role must allow writing, before logs flow.
        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, ChartRepository, args.Settings.ChartVersion),
            Namespace = Namespace.Name,
            Values = Values(Role.RoleArn, context.Region, groupName),
        }, context, this, LogGroup, Role);

        LogGroupName = LogGroup.Name;
        RoleArn = Role.RoleArn;
        NamespaceOutput = Namespace.Name;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["logGroupName"] = LogGroupName,
            ["roleArn"] = RoleArn,
            ["namespace"] = NamespaceOutput,
        });
    }

    /// <summary>
    /// The role's permissions: create, find and write the streams of the one log group (its ARN, and
    /// <c>&lt;arn&gt;:*</c> for the streams under it). No group creation, no other group.
    /// </summary>
    public static ImmutableArray<PolicyStatement> Statements(string logGroupArn)
        => ImmutableArray.Create(PolicyStatement.Allow(WriterActions, new[] { logGroupArn, $"{logGroupArn}:*" }, "WriteContainerLogs"));

    /// <summary>The namespace's quota: one Fluent Bit pod on each node.</summary>
    public static NamespaceQuota Quota(int maxNodes)
        => NamespaceQuotaSizing.For(new[] { new PodGroup("fluent-bit", maxNodes, ImmutableArray.Create(FluentBitResources)) });

    /// <summary>The <c>[INPUT]</c> section: every container's log file on the node, its position kept on the node across restarts.</summary>
    public static string InputsConfig => """
        [INPUT]
            Name              tail
            Tag               kube.*
            Path              /var/log/containers/*.log
            multiline.parser  docker, cri
            DB                /var/log/flb_kube.db
            Mem_Buf_Limit     5MB
            Skip_Long_Lines   On
            Refresh_Interval  10
        """;

    /// <summary>The <c>[FILTER]</c> section: the pod's namespace, name, labels and container added to each record.</summary>
    public static string FiltersConfig => """
        [FILTER]
            Name                kubernetes
            Match               kube.*
            Merge_Log           On
            Keep_Log            Off
            K8S-Logging.Parser  On
            K8S-Logging.Exclude On
        """;

    /// <summary>The <c>[OUTPUT]</c> section: CloudWatch Logs, into the existing group only.</summary>
    public static string OutputsConfig(string region, string logGroupName) => $"""
        [OUTPUT]
            Name                cloudwatch_logs
            Match               kube.*
            region              {region}
            log_group_name      {logGroupName}
            log_stream_prefix   {LogStreamPrefix}
            auto_create_group   Off
        """;

    private static ImmutableDictionary<string, object> Values(Output<string> roleArn, string region, string logGroupName) => Map(
        ("kind", "DaemonSet"),
        ("serviceAccount", Map(
            ("create", true),
            ("name", ServiceAccountName),
            ("annotations", HelmValues.RoleArnAnnotation(roleArn)))),
        // Every node of every group, whatever its taints: a node's logs are most wanted when it misbehaves.
        ("tolerations", ImmutableArray.Create<object>(Map(("operator", "Exists")))),
        // A node agent: at priority 0 its pod would wait behind tenant pods on a full node, whose logs would then go
        // nowhere (fluent/helm-charts fluent-bit-0.58.1, values.yaml priorityClassName, templates/_pod.tpl).
        ("priorityClassName", PriorityClasses.SystemNodeCritical),
        ("resources", FluentBitResources.ToValues()),
        ("testFramework", Map(("enabled", false))),
        ("config", Map(
            ("inputs", InputsConfig),
            ("filters", FiltersConfig),
            ("outputs", OutputsConfig(region, logGroupName)))));
}
