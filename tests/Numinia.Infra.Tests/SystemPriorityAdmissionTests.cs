#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// Whether the API server admits a pod at a system PriorityClass in each namespace of the prod plan, modelled on the
/// ResourceQuota admission of kubernetes/kubernetes v1.35 (the Priority admission plugin itself admits such a pod in
/// any namespace: plugin/pkg/admission/priority/admission.go).
/// </summary>
[NonParallelizable]
public sealed class SystemPriorityAdmissionTests
{
    private const string QuotaType = "kubernetes:core/v1:ResourceQuota";
    private const string NamespaceType = "kubernetes:core/v1:Namespace";
    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";

    private static Task<PlanResult> PlanAsync() => Harness.ProdPlanAsync();

    /// <summary>The namespaces where tenants or developers create pods: the organizations' and the platform's application namespaces.</summary>
    private static ImmutableArray<string> WorkloadNamespaces(PlanResult plan) => plan.Resources.Where(r => r.Type == NamespaceType)
        .Where(r => r.Input("metadata", "labels", Numinia.Components.Kubernetes.NamespaceLabels.Organization) is not null)
        .Select(r => PolicyValues.AsString(r.Input("metadata", "name"))!)
        .Concat(PlatformNamespaces.Defaults.Select(s => s.Name))
        .ToImmutableArray();

    /// <summary>The namespaces the shared services' releases install into.</summary>
    private static ImmutableArray<string> ReleaseNamespaces(PlanResult plan) => plan.Resources.Where(r => r.Type == ReleaseType)
        .Select(r => PolicyValues.AsString(r.Input("namespace"))!).Distinct().ToImmutableArray();

    /// <summary>What one pod of a Deployment with the namespace's container defaults asks of its quotas.</summary>
    private static readonly ImmutableDictionary<string, string> PodUsage = ImmutableDictionary<string, string>.Empty
        .Add("pods", "1").Add("requests.cpu", "100m").Add("requests.memory", "128Mi").Add("limits.cpu", "200m").Add("limits.memory", "256Mi");

    /// <summary>
    /// Whether a quota counts a pod with this PriorityClass (kubernetes/kubernetes v1.35 pkg/quota/v1/evaluator/core/
    /// pods.go podMatchesScopeFunc and podMatchesSelector): a quota without scopes counts every pod; a scope selector's
    /// expressions must all match, the PriorityClass scope as a label selector on the pod's class (no class: "").
    /// </summary>
    private static bool Counts(ResourceRegistration quota, string priorityClass)
    {
        if (!PolicyValues.AsStrings(quota.Input("spec", "scopes")).IsEmpty)
        {
            throw new NotSupportedException($"{quota.Name}: the model covers scope selectors only");
        }

        return PolicyValues.AsList(quota.Input("spec", "scopeSelector", "matchExpressions")).All(e =>
        {
            Assert.That(PolicyValues.AsString(PolicyValues.At(e, "scopeName")), Is.EqualTo("PriorityClass"), "the model covers the PriorityClass scope");
            var values = PolicyValues.AsStrings(PolicyValues.At(e, "values"));
            return PolicyValues.AsString(PolicyValues.At(e, "operator")) switch
            {
                "In" => values.Contains(priorityClass),
                "NotIn" => !values.Contains(priorityClass),
                "Exists" => priorityClass.Length > 0,
                "DoesNotExist" => priorityClass.Length == 0,
                var op => throw new NotSupportedException($"operator {op}"),
            };
        });
    }

    /// <summary>
    /// The quota that refuses to create the pod, or null when every quota has room (plugin/pkg/admission/resourcequota/
    /// controller.go CheckRequest: for each quota that counts the pod, every resource it constrains must stay within
    /// <c>hard</c> once the pod's usage is added; nothing is used yet in a new namespace).
    /// </summary>
    private static string? RefusingQuota(PlanResult plan, string namespaceName, string priorityClass)
        => plan.Resources.Where(r => r.Type == QuotaType && PolicyValues.AsString(r.Input("metadata", "namespace")) == namespaceName)
            .Where(q => Counts(q, priorityClass))
            .FirstOrDefault(q => PodUsage.Any(u => PolicyValues.AsString(q.Input("spec", "hard", u.Key)) is { } hard
                && Quantity.Parse(u.Value).Value > Quantity.Parse(hard).Value)) is { } refusing
            ? PolicyValues.AsString(refusing.Input("metadata", "name"))
            : null;

