#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Advisory: Alertmanager's root receiver reaches a person: a Slack or webhook config, or an SNS topic at least one
/// e-mail address subscribes to. Without one (no <c>alertEmails</c>, <c>alertSlackWebhookUrl</c> or <c>alertWebhookUrl</c>),
/// every alert, GuardDuty's findings included, goes to a topic nobody reads.
/// </summary>
public sealed class AlertsReachPeople : PolicyRule
{
    /// <summary>The SNS subscription type token.</summary>
    public const string TopicSubscription = "aws:sns/topicSubscription:TopicSubscription";

    /// <inheritdoc />
    public override string Id => "alerts-reach-people";

    /// <inheritdoc />
    public override string Title => "Alertmanager routes alerts to a receiver someone reads (alertEmails, alertSlackWebhookUrl or alertWebhookUrl)";

    /// <inheritdoc />
    public override PolicySeverity Severity => PolicySeverity.Advisory;

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.HelmRelease];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var subscribed = plan.OfType(TopicSubscription).Select(s => PolicyValues.AsString(s.Input("topic"))).ToImmutableArray();
        foreach (var release in plan.OfType(PolicyTokens.HelmRelease))
        {
            var config = PolicyValues.AsMap(release.Input("values", "alertmanager", "config"));
            if (config is null)
            {
                continue;
            }

            var root = PolicyValues.AsString(PolicyValues.At(config, "route", "receiver"));
            var receiver = PolicyValues.AsList(config.GetValueOrDefault("receivers")).Select(PolicyValues.AsMap)
                .FirstOrDefault(r => r is not null && PolicyValues.AsString(r.GetValueOrDefault("name")) == root);
            if (receiver is null || !ReachesPeople(receiver, subscribed))
            {
                yield return Violation(release,
                    $"Alertmanager's receiver '{root}' reaches nobody: no Slack or webhook, and no e-mail address subscribes to its SNS topic; "
                    + "set alertEmails (or alertSlackWebhookUrl, alertWebhookUrl), docs/alerting.md");
            }
        }
    }

    private static bool ReachesPeople(ImmutableDictionary<string, object?> receiver, ImmutableArray<string?> subscribedTopics)
    {
        if (!PolicyValues.AsList(receiver.GetValueOrDefault("slack_configs")).IsEmpty || !PolicyValues.AsList(receiver.GetValueOrDefault("webhook_configs")).IsEmpty)
        {
            return true;
        }

        return PolicyValues.AsList(receiver.GetValueOrDefault("sns_configs")).Select(PolicyValues.AsMap)
            .Select(c => c?.GetValueOrDefault("topic_arn"))
            .Any(topic => subscribedTopics.Any(s => s is null || PolicyValues.IsUnknown(topic) || s == PolicyValues.AsString(topic)));
    }
}
#endif
