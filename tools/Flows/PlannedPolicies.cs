#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using Numinia.Infra.Policy;
using Pulumi.Offline;

namespace Numinia.Infra.Flows;

/// <summary>A port of a NetworkPolicy rule: a number, a name (resolved against pods), or none (every port).</summary>
/// <param name="Protocol">TCP, UDP or SCTP (the API server defaults it to TCP).</param>
/// <param name="Port">The number or name; null for every port of the protocol.</param>
/// <param name="EndPort">The last port of a range, if any.</param>
public sealed record RulePort(string Protocol, string? Port, int? EndPort)
{
    /// <summary>The number, when the port is given as one.</summary>
    public int? Number => int.TryParse(Port, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <inheritdoc />
    public override string ToString() => Port is null ? $"{Protocol}/*" : EndPort is { } end ? $"{Protocol}/{Port}-{end}" : $"{Protocol}/{Port}";
}

/// <summary>An ipBlock peer.</summary>
/// <param name="Cidr">The block.</param>
/// <param name="Except">Ranges of the block left out.</param>
public sealed record IpBlock(string Cidr, ImmutableArray<string> Except);

/// <summary>A NetworkPolicy peer: an ipBlock, or pods chosen by namespace and pod selectors (either may be absent).</summary>
public sealed record RulePeer(LabelSelector? NamespaceSelector, LabelSelector? PodSelector, IpBlock? IpBlock);

/// <summary>One ingress or egress rule: its peers (null when the rule names none: every peer) and ports (empty: every port).</summary>
public sealed record PolicyRule(ImmutableArray<RulePeer>? Peers, ImmutableArray<RulePort> Ports);

/// <summary>A NetworkPolicy of the plan as the policy controller reads it.</summary>
public sealed record PlannedPolicy(
    string Namespace,
    string Name,
    LabelSelector PodSelector,
    bool IsolatesIngress,
    bool IsolatesEgress,
    ImmutableArray<PolicyRule> Ingress,
    ImmutableArray<PolicyRule> Egress)
{
    /// <summary><c>namespace/name</c>.</summary>
    public string Id => $"{Namespace}/{Name}";
}

/// <summary>A namespace of the plan with its labels (Kubernetes adds <c>kubernetes.io/metadata.name</c> to every namespace).</summary>
public sealed record PlannedNamespace(string Name, ImmutableDictionary<string, string> Labels);

/// <summary>Reads a plan's NetworkPolicies and Namespaces.</summary>
public static class PlannedPolicies
{
    /// <summary>The NetworkPolicy type token.</summary>
    public const string NetworkPolicyType = "kubernetes:networking.k8s.io/v1:NetworkPolicy";

    /// <summary>The Namespace type token.</summary>
    public const string NamespaceType = "kubernetes:core/v1:Namespace";

    /// <summary>The label the API server sets on every namespace (NamespaceDefaultLabelName, Kubernetes 1.21+).</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>Every NetworkPolicy of <paramref name="resources"/>.</summary>
    public static ImmutableArray<PlannedPolicy> Policies(IEnumerable<ResourceRegistration> resources)
        => resources.Where(r => r.Type == NetworkPolicyType).Select(Read).ToImmutableArray();

    /// <summary>Every namespace of <paramref name="resources"/>, with the name label the API server adds.</summary>
    public static ImmutableArray<PlannedNamespace> Namespaces(IEnumerable<ResourceRegistration> resources)
        => resources.Where(r => r.Type == NamespaceType).Select(r =>
        {
            var name = KubernetesObjects.NameOf(r) ?? throw new InvalidDataException($"{r.Urn} has no metadata.name.");
            var labels = KubernetesObjects.LabelsOf(r)
                .ToImmutableDictionary(p => p.Key, p => PolicyValues.AsString(p.Value) ?? string.Empty, StringComparer.Ordinal)
                .SetItem(NamespaceNameLabel, name);
            return new PlannedNamespace(name, labels);
        }).ToImmutableArray();

    /// <summary>
    /// One policy. <c>policyTypes</c> absent means Ingress, plus Egress when the policy has egress rules (the API
    /// server's defaulting, k8s.io/kubernetes pkg/apis/networking/v1 defaults.go). An empty <c>from</c>/<c>to</c>
    /// reads as absent: the API server stores both as nil, and the controller treats nil as every peer.
    /// </summary>
    public static PlannedPolicy Read(ResourceRegistration resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var name = KubernetesObjects.NameOf(resource) ?? throw new InvalidDataException($"{resource.Urn} has no metadata.name.");
        var ns = PolicyValues.AsString(KubernetesObjects.NamespaceOf(resource))
                 ?? throw new InvalidDataException($"{resource.Urn}: the flow model needs metadata.namespace known at plan time.");
        var spec = PolicyValues.AsMap(resource.Input("spec")) ?? ImmutableDictionary<string, object?>.Empty;
        var ingress = Rules(spec.GetValueOrDefault("ingress"), "from");
        var egress = Rules(spec.GetValueOrDefault("egress"), "to");
        var types = PolicyValues.AsStrings(spec.GetValueOrDefault("policyTypes"));
        var isolatesIngress = types.IsEmpty || types.Contains("Ingress");
        var isolatesEgress = types.IsEmpty ? !egress.IsEmpty : types.Contains("Egress");
        return new PlannedPolicy(ns, name, LabelSelector.Read(spec.GetValueOrDefault("podSelector")) ?? LabelSelector.Everything,
            isolatesIngress, isolatesEgress, ingress, egress);
    }

    private static ImmutableArray<PolicyRule> Rules(object? value, string peersKey)
        => PolicyValues.AsList(value).Select(PolicyValues.AsMap).OfType<ImmutableDictionary<string, object?>>().Select(rule =>
        {
            var peers = PolicyValues.AsList(rule.GetValueOrDefault(peersKey)).Select(PolicyValues.AsMap)
                .OfType<ImmutableDictionary<string, object?>>().Select(Peer).ToImmutableArray();
            var ports = PolicyValues.AsList(rule.GetValueOrDefault("ports")).Select(PolicyValues.AsMap)
                .OfType<ImmutableDictionary<string, object?>>().Select(Port).ToImmutableArray();
            return new PolicyRule(peers.IsEmpty ? null : peers, ports);
        }).ToImmutableArray();

    private static RulePeer Peer(ImmutableDictionary<string, object?> peer)
    {
        var block = PolicyValues.AsMap(peer.GetValueOrDefault("ipBlock")) is { } ip
            ? new IpBlock(PolicyValues.AsString(ip.GetValueOrDefault("cidr")) ?? string.Empty, PolicyValues.AsStrings(ip.GetValueOrDefault("except")))
            : null;
        return new RulePeer(LabelSelector.Read(peer.GetValueOrDefault("namespaceSelector")), LabelSelector.Read(peer.GetValueOrDefault("podSelector")), block);
    }

    private static RulePort Port(ImmutableDictionary<string, object?> port)
    {
        var raw = PolicyValues.Plain(port.GetValueOrDefault("port"));
        var text = raw switch
        {
            double d => ((int)d).ToString(CultureInfo.InvariantCulture),
            string s => s,
            _ => null,
        };
        var end = PolicyValues.AsNumber(port.GetValueOrDefault("endPort")) is { } e ? (int)e : (int?)null;
        return new RulePort(PolicyValues.AsString(port.GetValueOrDefault("protocol")) ?? "TCP", text, end);
    }
}
#endif
