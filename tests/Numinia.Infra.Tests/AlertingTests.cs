using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Common;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kms;
using Pulumi.Aws.Sns;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
#endif

namespace Numinia.Infra.Tests;

/// <summary>Where alerts go: the SNS topic, its key and subscriptions, Alertmanager's role, routes, inhibition and heartbeat.</summary>
[NonParallelizable]
public sealed class AlertingTests
{
    private const string Slack = "https://hooks.slack.com/services/T000/B000/XXXX";
    private const string Heartbeat = "https://hc-ping.com/0000-1111";

    /// <summary>The monitoring stack alone, alerting as <paramref name="alerting"/> says: its resources, the component and the release's values.</summary>
    internal static async Task<(ImmutableArray<Resource> Resources, MonitoringAddon Monitoring, ImmutableDictionary<string, object> Values)> BuildAsync(AlertingSettings alerting)
    {
        var resources = await RunAsync(() =>
        {
            var context = TestCluster.Context();
            var gp3 = new Pulumi.Kubernetes.Storage.V1.StorageClass("gp3", new Pulumi.Kubernetes.Types.Inputs.Storage.V1.StorageClassArgs
            {
                Provisioner = "ebs.csi.aws.com",
            }, new CustomResourceOptions { Provider = context.KubernetesProvider });
            _ = new MonitoringAddon("monitoring", new MonitoringAddonArgs
            {
                Context = context,
                StorageClass = gp3,
                Settings = new MonitoringSettings { GrafanaAdminPassword = "correct-horse-battery-staple-42", Alerting = alerting },
            });
        });
        var monitoring = resources.OfType<MonitoringAddon>().Single();
        return (resources, monitoring, await ValueAsync(monitoring.Release.Values));
    }

    private static AlertingSettings Emails(params string[] emails) => new() { Emails = [.. emails] };

    private static object? Config(ImmutableDictionary<string, object> values, params object[] path) => At(values, ["alertmanager", "config", .. path]);

    private static IEnumerable<IReadOnlyDictionary<string, object>> Maps(object? list) => ((IEnumerable)list!).Cast<IReadOnlyDictionary<string, object>>();

    private static IReadOnlyDictionary<string, object> Receiver(ImmutableDictionary<string, object> values, string name)
        => Maps(Config(values, "receivers")).Single(r => (string)r["name"] == name);

    private static IReadOnlyDictionary<string, object> RouteMatching(ImmutableDictionary<string, object> values, string matcher)
        => Maps(Config(values, "route", "routes")).Single(r => r.TryGetValue("matchers", out var m) && Strings(m).Contains(matcher));

    [Test]
    public async Task TheAlertsTopicIsEncryptedWithItsOwnRotatingProtectedKey()
    {
        var (resources, monitoring, _) = await BuildAsync(Emails("platform@numinia.xyz"));
        var key = monitoring.Alerts.Key;
        Assert.That(await ValueAsync(monitoring.Alerts.Topic.KmsMasterKeyId), Is.EqualTo(await ValueAsync(key.Arn)));
        Assert.That(await ValueAsync(key.EnableKeyRotation), Is.True);
        Assert.That(key, Is.Not.SameAs(resources.OfType<Key>().FirstOrDefault(k => k != key)), "a key of its own");
    }

    [Test]
    public async Task EventBridgeMayEncryptWithTheTopicKeyOnlyForThisAccount()
    {
        var (_, monitoring, _) = await BuildAsync(Emails("platform@numinia.xyz"));
        var policy = PolicyDocument.FromJson((await ValueAsync(monitoring.Alerts.Key.Policy))!);
        var events = policy.Statement.Single(s => s.Principal?.GetValueOrDefault("Service").OrEmpty().Contains("events.amazonaws.com") == true);
        Assert.That(events.Action, Is.EquivalentTo(AlertRouting.PublisherKeyActions));
        Assert.That(events.Condition!["StringEquals"]["aws:SourceAccount"], Is.EqualTo(new[] { TestCluster.AccountId }));
        var account = policy.Statement.Where(s => s.Principal?.GetValueOrDefault("AWS").OrEmpty().Contains($"arn:aws:iam::{TestCluster.AccountId}:root") == true);
        Assert.That(account.SelectMany(s => s.Action), Does.Not.Contain("kms:*"), "no blanket use of the key");
    }

