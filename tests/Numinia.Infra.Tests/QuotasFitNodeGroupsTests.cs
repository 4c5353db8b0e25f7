#if PULUMI_OFFLINE
using Numinia.Components.Compute;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The advisory rule <c>quotas-fit-node-groups</c>: on fixtures that fit and that do not, and on the prod plan as it
/// is today and with an untainted group large enough.
/// </summary>
[NonParallelizable]
public sealed class QuotasFitNodeGroupsTests
{
    private static readonly QuotasFitNodeGroups Rule = new();

    /// <summary>A plan with one untainted m6i.xlarge group of 2..<paramref name="maxSize"/> nodes and one namespace with a quota.</summary>
    private static PlanFixture OneGroup(int maxSize, string requestsCpu, string requestsMemory = "8Gi")
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.NodeGroup, "nodes-general", new
        {
            instanceTypes = new[] { "m6i.xlarge" },
            scalingConfig = new { minSize = 2, maxSize },
            labels = new Dictionary<string, string> { [NodeGroupSpec.GroupLabel] = "general" },
            taints = Array.Empty<object>(),
        });
        plan.Add(PolicyTokens.Namespace, "ns-apps", new { metadata = new { name = "apps" } });
        plan.Add(PolicyTokens.ResourceQuota, "apps-quota", new
        {
            metadata = new { name = "quota", @namespace = "apps" },
            spec = new { hard = new Dictionary<string, string> { ["requests.cpu"] = requestsCpu, ["requests.memory"] = requestsMemory } },
        });
        return plan;
    }

    [Test]
    public void QuotasFitNodeGroupsIsAdvisory() => Assert.That(Rule.Severity, Is.EqualTo(PolicySeverity.Advisory));

    [Test]
    public void QuotasFitNodeGroups_PassesQuotasTheGroupsCanScheduleAtTheirMaximum()
        => Assert.That(OneGroup(maxSize: 3, requestsCpu: "10").Check(Rule), Is.Empty, "10 vCPU against 3 × 3920m allocatable");

    [Test]
    public void QuotasFitNodeGroups_WarnsOnQuotasAskingMoreThanTheGroupsAtTheirMaximum()
    {
        var plan = OneGroup(maxSize: 2, requestsCpu: "8");
        var violation = plan.Check(Rule).Single();
        Assert.That(violation.Urn, Is.EqualTo(plan.Resources[0].Urn), "on the node group");
        Assert.That(violation.Message, Does.Contain("the quotas of apps ask for 8 vCPU, but nodes-general (2 × m6i.xlarge at its maximum) can give pods at most 7.84 vCPU"));
    }

    [Test]
    public void QuotasFitNodeGroups_WarnsOnMemoryAsWellAsCpu()
        => Assert.That(OneGroup(maxSize: 2, requestsCpu: "1", requestsMemory: "40Gi").Check(Rule).Single().Message,
            Does.Contain("ask for 40 GiB").And.Not.Contain("vCPU,"));

    [Test]
    public void QuotasFitNodeGroups_PassesAPlanWithoutNodeGroups()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.ResourceQuota, "apps-quota", new
        {
            metadata = new { name = "quota", @namespace = "apps" },
            spec = new { hard = new Dictionary<string, string> { ["requests.cpu"] = "400", ["requests.memory"] = "1Ti" } },
        });
        Assert.That(plan.Check(Rule), Is.Empty, "a tenant stack's quotas run on its platform's groups");
    }

    [Test]
    public async Task QuotasFitNodeGroups_WarnsOnTheProdPlanWhoseQuotasOutgrowTheUntaintedGroup()
    {
        var report = PolicyRunner.Run(await Planner.RunAsync(Harness.ProdConfig()));
        var result = report[Rule.Id];
        Assert.That(result.Outcome, Is.EqualTo(PolicyOutcome.Warn));
        Assert.That(result.Violations.Single().Message, Does.Contain("nodes-general-a (7 × t3.large at its maximum) + nodes-general-b (7 × t3.large at its maximum) + nodes-general-c (6 × t3.large at its maximum)"));
        Assert.That(report.Passed, Is.True, "advisory: the check still passes");
    }

    [Test]
    public async Task QuotasFitNodeGroups_PassesTheProdPlanWithAnUntaintedGroupLargeEnough()
    {
        var report = PolicyRunner.Run(await Planner.RunAsync(Harness.ProdConfig("generalMaxSize=90")));
        Assert.That(report[Rule.Id].Violations, Is.Empty);
    }

    [Test]
    public async Task QuotasFitNodeGroups_WarnsWhenTheAiPlatformQuotaAsksMoreGpusThanTheGpuGroupHas()
    {
        var report = PolicyRunner.Run(await Planner.RunAsync(Harness.ProdConfig("generalMaxSize=90", "namespaceQuotas=[\"ai-platform:requests.nvidia.com/gpu=5\"]")));
        Assert.That(report[Rule.Id].Violations.Single().Message, Does.Contain("ask for 5 GPUs, but nodes-gpu (3 × g5.2xlarge at its maximum) can give pods at most 3 GPUs"));
    }
}
#endif
