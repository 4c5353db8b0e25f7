using System.Collections.Immutable;

namespace Numinia.Components.Kubernetes.NetworkPolicies;

/// <summary>Which way an allow lets traffic through, seen from the namespace's pods.</summary>
public enum TrafficDirection
{
    /// <summary>Into the selected pods.</summary>
    Ingress,

    /// <summary>Out of the selected pods.</summary>
    Egress,
}

/// <summary>A TCP or UDP port of an allow.</summary>
/// <param name="Protocol"><c>TCP</c> or <c>UDP</c>.</param>
/// <param name="Number">The port number.</param>
public sealed record NetworkPort(string Protocol, int Number)
{
    /// <summary>A TCP port.</summary>
    public static NetworkPort Tcp(int number) => new("TCP", number);

    /// <summary>A UDP port.</summary>
    public static NetworkPort Udp(int number) => new("UDP", number);
}

/// <summary>The other end of an allowed flow.</summary>
public abstract record NetworkPeer
{
    /// <summary>Pods of one namespace, all of them or those with <see cref="NamespacePeer.PodLabels"/>.</summary>
    public static NetworkPeer Namespace(string name, ImmutableDictionary<string, string>? podLabels = null)
        => new NamespacePeer(name, podLabels ?? ImmutableDictionary<string, string>.Empty);

    /// <summary>Pods of the policy's own namespace.</summary>
    public static NetworkPeer SameNamespace { get; } = new SameNamespacePeer(null, ImmutableArray<string>.Empty);

    /// <summary>
    /// Pods of the policy's own namespace except those whose label <paramref name="key"/> has one of <paramref name="values"/>
    /// (a host-network DaemonSet: the policy controller would resolve its pods to the nodes' own addresses).
    /// </summary>
    public static NetworkPeer SameNamespaceExcept(string key, params string[] values) => new SameNamespacePeer(key, values.ToImmutableArray());

    /// <summary>Pods of every namespace carrying the label <paramref name="label"/> (with any value).</summary>
    public static NetworkPeer NamespacesLabelled(string label) => new LabelledNamespacesPeer(label);

    /// <summary>Pods of every namespace of the cluster.</summary>
    public static NetworkPeer AllNamespaces { get; } = new AllNamespacesPeer();

    /// <summary>An address range, less the <paramref name="except"/> ranges.</summary>
    public static NetworkPeer Cidr(string cidr, params string[] except) => new CidrPeer(cidr, except.ToImmutableArray());
}

/// <summary>Pods of one namespace (by its <c>kubernetes.io/metadata.name</c> label).</summary>
/// <param name="Name">The namespace.</param>
/// <param name="PodLabels">The pods' labels; empty for every pod of the namespace.</param>
public sealed record NamespacePeer(string Name, ImmutableDictionary<string, string> PodLabels) : NetworkPeer;

/// <summary>Pods of the policy's own namespace, less those whose label <paramref name="ExceptKey"/> is one of <paramref name="ExceptValues"/>.</summary>
/// <param name="ExceptKey">The label key of the pods left out; null for every pod.</param>
/// <param name="ExceptValues">Its values.</param>
public sealed record SameNamespacePeer(string? ExceptKey, ImmutableArray<string> ExceptValues) : NetworkPeer;

/// <summary>Pods of the namespaces that carry a label.</summary>
/// <param name="Label">The label key (any value).</param>
public sealed record LabelledNamespacesPeer(string Label) : NetworkPeer;

/// <summary>Pods of every namespace.</summary>
public sealed record AllNamespacesPeer : NetworkPeer;

/// <summary>An IP block.</summary>
/// <param name="Block">The CIDR block.</param>
/// <param name="Except">Ranges of the block left out.</param>
public sealed record CidrPeer(string Block, ImmutableArray<string> Except) : NetworkPeer;

/// <summary>
/// One explicit allow of a namespace that denies by default: it becomes the NetworkPolicy
/// <c>allow-&lt;name&gt;</c>, selecting <see cref="PodLabels"/> (every pod when empty) for one direction,
/// to or from <see cref="Peers"/>, on <see cref="Ports"/> (every port when empty).
/// </summary>
public sealed record NetworkAllow
{
    /// <summary>A DNS-1123 label; the policy is named <c>allow-&lt;name&gt;</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Ingress or egress.</summary>
    public required TrafficDirection Direction { get; init; }

    /// <summary>The peers.</summary>
    public required ImmutableArray<NetworkPeer> Peers { get; init; }

    /// <summary>The ports; empty for every port.</summary>
    public ImmutableArray<NetworkPort> Ports { get; init; } = ImmutableArray<NetworkPort>.Empty;

    /// <summary>The pods of the namespace the allow selects; empty for every pod.</summary>
    public ImmutableDictionary<string, string> PodLabels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Why the allow exists (kept for readers of the catalogue; not applied).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The policy's name.</summary>
    public string PolicyName => $"allow-{Name}";

    /// <summary>An ingress allow.</summary>
    public static NetworkAllow In(string name, NetworkPeer from, params NetworkPort[] ports) => In(name, [from], ports);

    /// <summary>An ingress allow from any of several peers.</summary>
    public static NetworkAllow In(string name, NetworkPeer[] from, params NetworkPort[] ports)
        => new() { Name = name, Direction = TrafficDirection.Ingress, Peers = from.ToImmutableArray(), Ports = ports.ToImmutableArray() };

    /// <summary>An egress allow.</summary>
    public static NetworkAllow Out(string name, NetworkPeer to, params NetworkPort[] ports) => Out(name, [to], ports);

    /// <summary>An egress allow to any of several peers.</summary>
    public static NetworkAllow Out(string name, NetworkPeer[] to, params NetworkPort[] ports)
        => new() { Name = name, Direction = TrafficDirection.Egress, Peers = to.ToImmutableArray(), Ports = ports.ToImmutableArray() };

    /// <summary>This allow, for the pods with <paramref name="podLabels"/> only.</summary>
    public NetworkAllow For(ImmutableDictionary<string, string> podLabels) => this with { PodLabels = podLabels };
}
