#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Compute;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// The general group as one managed node group per zone, in the prod plan. Prometheus and Grafana claim gp3 volumes
/// of the EBS CSI driver, which live in one zone and bind where the pod is first scheduled (WaitForFirstConsumer); a
/// pod whose volume exists must run in that zone. The Cluster Autoscaler grows a group for a pending pod only when the
/// group's template node fits it, and an Auto Scaling group over three zones launches in a zone of its own choosing,
/// so its AWS README asks for one group per zone with <c>--balance-similar-node-groups</c> (kubernetes/autoscaler
/// cluster-autoscaler-1.35.0, cluster-autoscaler/cloudprovider/aws/README.md, "Common Notes and Gotchas"; the
/// chart cluster-autoscaler 9.59.0 runs v1.35.0).
/// </summary>
[NonParallelizable]
public sealed class ZonalNodeGroupTests
{
    private const string NodeGroupType = "aws:eks/nodeGroup:NodeGroup";

    private static Task<PlanResult> PlanAsync() => Harness.ProdPlanAsync();

    /// <summary>The EKS node groups of one configured group, by the group label every node of it carries.</summary>
    private static ImmutableArray<ResourceRegistration> GroupsOf(PlanResult plan, string group) => plan.Resources
        .Where(r => r.Type == NodeGroupType && PolicyValues.AsString(r.Input("labels", NodeGroupSpec.GroupLabel)) == group)
        .ToImmutableArray();

    /// <summary>The zones of a node group's subnets.</summary>
    private static ImmutableArray<string> Zones(PlanResult plan, ResourceRegistration group) => PolicyValues.AsStrings(group.Input("subnetIds"))
        .Select(id => PolicyValues.AsString(plan.Resources.Single(s => s.Type == "aws:ec2/subnet:Subnet" && s.Id == id).Input("availabilityZone"))!)
        .Distinct()
        .ToImmutableArray();

    private static int Size(ResourceRegistration group, string field) => (int)PolicyValues.AsNumber(group.Input("scalingConfig", field))!.Value;

    /// <summary>
    /// Rule: in every zone of the cluster, a node group of general runs in that zone alone and may grow, so the
    /// autoscaler can add a node next to a Prometheus or Grafana volume wherever it was created.
    /// </summary>
    [Test]
    public async Task EveryZoneHasAGeneralGroupOfItsOwnForZonalVolumes()
    {
        var plan = await PlanAsync();
        var zones = plan.Resources.Where(r => r.Type == "aws:ec2/subnet:Subnet" && r.Name.StartsWith("network-private-", StringComparison.Ordinal))
            .Select(s => PolicyValues.AsString(s.Input("availabilityZone"))!).ToArray();
        var general = GroupsOf(plan, "general");
        Assert.That(zones, Has.Length.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(general.Select(g => Zones(plan, g).Length), Has.All.EqualTo(1), "each group in one zone");
            foreach (var zone in zones)
            {
                Assert.That(general.Where(g => Zones(plan, g).Single() == zone && Size(g, "maxSize") >= 1).ToArray(), Has.Length.EqualTo(1), zone);
            }
        });
    }

    /// <summary>
    /// Rule: the zonal groups keep the configured totals (generalMinSize 3, generalMaxSize 20, generalDesiredSize 3),
    /// so the idle cost is what the cost report says: three general nodes at minimum, one per zone.
    /// </summary>
    [Test]
    public async Task TheZonalGroupsKeepTheConfiguredTotals()
    {
        var general = GroupsOf(await PlanAsync(), "general");
        Assert.Multiple(() =>
        {
            Assert.That(general.Select(g => Size(g, "minSize")), Is.EqualTo(new[] { 1, 1, 1 }));
            Assert.That(general.Select(g => Size(g, "maxSize")), Is.EqualTo(new[] { 7, 7, 6 }));
            Assert.That(general.Sum(g => Size(g, "desiredSize")), Is.EqualTo(3));
        });
    }

    /// <summary>
    /// Rule: the zonal groups look alike to the autoscaler, which balances only similar groups (the same capacity and
    /// labels but those it ignores: processors/nodegroupset/compare_nodegroups.go): one launch template, instance types,
    /// labels and taints, balancing on, and every label EKS or the autoscaler sets per group among the ignored.
    /// </summary>
    [Test]
    public async Task TheZonalGroupsAreSimilarForTheAutoscaler()
    {
        var plan = await PlanAsync();
        var general = GroupsOf(plan, "general");
        var autoscaler = plan.Resources.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && r.Name == "cluster-autoscaler-release");
        var args = PolicyValues.AsMap(autoscaler.Input("values", "extraArgs"))!;
        Assert.Multiple(() =>
        {
            foreach (var field in new[] { "launchTemplate", "instanceTypes", "labels", "taints", "amiType", "capacityType" })
            {
                Assert.That(general.Select(g => PolicyValues.Show(g.Input(field))).Distinct().Count(), Is.EqualTo(1), field);
            }

            Assert.That(PolicyValues.AsBool(args["balance-similar-node-groups"]), Is.True);
            Assert.That(args.Where(a => a.Key.StartsWith("balancing-ignore-label", StringComparison.Ordinal)).Select(a => PolicyValues.AsString(a.Value)),
                Is.SupersetOf(new[]
                {
                    "eks.amazonaws.com/nodegroup-image", "eks.amazonaws.com/sourceLaunchTemplateId", "eks.amazonaws.com/sourceLaunchTemplateVersion",
                    "cluster-name", "nodegroup-name",
                }));
            Assert.That(ClusterAutoscalerAddon.BalancingIgnoredLabels, Is.Unique);
        });
    }

    /// <summary>
    /// Rule: a zonal group that may be empty carries the node-template tags, so the autoscaler knows its nodes' labels
    /// without a node to look at and can grow it from zero for a pod of that zone.
    /// </summary>
    [Test]
    public async Task AZonalGroupThatMayBeEmptyCarriesTheScaleFromZeroTags()
    {
        // Two over three zones leaves the third zone's group empty at its minimum.
        var plan = await Planner.RunAsync(Harness.ProdConfig("generalMinSize=2", "generalDesiredSize=2"));
        var empty = GroupsOf(plan, "general").Where(g => Size(g, "minSize") == 0).ToArray();
        Assert.That(empty, Has.Length.EqualTo(1));
        var tags = plan.Resources.Where(r => r.Type == "aws:autoscaling/tag:Tag" && r.DependencyUrns.Contains(empty[0].Urn))
            .Select(r => (PolicyValues.AsString(r.Input("tag", "key")), PolicyValues.AsString(r.Input("tag", "value"))));
        Assert.That(tags, Is.EquivalentTo(new[] { ("k8s.io/cluster-autoscaler/node-template/label/" + NodeGroupSpec.GroupLabel, "general") }));
    }
}
#endif
