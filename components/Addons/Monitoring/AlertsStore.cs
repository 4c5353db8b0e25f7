using Pulumi;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>What the paused platform keeps of alerting: the names, the account and where alerts go.</summary>
public sealed record AlertsStoreArgs
{
    /// <summary>The cluster's name (the topic's name starts with it).</summary>
    public required string ClusterName { get; init; }

    /// <summary>The region.</summary>
    public required string Region { get; init; }

    /// <summary>The account's id.</summary>
    public required string AccountId { get; init; }

    /// <summary>Where alerts go.</summary>
    public AlertingSettings Settings { get; init; } = new();
}

/// <summary>
/// Monitoring while the platform is paused: only the AWS side of its alert routing (the topic's protected key, the topic
/// and its subscriptions, GuardDuty and its findings rule), under a component of the add-on's type and name, so that their
/// URNs are the running add-on's. Nothing in the account goes unwatched while the cluster is gone: GuardDuty's findings
/// still reach the receivers, and on resume Alertmanager publishes to the same topic.
/// </summary>
public sealed class AlertsStore : ComponentResource
{
    /// <summary>The alert routing, without Alertmanager's role and Secret.</summary>
    public AlertRouting Alerts { get; }

    /// <summary>Keeps the AWS side of alerting; <paramref name="name"/> is the add-on's (<c>monitoring</c>).</summary>
    public AlertsStore(string name, AlertsStoreArgs args, ComponentResourceOptions? options = null)
        : base(MonitoringAddon.TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        Alerts = new AlertRouting(MonitoringAddon.AlertsName(name), new AlertRoutingArgs
        {
            ClusterName = args.ClusterName,
            Region = args.Region,
            AccountId = args.AccountId,
            Settings = args.Settings,
        }, new ComponentResourceOptions { Parent = this });
        RegisterOutputs(new Dictionary<string, object?> { ["topicArn"] = Alerts.TopicArn });
    }
}
