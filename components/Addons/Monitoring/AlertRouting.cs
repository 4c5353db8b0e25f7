using System.Collections.Immutable;
using System.Text;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.GuardDuty;
using Pulumi.Aws.Kms;
using Pulumi.Aws.Sns;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>What the alert routing is built from.</summary>
public sealed record AlertRoutingArgs
{
    /// <summary>
    /// The cluster whose Alertmanager publishes, or null while the platform is paused: then only the AWS side stays (the
    /// key, the topic, its subscriptions and GuardDuty's findings), without Alertmanager's role and Secret.
    /// </summary>
    public ClusterContext? Context { get; init; }

    /// <summary>The cluster's name (the topic's name starts with it).</summary>
    public required string ClusterName { get; init; }

    /// <summary>The region.</summary>
    public required string Region { get; init; }

    /// <summary>The account's id.</summary>
    public required string AccountId { get; init; }

    /// <summary>Where alerts go.</summary>
    public AlertingSettings Settings { get; init; } = new();

    /// <summary>The monitoring namespace (the receivers' Secret lives there, beside Alertmanager); null while paused.</summary>
    public Input<string>? Namespace { get; init; }

    /// <summary>The arguments of a running cluster's alert routing.</summary>
    public static AlertRoutingArgs Of(ClusterContext context, AlertingSettings settings, Input<string> ns)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AlertRoutingArgs
        {
            Context = context,
            ClusterName = context.ClusterName,
            Region = context.Region,
            AccountId = context.AccountId,
            Settings = settings,
            Namespace = ns,
        };
    }
}

