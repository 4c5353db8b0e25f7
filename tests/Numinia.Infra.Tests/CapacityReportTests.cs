#if PULUMI_OFFLINE
using System.Text.Json;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;
using Numinia.Infra.Plan;
using Numinia.Infra.Plan.Report;
using Numinia.Infra.Policy;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The capacity report of the prod plan: every figure is worked out here by hand from the plan's quotas, the
/// instance table and the EKS AL2023 AMI's formulas (awslabs/amazon-eks-ami v20260724,
/// <c>nodeadm/internal/kubelet/config.go</c>), so a change to the calculator that moves a figure fails here.
/// </summary>
[NonParallelizable]
public sealed class CapacityReportTests
{
    private static PlanResult? s_prod;
    private static CapacityFit? s_fit;

    private static async Task<PlanResult> ProdAsync() => s_prod ??= await Planner.RunAsync(Harness.ProdConfig());

    private static async Task<CapacityFit> FitAsync() => s_fit ??= CapacityCalculator.Compute((await ProdAsync()).Resources);

    /// <summary>Each namespace's quota requests (cpu in millicores, memory in MiB), read straight from the plan's ResourceQuotas.</summary>
    private static async Task<Dictionary<string, (decimal Cpu, decimal Memory, decimal Gpus)>> QuotasAsync()
        => (await ProdAsync()).Resources.Where(r => r.Type == PolicyTokens.ResourceQuota && r.Input("spec", "hard", "requests.cpu") is not null).ToDictionary(
            r => PolicyValues.AsString(r.Input("metadata", "namespace"))!,
            r => (Quantity.Parse(PolicyValues.AsString(r.Input("spec", "hard", "requests.cpu"))!).Value * 1000,
                Quantity.Parse(PolicyValues.AsString(r.Input("spec", "hard", "requests.memory"))!).Value / (1024 * 1024),
                PolicyValues.AsString(r.Input("spec", "hard", QuotaFields.Gpus)) is { } gpus ? decimal.Parse(gpus, System.Globalization.CultureInfo.InvariantCulture) : 0),
            StringComparer.Ordinal);

    // The zonal groups of one purpose (general-a, -b, -c) are alike per node: the first stands for them.
    private static CapacityGroup Group(CapacityFit fit, string name) => fit.Groups.First(g => g.Name == name);

    private static CapacityPool Pool(CapacityFit fit, string group) => fit.Pools.Single(p => p.Groups.Any(g => g.Name == group));

    // Per node, the AMI keeps: CPU 6% of the first core + 1% of the second + 0.5% of the next two + 0.25% above;
    // memory 11 MiB × maxPods + 255 MiB, maxPods = 4 ENIs × (15 − 1) + 2 = 58 for c6i.2xlarge and g5.2xlarge, 3 ENIs ×
    // (12 − 1) + 2 = 35 for t3.large; 100 MiB for eviction; and 7.5% of EC2's memory for the VM and kernel.
    [TestCase("general", "t3.large", 2000, 8192, 1930, 8192 - 614.4 - 640 - 100)]
    [TestCase("compute", "c6i.2xlarge", 8000, 16384, 7910, 16384 - 1228.8 - 893 - 100)]
    [TestCase("gpu", "g5.2xlarge", 8000, 32768, 7910, 32768 - 2457.6 - 893 - 100)]
    public async Task EachGroupsAllocatableIsItsInstanceLessTheAmisReservationsAndTheVmOverhead(
        string group, string instanceType, int cpu, int memory, int allocatableCpu, double allocatableMemory)
    {
        var g = Group(await FitAsync(), group);
        Assert.Multiple(() =>
        {
            Assert.That(g.InstanceType, Is.EqualTo(instanceType));
            Assert.That(g.Capacity, Is.EqualTo(new Resources(cpu, memory, group == "gpu" ? 1 : 0)));
            Assert.That(g.Allocatable.CpuMillis, Is.EqualTo(allocatableCpu));
            Assert.That(g.Allocatable.MemoryMiB, Is.EqualTo((decimal)allocatableMemory));
        });
    }

    [TestCase(1, 60)]
    [TestCase(2, 70)]
    [TestCase(4, 80)]
    [TestCase(8, 90)]
    [TestCase(48, 190)]
    public void KubeReservedCpuFollowsTheAmisRanges(int cores, int millicores)
        => Assert.That(CapacityCalculator.KubeReservedCpuMillis(cores), Is.EqualTo(millicores));

