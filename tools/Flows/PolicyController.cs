#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Common;

namespace Numinia.Infra.Flows;

/// <summary>An L4 match of a policy endpoint: a protocol (null: any), a first port (null: every port) and a last one.</summary>
public sealed record EndpointPort(string? Protocol, int? Port, int? EndPort)
{
    /// <inheritdoc />
    public override string ToString() => $"{Protocol ?? "any"}/{(Port is null ? "*" : EndPort is { } end ? $"{Port}-{end}" : Port)}";
}

/// <summary>
/// One address entry of a PolicyEndpoint as the controller writes it: a block (a pod or Service address is a /32),
/// its exceptions, its ports (empty: every port), and the policy it came from.
/// </summary>
public sealed record EndpointEntry(Cidr Block, ImmutableArray<Cidr> Except, ImmutableArray<EndpointPort> Ports, string PolicyId);

/// <summary>
/// Resolves NetworkPolicies into address entries as the network policy controller of the VPC CNI does
/// (aws/amazon-network-policy-controller-k8s v1.1.7, <c>pkg/resolvers/endpoints.go</c>, which EKS runs on the control
/// plane):
/// <list type="bullet">
/// <item>an ipBlock becomes its block and exceptions with the rule's numeric ports (a rule whose ports are all named
/// skips its ipBlocks: there is no pod to resolve a name against);</item>
/// <item>a pod peer becomes the address of each matching pod (the policy's namespace when the peer has no namespace
/// selector), with named ports resolved on that pod (<c>k8s.LookupContainerPortAndName</c>: a number is kept as is);</item>
/// <item>for egress only, a pod peer also adds the ClusterIP of every non-headless Service of those namespaces whose
/// <c>spec.selector</c>, read as a label set, the peer's pod selector matches, with each rule port mapped to the
/// Service port that targets it (<c>getMatchingServiceClusterIPs</c>, <c>k8s.LookupServiceListenPort</c>): the agent's
/// probe sees the ClusterIP before kube-proxy's DNAT, so this is the only way a pod-selector allow reaches a Service;</item>
/// <item>a rule with no peers allows every address (0.0.0.0/0) on its ports.</item>
/// </list>
/// Host-network pods are never selected by a policy (<c>computePodSelectorEndpoints</c> skips them).
/// </summary>
public static class PolicyController
{
    private static readonly Cidr s_everywhere = Cidr.Parse("0.0.0.0/0");