/// <summary>
/// Where Alertmanager's notifications go: an SNS topic encrypted with its own rotating KMS key, an e-mail subscription per
/// address, an IRSA role that lets Alertmanager's service account publish to that topic only, and a Secret holding the
/// Slack, webhook and heartbeat URLs (read by Alertmanager from files, so they are in no Helm value). With GuardDuty, the
/// account's detector (EKS audit logs and runtime monitoring) and an EventBridge rule sending its findings to the topic.
/// </summary>
public sealed class AlertRouting : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "numinia:addons:AlertRouting";

    /// <summary>Alertmanager's service account (kube-prometheus-stack names it after the release).</summary>
    public const string ServiceAccountName = "kube-prometheus-stack-alertmanager";

    /// <summary>The Secret with the receivers' URLs, mounted in Alertmanager's pods under <see cref="SecretMountPath"/>.</summary>
    public const string ReceiversSecretName = "alertmanager-receivers";

    /// <summary>
    /// Where the Prometheus Operator mounts a Secret of <c>alertmanagerSpec.secrets</c> (prometheus-operator v0.93.1
    /// pkg/alertmanager/statefulset.go: secretsDir + the Secret's name).
    /// </summary>
    public const string SecretMountPath = "/etc/alertmanager/secrets/" + ReceiversSecretName;

    /// <summary>The key of the Slack incoming webhook URL in <see cref="ReceiversSecretName"/>.</summary>
    public const string SlackKey = "slack-webhook-url";

    /// <summary>The key of the webhook URL in <see cref="ReceiversSecretName"/>.</summary>
    public const string WebhookKey = "webhook-url";

    /// <summary>The key of the heartbeat URL in <see cref="ReceiversSecretName"/>.</summary>
    public const string HeartbeatKey = "heartbeat-url";

    /// <summary>
    /// What the key lets a publisher do: SNS encrypts each message with a data key it generates under the topic's key
    /// (https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#sns-what-permissions-for-sse).
    /// </summary>
    public static readonly ImmutableArray<string> PublisherKeyActions = ["kms:GenerateDataKey*", "kms:Decrypt"];

    /// <summary>The lowest GuardDuty severity sent (4.0 to 6.9 is medium, 7.0 and up high: GuardDuty's severity levels).</summary>
    public const int MinimumFindingSeverity = 4;

    /// <summary>
    /// The detector's features: EKS audit logs (findings from the API server's audit log) and runtime monitoring, with its
    /// agent installed and kept up to date by GuardDuty as the EKS add-on aws-guardduty-agent (EKS_ADDON_MANAGEMENT), so
    /// every node of the cluster runs it (https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html).
    /// </summary>
    public static readonly ImmutableArray<(string Name, ImmutableArray<string> Additional)> GuardDutyFeatures =
    [
        ("EKS_AUDIT_LOGS", []),
        ("RUNTIME_MONITORING", ["EKS_ADDON_MANAGEMENT"]),
    ];

    /// <summary>The EventBridge pattern of GuardDuty's findings of <see cref="MinimumFindingSeverity"/> or more.</summary>
    public const string FindingsPattern =
        "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"],\"detail\":{\"severity\":[{\"numeric\":[\">=\",4]}]}}";

    /// <summary>The topic's ARN.</summary>
    [Output("topicArn")]
    public Output<string> TopicArn { get; private set; }

    /// <summary>The ARN of Alertmanager's IRSA role.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }

    /// <summary>The topic's key.</summary>
    public Key Key { get; }

    /// <summary>The topic.</summary>
    public Topic Topic { get; }

    /// <summary>
    /// The account's GuardDuty detector, when <see cref="AlertingSettings.GuardDutyEnabled"/> and the account has none
    /// (<see cref="AlertingSettings.GuardDutyDetectorId"/> empty).
    /// </summary>
    public Detector? Detector { get; }

    /// <summary>The detector's EKS features.</summary>
    public ImmutableArray<DetectorFeature> Features { get; } = ImmutableArray<DetectorFeature>.Empty;

    /// <summary>The EventBridge rule sending GuardDuty's findings to the topic.</summary>
    public EventRule? FindingsRule { get; }

    /// <summary>The e-mail subscriptions, one per address.</summary>
    public ImmutableArray<TopicSubscription> Subscriptions { get; }

    /// <summary>The Secret with the receivers' URLs, when any is configured.</summary>
    public Pulumi.Kubernetes.Core.V1.Secret? Receivers { get; }

    /// <summary>Builds the key, the topic, its subscriptions, Alertmanager's role and the receivers' Secret.</summary>
    public AlertRouting(string name, AlertRoutingArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = args;
        var child = new CustomResourceOptions { Parent = this };
        var topicName = $"{context.ClusterName}-alerts";
        var topicArn = $"arn:aws:sns:{context.Region}:{context.AccountId}:{topicName}";
        Key = new Key($"{name}-key", new KeyArgs
        {
            Description = $"The SNS topic {topicName}: the alerts of the EKS cluster {context.ClusterName}.",
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            Policy = KeyPolicy(context.AccountId, context.Region).ToJson(),
        }, new CustomResourceOptions { Parent = this, Protect = true });

        var role = args.Context is not { } cluster ? null : new IrsaRole($"{name}-alertmanager-irsa", new IrsaRoleArgs
        {
            Oidc = cluster.Oidc,
            Namespace = MonitoringAddon.NamespaceName,
            ServiceAccount = ServiceAccountName,
            Statements = Key.Arn.Apply(k => PublishStatements(topicArn, k)),
            Description = $"Alertmanager of the EKS cluster {context.ClusterName} publishes to the SNS topic {topicName}.",
        }, new ComponentResourceOptions { Parent = this });

        _ = new Pulumi.Aws.Kms.Alias($"{name}-key-alias", new AliasArgs { Name = $"alias/{topicName}", TargetKeyId = Key.KeyId }, child);

        var findingsRule = $"{context.ClusterName}-guardduty-findings";
        var findingsRuleArn = $"arn:aws:events:{context.Region}:{context.AccountId}:rule/{findingsRule}";
        Topic = new Topic($"{name}-topic", new TopicArgs
        {
            Name = topicName,
            DisplayName = $"Numinia alerts ({context.ClusterName})",
            KmsMasterKeyId = Key.Arn,
            Policy = TopicPolicy(context.AccountId, topicArn, args.Settings.GuardDutyEnabled ? findingsRuleArn : null).ToJson(),
        }, child);

        if (args.Settings.GuardDutyEnabled)
        {
            // An existing detector stays its owner's: the features are set on it (removing a DetectorFeature only forgets it,
            // terraform-provider-aws docs/r/guardduty_detector_feature), and the detector is neither imported nor deleted.
            var detectorId = args.Settings.GuardDutyDetectorId is { Length: > 0 } existing
                ? Output.Create(existing)
                : (Detector = new Detector($"{name}-guardduty", new DetectorArgs { Enable = true, FindingPublishingFrequency = "FIFTEEN_MINUTES" }, child)).Id;
            Features = GuardDutyFeatures.Select(f => new DetectorFeature($"{name}-guardduty-{f.Name.ToLowerInvariant().Replace('_', '-')}", new DetectorFeatureArgs
            {
                DetectorId = detectorId,
                Name = f.Name,
                Status = "ENABLED",
                AdditionalConfigurations = [.. f.Additional.Select(a => new Pulumi.Aws.GuardDuty.Inputs.DetectorFeatureAdditionalConfigurationArgs { Name = a, Status = "ENABLED" })],
            }, child)).ToImmutableArray();
            FindingsRule = new EventRule($"{name}-guardduty-findings", new EventRuleArgs
            {
                Name = findingsRule,
                Description = $"GuardDuty findings of severity {MinimumFindingSeverity} or more, to the alerts topic {topicName}.",
                EventPattern = FindingsPattern,
            }, child);
            _ = new EventTarget($"{name}-guardduty-findings-target", new EventTargetArgs
            {
                Rule = FindingsRule.Name,
                Arn = Topic.Arn,
                TargetId = "alerts-topic",
            }, child);
        }

        Subscriptions = args.Settings.Emails.Select((email, i) => new TopicSubscription($"{name}-email-{i}", new TopicSubscriptionArgs
        {
            Topic = Topic.Arn,
            Protocol = "email",
            Endpoint = email,
        }, child)).ToImmutableArray();

        var urls = Urls(args.Settings);
        if (!urls.IsEmpty && args.Context is { } running && args.Namespace is { } ns)
        {
            Receivers = new Pulumi.Kubernetes.Core.V1.Secret($"{name}-receivers", new SecretArgs
            {
                Metadata = new ObjectMetaArgs
                {
                    Name = ReceiversSecretName,
                    Namespace = ns,
                    Labels = { { Kubernetes.PlatformNamespace.ManagedByLabel, "pulumi" } },
                },
                Type = "Opaque",
                Data = Output.CreateSecret(urls.ToImmutableDictionary(u => u.Key, u => Convert.ToBase64String(Encoding.UTF8.GetBytes(u.Value)))),
            }, running.Kubernetes(this));
        }

        TopicArn = Topic.Arn;
        RoleArn = role?.RoleArn ?? Output.Create(string.Empty);
        RegisterOutputs(new Dictionary<string, object?> { ["topicArn"] = TopicArn, ["roleArn"] = RoleArn });
    }

    /// <summary>The receivers' URLs by their key in <see cref="ReceiversSecretName"/>: those configured.</summary>
    public static ImmutableDictionary<string, string> Urls(AlertingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new[] { (SlackKey, settings.SlackWebhookUrl), (WebhookKey, settings.WebhookUrl), (HeartbeatKey, settings.HeartbeatUrl) }
            .Where(u => u.Item2.Length > 0)
            .ToImmutableDictionary(u => u.Item1, u => u.Item2);
    }

    /// <summary>Alertmanager's permissions: publish to the alerts topic, and encrypt with its key (SNS does, on its behalf).</summary>
    public static ImmutableArray<PolicyStatement> PublishStatements(string topicArn, string keyArn) =>
    [
        PolicyStatement.Allow(["sns:Publish"], [topicArn], "PublishAlerts"),
        PolicyStatement.Allow(PublisherKeyActions, [keyArn], "EncryptAlerts"),
    ];

    /// <summary>
    /// The topic's policy: the account's principals (their IAM policies decide which) use the topic, and EventBridge publishes
    /// to it for the GuardDuty findings rule only (<c>aws:SourceArn</c>), when there is one.
    /// </summary>
    public static PolicyDocument TopicPolicy(string accountId, string topicArn, string? findingsRuleArn)
    {
        var owner = new PolicyStatement
        {
            Sid = "AccountUsesTheTopic",
            Principal = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("AWS", [$"arn:aws:iam::{accountId}:root"]),
            Action = ["sns:Publish", "sns:Subscribe", "sns:GetTopicAttributes", "sns:ListSubscriptionsByTopic"],
            Resource = [topicArn],
        };
        return findingsRuleArn is null ? PolicyDocument.Of(owner) : PolicyDocument.Of(owner, new PolicyStatement
        {
            Sid = "GuardDutyFindingsRulePublishes",
            Principal = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("Service", ["events.amazonaws.com"]),
            Action = ["sns:Publish"],
            Resource = [topicArn],
            Condition = PolicyConditions.Of(("ArnEquals", "aws:SourceArn", [findingsRuleArn])),
        });
    }

    /// <summary>
    /// The key's policy: the account administers it; the account's principals use it only through SNS in the region (their
    /// IAM policies say which: Alertmanager's role names this key); EventBridge (GuardDuty's findings, from this account
    /// only) encrypts with it when it publishes.
    /// </summary>
    public static PolicyDocument KeyPolicy(string accountId, string region)
    {
        var account = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("AWS", [$"arn:aws:iam::{accountId}:root"]);
        return PolicyDocument.Of(
            new PolicyStatement
            {
                Sid = "AccountAdministersTheKey",
                Principal = account,
                Action = EksCluster.KeyAdministrationActions,
                Resource = ["*"],
            },
            new PolicyStatement
            {
                Sid = "AccountPublishesThroughSns",
                Principal = account,
                Action = PublisherKeyActions,
                Resource = ["*"],
                Condition = PolicyConditions.Of(("StringEquals", "kms:CallerAccount", [accountId]), ("StringEquals", "kms:ViaService", [$"sns.{region}.amazonaws.com"])),
            },
            new PolicyStatement
            {
                Sid = "EventBridgePublishesFindings",
                Principal = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("Service", ["events.amazonaws.com"]),
                Action = PublisherKeyActions,
                Resource = ["*"],
                Condition = PolicyConditions.Of(("StringEquals", "aws:SourceAccount", [accountId])),
            });
    }
}