    [Test]
    public async Task EveryNodeCarriesThePlatformsDaemonSetsItCanBeScheduledOn()
    {
        var fit = await FitAsync();
        // aws-node 25m + aws-eks-nodeagent 25m; kube-proxy 100m; ebs-csi-node 3 × 10m/40Mi; the Secrets Store CSI driver
        // 50m/100Mi + 10m/20Mi + 10m/20Mi and its AWS provider 50m/100Mi; node-exporter 25m/32Mi; fluent-bit 50m/64Mi; GuardDuty's
        // agent 200m/256Mi (the plan turns on runtime monitoring with GuardDuty managing the add-on).
        var everywhere = new Resources(50 + 100 + 30 + 70 + 50 + 25 + 50 + 200, 0 + 0 + 120 + 140 + 100 + 32 + 64 + 256, 0);
        var devicePlugin = new Resources(50, 64, 0);
        Assert.Multiple(() =>
        {
            Assert.That(Group(fit, "general").AgentRequests, Is.EqualTo(everywhere));
            Assert.That(Group(fit, "compute").AgentRequests, Is.EqualTo(everywhere));
            Assert.That(Group(fit, "gpu").AgentRequests, Is.EqualTo(everywhere + devicePlugin), "the device plugin tolerates and selects only the gpu group");
            Assert.That(Group(fit, "general").Agents.Select(a => a.Name), Has.None.Contain("nvidia"));
        });
    }

    /// <summary>
    /// Rule: GuardDuty's agent, which GuardDuty installs on every node once runtime monitoring manages the add-on, is
    /// counted on each node exactly when the plan turns that on (with the account's own detector too); not without GuardDuty.
    /// </summary>
    [TestCase("guardDutyEnabled=true", true)]
    [TestCase("guardDutyDetectorId=12abc34d567e8fa901bc2d34e56789f0", true)]
    [TestCase("guardDutyEnabled=false", false)]
    public async Task GuardDutysAgentTakesItsShareOfEveryNodeOnlyWhenThePlanTurnsItOn(string setting, bool counted)
    {
        var fit = CapacityCalculator.Compute((await Planner.RunAsync(Harness.ProdConfig(setting))).Resources);
        foreach (var group in new[] { "general", "compute", "gpu" })
        {
            Assert.That(Group(fit, group).Agents.Contains(NodeAgents.GuardDutyAgent), Is.EqualTo(counted), group);
        }
    }

    [Test]
    public async Task CiLandsOnComputeAiPlatformOnGpuAndEveryOtherNamespaceOnTheUntaintedGroup()
    {
        var fit = await FitAsync();
        var quotas = await QuotasAsync();
        Assert.Multiple(() =>
        {
            Assert.That(Pool(fit, "compute").Quotas.Select(q => q.Namespace), Is.EqualTo(new[] { "ci" }));
            Assert.That(Pool(fit, "gpu").Quotas.Select(q => q.Namespace), Is.EqualTo(new[] { "ai-platform" }));
            Assert.That(Pool(fit, "general").Quotas.Select(q => q.Namespace),
                Is.EquivalentTo(quotas.Keys.Except(["ci", "ai-platform"])), "tenants, applications and the shared services");
            Assert.That(fit.Pools.Select(p => p.Name), Is.EqualTo(new[] { "general", "compute", "gpu" }), "the untainted pool first");
        });
    }

    [Test]
    public async Task EachPoolAsksTheSumOfItsQuotasLessTheDaemonSetsCountedPerNode()
    {
        var fit = await FitAsync();
        var quotas = await QuotasAsync();
        // The DaemonSets of quota'd namespaces, on every node they run on at the maximum size (20 + 5 + 3 = 28 nodes; the
        // device plugin on the 3 gpu nodes): fluent-bit 50m/64Mi, node-exporter 25m/32Mi, the CSI driver and provider 120m/240Mi.
        var daemonSets = new Dictionary<string, (decimal Cpu, decimal Memory)>
        {
            ["logging"] = (28 * 50, 28 * 64),
            ["monitoring"] = (28 * 25, 28 * 32),
            ["secrets-store-csi"] = (28 * 120, 28 * 240),
            ["nvidia-device-plugin"] = (3 * 50, 3 * 64),
        };
        var untainted = quotas.Where(q => q.Key is not ("ci" or "ai-platform")).ToList();
        var cpu = untainted.Sum(q => Math.Max(0, q.Value.Cpu - daemonSets.GetValueOrDefault(q.Key).Cpu));
        var memory = untainted.Sum(q => Math.Max(0, q.Value.Memory - daemonSets.GetValueOrDefault(q.Key).Memory));
        Assert.Multiple(() =>
        {
            Assert.That(Pool(fit, "general").Asked, Is.EqualTo(new Resources(cpu, memory, 0)));
            Assert.That(Pool(fit, "compute").Asked, Is.EqualTo(new Resources(quotas["ci"].Cpu, quotas["ci"].Memory, 0)));
            Assert.That(Pool(fit, "gpu").Asked, Is.EqualTo(new Resources(quotas["ai-platform"].Cpu, quotas["ai-platform"].Memory, 3)));
        });
    }

