using System.Collections;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Common;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.GuardDuty;
using static Numinia.Infra.Tests.Harness;

namespace Numinia.Infra.Tests;

/// <summary>
/// A rule for every class of alert the architecture names, as the monitoring stack loads them (its PrometheusRule), each
/// with a severity and a runbook section; and security events (GuardDuty's findings) reaching the same receivers.
/// </summary>
[NonParallelizable]
public sealed class AlertRulesTests
{
    private static (ImmutableArray<Resource> Resources, MonitoringAddon Monitoring)? s_built;

    private static async Task<(ImmutableArray<Resource> Resources, MonitoringAddon Monitoring)> BuildAsync()
    {
        if (s_built is { } built)
        {
            return built;
        }

        var (resources, monitoring, _) = await AlertingTests.BuildAsync(new AlertingSettings { Emails = ["platform@numinia.xyz"] });
        s_built = (resources, monitoring);
        return s_built.Value;
    }

    /// <summary>Every rule of the spec the monitoring stack's PrometheusRule is given: (group, alert, expr, severity, runbook).</summary>
    private static async Task<ImmutableArray<(string Group, string Alert, string Expr, string Severity, string Runbook)>> LoadedAsync()
    {
        var (resources, monitoring) = await BuildAsync();
        Assert.That(resources.OfType<PrometheusRule>(), Is.EqualTo(new[] { monitoring.Rules }), "the monitoring stack loads one PrometheusRule");
        var groups = (IEnumerable)At(AlertRules.Spec(), "groups")!;
        return
        [
            .. groups.Cast<IReadOnlyDictionary<string, object>>().SelectMany(g => ((IEnumerable)g["rules"]).Cast<IReadOnlyDictionary<string, object>>()
                .Select(r => ((string)g["name"], (string)r["alert"], (string)r["expr"], (string)At(r, "labels", "severity")!, (string)At(r, "annotations", "runbook_url")!))),
        ];
    }

    private static async Task AssertClassHasARuleAsync(AlertClass alertClass, params string[] metrics)
    {
        var rules = (await LoadedAsync()).Where(r => r.Group == $"numinia-{alertClass}").ToArray();
        Assert.That(rules, Is.Not.Empty, $"no rule of the class {alertClass}");
        foreach (var metric in metrics)
        {
            Assert.That(rules.Select(r => r.Expr), Has.Some.Contains(metric), $"no {alertClass} rule reads {metric}");
        }
    }

    [Test]
    public Task CertificateExpiryHasARule()
        => AssertClassHasARuleAsync(AlertClass.CertificateExpiry, "certmanager_certificate_expiration_timestamp_seconds", "certmanager_certificate_ready_status");

    [Test]
    public Task ControllerReconcileErrorsHaveARule()
        => AssertClassHasARuleAsync(AlertClass.ControllerErrors, "controller_runtime_reconcile_errors_total", "certmanager_controller_sync_error_count");

    [Test]
    public Task ExternalSecretSyncFailuresHaveARule()
        => AssertClassHasARuleAsync(AlertClass.ExternalSecretSync, "externalsecret_status_condition", "externalsecret_sync_calls_error");

    [Test]
    public Task KnativeRevisionsFailingOrNotReadyHaveARule()
        => AssertClassHasARuleAsync(AlertClass.KnativeRevisions, "queue-proxy", "kube_pod_container_status_waiting_reason", "kube_pod_status_ready");

    [Test]
    public Task DeploymentsNotAvailableHaveARule()
        => AssertClassHasARuleAsync(AlertClass.DeploymentsUnavailable, "kube_deployment_status_replicas_unavailable");

    [Test]
    public Task QuotaNearExhaustionHasARule() => AssertClassHasARuleAsync(AlertClass.QuotaExhaustion, "kube_resourcequota");

    [Test]
    public Task NodesNotReadyHaveARule() => AssertClassHasARuleAsync(AlertClass.NodesNotReady, "kube_node_status_condition");

    [Test]
    public Task ANodeGroupAtItsMaximumHasARule()
        => AssertClassHasARuleAsync(AlertClass.NodeGroupAtMaximum, "cluster_autoscaler_node_group_max_count", "cluster_autoscaler_node_group_target_count");

    [Test]
    public Task VolumesFillingUpHaveARule() => AssertClassHasARuleAsync(AlertClass.VolumesFillingUp, "kubelet_volume_stats_available_bytes");

    [Test]
    public async Task EveryRuleHasASeverityAlertmanagerRoutesAndARunbookSection()
    {
        var runbooks = await File.ReadAllTextAsync(Path.Combine(RepoRoot, AlertRules.RunbookDocument));
        var anchors = Regex.Matches(runbooks, "^## (.+)$", RegexOptions.Multiline).Select(m => Regex.Replace(m.Groups[1].Value.Trim().ToLowerInvariant(), "[^a-z0-9 -]", "").Replace(' ', '-')).ToHashSet();
        foreach (var rule in await LoadedAsync())
        {
            Assert.That(rule.Severity, Is.AnyOf("critical", "warning"), rule.Alert);
            Assert.That(rule.Runbook, Does.StartWith($"{AlertRules.RunbookDocument}#"), rule.Alert);
            Assert.That(anchors, Does.Contain(rule.Runbook.Split('#')[1]), $"{rule.Alert}: no section in {AlertRules.RunbookDocument}");
        }
    }

