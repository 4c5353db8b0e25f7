#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Cluster;
using Numinia.Infra.Plan;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The Kubernetes version upgrade path over the plan graph: the control plane first, then the node groups
/// and the add-ons that follow its minor, and the Cluster Autoscaler on the image built for that minor.
/// </summary>
public sealed class UpgradePathTests
{
    private const string EksClusterType = "eks:index:Cluster";

    private static IEnumerable<TestCaseData> SupportedMinors()
        => ClusterSettings.SupportedVersions.Select(v => new TestCaseData(v).SetName($"UpgradePath_{v.Replace('.', '_')}_ClusterAutoscalerAndNodeGroupsFollowTheMinor"));

    private static Task<PlanResult> PlanAtAsync(string minor)
        => Planner.RunAsync(Harness.ProdConfig($"kubernetesVersion={minor}", $"kubeProxyAddonVersion=v{minor}.0-eksbuild.1"));

    private static object? At(object? value, params string[] path)
        => path.Aggregate(value, (node, key) => node is ImmutableDictionary<string, object?> map ? map.GetValueOrDefault(key) : null);

    [TestCaseSource(nameof(SupportedMinors))]
    public async Task EachSupportedMinorMovesTheNodeGroupsAndTheAutoscalerImage(string minor)
    {
        var plan = await PlanAtAsync(minor);
        var autoscaler = plan.Resources.Single(r => r.Name == "cluster-autoscaler-release");
        Assert.Multiple(() =>
        {
            Assert.That(plan.Resources.Single(r => r.Type == EksClusterType).Inputs["version"], Is.EqualTo(minor));
            Assert.That(plan.Resources.Where(r => r.Type == "aws:eks/nodeGroup:NodeGroup").Select(r => r.Inputs["version"]),
                Is.Not.Empty.And.All.EqualTo(minor), "every node group runs the control plane's minor");
            Assert.That(At(autoscaler.Inputs["values"], "image", "tag"), Is.EqualTo($"v{minor}.0"));
        });
    }

    [Test]
    public void TheAutoscalerImageIsTheReleaseBuiltForTheMinor()
        => Assert.That(ClusterAutoscalerAddon.ImageTag("1.35"), Is.EqualTo("v1.35.0"));

    /// <summary>The control plane is upgraded first: every node group and managed add-on depends on the cluster.</summary>
    [Test]
    public async Task NodeGroupsAndAddonsWaitForTheControlPlane()
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig());
        var cluster = plan.Resources.Single(r => r.Type == EksClusterType).Urn;
        var followers = plan.Resources.Where(r => r.Type is "aws:eks/nodeGroup:NodeGroup" or "aws:eks/addon:Addon").ToArray();
        Assert.That(followers, Has.Length.GreaterThanOrEqualTo(6));
        Assert.That(followers.Where(r => !r.DependencyUrns.Contains(cluster)).Select(r => r.Name), Is.Empty,
            "node groups or add-ons that could change before the control plane");
    }

    /// <summary>The node groups roll after the networking add-ons they need to become Ready (vpc-cni, kube-proxy).</summary>
    [Test]
    public async Task NodeGroupsWaitForTheNetworkingAddons()
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig());
        var networking = plan.Resources.Where(r => r.Name is "cluster-networking-vpc-cni" or "cluster-networking-kube-proxy").Select(r => r.Urn).ToArray();
        var groups = plan.Resources.Where(r => r.Type == "aws:eks/nodeGroup:NodeGroup").ToArray();
        Assert.That(networking, Has.Length.EqualTo(2));
        Assert.That(groups.Where(g => !networking.All(g.DependencyUrns.Contains)).Select(g => g.Name), Is.Empty);
    }
}
#endif
