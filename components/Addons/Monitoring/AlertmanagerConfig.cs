using System.Collections.Immutable;
using Numinia.Components.Kubernetes;
using Pulumi;
using static Numinia.Components.Addons.HelmValues;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>
/// Alertmanager's configuration (kube-prometheus-stack's <c>alertmanager.config</c>, Alertmanager v0.34.0's format): every
/// alert to the <c>platform</c> receiver (the SNS topic, and Slack and the webhook when configured), critical alerts sooner
/// and more often than warnings, one notification per organization, warnings held back while a critical alert of the
/// same name fires in the namespace, and the Watchdog to the <c>heartbeat</c> receiver.
/// </summary>
public static class AlertmanagerConfig
{
    /// <summary>The receiver of every alert but the Watchdog and InfoInhibitor.</summary>
    public const string PlatformReceiver = "platform";

    /// <summary>The receiver of the Watchdog alert (the dead man's switch).</summary>
    public const string HeartbeatReceiver = "heartbeat";

    /// <summary>The receiver that drops: only InfoInhibitor (an alert that exists to inhibit info alerts) goes there.</summary>
    public const string NullReceiver = "null";

    /// <summary>The label every tenant alert carries, naming its organization (the namespaces' <see cref="NamespaceLabels.Organization"/>).</summary>
    public const string OrganizationLabel = "organization";

    /// <summary>
    /// How often the Watchdog reaches a heartbeat URL: every minute, so the heartbeat service notices within minutes that
    /// alerting is down.
    /// </summary>
    public const string HeartbeatUrlInterval = "1m";

    /// <summary>
    /// How often the Watchdog reaches the topic when no heartbeat URL is configured: once a day, an e-mail whose absence
    /// says alerting is down (one a minute would bury every other alert).
    /// </summary>
    public const string HeartbeatTopicInterval = "24h";

    /// <summary>The subject of the heartbeat's SNS message.</summary>
    public const string HeartbeatSubject = "[HEARTBEAT] Numinia alerting is alive";

    /// <summary>The configuration for the topic <paramref name="topicArn"/> in <paramref name="region"/> and the configured URLs.</summary>
    public static ImmutableDictionary<string, object> For(Output<string> topicArn, string region, AlertingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sns = Map(("topic_arn", topicArn), ("sigv4", Map(("region", region))), ("send_resolved", true));
        var platform = Map(("name", PlatformReceiver), ("sns_configs", List(sns)));
        if (settings.SlackWebhookUrl.Length > 0)
        {
            platform = platform.Add("slack_configs", List(Map(
                ("api_url_file", $"{AlertRouting.SecretMountPath}/{AlertRouting.SlackKey}"),
                ("send_resolved", true))));
        }

        if (settings.WebhookUrl.Length > 0)
        {
            platform = platform.Add("webhook_configs", List(Map(
                ("url_file", $"{AlertRouting.SecretMountPath}/{AlertRouting.WebhookKey}"),
                ("send_resolved", true))));
        }

        var heartbeat = settings.HeartbeatUrl.Length > 0
            ? Map(("name", HeartbeatReceiver), ("webhook_configs", List(Map(
                ("url_file", $"{AlertRouting.SecretMountPath}/{AlertRouting.HeartbeatKey}"),
                ("send_resolved", false)))))
            : Map(("name", HeartbeatReceiver), ("sns_configs", List(sns.SetItem("send_resolved", false).Add("subject", HeartbeatSubject))));

        return Map(
            ("global", Map(("resolve_timeout", "5m"))),
            ("route", Route(settings.HeartbeatUrl.Length > 0 ? HeartbeatUrlInterval : HeartbeatTopicInterval)),
            ("inhibit_rules", InhibitRules),
            ("receivers", List(platform, heartbeat, Map(("name", NullReceiver)))),
            ("templates", List("/etc/alertmanager/config/*.tmpl")));
    }

    /// <summary>
    /// Inhibition: a critical alert holds back warnings and info of the same name in the same namespace, a warning holds
    /// back info, and InfoInhibitor holds back info in its namespace (the chart's defaults, with the warning kept apart).
    /// </summary>
    public static ImmutableArray<object> InhibitRules { get; } = List(
        Map(("source_matchers", List("severity = critical")), ("target_matchers", List("severity =~ warning|info")), ("equal", List("namespace", "alertname"))),
        Map(("source_matchers", List("severity = warning")), ("target_matchers", List("severity = info")), ("equal", List("namespace", "alertname"))),
        Map(("source_matchers", List("alertname = InfoInhibitor")), ("target_matchers", List("severity = info")), ("equal", List("namespace"))));

    private static ImmutableDictionary<string, object> Route(string heartbeatInterval)
    {
        // Each organization's alerts make their own notifications, so one tenant's storm does not hide another's alert.
        var byOrganization = Map(
            ("matchers", List($"{OrganizationLabel} =~ \".+\"")),
            ("group_by", List(OrganizationLabel, "alertname", "namespace")));
        return Map(
            ("receiver", PlatformReceiver),
            ("group_by", List("alertname", "namespace")),
            ("group_wait", "30s"),
            ("group_interval", "5m"),
            ("repeat_interval", "12h"),
            ("routes", List(
                Map(("receiver", HeartbeatReceiver), ("matchers", List("alertname = \"Watchdog\"")),
                    ("group_wait", "0s"), ("group_interval", "1m"), ("repeat_interval", heartbeatInterval)),
                Map(("receiver", NullReceiver), ("matchers", List("alertname = \"InfoInhibitor\""))),
                Map(("receiver", PlatformReceiver), ("matchers", List("severity = \"critical\"")),
                    ("group_wait", "10s"), ("repeat_interval", "1h"), ("routes", List(byOrganization))),
                Map(("receiver", PlatformReceiver), ("matchers", List("severity = \"warning\"")),
                    ("repeat_interval", "4h"), ("routes", List(byOrganization))),
                Map(("receiver", PlatformReceiver), ("routes", List(byOrganization))))));
    }
}
