using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Networking.V1;

namespace Numinia.Components.Kubernetes.NetworkPolicies;

/// <summary>
/// Turns a namespace's typed allows into NetworkPolicies beside its default-deny and DNS policies
/// (<see cref="PlatformNamespaces.DefaultDeny"/>, <see cref="PlatformNamespaces.AllowDns"/>): one
/// policy per allow, so that removing or widening one is a change to one object.
/// </summary>
public static class NamespaceNetworkPolicies
{
    /// <summary>The label Kubernetes sets on every namespace with its name.</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>
    /// Creates <c>default-deny</c>, <c>allow-dns</c> and one <c>allow-&lt;name&gt;</c> per allow in
    /// <paramref name="namespaceName"/>; resource names start with <paramref name="prefix"/>, and
    /// <paramref name="options"/> gives each policy its own options (parent, provider, dependencies).
    /// </summary>
    public static ImmutableArray<NetworkPolicy> Create(string prefix, Input<string> namespaceName, IEnumerable<NetworkAllow> allows,
        Func<CustomResourceOptions> options)
    {
        var policies = ImmutableArray.CreateBuilder<NetworkPolicy>();
        policies.Add(PlatformNamespaces.DefaultDeny($"{prefix}-default-deny", namespaceName, options()));
        policies.Add(PlatformNamespaces.AllowDns($"{prefix}-allow-dns", namespaceName, options()));
        foreach (var allow in allows)
        {
            policies.Add(new NetworkPolicy($"{prefix}-{allow.PolicyName}", new NetworkPolicyArgs
            {
                Metadata = new ObjectMetaArgs
                {
                    Name = allow.PolicyName,
                    Namespace = namespaceName,
                    Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
                },
                Spec = Spec(allow),
            }, options()));
        }

        return policies.ToImmutable();
    }

    /// <summary>The policy spec of one allow.</summary>
    public static NetworkPolicySpecArgs Spec(NetworkAllow allow)
    {
        ArgumentNullException.ThrowIfNull(allow);
        var spec = new NetworkPolicySpecArgs { PodSelector = Labels(allow.PodLabels), PolicyTypes = { allow.Direction.ToString() } };
        var peers = new InputList<NetworkPolicyPeerArgs>();
        foreach (var peer in allow.Peers)
        {
            peers.Add(Peer(peer));
        }

        var ports = new InputList<NetworkPolicyPortArgs>();
        foreach (var port in allow.Ports)
        {
            ports.Add(new NetworkPolicyPortArgs { Protocol = port.Protocol, Port = port.Number });
        }

        if (allow.Direction == TrafficDirection.Ingress)
        {
            spec.Ingress.Add(new NetworkPolicyIngressRuleArgs { From = peers, Ports = ports });
        }
        else
        {
            spec.Egress.Add(new NetworkPolicyEgressRuleArgs { To = peers, Ports = ports });
        }

        return spec;
    }

    private static NetworkPolicyPeerArgs Peer(NetworkPeer peer) => peer switch
    {
        NamespacePeer { PodLabels.IsEmpty: true } p => new NetworkPolicyPeerArgs
        {
            NamespaceSelector = new LabelSelectorArgs { MatchLabels = { { NamespaceNameLabel, p.Name } } },
        },
        NamespacePeer p => new NetworkPolicyPeerArgs
        {
            NamespaceSelector = new LabelSelectorArgs { MatchLabels = { { NamespaceNameLabel, p.Name } } },
            PodSelector = Labels(p.PodLabels),
        },
        SameNamespacePeer { ExceptKey: null } => new NetworkPolicyPeerArgs { PodSelector = new LabelSelectorArgs() },
        SameNamespacePeer p => new NetworkPolicyPeerArgs
        {
            PodSelector = new LabelSelectorArgs
            {
                MatchExpressions = { new LabelSelectorRequirementArgs { Key = p.ExceptKey, Operator = "NotIn", Values = p.ExceptValues.ToArray() } },
            },
        },
        LabelledNamespacesPeer p => new NetworkPolicyPeerArgs
        {
            NamespaceSelector = new LabelSelectorArgs
            {
                MatchExpressions = { new LabelSelectorRequirementArgs { Key = p.Label, Operator = "Exists" } },
            },
        },
        AllNamespacesPeer => new NetworkPolicyPeerArgs { NamespaceSelector = new LabelSelectorArgs() },
        CidrPeer p => new NetworkPolicyPeerArgs { IpBlock = new IPBlockArgs { Cidr = p.Block, Except = p.Except.ToArray() } },
        _ => throw new ArgumentOutOfRangeException(nameof(peer), peer, "unknown network peer"),
    };

    private static LabelSelectorArgs Labels(ImmutableDictionary<string, string> labels)
    {
        var selector = new LabelSelectorArgs();
        foreach (var (key, value) in labels)
        {
            selector.MatchLabels.Add(key, value);
        }

        return selector;
    }
}