    /// <summary>
    /// Rule: in every namespace where tenants or developers create pods, a pod at a system PriorityClass is refused,
    /// by the quota that exists for it; anywhere else the Priority admission plugin would let it in and it could preempt
    /// the platform (kubernetes#76310).
    /// </summary>
    [TestCase(PriorityClasses.SystemNodeCritical)]
    [TestCase(PriorityClasses.SystemClusterCritical)]
    public async Task TenantAndApplicationNamespacesRefusePodsAtASystemPriority(string priorityClass)
    {
        var plan = await PlanAsync();
        var namespaces = WorkloadNamespaces(plan);
        Assert.That(namespaces, Has.Length.EqualTo(8 + 6), "four organizations of two environments, six application namespaces");
        Assert.Multiple(() =>
        {
            foreach (var ns in namespaces)
            {
                Assert.That(RefusingQuota(plan, ns, priorityClass), Is.EqualTo(PlatformNamespace.SystemPriorityQuotaName), ns);
            }
        });
    }

    /// <summary>Rule: the same namespaces admit pods of the default priority and of any other class: the quota is that narrow.</summary>
    [TestCase("")]
    [TestCase("tenant-batch")]
    public async Task TenantAndApplicationNamespacesAdmitPodsAtAnyOtherPriority(string priorityClass)
    {
        var plan = await PlanAsync();
        Assert.Multiple(() =>
        {
            foreach (var ns in WorkloadNamespaces(plan))
            {
                Assert.That(RefusingQuota(plan, ns, priorityClass), Is.Null, ns);
            }
        });
    }

    /// <summary>
    /// Rule: the shared services' namespaces admit the pods at a system PriorityClass that their node agents and
    /// cluster-critical controllers run at.
    /// </summary>
    [TestCase(PriorityClasses.SystemNodeCritical)]
    [TestCase(PriorityClasses.SystemClusterCritical)]
    public async Task SharedServiceNamespacesAdmitPodsAtASystemPriority(string priorityClass)
    {
        var plan = await PlanAsync();
        var namespaces = ReleaseNamespaces(plan).Add(KnativeServingAddon.ServingNamespaceName);
        Assert.That(namespaces, Does.Contain("logging").And.Contain("monitoring").And.Contain("secrets-store-csi"));
        Assert.Multiple(() =>
        {
            foreach (var ns in namespaces)
            {
                Assert.That(RefusingQuota(plan, ns, priorityClass), Is.Null, ns);
            }
        });
    }

    /// <summary>Rule: every release that runs pods at a system PriorityClass installs into a namespace whose quotas admit them.</summary>
    [Test]
    public async Task EverySystemPriorityPodOfThePlatformIsAdmittedWhereItRuns()
    {
        var plan = await PlanAsync();
        var releases = plan.Resources.Where(r => r.Type == ReleaseType)
            .Select(r => (r.Name, Namespace: PolicyValues.AsString(r.Input("namespace"))!, Classes: PriorityTests.PriorityClassNames(r.Input("values")).Select(p => p.Class).Intersect(PriorityClasses.System).ToArray()))
            .Where(r => r.Classes.Length > 0)
            .ToArray();
        Assert.That(releases, Has.Length.GreaterThanOrEqualTo(8));
        Assert.Multiple(() =>
        {
            foreach (var (name, ns, classes) in releases)
            {
                foreach (var priorityClass in classes)
                {
                    Assert.That(RefusingQuota(plan, ns, priorityClass), Is.Null, $"{name} in {ns} at {priorityClass}");
                }
            }
        });
    }

    /// <summary>Rule: the developers a quota guards against cannot change or delete it: their role grants nothing on quotas.</summary>
    [Test]
    public async Task DevelopersCannotChangeTheQuotasOfTheirNamespaces()
    {
        var plan = await PlanAsync();
        var developer = plan.Resources.Single(r => r.Type == "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"
            && PolicyValues.AsString(r.Input("metadata", "name")) == PlatformRbac.DeveloperRole);
        var rules = PolicyValues.AsList(developer.Input("rules"));
        Assert.That(rules, Is.Not.Empty);
        Assert.That(rules.Where(rule => PolicyValues.AsStrings(PolicyValues.At(rule, "resources")).Any(r => r is "resourcequotas" or "*")), Is.Empty);
    }
}
#endif
