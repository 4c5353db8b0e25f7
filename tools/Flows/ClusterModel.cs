#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Addons;
using Numinia.Components.Common;

namespace Numinia.Infra.Flows;

/// <summary>An IPv4 address.</summary>
public readonly record struct Ipv4(uint Value)
{
    /// <summary>Parses <c>a.b.c.d</c> (decimal octets only).</summary>
    public static Ipv4 Parse(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p => byte.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? new Ipv4(parts.Aggregate(0u, (value, part) => (value << 8) | byte.Parse(part, CultureInfo.InvariantCulture)))
            : throw new FormatException($"'{text}' is not an IPv4 address.");
    }

    /// <summary>The <paramref name="index"/>-th address of <paramref name="block"/> (0 is the network address).</summary>
    public static Ipv4 In(Cidr block, uint index)
        => index < block.Size ? new Ipv4(block.Network + index) : throw new ArgumentOutOfRangeException(nameof(index), $"{block} has {block.Size} addresses.");

    /// <summary>Whether the address lies in <paramref name="block"/>.</summary>
    public bool IsIn(Cidr block) => Value >= block.Network && Value - block.Network < block.Size;

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Value >> 24}.{(Value >> 16) & 255}.{(Value >> 8) & 255}.{Value & 255}");
}

/// <summary>
/// A pod of the model: where it runs, its labels (those its chart at the pinned version gives it), its address and
/// its ports. Host-network pods have the node's address and no network policy applies to them (the agent attaches
/// its probes to pod veth interfaces only).
/// </summary>
public sealed record ModelPod(
    string Namespace,
    string Workload,
    ImmutableDictionary<string, string> Labels,
    Ipv4 Ip,
    Ipv4 NodeIp,
    bool HostNetwork,
    ImmutableArray<ContainerPort> Ports)
{
    /// <summary><c>namespace/workload</c>.</summary>
    public string Id => $"{Namespace}/{Workload}";
}

/// <summary>
/// A Service of the model. <see cref="Selector"/> is null for a Service without one (the API server's
/// <c>default/kubernetes</c>); <see cref="ClusterIp"/> is null for a headless Service.
/// </summary>
public sealed record ModelService(string Namespace, string Name, ImmutableDictionary<string, string>? Selector, Ipv4? ClusterIp, ImmutableArray<ServicePort> Ports)
{
    /// <summary><c>namespace/name</c>.</summary>
    public string Id => $"{Namespace}/{Name}";
}

/// <summary>
/// What runs in the cluster, as the network policy controller and agent see it: namespaces with their labels, pods,
/// Services, the NetworkPolicies of the plan, and the nodes' addresses.
/// </summary>
public sealed record ClusterModel(
    ImmutableArray<PlannedNamespace> Namespaces,
    ImmutableArray<ModelPod> Pods,
    ImmutableArray<ModelService> Services,
    ImmutableArray<PlannedPolicy> Policies,
    ImmutableArray<Ipv4> Nodes)
{
    /// <summary>The labels of a namespace (those of a namespace the plan does not create: only its name label).</summary>
    public ImmutableDictionary<string, string> NamespaceLabels(string name)
        => Namespaces.FirstOrDefault(n => n.Name == name)?.Labels
           ?? ImmutableDictionary<string, string>.Empty.Add(PlannedPolicies.NamespaceNameLabel, name);

    /// <summary>Every namespace the model knows: those of the plan, and those its pods and Services live in.</summary>
    public IEnumerable<string> NamespaceNames()
        => Namespaces.Select(n => n.Name).Concat(Pods.Select(p => p.Namespace)).Concat(Services.Select(s => s.Namespace)).Distinct(StringComparer.Ordinal);

    /// <summary>The model with <paramref name="policies"/> in place of the plan's (a mutation of the plan).</summary>
    public ClusterModel WithPolicies(ImmutableArray<PlannedPolicy> policies) => this with { Policies = policies };
}
#endif
