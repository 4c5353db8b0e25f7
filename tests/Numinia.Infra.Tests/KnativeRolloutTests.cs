#if PULUMI_OFFLINE
using System.Globalization;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Common;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// Knative Serving's pods while they roll and while their nodes go, in the prod plan: the knative-serving quota
/// against what the operator's manifests render, and the drain a revision's pods get when the Cluster Autoscaler
/// removes their node.
/// </summary>
[NonParallelizable]
public sealed class KnativeRolloutTests
{
    private static Task<PlanResult> PlanAsync(params string[] overrides)
        => overrides.Length == 0 ? Harness.ProdPlanAsync() : Planner.RunAsync(Harness.ProdConfig(overrides));

    private static ResourceRegistration Serving(PlanResult plan) => plan.Resources.Single(r => r.Type == "kubernetes:operator.knative.dev/v1beta1:KnativeServing");

    /// <summary>
    /// Each Deployment of knative-serving as the operator 1.23 renders it for Serving 1.23.0 (knative/operator
    /// knative-v1.23.0, cmd/operator/kodata): its HorizontalPodAutoscaler's min and max (null: none) and its rolling
    /// update's maxSurge. 2-serving-core.yaml: activator HPA 1..20 and controller, webhook HPA 1..5, no maxSurge (the
    /// apps/v1 default 25%), autoscaler maxUnavailable 0 only (so maxSurge 25%); 3-serving-hpa.yaml: autoscaler-hpa, no
    /// strategy; ingress/1.23/kourier/kourier.yaml: net-kourier-controller and 3scale-kourier-gateway maxSurge 100%,
    /// gateway HPA 1..10 (the operator moves the gateway into knative-serving).
    /// </summary>
    private static readonly (string Deployment, int? HpaMin, int? HpaMax, string MaxSurge)[] Rendered =
    [
        ("activator", 1, 20, "25%"),
        ("autoscaler", null, null, "25%"),
        ("controller", null, null, "25%"),
        ("webhook", 1, 5, "25%"),
        ("autoscaler-hpa", null, null, "25%"),
        ("net-kourier-controller", null, null, "100%"),
        ("3scale-kourier-gateway", 1, 10, "100%"),
    ];

    /// <summary>The operator's post-install Jobs (4-serving-post-install-jobs.yaml: storage version migration, cleanup).</summary>
    private const int PostInstallJobs = 2;

    /// <summary>
    /// Replicas at most: the operator raises an HPA's minimum to the high-availability replicas and its maximum by as
    /// much (pkg/reconciler/common/hpa.go hpaTransform), and sets the others' replicas to them (ha.go).
    /// </summary>
    private static int MostReplicas(int? hpaMin, int? hpaMax, int highAvailability)
        => hpaMax is { } max ? max + Math.Max(0, highAvailability - hpaMin!.Value) : highAvailability;

    /// <summary>The pods a rollout adds: maxSurge of the replicas, a percentage rounded up (deployment_util.go ResolveFenceposts).</summary>
    private static int Surge(string maxSurge, int replicas) => maxSurge.EndsWith('%')
        ? (int)Math.Ceiling(replicas * decimal.Parse(maxSurge.TrimEnd('%'), CultureInfo.InvariantCulture) / 100m)
        : int.Parse(maxSurge, CultureInfo.InvariantCulture);

    /// <summary>
    /// Rule: the knative-serving quota holds every Deployment at its autoscaler's maximum plus its rollout's surge, all
    /// at once (an upgrade of Serving rolls them together), with the containers' requests and limits the KnativeServing
    /// sets, and the post-install Jobs: no rollout waits on the quota, not even Kourier's gateway at 100%.
    /// </summary>
    [Test]
    public async Task TheServingQuotaHoldsEveryDeploymentAtItsMaximumWhileItRolls()
    {
        var plan = await PlanAsync();
        var serving = Serving(plan);
        var highAvailability = (int)PolicyValues.AsNumber(serving.Input("spec", "high-availability", "replicas"))!.Value;
        var workloads = PolicyValues.AsList(serving.Input("spec", "workloads"));
        Assert.That(workloads.Select(w => PolicyValues.AsString(PolicyValues.At(w, "name"))), Is.EquivalentTo(Rendered.Select(r => r.Deployment)),
            "every Deployment of the namespace is overridden, and no other");

        var need = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["pods"] = PostInstallJobs };
        foreach (var (deployment, hpaMin, hpaMax, maxSurge) in Rendered)
        {
            var replicas = MostReplicas(hpaMin, hpaMax, highAvailability);
            var pods = replicas + Surge(maxSurge, replicas);
            need["pods"] += pods;
            var workload = workloads.Single(w => PolicyValues.AsString(PolicyValues.At(w, "name")) == deployment);
            foreach (var container in PolicyValues.AsList(PolicyValues.At(workload, "resources")))
            {
                foreach (var kind in new[] { "requests", "limits" })
                {
                    foreach (var (resource, quantity) in PolicyValues.AsMap(PolicyValues.At(container, kind))!)
                    {
                        var key = $"{kind}.{resource}";
                        need[key] = need.GetValueOrDefault(key) + (pods * Quantity.Parse(PolicyValues.AsString(quantity)!).Value);
                    }
                }
            }
        }

        var quota = plan.Resources.Single(r => r.Type == "kubernetes:core/v1:ResourceQuota" && r.Name == "knative-serving-ns-quota");
        Assert.Multiple(() =>
        {
            foreach (var (resource, total) in need)
            {
                var hard = Quantity.Parse(PolicyValues.AsString(quota.Input("spec", "hard", resource))!).Value;
                Assert.That(hard, Is.GreaterThanOrEqualTo(total), resource);
            }
        });
    }

    /// <summary>
    /// Rule: when the Cluster Autoscaler removes a node, a revision's pod there may drain a request as long as the
    /// longest a revision may serve. Serving gives the pod a grace of the revision's timeout (deploy.go BuildPodSpec), and
    /// the autoscaler evicts with the smaller of that and <c>max-graceful-termination-sec</c> (drain.go evictPod).
    /// The activator's own grace stays the 600 s its manifest sets: the operator 1.23 cannot change it (WorkloadOverride
    /// has no such field, and its three-way merge would revert a patch), and it would not keep a longer request alive
    /// through a rollout anyway, since Kourier's gateway, which every request crosses, stops within its 30 s grace.
    /// </summary>
    [TestCase(null)]
    [TestCase("knativeMaxRevisionTimeoutSeconds=7200")]
    public async Task AScaledDownNodeLetsARevisionPodDrainTheLongestRequest(string? setting)
    {
        var plan = await PlanAsync(setting is null ? [] : [setting]);
        var longest = int.Parse(PolicyValues.AsString(Serving(plan).Input("spec", "config", "defaults", "max-revision-timeout-seconds"))!, CultureInfo.InvariantCulture);
        var autoscaler = plan.Resources.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && r.Name == "cluster-autoscaler-release");
        var limit = PolicyValues.AsNumber(autoscaler.Input("values", "extraArgs", ClusterAutoscalerAddon.MaxGracefulTerminationFlag)) ?? 600;
        Assert.That(limit, Is.GreaterThanOrEqualTo(longest), "the autoscaler's cap on a pod's grace (600 when unset)");
    }
}
#endif
