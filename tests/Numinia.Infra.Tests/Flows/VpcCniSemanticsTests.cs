#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Infra.Flows;
using NUnit.Framework;

namespace Numinia.Infra.Tests.Flows;

/// <summary>
/// The enforcement semantics the flow model relies on, each on a small cluster, each as the VPC CNI's network policy
/// controller (aws/amazon-network-policy-controller-k8s v1.1.7, pkg/resolvers/endpoints.go) and agent
/// (aws/aws-network-policy-agent v1.2.7, pkg/fwruleprocessor/fw_rule_processor.go, pkg/ebpf/c/tc.v4egress.bpf.c,
/// controllers/policyendpoints_controller.go) implement them. Where the agent departs from the Kubernetes
/// NetworkPolicy specification the test says so.
/// </summary>
public sealed class VpcCniSemanticsTests
{
    private static readonly Ipv4 NodeA = Ipv4.Parse("10.0.32.10");
    private static readonly Ipv4 NodeB = Ipv4.Parse("10.0.64.10");

    private static ModelPod Pod(string ns, string name, string ip, Ipv4 node, params (string Key, string Value)[] labels)
        => new(ns, name, labels.ToImmutableDictionary(l => l.Key, l => l.Value), Ipv4.Parse(ip), node, false, [new ContainerPort("http", 8080)]);

    private static readonly ModelPod Client = Pod("client", "app", "10.0.32.100", NodeA, ("app", "client"));
    private static readonly ModelPod Server = Pod("server", "api", "10.0.64.100", NodeB, ("app", "api"));
    private static readonly ModelService ServerService = new("server", "api", ImmutableDictionary<string, string>.Empty.Add("app", "api"), Ipv4.Parse("172.20.0.50"),
        [new ServicePort("http", 80, "8080")]);
    private static readonly ModelService ApiServer = new("default", "kubernetes", null, Ipv4.Parse("172.20.0.1"), [new ServicePort("https", 443, "443")]);

    private static PlannedPolicy DenyAll(string ns) => new(ns, "default-deny", LabelSelector.Everything, true, true, [], []);

    private static PlannedPolicy Egress(string ns, string name, RulePeer peer, params RulePort[] ports)
        => new(ns, name, LabelSelector.Everything, false, true, [], [new PolicyRule([peer], [.. ports])]);

    private static RulePeer Block(string cidr, params string[] except) => new(null, null, new IpBlock(cidr, [.. except]));

    private static RulePeer PodsOf(string ns, LabelSelector? pods = null)
        => new(LabelSelector.Of([KeyValuePair.Create(PlannedPolicies.NamespaceNameLabel, ns)]), pods, null);

    private static ClusterModel Cluster(params PlannedPolicy[] policies)
        => new([], [Client, Server], [ServerService, ApiServer], [.. policies], [NodeA, NodeB]);

    private static bool Open(ClusterModel cluster, FlowEnd to, int port, string protocol = "TCP")
        => FlowEvaluator.Evaluate(cluster, new Flow("probe", FlowEnd.Pod("client", "app"), to, protocol, port, FlowExpectation.Open, "test")).Open;

    [Test]
    public void APodNoPolicySelectsIsOpenBothWays()
        => Assert.That(Open(Cluster(), FlowEnd.Service("server", "api"), 80), Is.True);

    [Test]
    public void EgressToAServiceIsMatchedOnItsClusterIpBeforeDnat()
    {
        // The pods' own block lets the client reach the pod, not the Service: the probe sees 172.20.0.50:80, not 10.0.64.100:8080.
        var toPods = Cluster(DenyAll("client"), Egress("client", "allow-pods", Block("10.0.64.0/19"), new RulePort("TCP", "8080", null)));
        Assert.Multiple(() =>
        {
            Assert.That(Open(toPods, FlowEnd.Pod("server", "api"), 8080), Is.True, "the pod directly");
            Assert.That(Open(toPods, FlowEnd.Service("server", "api"), 80), Is.False, "its Service");
        });
    }

    [Test]
    public void APodSelectorPeerAlsoAllowsTheClusterIpOfServicesItsSelectorMatches()
    {
        // getMatchingServiceClusterIPs: the rule port 8080 (the target port) becomes the Service port 80 on its ClusterIP.
        var toApi = Cluster(DenyAll("client"), Egress("client", "allow-api", PodsOf("server", LabelSelector.Of([KeyValuePair.Create("app", "api")])),
            new RulePort("TCP", "8080", null)));
        Assert.That(Open(toApi, FlowEnd.Service("server", "api"), 80), Is.True);
    }

    [Test]
    public void AServiceWithoutASelectorIsReachedOnlyByAnIpBlockOfItsClusterIp()
    {
        // default/kubernetes has no selector: a pod-selector peer naming its endpoints' pods could never add it, and an
        // ipBlock of the endpoints (the control plane's ENIs in the VPC) is not what the probe sees.
        var toVpc = Cluster(DenyAll("client"), Egress("client", "allow-vpc", Block("10.0.0.0/16"), new RulePort("TCP", "443", null)));
        var toClusterIp = Cluster(DenyAll("client"), Egress("client", "allow-api", Block("172.20.0.1/32"), new RulePort("TCP", "443", null)));
        Assert.Multiple(() =>
        {
            Assert.That(Open(toVpc, FlowEnd.Service("default", "kubernetes"), 443), Is.False, "the VPC block");
            Assert.That(Open(toClusterIp, FlowEnd.Service("default", "kubernetes"), 443), Is.True, "the ClusterIP");
        });
    }

