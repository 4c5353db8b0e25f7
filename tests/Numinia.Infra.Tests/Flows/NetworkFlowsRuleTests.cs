#if PULUMI_OFFLINE
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using NUnit.Framework;

namespace Numinia.Infra.Tests.Flows;

/// <summary>The flow model in <c>plan --policy</c> (rule network-flows) and in <c>plan --out</c> (flows.txt).</summary>
[NonParallelizable]
public sealed class NetworkFlowsRuleTests
{
    private static PlanResult? s_prod;

    private static async Task<PlanResult> ProdAsync() => s_prod ??= await Planner.RunAsync(Harness.ProdConfig());

    [Test]
    public async Task TheProdPlanPassesTheNetworkFlowsRule()
    {
        var plan = await ProdAsync();
        Assert.That(new NetworkFlows().Check(new PolicyPlan(plan.Resources)), Is.Empty);
    }

    [Test]
    public async Task APlanMissingAnAllowFailsTheNetworkFlowsRuleNamingTheFlow()
    {
        var plan = await ProdAsync();
        var without = plan.Resources.Where(r => !(r.Type == PolicyTokens.NetworkPolicy && KubernetesObjects.NameOf(r) == "allow-api-server-egress"
            && PolicyValues.AsString(KubernetesObjects.NamespaceOf(r)) == "monitoring"));
        var violations = new NetworkFlows().Check(new PolicyPlan(without)).ToArray();
        Assert.That(violations.Select(v => v.Message),
            Has.Some.StartsWith("monitoring/prometheus reaches the API server at kubernetes.default:443: must be open, is closed"));
        Assert.That(violations.Select(v => v.Urn), Has.All.EndsWith("Namespace::monitoring-namespace"), "reported on the namespace whose policy decides");
    }

    [Test]
    public async Task ATenantStackHasNoFlowModelOfItsOwnAndPasses()
    {
        var (code, output, error) = await Harness.PlanAsync("--stack", "prod-numinia", "--platform-config", "tenancy=stacks", "--policy");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("PASS  network-flows"));
    }

    [Test]
    public async Task PlanOutWritesTheFlowMatrix()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"numinia-flows-{Guid.NewGuid():N}");
        try
        {
            var (code, _, error) = await Harness.PlanAsync("--out", directory, "--report", "flows", "--quiet");
            Assert.That(code, Is.EqualTo(0), error);
            var text = await File.ReadAllTextAsync(Path.Combine(directory, "flows.txt"));
            Assert.Multiple(() =>
            {
                Assert.That(text, Does.StartWith("Flow matrix: "));
                Assert.That(text, Does.Contain("; 0 not as they must be."));
                Assert.That(text, Does.Contain("ok    monitoring/prometheus reaches the API server at kubernetes.default:443"));
                Assert.That(text, Does.Contain("by: egress: monitoring/allow-api-server-egress (172.20.0.1/32 TCP/443)"));
            });
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
#endif
