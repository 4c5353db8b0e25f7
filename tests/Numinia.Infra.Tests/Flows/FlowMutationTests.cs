#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Flows;
using NUnit.Framework;

namespace Numinia.Infra.Tests.Flows;

/// <summary>
/// The flow tests have teeth: every allow of the prod plan is the reason some flow works, so removing it, moving it to
/// the wrong port or the wrong peer breaks a named flow; and every ipBlock exception is the reason some flow stays closed.
/// Each mutation is applied to the plan's policies in the model, one policy at a time, and only the flows whose ends live
/// in the policy's namespace are evaluated again (a policy applies to its own namespace's pods only).
/// </summary>
[NonParallelizable]
public sealed class FlowMutationTests
{
    private static FlowModel Model => ProdFlowTests.Model;

    private static IEnumerable<PlannedPolicy> Allows => Model.Cluster.Policies.Where(p => p.Name.StartsWith("allow-", StringComparison.Ordinal));

    [Test]
    public void RemovingAnyAllowBreaksAFlow()
        => AssertEachMutationBreaksAFlow(Allows, _ => null, "removed");

    [Test]
    public void AnyAllowOnTheWrongPortBreaksAFlow()
        => AssertEachMutationBreaksAFlow(Allows.Where(p => AllRules(p).Any(r => r.Ports.Any(x => x.Number is not null))),
            p => Rewrite(p, rule => rule with { Ports = rule.Ports.Select(x => x.Number is null ? x : x with { Port = "1", EndPort = null }).ToImmutableArray() }),
            "with its ports moved to 1");

    [Test]
    public void AnyAllowToTheWrongPeerBreaksAFlow()
        => AssertEachMutationBreaksAFlow(Allows.Where(p => AllRules(p).Any(r => r.Peers is not null)),
            p => Rewrite(p, rule => rule with { Peers = rule.Peers?.Select(WrongPeer).ToImmutableArray() }),
            "with its peers moved elsewhere");

    /// <summary>
    /// An ipBlock exception matters where, without it, a namespace's pods would reach something that listens in the excepted
    /// block (a pod or Service port of the model, the metadata service on 80, a kubelet): there, a flow that must stay closed
    /// names it and opens when the exception is dropped. An exception in front of nothing that listens (a 443-only rule's
    /// VPC exception) is defence in depth and needs no flow. The exception is dropped from every policy of the namespace at
    /// once: the agent denies an excepted block for the whole pod while any one rule excepts it (<see cref="PolicyAgent"/>).
    /// </summary>
    [Test]
    public void DroppingAnyIpBlockExceptionThatGuardsAListenerOpensAFlowThatMustStayClosed()
    {
        var excepts = Model.Cluster.Policies
            .SelectMany(p => AllRules(p).SelectMany(r => r.Peers ?? []).SelectMany(x => x.IpBlock?.Except ?? []).Select(e => (p.Namespace, Except: e)))
            .Distinct().ToArray();
        Assert.That(excepts, Is.Not.Empty);
        var unguarded = new List<string>();
        var guarding = 0;
        foreach (var (ns, except) in excepts)
        {
            var policies = Model.Cluster.Policies.Select(p => p.Namespace != ns ? p : Rewrite(p, rule => rule with
            {
                Peers = rule.Peers?.Select(x => x.IpBlock is { } b ? x with { IpBlock = b with { Except = b.Except.Remove(except) } } : x).ToImmutableArray(),
            })).ToImmutableArray();
            var mutated = Model.Cluster.WithPolicies(policies);
            var opened = Probes(ns, Components.Common.Cidr.Parse(except))
                .Where(f => !FlowEvaluator.Evaluate(Model.Cluster, f).Open && FlowEvaluator.Evaluate(mutated, f).Open).ToArray();
            if (opened.Length == 0)
            {
                continue;
            }

            guarding++;
            var caught = Model.Flows.Where(f => f.Expect == FlowExpectation.Closed && Touches(f.From, ns)).Any(f => FlowEvaluator.Evaluate(mutated, f).Open);
            if (!caught)
            {
                unguarded.Add($"{ns} except {except}: opens {string.Join(", ", opened.Take(3).Select(f => f.Name))}");
            }
        }

        Assert.That(guarding, Is.GreaterThan(0), "no exception guards anything: the probes are wrong");
        Assert.That(unguarded, Is.Empty, "exceptions that guard a listener no flow that must stay closed names");
    }

