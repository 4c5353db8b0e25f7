using System.Collections.Immutable;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    /// <summary>
    /// Alerting: the shared services' PodMonitors, the platform's PrometheusRule, the SNS topic (its id is its ARN), its e-mail subscriptions (pending until the address confirms),
    /// the EventBridge rule and target of GuardDuty's findings, the detector (a 32-hex id) and its features.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, Shape>> AlertingShapes() => new Dictionary<string, Shape>
    {
        ["kubernetes:monitoring.coreos.com/v1:PodMonitor"] = KubernetesObject(),
        ["kubernetes:monitoring.coreos.com/v1:PrometheusRule"] = KubernetesObject(),
        ["aws:sns/topic:Topic"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["name"] = name;
            s["arn"] = m.Arn("sns", name);
            s["id"] = s["arn"];
            s["owner"] = m.AccountId;
        }),
        ["aws:sns/topicSubscription:TopicSubscription"] = new("", (a, s, m) =>
        {
            s["arn"] = $"{s["topic"]}:{m.ClusterUuid("subscription:" + a.Name)}";
            s["id"] = s["arn"];
            s["pendingConfirmation"] = (string?)s.GetValueOrDefault("protocol") is "email" or "email-json";
        }),
        ["aws:cloudwatch/eventRule:EventRule"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["name"] = name;
            s["id"] = name;
            s["arn"] = m.Arn("events", $"rule/{name}");
        }),
        ["aws:cloudwatch/eventTarget:EventTarget"] = new("", (a, s, m) =>
        {
            var target = (string?)s.GetValueOrDefault("targetId") ?? m.PhysicalName(a.Name!);
            s["targetId"] = target;
            s["id"] = $"{s["rule"]}-{target}";
        }),
        ["aws:guardduty/detector:Detector"] = new("", (a, s, m) =>
        {
            s["id"] = m.Hex("detector:" + a.Name, 32);
            s["accountId"] = m.AccountId;
            s["arn"] = m.Arn("guardduty", $"detector/{s["id"]}");
            s["findingPublishingFrequency"] = s.GetValueOrDefault("findingPublishingFrequency") ?? "SIX_HOURS";
        }),
        ["aws:guardduty/detectorFeature:DetectorFeature"] = new("", (a, s, m) => s["id"] = $"{s["detectorId"]}/{s.GetValueOrDefault("name")}"),
    };
}
