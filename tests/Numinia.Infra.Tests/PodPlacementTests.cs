#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Compute;
using Numinia.Infra.Plan.Report;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>Where the capacity model lets a pod run: tolerations, node selectors and node affinity as the scheduler reads them.</summary>
[NonParallelizable]
public sealed class PodPlacementTests
{
    private static readonly NodeTaint Gpu = new("nvidia.com/gpu", "true", "NO_SCHEDULE");

    [TestCase(null, "Exists", null, null, true)]
    [TestCase("nvidia.com/gpu", "Exists", null, "NoSchedule", true)]
    [TestCase("nvidia.com/gpu", "Equal", "true", null, true)]
    [TestCase("nvidia.com/gpu", "", "true", "NoSchedule", true)]
    [TestCase("nvidia.com/gpu", "Equal", "false", "NoSchedule", false)]
    [TestCase("nvidia.com/gpu", "Exists", null, "NoExecute", false)]
    [TestCase("workload", "Exists", null, null, false)]
    public void ATolerationMatchesATaintAsTheSchedulerDoes(string? key, string op, string? value, string? effect, bool tolerates)
        => Assert.That(new Toleration(key, op, value, effect).Tolerates(Gpu), Is.EqualTo(tolerates));

    [Test]
    public void APreferNoScheduleTaintDoesNotKeepAPodOff()
        => Assert.That(PodPlacement.Untainted.CanRunOn([new NodeTaint("spot", "true", "PREFER_NO_SCHEDULE")], ImmutableDictionary<string, string>.Empty), Is.True);

    [Test]
    public void APodMustTolerateEveryNoScheduleTaintAndMatchItsSelectorAndAffinity()
    {
        var labels = new Dictionary<string, string> { [NodeGroupSpec.GroupLabel] = "gpu" };
        var placement = PodPlacement.FromPodSpec(new Dictionary<string, object?>
        {
            ["tolerations"] = PlanFixture.Serialize("""{"t":[{"key":"nvidia.com/gpu","operator":"Exists","effect":"NoSchedule"}]}""")["t"],
            ["affinity"] = PlanFixture.Serialize("""
                {"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[
                  {"matchExpressions":[{"key":"numinia.xyz/node-group","operator":"In","values":["gpu"]}]}]}}}
                """),
        });
        Assert.Multiple(() =>
        {
            Assert.That(placement.CanRunOn([Gpu], labels), Is.True);
            Assert.That(placement.CanRunOn([Gpu, new NodeTaint("workload", "ci", "NO_SCHEDULE")], labels), Is.False, "an untolerated taint");
            Assert.That(placement.CanRunOn([], new Dictionary<string, string> { [NodeGroupSpec.GroupLabel] = "general" }), Is.False, "the affinity");
            Assert.That(PodPlacement.Untainted.CanRunOn([Gpu], labels), Is.False);
        });
    }
}
#endif