    [Test]
    public async Task EachPoolGivesPodsItsNodesTimesAllocatableLessDaemonSetsAtMinimumAndMaximum()
    {
        var fit = await FitAsync();
        // Per node for pods: general 1930m − 575m, compute 7910m − 575m, gpu 7910m − 625m.
        Assert.Multiple(() =>
        {
            Assert.That(Pool(fit, "general").AtMin.CpuMillis, Is.EqualTo(3 * 1355));
            Assert.That(Pool(fit, "general").AtMax.CpuMillis, Is.EqualTo(20 * 1355));
            Assert.That(Pool(fit, "compute").AtMax.CpuMillis, Is.EqualTo(5 * 7335));
            Assert.That(Pool(fit, "gpu").AtMin, Is.EqualTo(Resources.Zero), "the gpu group scales from zero");
            Assert.That(Pool(fit, "gpu").AtMax, Is.EqualTo(new Resources(3 * 7285, 3 * (32768 - 2457.6m - 893 - 100 - 776), 3)));
        });
    }

    [Test]
    public async Task TheProdQuotasAsk133VcpuAgainst104AtTheGroupsMaximum()
    {
        var fit = await FitAsync();
        var quotas = await QuotasAsync();
        Assert.Multiple(() =>
        {
            Assert.That(fit.QuotaTotal.CpuMillis, Is.EqualTo(quotas.Values.Sum(q => q.Cpu)));
            Assert.That(Math.Round(fit.QuotaTotal.CpuMillis / 1000), Is.EqualTo(133), "129 with 18 nodes at most; the DaemonSets' namespaces grow with the nodes; Velero's namespace asks 1 more");
            Assert.That(fit.RawAtMax.CpuMillis, Is.EqualTo((20 * 2000) + (5 * 8000) + (3 * 8000)), "104 vCPU, 40 of them untainted");
            Assert.That(fit.RawAtMax.Gpus, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task TheUntaintedPoolDoesNotFitTheProdQuotasWhileComputeAndGpuDo()
    {
        var fit = await FitAsync();
        Assert.That(fit.Pools.Select(p => (p.Name, p.Fits)), Is.EqualTo(new[] { ("general", false), ("compute", true), ("gpu", true) }));
    }

    [Test]
    public void AnInstanceTypeTheTableDoesNotKnowIsWarnedAboutAndOffersNothing()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.NodeGroup, "nodes-general", new
        {
            instanceTypes = new[] { "m9z.xlarge" },
            scalingConfig = new { minSize = 1, maxSize = 2 },
            labels = new Dictionary<string, string> { [NodeGroupSpec.GroupLabel] = "general" },
        });
        var fit = CapacityCalculator.Compute(plan.Resources);
        Assert.That(fit.Groups.Single().ForPods, Is.EqualTo(Resources.Zero));
        Assert.That(fit.Warnings, Has.Some.Contains("the instance table has no m9z.xlarge"));
    }

    [Test]
    public async Task TheCommandPrintsTheCapacityReportWritesCapacityTxtAndAddsItToTheJson()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"plan-capacity-{Guid.NewGuid():N}");
        var json = folder + ".json";
        try
        {
            var (code, output, error) = await Harness.PlanAsync("--out", folder, "--report", "capacity", "--json", json);
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain("Capacity fit:").And.Contain("Pool general: DOES NOT FIT"));
            var text = await File.ReadAllTextAsync(Path.Combine(folder, "capacity.txt"));
            Assert.That(text, Does.Contain("Pool compute: fits").And.Contain("t3.large"));
            using var plan = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            var capacity = plan.RootElement.GetProperty("capacity");
            Assert.That(capacity.GetProperty("fits").GetBoolean(), Is.False);
            Assert.That(capacity.GetProperty("totals").GetProperty("rawAtMax").GetProperty("cpu").GetDecimal(), Is.EqualTo(104));
            Assert.That(capacity.GetProperty("pools").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "general", "compute", "gpu" }));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            File.Delete(json);
        }
    }

    [Test]
    public async Task CiAndAiPlatformAreAnnotatedWithTheNodeGroupsTheirWorkloadsAreFor()
    {
        var annotations = (await ProdAsync()).Resources.Where(r => r.Type == PolicyTokens.Namespace)
            .Select(r => (Name: PolicyValues.AsString(r.Input("metadata", "name")),
                Groups: PolicyValues.AsString(r.Input("metadata", "annotations", PlatformNamespaces.NodeGroupsAnnotation))))
            .Where(n => n.Groups is not null);
        Assert.That(annotations, Is.EquivalentTo(new[] { ((string?)"ci", (string?)"compute"), ("ai-platform", "gpu") }));
    }
}
#endif