    [Test]
    public async Task AlertmanagerMayPublishToTheAlertsTopicOnly()
    {
        var (resources, monitoring, values) = await BuildAsync(Emails("platform@numinia.xyz"));
        var policy = resources.OfType<RolePolicy>().Single(p => p.GetResourceName() == "monitoring-alerts-alertmanager-irsa-policy");
        var document = PolicyDocument.FromJson(await ValueAsync(policy.Policy));
        var topic = await ValueAsync(monitoring.Alerts.TopicArn);
        Assert.That(document.Statement.SelectMany(s => s.Action), Is.EquivalentTo(new[] { "sns:Publish", "kms:GenerateDataKey*", "kms:Decrypt" }));
        Assert.That(document.Statement.Single(s => s.Action.Contains("sns:Publish")).Resource, Is.EqualTo(new[] { topic }));
        Assert.That(document.Statement.Single(s => s.Action.Contains("kms:Decrypt")).Resource, Is.EqualTo(new[] { await ValueAsync(monitoring.Alerts.Key.Arn) }));
        Assert.That(At(values, "alertmanager", "serviceAccount", "name"), Is.EqualTo(AlertRouting.ServiceAccountName));
        Assert.That(At(values, "alertmanager", "serviceAccount", "annotations", "eks.amazonaws.com/role-arn"), Is.EqualTo(await ValueAsync(monitoring.Alerts.RoleArn)));
    }

    [Test]
    public async Task EachAlertEmailIsSubscribedToTheTopic()
    {
        var (resources, monitoring, _) = await BuildAsync(Emails("platform@numinia.xyz", "oncall@numinia.xyz"));
        var subscriptions = resources.OfType<TopicSubscription>().ToArray();
        Assert.That(await Task.WhenAll(subscriptions.Select(s => ValueAsync(s.Endpoint))), Is.EquivalentTo(new[] { "platform@numinia.xyz", "oncall@numinia.xyz" }));
        Assert.That(await Task.WhenAll(subscriptions.Select(s => ValueAsync(s.Protocol))), Is.All.EqualTo("email"));
        Assert.That(await Task.WhenAll(subscriptions.Select(s => ValueAsync(s.Topic))), Is.All.EqualTo(await ValueAsync(monitoring.Alerts.TopicArn)));
    }

    [Test]
    public async Task EveryAlertGoesToThePlatformReceiverThroughTheTopic()
    {
        var (_, monitoring, values) = await BuildAsync(Emails("platform@numinia.xyz"));
        Assert.That(Config(values, "route", "receiver"), Is.EqualTo(AlertmanagerConfig.PlatformReceiver));
        var sns = Maps(Receiver(values, AlertmanagerConfig.PlatformReceiver)["sns_configs"]).Single();
        Assert.That(sns["topic_arn"], Is.EqualTo(await ValueAsync(monitoring.Alerts.TopicArn)));
        Assert.That(At(sns, "sigv4", "region"), Is.EqualTo(TestCluster.Region));
    }

    [Test]
    public async Task AlertsRouteBySeverityThenByOrganization()
    {
        var (_, _, values) = await BuildAsync(Emails("platform@numinia.xyz"));
        var critical = RouteMatching(values, "severity = \"critical\"");
        var warning = RouteMatching(values, "severity = \"warning\"");
        Assert.That(critical["repeat_interval"], Is.EqualTo("1h"));
        Assert.That(warning["repeat_interval"], Is.EqualTo("4h"));
        foreach (var route in new[] { critical, warning })
        {
            var byOrganization = Maps(route["routes"]).Single();
            Assert.That(Strings(byOrganization["matchers"]), Is.EqualTo(new[] { "organization =~ \".+\"" }));
            Assert.That(Strings(byOrganization["group_by"]), Does.Contain(AlertmanagerConfig.OrganizationLabel));
        }
    }

    [Test]
    public async Task WarningsAreInhibitedWhileACriticalAlertOfTheSameNameFiresInTheNamespace()
    {
        var (_, _, values) = await BuildAsync(Emails("platform@numinia.xyz"));
        var rule = Maps(Config(values, "inhibit_rules")).Single(r => Strings(r["source_matchers"]).SequenceEqual(["severity = critical"]));
        Assert.That(Strings(rule["target_matchers"]), Is.EqualTo(new[] { "severity =~ warning|info" }));
        Assert.That(Strings(rule["equal"]), Is.EquivalentTo(new[] { "alertname", "namespace" }));
    }