    [Test]
    public async Task TheDefaultsThePlatformsRulesReplaceAreTurnedOff()
    {
        var (_, monitoring) = await BuildAsync();
        var values = await ValueAsync(monitoring.Release.Values);
        foreach (var alert in AlertRules.ReplacedDefaults)
        {
            Assert.That(At(values, "defaultRules", "disabled", alert), Is.EqualTo(true), alert);
        }
    }

    [Test]
    public async Task ATenantNamespacesAlertsCarryItsOrganization()
    {
        // Alertmanager groups a tenant's alerts by the organization label (AlertsRouteBySeverityThenByOrganization): every rule
        // on a namespaced object joins its namespace's organization, which kube-state-metrics exports from the namespaces'
        // numinia.xyz/organization label once allowed (kube-state-metrics 8.4.0 chart values.yaml, metricLabelsAllowlist;
        // its label names sanitized: label_numinia_xyz_organization).
        var namespaced = new[]
        {
            AlertClass.CertificateExpiry, AlertClass.ExternalSecretSync, AlertClass.KnativeRevisions, AlertClass.DeploymentsUnavailable,
            AlertClass.QuotaExhaustion, AlertClass.VolumesFillingUp,
        }.Select(c => $"numinia-{c}").ToHashSet();
        var join = $" * on (namespace) group_left (organization) {AlertRules.Organizations}";
        foreach (var rule in (await LoadedAsync()).Where(r => namespaced.Contains(r.Group)))
        {
            Assert.That(rule.Expr, Does.EndWith(join), rule.Alert);
        }

        Assert.That(AlertRules.Organizations, Does.Contain("label_" + Regex.Replace(Numinia.Components.Kubernetes.NamespaceLabels.Organization, "[^a-zA-Z0-9_]", "_")));
        var (_, monitoring) = await BuildAsync();
        var values = await ValueAsync(monitoring.Release.Values);
        Assert.That(Strings(At(values, "kube-state-metrics", "metricLabelsAllowlist")),
            Is.EqualTo(new[] { $"namespaces=[{Numinia.Components.Kubernetes.NamespaceLabels.Organization}]" }));
    }

    [Test]
    public async Task SecurityEventsReachTheReceivers()
    {
        var (resources, monitoring) = await BuildAsync();
        var alerts = monitoring.Alerts;
        Assert.That(await ValueAsync(alerts.Detector!.Enable), Is.True);
        var features = await Task.WhenAll(resources.OfType<DetectorFeature>().Select(async f => (await ValueAsync(f.Name), await ValueAsync(f.Status))));
        Assert.That(features, Is.EquivalentTo(new[] { ("EKS_AUDIT_LOGS", "ENABLED"), ("RUNTIME_MONITORING", "ENABLED") }));
        var runtime = resources.OfType<DetectorFeature>().Single(f => f.GetResourceName().EndsWith("runtime-monitoring", StringComparison.Ordinal));
        Assert.That((await ValueAsync(runtime.AdditionalConfigurations)).Select(a => (a.Name, a.Status)), Is.EqualTo(new[] { ("EKS_ADDON_MANAGEMENT", "ENABLED") }));

        Assert.That(await ValueAsync(alerts.FindingsRule!.EventPattern), Does.Contain("\"aws.guardduty\"").And.Contain("[\">=\",4]"));
        var target = resources.OfType<EventTarget>().Single();
        Assert.That(await ValueAsync(target.Arn), Is.EqualTo(await ValueAsync(alerts.TopicArn)));
        Assert.That(await ValueAsync(target.Rule), Is.EqualTo(await ValueAsync(alerts.FindingsRule.Name)));

        // The topic lets EventBridge publish for this rule only.
        var policy = PolicyDocument.FromJson((await ValueAsync(alerts.Topic.Policy))!);
        var events = policy.Statement.Single(s => s.Principal?.GetValueOrDefault("Service").OrEmpty().Contains("events.amazonaws.com") == true);
        Assert.That(events.Condition!["ArnEquals"]["aws:SourceArn"], Is.EqualTo(new[] { await ValueAsync(alerts.FindingsRule.Arn) }));
    }

    [Test]
    public async Task AnExistingDetectorGetsTheFeaturesAndStaysItsOwners()
    {
        // GuardDuty allows one detector per account and region (CreateDetector on a second fails): with the account's own
        // detector named, the stack creates none, sets the EKS features on that one and routes its findings.
        const string existing = "12abc34d567e8fa901bc2d34e56789f0";
        var (resources, monitoring, _) = await AlertingTests.BuildAsync(new AlertingSettings { Emails = ["platform@numinia.xyz"], GuardDutyDetectorId = existing });
        Assert.That(resources.OfType<Pulumi.Aws.GuardDuty.Detector>(), Is.Empty, "a second detector fails; the account's stays its owner's");
        Assert.That(monitoring.Alerts.Detector, Is.Null);
        var features = resources.OfType<DetectorFeature>().ToArray();
        Assert.That(features, Has.Length.EqualTo(2));
        foreach (var feature in features)
        {
            Assert.That(await ValueAsync(feature.DetectorId), Is.EqualTo(existing));
        }

        Assert.That(resources.OfType<EventTarget>().Count(), Is.EqualTo(1), "its findings still reach the topic");
    }
}