    /// <summary>The policies of <paramref name="pod"/>'s namespace whose pod selector matches it.</summary>
    public static IEnumerable<PlannedPolicy> Selecting(ClusterModel model, ModelPod pod)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pod);
        return pod.HostNetwork
            ? Enumerable.Empty<PlannedPolicy>()
            : model.Policies.Where(p => p.Namespace == pod.Namespace && p.PodSelector.Matches(pod.Labels));
    }

    /// <summary>The ingress entries of <paramref name="policy"/>: the sources it admits.</summary>
    public static ImmutableArray<EndpointEntry> Ingress(ClusterModel model, PlannedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(policy);
        var entries = ImmutableArray.CreateBuilder<EndpointEntry>();
        foreach (var rule in policy.Ingress)
        {
            var ports = IngressPorts(model, policy, rule.Ports);
            if (!rule.Ports.IsEmpty && ports.IsEmpty)
            {
                continue;
            }

            if (rule.Peers is not { } peers)
            {
                entries.Add(new EndpointEntry(s_everywhere, ImmutableArray<Cidr>.Empty, ports, policy.Id));
                continue;
            }

            foreach (var peer in peers)
            {
                if (peer.IpBlock is { } block)
                {
                    entries.Add(Block(block, ports, policy.Id));
                    continue;
                }

                foreach (var pod in PeerPods(model, policy, peer))
                {
                    entries.Add(new EndpointEntry(Host(pod.Ip), ImmutableArray<Cidr>.Empty, ports, policy.Id));
                }
            }
        }

        return entries.ToImmutable();
    }

    /// <summary>The egress entries of <paramref name="policy"/>: the destinations it allows, Service ClusterIPs included.</summary>
    public static ImmutableArray<EndpointEntry> Egress(ClusterModel model, PlannedPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(policy);
        var entries = ImmutableArray.CreateBuilder<EndpointEntry>();
        foreach (var rule in policy.Egress)
        {
            var cidrPorts = rule.Ports.Select(CidrPort).OfType<EndpointPort>().ToImmutableArray();
            if (rule.Peers is not { } peers)
            {
                if (rule.Ports.IsEmpty || !cidrPorts.IsEmpty)
                {
                    entries.Add(new EndpointEntry(s_everywhere, ImmutableArray<Cidr>.Empty, cidrPorts, policy.Id));
                }

                continue;
            }

            foreach (var peer in peers)
            {
                if (peer.IpBlock is { } block)
                {
                    if (rule.Ports.IsEmpty || !cidrPorts.IsEmpty)
                    {
                        entries.Add(Block(block, cidrPorts, policy.Id));
                    }

                    continue;
                }

                foreach (var ns in PeerNamespaces(model, policy, peer))
                {
                    foreach (var pod in model.Pods.Where(p => p.Namespace == ns && (peer.PodSelector ?? LabelSelector.Everything).Matches(p.Labels)))
                    {
                        var ports = PodPorts(pod, rule.Ports);
                        if (rule.Ports.Length != ports.Length && ports.IsEmpty)
                        {
                            continue;
                        }

                        entries.Add(new EndpointEntry(Host(pod.Ip), ImmutableArray<Cidr>.Empty, ports, policy.Id));
                    }

                    entries.AddRange(ServiceClusterIps(model, ns, peer.PodSelector ?? LabelSelector.Everything, rule.Ports, policy.Id));
                }
            }
        }

        return entries.ToImmutable();
    }

    private static IEnumerable<EndpointEntry> ServiceClusterIps(ClusterModel model, string ns, LabelSelector peerPods,
        ImmutableArray<RulePort> rulePorts, string policyId)
    {
        foreach (var service in model.Services.Where(s => s.Namespace == ns && s.ClusterIp is not null))
        {
            if (!peerPods.Matches(service.Selector ?? ImmutableDictionary<string, string>.Empty))
            {
                continue;
            }

            var backing = model.Pods.Where(p => p.Namespace == ns && LabelSelector.Of(service.Selector ?? ImmutableDictionary<string, string>.Empty).Matches(p.Labels)).ToArray();
            var ports = ImmutableArray.CreateBuilder<EndpointPort>();
            foreach (var rulePort in rulePorts)
            {
                if (rulePort.Port is null)
                {
                    ports.Add(new EndpointPort(rulePort.Protocol, null, rulePort.EndPort));
                    continue;
                }

                if (ServiceListenPort(service, backing, rulePort) is not { } listen)
                {
                    continue;
                }

                if (rulePort.Number is not null && TargetPortBypass(service, backing, listen, rulePort.Protocol, rulePorts))
                {
                    continue;
                }

                ports.Add(new EndpointPort(rulePort.Protocol, listen, rulePort.EndPort));
            }

            if (rulePorts.Length != ports.Count && ports.Count == 0)
            {
                continue;
            }

            yield return new EndpointEntry(Host(service.ClusterIp!.Value), ImmutableArray<Cidr>.Empty, ports.ToImmutable(), policyId);
        }
    }

    // k8s.LookupServiceListenPort (the target port as written, same kind and protocol), then LookupListenPortFromPodSpec.
    private static int? ServiceListenPort(ModelService service, IEnumerable<ModelPod> backing, RulePort rulePort)
    {
        foreach (var port in service.Ports.Where(p => p.Protocol == rulePort.Protocol))
        {
            var sameKind = int.TryParse(port.TargetPort, out _) == (rulePort.Number is not null);
            if (sameKind && port.TargetPort == rulePort.Port)
            {
                return port.Port;
            }
        }

        foreach (var pod in backing)
        {
            if (ContainerPort(pod, rulePort) is not { } container)
            {
                continue;
            }

            foreach (var port in service.Ports.Where(p => p.Protocol == rulePort.Protocol))
            {
                if (port.TargetPort == container.Name || port.TargetPort == container.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    return port.Port;
                }
            }
        }

        return null;
    }

    // A numeric rule port on a Service port with a named target that resolves, on some backing pod, to a container port
    // the rule does not allow (hasTargetPortBypass).
    private static bool TargetPortBypass(ModelService service, IEnumerable<ModelPod> backing, int listen, string protocol, ImmutableArray<RulePort> rulePorts)
    {
        var named = service.Ports.FirstOrDefault(p => p.Port == listen && p.Protocol == protocol && !int.TryParse(p.TargetPort, out _));
        if (named is null)
        {
            return false;
        }

        foreach (var pod in backing)
        {
            var container = pod.Ports.FirstOrDefault(c => c.Name == named.TargetPort && c.Protocol == protocol);
            if (container is not null && !rulePorts.Any(r => r.Protocol == protocol && (r.Port is null
                    || (r.Number is { } start && container.Number >= start && container.Number <= (r.EndPort ?? start)))))
            {
                return true;
            }
        }

        return false;
    }

    // k8s.LookupContainerPortAndName: a declared port of that number or name; a number not declared is kept as is.
    private static ContainerPort? ContainerPort(ModelPod pod, RulePort rulePort)
    {
        var declared = pod.Ports.FirstOrDefault(c => c.Protocol == rulePort.Protocol
            && (rulePort.Number is { } n ? c.Number == n : c.Name == rulePort.Port));
        return declared ?? (rulePort.Number is { } number ? new ContainerPort(null, number, rulePort.Protocol) : null);
    }

    private static ImmutableArray<EndpointPort> PodPorts(ModelPod pod, ImmutableArray<RulePort> rulePorts)
        => rulePorts.Select(r => r.Port is null
                ? new EndpointPort(r.Protocol, null, r.EndPort)
                : ContainerPort(pod, r) is { } c ? new EndpointPort(r.Protocol, c.Number, r.EndPort) : null)
            .OfType<EndpointPort>().ToImmutableArray();

    // Ingress: numeric and protocol-only ports as written; named ports resolved on the policy's own pods.
    private static ImmutableArray<EndpointPort> IngressPorts(ClusterModel model, PlannedPolicy policy, ImmutableArray<RulePort> rulePorts)
    {
        if (rulePorts.All(p => p.Port is null || p.Number is not null))
        {
            return rulePorts.Select(CidrPort).OfType<EndpointPort>().ToImmutableArray();
        }

        return model.Pods.Where(p => !p.HostNetwork && p.Namespace == policy.Namespace && policy.PodSelector.Matches(p.Labels))
            .SelectMany(p => PodPorts(p, rulePorts)).Distinct().ToImmutableArray();
    }

    private static EndpointPort? CidrPort(RulePort port)
        => port.Port is null ? new EndpointPort(port.Protocol, null, null)
            : port.Number is { } n ? new EndpointPort(port.Protocol, n, port.EndPort) : null;

    private static IEnumerable<ModelPod> PeerPods(ClusterModel model, PlannedPolicy policy, RulePeer peer)
        => PeerNamespaces(model, policy, peer).SelectMany(ns =>
            model.Pods.Where(p => p.Namespace == ns && (peer.PodSelector ?? LabelSelector.Everything).Matches(p.Labels)));

    private static IEnumerable<string> PeerNamespaces(ClusterModel model, PlannedPolicy policy, RulePeer peer)
        => peer.NamespaceSelector is { } selector
            ? model.NamespaceNames().Where(ns => selector.Matches(model.NamespaceLabels(ns)))
            : [policy.Namespace];

    private static EndpointEntry Block(IpBlock block, ImmutableArray<EndpointPort> ports, string policyId)
        => new(Cidr.Parse(block.Cidr), block.Except.Select(Cidr.Parse).ToImmutableArray(), ports, policyId);

    private static Cidr Host(Ipv4 address) => Cidr.Parse($"{address}/32");
}
#endif