    [Test]
    public async Task OnlyInfoInhibitorGoesToTheNullReceiver()
    {
        var (_, _, values) = await BuildAsync(Emails("platform@numinia.xyz"));
        var dropped = Maps(Config(values, "route", "routes")).Where(r => (string)r["receiver"] == AlertmanagerConfig.NullReceiver).ToArray();
        Assert.That(dropped.SelectMany(r => Strings(r["matchers"])), Is.EqualTo(new[] { "alertname = \"InfoInhibitor\"" }));
        Assert.That(Receiver(values, AlertmanagerConfig.NullReceiver).Keys, Is.EqualTo(new[] { "name" }));
    }

    [Test]
    public async Task TheWatchdogReachesTheHeartbeatUrlEveryMinute()
    {
        var (_, _, values) = await BuildAsync(Emails("platform@numinia.xyz") with { HeartbeatUrl = Heartbeat });
        var route = RouteMatching(values, "alertname = \"Watchdog\"");
        Assert.That(route["receiver"], Is.EqualTo(AlertmanagerConfig.HeartbeatReceiver));
        Assert.That(route["repeat_interval"], Is.EqualTo("1m"));
        var webhook = Maps(Receiver(values, AlertmanagerConfig.HeartbeatReceiver)["webhook_configs"]).Single();
        Assert.That(webhook["url_file"], Is.EqualTo($"{AlertRouting.SecretMountPath}/{AlertRouting.HeartbeatKey}"));
    }

    [Test]
    public async Task WithoutAHeartbeatUrlTheWatchdogMailsTheTopicOnceADay()
    {
        var (_, _, values) = await BuildAsync(Emails("platform@numinia.xyz"));
        var route = RouteMatching(values, "alertname = \"Watchdog\"");
        Assert.That(route["repeat_interval"], Is.EqualTo("24h"));
        var sns = Maps(Receiver(values, AlertmanagerConfig.HeartbeatReceiver)["sns_configs"]).Single();
        Assert.That((string)sns["subject"], Does.StartWith("[HEARTBEAT]"));
    }

    [Test]
    public async Task ReceiverUrlsAreReadFromAMountedSecretNeverFromTheValues()
    {
        var (_, monitoring, values) = await BuildAsync(Emails("platform@numinia.xyz") with { SlackWebhookUrl = Slack, HeartbeatUrl = Heartbeat });
        Assert.That(JsonSerializer.Serialize(values), Does.Not.Contain("hooks.slack.com").And.Not.Contain("hc-ping.com"));
        var slack = Maps(Receiver(values, AlertmanagerConfig.PlatformReceiver)["slack_configs"]).Single();
        Assert.That(slack["api_url_file"], Is.EqualTo($"{AlertRouting.SecretMountPath}/{AlertRouting.SlackKey}"));
        Assert.That(Strings(At(values, "alertmanager", "alertmanagerSpec", "secrets")), Is.EqualTo(new[] { AlertRouting.ReceiversSecretName }));
        var secret = monitoring.Alerts.Receivers!;
        Assert.That((await ValueAsync(secret.Data)).Keys, Is.EquivalentTo(new[] { AlertRouting.SlackKey, AlertRouting.HeartbeatKey }));
        await AssertEngineSecretAsync(secret.Data, "the receivers' URLs");
    }

    [Test]
    public void AlertUrlsAreNeverPrinted()
    {
        var settings = new MonitoringSettings { Alerting = new AlertingSettings { SlackWebhookUrl = Slack, WebhookUrl = Slack, HeartbeatUrl = Heartbeat } };
        Assert.That(settings.ToString(), Does.Not.Contain("hooks.slack.com").And.Not.Contain("hc-ping.com").And.Contain("[secret]"));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheProdPlanRoutesAlertsToAReceiver()
    {
        var plan = await ProdPlanAsync();
        var subscription = plan.Resources.Single(r => r.Type == AlertsReachPeople.TopicSubscription);
        Assert.That(PolicyValues.AsString(subscription.Input("endpoint")), Is.EqualTo("platform@numinia.xyz"));
        var result = PolicyRunner.Run(plan).Results.Single(r => r.Rule is AlertsReachPeople);
        Assert.That(result.Outcome, Is.EqualTo(PolicyOutcome.Pass), string.Join("; ", result.Violations));
    }

    [Test]
    public async Task APlanWithoutAReceiverWarnsThatAlertsReachNobody()
    {
        var plan = await Planner.RunAsync(ProdConfig("alertEmails=[]"));
        var result = PolicyRunner.Run(plan).Results.Single(r => r.Rule is AlertsReachPeople);
        Assert.That(result.Rule.Severity, Is.EqualTo(PolicySeverity.Advisory));
        Assert.That(result.Violations.Select(v => v.Message), Has.Some.Contains("reaches nobody").And.Some.Contains("alertEmails"));
    }
#endif
}
