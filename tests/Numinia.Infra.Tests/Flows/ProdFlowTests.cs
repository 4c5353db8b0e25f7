#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Flows;
using Numinia.Infra.Plan;
using NUnit.Framework;

namespace Numinia.Infra.Tests.Flows;

/// <summary>
/// Every flow of the prod plan, one named test each: the flow is evaluated against the plan's NetworkPolicies as the VPC
/// CNI enforces them (<see cref="PolicyAgent"/>, <see cref="PolicyController"/>), and fails when its allow is missing,
/// narrowed, or on the wrong peer, and when a flow that must stay closed gets through.
/// </summary>
[NonParallelizable]
public sealed class ProdFlowTests
{
    private static FlowModel? s_model;

    /// <summary>The prod plan's flow model (planned once for the fixture).</summary>
    internal static FlowModel Model => s_model ??= FlowModel.Of(Planner.RunAsync(Harness.ProdConfig()).GetAwaiter().GetResult());

    private static IEnumerable<TestCaseData> Flows()
        => Model.Flows.Select(f => new TestCaseData(f.Name).SetName($"Flow: {f.Name}"));

    [TestCaseSource(nameof(Flows))]
    public void FlowIsAsThePlatformNeedsIt(string name)
    {
        var flow = Model.Flows.Single(f => f.Name == name);
        var verdict = FlowEvaluator.Evaluate(Model.Cluster, flow);
        Assert.That(verdict.Open, Is.EqualTo(flow.Expect == FlowExpectation.Open),
            $"{flow.Name} must be {flow.Expect.ToString().ToLowerInvariant()} ({flow.Why}); path {verdict.Path}; {verdict.Explanation}");
    }

    [Test]
    public void TheModelCoversEveryNamespaceThePlanPolicesWithAFlowOfItsOwn()
    {
        // A namespace with NetworkPolicies but no flow from or to its pods is a namespace the model does not check.
        var policed = Model.Cluster.Policies.Select(p => p.Namespace).ToImmutableHashSet(StringComparer.Ordinal);
        var covered = Model.Flows.SelectMany(f => new[] { f.From, f.To }).OfType<PodEnd>().Select(p => p.Namespace).ToImmutableHashSet(StringComparer.Ordinal);
        Assert.That(policed.Except(covered), Is.Empty, "namespaces with NetworkPolicies and no flow");
    }

    [Test]
    public void TheApiServerIsTheFirstAddressOfThePinnedServiceRange()
    {
        Assert.That(Model.Addresses.ServiceRange.ToString(), Is.EqualTo("172.20.0.0/16"));
        Assert.That(Model.Addresses.ApiServer.ToString(), Is.EqualTo("172.20.0.1"));
        var api = Model.Cluster.Services.Single(s => s.Namespace == "default" && s.Name == "kubernetes");
        Assert.That(api.ClusterIp?.ToString(), Is.EqualTo("172.20.0.1"));
    }
}
#endif
