using System.Collections.Immutable;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;
using static Numinia.Infra.Tests.Harness;
using AsgTag = Pulumi.Aws.AutoScaling.Tag;
using EksNodeGroup = Pulumi.Aws.Eks.NodeGroup;
#if PULUMI_OFFLINE
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
#endif

namespace Numinia.Infra.Tests;

/// <summary>
/// GPU nodes as the Cluster Autoscaler and the ai-platform quota see them: the accelerator label on the group and
/// its scale-from-zero tag (kubernetes/autoscaler cluster-autoscaler-1.35.0, <c>cloudprovider/aws/README.md</c>,
/// "Special note on GPU instances"), and a GPU quota that follows what the group can bring.
/// </summary>
[NonParallelizable]
public sealed class GpuNodesTests
{
    private const string AcceleratorTag = "k8s.io/cluster-autoscaler/node-template/label/k8s.amazonaws.com/accelerator";

    private static NodeGroupSpec Gpu(params string[] instanceTypes) => NodeGroupsTests.Gpu with { InstanceTypes = [.. instanceTypes] };

    private static Task<ImmutableArray<Resource>> BuildAsync(params NodeGroupSpec[] groups) => NodeGroupsTests.BuildAsync(groups.ToImmutableArray());

    private static PlatformConfig Read(params (string Key, string Value)[] values)
        => ConfigReader.Read(ConfigLookup(values, RequiredStackConfig));

    private static string GpuQuota(PlatformConfig config)
        => config.Namespaces.Namespaces.Single(n => n.Name == "ai-platform").Quota.Extra[QuotaFields.Gpus];

    [TestCase("g5.2xlarge", "nvidia-a10g")]
    [TestCase("g4dn.xlarge", "nvidia-tesla-t4")]
    [TestCase("g6.2xlarge", "nvidia-l4")]
    [TestCase("p4d.24xlarge", "nvidia-tesla-a100")]
    public async Task TheGpuGroupCarriesTheAcceleratorLabelOfItsInstanceType(string instanceType, string accelerator)
    {
        var group = (await BuildAsync(Gpu(instanceType))).Named<EksNodeGroup>("nodes-gpu");
        Assert.That((await ValueAsync(group.Labels))!, Does.ContainKey(InstanceTypeTable.AcceleratorLabel).WithValue(accelerator));
    }

    [Test]
    public async Task OnlyTheGpuGroupCarriesTheAcceleratorLabel()
    {
        var general = (await BuildAsync(NodeGroupsTests.General, Gpu("g5.2xlarge"))).Named<EksNodeGroup>("nodes-general");
        Assert.That(await ValueAsync(general.Labels), Does.Not.ContainKey(InstanceTypeTable.AcceleratorLabel));
    }

    [Test]
    public async Task TheGpuGroupsAutoScalingGroupTellsTheAutoscalerItsAcceleratorForScaleFromZero()
    {
        var resources = await BuildAsync(Gpu("g6.xlarge"));
        var asg = (await ValueAsync(resources.Named<EksNodeGroup>("nodes-gpu").Resources)).Single().AutoscalingGroups.Single().Name;
        var tags = new List<(string Group, string Key, string Value, bool Propagate)>();
        foreach (var tag in resources.OfType<AsgTag>())
        {
            var details = await ValueAsync(tag.TagDetails);
            tags.Add((await ValueAsync(tag.AutoscalingGroupName), details.Key, details.Value, details.PropagateAtLaunch));
        }

        Assert.That(tags.Where(t => t.Key == AcceleratorTag), Is.EqualTo(new[] { (asg, AcceleratorTag, "nvidia-l4", false) }));
    }

    [Test]
    public void AGpuGroupMixingAcceleratorsIsRefusedByTheComponent()
    {
        var failure = ProgramFailure<ArgumentException>(() => BuildAsync(Gpu("g5.2xlarge", "g6.2xlarge")));
        Assert.That(failure.Message, Does.Contain("different accelerators (g5.2xlarge: nvidia-a10g, g6.2xlarge: nvidia-l4)"));
    }

    [Test]
    public void AGpuGroupOfAnInstanceTypeTheTableDoesNotKnowIsRefusedByTheComponent()
    {
        var failure = ProgramFailure<ArgumentException>(() => BuildAsync(Gpu("g6.48xlarge")));
        Assert.That(failure.Message, Does.Contain("g6.48xlarge is not a GPU instance type the instance table knows"));
    }

    [TestCase("3", "g5.2xlarge", "3")]
    [TestCase("5", "g5.2xlarge", "5")]
    [TestCase("2", "g5.12xlarge", "8")]
    public void TheAiPlatformGpuQuotaFollowsTheGpuGroupsMaximumTimesGpusPerNode(string maxSize, string instanceType, string quota)
    {
        var config = Read(("gpuMaxSize", maxSize), ("gpuInstanceTypes", $"[\"{instanceType}\"]"));
        Assert.That(GpuQuota(config), Is.EqualTo(quota));
    }

    [Test]
    public void AGpuQuotaOverrideMayRaiseTheAiPlatformQuotaAboveTheGpuGroup()
        => Assert.That(GpuQuota(Read(("namespaceQuotas", "[\"ai-platform:requests.nvidia.com/gpu=4\"]"))), Is.EqualTo("4"));

    [Test]
    public void AGpuQuotaOverrideBelowTheGpuGroupIsRefused()
    {
        var error = Assert.Throws<ConfigValidationException>(() => Read(("gpuMaxSize", "5"), ("namespaceQuotas", "[\"ai-platform:requests.nvidia.com/gpu=3\"]")))!;
        Assert.That(error.Message, Does.Contain("numinia-infra:namespaceQuotas: 'ai-platform:requests.nvidia.com/gpu=3' sets ai-platform's requests.nvidia.com/gpu below the 5 GPUs"));
    }

    [Test]
    public void ThePlatformNamespacesRefuseAGpuQuotaBelowTheirGpuGroups()
    {
        var failure = ProgramFailure<ArgumentException>(() => RunAsync(() => _ = new PlatformNamespaces("platform-namespaces", new PlatformNamespacesArgs
        {
            Context = TestCluster.Context(),
            NodeGroups = ImmutableArray.Create(Gpu("g5.2xlarge")),
        })));
        Assert.That(failure.Message, Does.Contain("ai-platform: requests.nvidia.com/gpu (0) is below the 3 GPUs its node groups can bring"));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheProdAiPlatformQuotaCoversEveryGpuTheGpuGroupCanBring()
    {
        var plan = await Planner.RunAsync(ProdConfig());
        var quota = plan.Resources.Single(r => r.Type == "kubernetes:core/v1:ResourceQuota"
            && PolicyValues.AsString(r.Input("metadata", "namespace")) == "ai-platform" && KubernetesObjects.NameOf(r) == "quota");
        Assert.That(PolicyValues.AsString(quota.Input("spec", "hard", QuotaFields.Gpus)), Is.EqualTo("3"), "gpuMaxSize 3 × 1 GPU per g5.2xlarge");
    }
#endif
}