    [Test]
    public void PoliciesAreAdditiveAndIsolationIsPerDirection()
    {
        var ingressOnly = new PlannedPolicy("client", "deny-in", LabelSelector.Everything, true, false, [], []);
        var cluster = Cluster(ingressOnly, Egress("client", "allow-a", Block("10.0.64.0/24"), new RulePort("TCP", "8080", null)) with { IsolatesEgress = false });
        Assert.That(Open(cluster, FlowEnd.Pod("server", "api"), 8080), Is.True, "no policy isolates the client's egress");
        var twoAllows = Cluster(DenyAll("client"), Egress("client", "allow-a", Block("10.0.64.0/24"), new RulePort("TCP", "9090", null)),
            Egress("client", "allow-b", Block("10.0.64.100/32"), new RulePort("TCP", "8080", null)));
        Assert.Multiple(() =>
        {
            Assert.That(Open(twoAllows, FlowEnd.Pod("server", "api"), 8080), Is.True, "the second policy");
            Assert.That(Open(twoAllows, FlowEnd.Pod("server", "api"), 9090), Is.True, "the /32 inherits the /24's ports (checkAndDeriveL4InfoFromAnyMatchingCIDRs)");
            Assert.That(Open(twoAllows, FlowEnd.Pod("server", "api"), 7070), Is.False, "no policy allows 7070");
        });
    }

    [Test]
    public void AnExceptionDeniesItsBlockForThePodEvenWhereAnotherPolicyAllowsIt()
    {
        // The Kubernetes specification makes policies additive; the agent writes an exception that is not itself an entry as a
        // deny-all entry of the pod's one trie, which wins over the broader allow of another policy (fw_rule_processor.go).
        var cluster = Cluster(DenyAll("client"),
            Egress("client", "allow-internet", Block("0.0.0.0/0", "10.0.64.0/19")),
            Egress("client", "allow-everything", Block("0.0.0.0/0")));
        Assert.That(Open(cluster, FlowEnd.Pod("server", "api"), 8080), Is.False);
    }

    [Test]
    public void TheNodesOwnAddressIsAlwaysAllowed()
    {
        // ComputeMapEntriesFromEndpointRules adds the node's IP first, allowing every port (kubelet probes).
        var hostPod = new ModelPod("server", "host", ImmutableDictionary<string, string>.Empty, NodeA, NodeA, true, [new ContainerPort("m", 9100)]);
        var cluster = Cluster(DenyAll("client")) with { Pods = [Client, Server, hostPod] };
        var verdict = PolicyAgent.Decide(cluster, Client, FlowDirection.Egress, NodeA, "TCP", 9100);
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Allowed, Is.True, "the client's own node");
            Assert.That(PolicyAgent.Decide(cluster, Client, FlowDirection.Egress, NodeB, "TCP", 9100).Allowed, Is.False, "another node");
        });
    }

    [Test]
    public void HostNetworkPodsAreNeverPoliced()
    {
        var hostPod = new ModelPod("server", "host", ImmutableDictionary<string, string>.Empty, NodeB, NodeB, true, [new ContainerPort("m", 9100)]);
        var cluster = Cluster(DenyAll("server")) with { Pods = [Client, Server, hostPod] };
        Assert.That(PolicyAgent.Decide(cluster, hostPod, FlowDirection.Ingress, Client.Ip, "TCP", 9100).Allowed, Is.True);
    }

    [Test]
    public void AHostNetworkPodAsAPeerOpensItsNodesAddressOnEveryPort()
    {
        // GetPodIP is the node's address for a host-network pod: a same-namespace peer that selects one allows the node.
        var hostPod = new ModelPod("client", "exporter", ImmutableDictionary<string, string>.Empty.Add("app", "exporter"), NodeB, NodeB, true, []);
        var cluster = Cluster(DenyAll("client"), new PlannedPolicy("client", "allow-same", LabelSelector.Everything, false, true, [],
            [new PolicyRule([new RulePeer(null, LabelSelector.Everything, null)], [])])) with
        { Pods = [Client, Server, hostPod] };
        Assert.That(PolicyAgent.Decide(cluster, Client, FlowDirection.Egress, NodeB, "TCP", 22).Allowed, Is.True);
    }

    [Test]
    public void MoreThanTwentyFourPortEntriesForOneBlockAreRefused()
    {
        // ComputeTrieValue keeps 24 entries and drops the rest in a Go map's random order.
        var ports = Enumerable.Range(1000, 25).Select(p => new RulePort("TCP", p.ToString(System.Globalization.CultureInfo.InvariantCulture), null)).ToArray();
        var cluster = Cluster(DenyAll("client"), Egress("client", "allow-many", Block("10.0.64.0/24"), ports));
        Assert.That(() => PolicyAgent.Decide(cluster, Client, FlowDirection.Egress, Server.Ip, "TCP", 1000),
            Throws.InvalidOperationException.With.Message.Contains("over the agent's 24"));
    }

    [Test]
    public void IngressNamedPortsResolveOnTheSelectedPods()
    {
        var ingress = new PlannedPolicy("server", "allow-http", LabelSelector.Everything, true, false,
            [new PolicyRule([PodsOf("client")], [new RulePort("TCP", "http", null)])], []);
        var cluster = Cluster(ingress);
        Assert.Multiple(() =>
        {
            Assert.That(PolicyAgent.Decide(cluster, Server, FlowDirection.Ingress, Client.Ip, "TCP", 8080).Allowed, Is.True, "http is 8080 on the server");
            Assert.That(PolicyAgent.Decide(cluster, Server, FlowDirection.Ingress, Client.Ip, "TCP", 8081).Allowed, Is.False);
        });
    }
}
#endif
