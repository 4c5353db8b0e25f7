#if PULUMI_OFFLINE
using Numinia.Components.Compute;
using Numinia.Infra.Plan;
using Numinia.Infra.Plan.Report;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// The sizing keys that drive the idle cost: each defaults to the cheapest value that keeps the platform's promises, and
/// the cost report prices it. The general group's minimum is what the capacity report derives from the platform's own pods.
/// </summary>
[NonParallelizable]
public sealed class SizingTests
{
    private static async Task<(PlanResult Plan, PlatformFloor Floor)> FloorAsync(params string[] overrides)
    {
        var plan = overrides.Length == 0 ? await Harness.ProdPlanAsync() : await Planner.RunAsync(Harness.ProdConfig(overrides));
        return (plan, PlatformFloorCalculator.Compute(plan.Resources, CapacityCalculator.Compute(plan.Resources))!);
    }

    [Test]
    public async Task TheGeneralMinimumIsWhatThePlatformsOwnPodsNeedWithTheirSpread()
    {
        var (_, floor) = await FloorAsync();
        var general = NodeGroupSpec.Live.Single(g => g.Name == "general");
        Assert.Multiple(() =>
        {
            Assert.That(general.MinSize, Is.EqualTo(floor.NodesNeeded), "the default generalMinSize is the derived minimum");
            Assert.That(floor.ConfiguredMin, Is.EqualTo(floor.NodesNeeded), "Pulumi.prod.yaml's generalMinSize too");
            Assert.That(floor.NodesNeeded, Is.GreaterThanOrEqualTo(floor.MostReplicas), "replicas spread over nodes");
            Assert.That(floor.Requests.CpuMillis, Is.LessThanOrEqualTo(floor.NodesNeeded * floor.PerNode.CpuMillis));
            Assert.That(floor.Requests.MemoryMiB, Is.LessThanOrEqualTo(floor.NodesNeeded * floor.PerNode.MemoryMiB));
            Assert.That(floor.Pods, Is.LessThanOrEqualTo(floor.NodesNeeded * floor.PodsPerNode));
            var fewer = floor.NodesNeeded - 1;
            Assert.That(fewer < floor.MostReplicas || floor.Requests.CpuMillis > fewer * floor.PerNode.CpuMillis
                        || floor.Requests.MemoryMiB > fewer * floor.PerNode.MemoryMiB || floor.Pods > fewer * floor.PodsPerNode, Is.True,
                "one node fewer would not hold them");
        });
    }

    [Test]
    public async Task AGeneralMinimumBelowWhatThePlatformsPodsNeedIsReported()
    {
        var (_, floor) = await FloorAsync("generalMinSize=1", "generalDesiredSize=1");
        Assert.That(floor.BelowNeed, Is.True);
        Assert.That(CapacityReport.FloorText(floor), Does.Contain("generalMinSize is 1: BELOW what they need"));
    }

    [Test]
    public async Task TheComputeGroupScalesFromZeroWithItsNodeTemplateTags()
    {
        var plan = await Harness.ProdPlanAsync();
        var compute = plan.Resources.Single(r => r.Type == "aws:eks/nodeGroup:NodeGroup" && r.Name == "nodes-compute");
        Assert.That(PolicyValues.AsNumber(compute.Input("scalingConfig", "minSize")), Is.Zero);
        var tags = plan.Resources.Where(r => r.Type == "aws:autoscaling/tag:Tag" && r.DependencyUrns.Contains(compute.Urn))
            .Select(r => PolicyValues.AsString(r.Input("tag", "key")));
        // The Cluster Autoscaler builds a template node from these when the group has none (kubernetes/autoscaler
        // cluster-autoscaler-1.35.0, cluster-autoscaler/cloudprovider/aws/README.md, "Scaling a node group to 0").
        Assert.That(tags, Is.SupersetOf(new[]
        {
            "k8s.io/cluster-autoscaler/node-template/label/workload", "k8s.io/cluster-autoscaler/node-template/taint/workload",
            "k8s.io/cluster-autoscaler/node-template/label/" + NodeGroupSpec.GroupLabel,
        }));
    }

    [Test]
    public async Task TheCostReportPricesEverySizingKey()
    {
        var (plan, floor) = await FloorAsync();
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        var keys = CostSizing.Lines(plan.Resources, table, floor).Select(l => l.Key);
        Assert.That(keys, Is.SupersetOf(new[]
        {
            "generalMinSize", "generalInstanceTypes", "computeMinSize", "gpuMinSize", "vpnSubnetAssociations", "databaseInstanceCount",
        }));
    }

    [Test]
    public async Task TheProdIdleCostOfTheLiveServicesIsAtMostOneAndAHalfTimesTheLivePlatformsEstimate()
    {
        // The live platform idles at about $330 a month: EKS, three t3.medium nodes, one NAT, one Aurora instance, a small
        // VPN and bastion instance. The same services in the plan may cost at most 1.5 times that; the lines the live
        // estimate has no counterpart for (monitoring volumes, the Kourier NLB and its addresses, storage, logs, keys,
        // secrets, the zone) are listed in the README with why each stays.
        var (plan, _) = await FloorAsync();
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        string[] live = ["EKS control plane", "EC2 ", "EBS gp3 root volumes", "NAT gateways", "Client VPN", "Aurora db."];
        var idle = CostEstimator.Estimate(plan.Resources, table).Lines.Where(l => live.Any(l.Item.StartsWith)).Sum(l => l.Idle);
        Assert.That(idle, Is.LessThanOrEqualTo(1.5m * 330m));
    }

    /// <summary>Rule: a plan that turns GuardDuty on says its use-priced charges are outside the estimate; one without it says nothing of it.</summary>
    [TestCase("guardDutyEnabled=true", true)]
    [TestCase("guardDutyEnabled=false", false)]
    public async Task TheCostEstimateSaysGuardDutyIsNotCounted(string setting, bool said)
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig(setting));
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        var assumptions = CostEstimator.Estimate(plan.Resources, table).Assumptions;
        Assert.That(assumptions.Any(a => a.StartsWith("GuardDuty is not counted", StringComparison.Ordinal)), Is.EqualTo(said));
    }
}
#endif