    // Every listener of the model inside `block`, called from each of `ns`'s pods.
    private static IEnumerable<Flow> Probes(string ns, Components.Common.Cidr block)
    {
        var cluster = Model.Cluster;
        var targets = cluster.Pods.Where(p => !p.HostNetwork && p.Ip.IsIn(block))
            .SelectMany(p => p.Ports.Select(c => (End: FlowEnd.Pod(p.Namespace, p.Workload), c.Protocol, Port: c.Number)))
            .Concat(cluster.Services.Where(s => s.ClusterIp is { } ip && ip.IsIn(block))
                .SelectMany(s => s.Ports.Select(x => (End: FlowEnd.Service(s.Namespace, s.Name), x.Protocol, x.Port))))
            .Concat(cluster.Nodes.Where(n => n.IsIn(block)).Take(1).Select(_ => (End: FlowEnd.Node, Protocol: "TCP", Port: 10250)))
            .Concat(PlatformAddresses.InstanceMetadata.IsIn(block) ? [(FlowEnd.Outside("instance metadata", PlatformAddresses.InstanceMetadata), "TCP", 80)] : [])
            .ToArray();
        foreach (var source in cluster.Pods.Where(p => p.Namespace == ns && !p.HostNetwork).DistinctBy(p => p.Workload))
        {
            foreach (var (end, protocol, port) in targets.Where(t => !(t.End is PodEnd p && p.Namespace == ns)))
            {
                yield return new Flow($"probe {source.Id} -> {end} {protocol}/{port}", FlowEnd.Pod(ns, source.Workload), end, protocol, port,
                    FlowExpectation.Closed, "probe");
            }
        }
    }

    private static void AssertEachMutationBreaksAFlow(IEnumerable<PlannedPolicy> policies, Func<PlannedPolicy, PlannedPolicy?> mutate, string how)
    {
        var all = policies.ToArray();
        Assert.That(all, Is.Not.Empty);
        var unnoticed = all.Where(p => !Breaks(p, mutate(p), FlowExpectation.Open)).Select(p => p.Id).ToArray();
        Assert.That(unnoticed, Is.Empty, $"allows that no flow needs once {how} (a dead allow, or a flow missing from the model)");
    }

    // Whether replacing `policy` by `mutated` (null: removing it) makes a flow of `expect` go the other way.
    private static bool Breaks(PlannedPolicy policy, PlannedPolicy? mutated, FlowExpectation expect)
    {
        var policies = Model.Cluster.Policies.Remove(policy);
        var cluster = Model.Cluster.WithPolicies(mutated is null ? policies : policies.Add(mutated));
        return Model.Flows
            .Where(f => f.Expect == expect && (Touches(f.From, policy.Namespace) || Touches(f.To, policy.Namespace)))
            .Any(f => !FlowEvaluator.Evaluate(cluster, f).AsExpected);
    }

    private static bool Touches(FlowEnd end, string ns) => end is PodEnd p && p.Namespace == ns || end is ServiceEnd s && s.Namespace == ns;

    private static IEnumerable<PolicyRule> AllRules(PlannedPolicy policy) => policy.Ingress.Concat(policy.Egress);

    private static PlannedPolicy Rewrite(PlannedPolicy policy, Func<PolicyRule, PolicyRule> rewrite)
        => policy with { Ingress = policy.Ingress.Select(rewrite).ToImmutableArray(), Egress = policy.Egress.Select(rewrite).ToImmutableArray() };

    // Another peer of the same kind: a documentation range for an ipBlock, a namespace that does not exist for pods.
    private static RulePeer WrongPeer(RulePeer peer)
        => peer.IpBlock is not null
            ? peer with { IpBlock = new IpBlock("192.0.2.0/24", ImmutableArray<string>.Empty) }
            : peer with { NamespaceSelector = LabelSelector.Of([KeyValuePair.Create(PlannedPolicies.NamespaceNameLabel, "no-such-namespace")]) };
}
#endif
