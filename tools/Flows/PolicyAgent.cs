#if PULUMI_OFFLINE
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Numinia.Components.Common;

namespace Numinia.Infra.Flows;

/// <summary>Which way a packet crosses a pod's interface.</summary>
public enum FlowDirection
{
    /// <summary>Into the pod (the agent's ingress probe, keyed on the source address).</summary>
    Ingress,

    /// <summary>Out of the pod (the agent's egress probe, keyed on the destination address before any DNAT).</summary>
    Egress,
}

/// <summary>What one probe of the agent decides for one packet, and why.</summary>
/// <param name="Allowed">Whether the packet passes.</param>
/// <param name="Reason">The policy and entry that let it through, or why nothing did.</param>
/// <param name="PolicyId">The policy that allowed it (null when none did, or when no policy applies).</param>
public sealed record HookVerdict(bool Allowed, string Reason, string? PolicyId);

/// <summary>
/// Enforces NetworkPolicy on one pod's interface as the VPC CNI's network policy agent does (aws/aws-network-policy-agent
/// v1.2.7, the version vpc-cni v1.20.4 ships; standard enforcing mode):
/// <list type="bullet">
/// <item>A pod no policy selects, or a direction no selecting policy isolates, passes everything
/// (<c>controllers/policyendpoints_controller.go</c>: a catch-all 0.0.0.0/0 entry when there are no rules and no isolation).</item>
/// <item>Otherwise the policies' entries (all of them, from every selecting policy: policies are additive) are written to
/// one longest-prefix-match trie per direction (<c>pkg/fwruleprocessor/fw_rule_processor.go</c>
/// <c>ComputeMapEntriesFromEndpointRules</c>): the pod's own node address first, allowing every port; then the entries by
/// ascending prefix length, an entry with no ports allowing every port, an entry inside a broader one (and not in that
/// one's exceptions) inheriting its ports, entries of the same block merged; last, each exception block that is not itself
/// an entry becomes a deny-all entry. At most 24 port entries are kept per block (<c>pkg/utils/utils.go</c>
/// <c>ComputeTrieValue</c>); more are dropped in the random order of a Go map, which this model refuses.</item>
/// <item>A packet is looked up by its peer address (the source for ingress, the destination for egress, seen on the pod's
/// host-side veth before kube-proxy's DNAT, <c>pkg/ebpf/c/tc.v4egress.bpf.c</c>): no entry drops it, a deny entry drops
/// it, otherwise it passes when an entry's protocol is any or its own and its port is any, equal, or inside the range
/// (<c>evaluateByLookUp</c>). Replies of an allowed flow pass by the agent's conntrack map.</item>
/// </list>
/// </summary>
public static class PolicyAgent
{
    /// <summary>The most port entries one trie value holds (MAX_PORT_PROTOCOL).</summary>
    public const int MaxPortEntries = 24;

    private sealed record L4(string? Protocol, int Start, int End, bool Deny, string Source);

    /// <summary>Decides a packet of <paramref name="protocol"/> to <paramref name="port"/> crossing <paramref name="pod"/>'s interface.</summary>
    public static HookVerdict Decide(ClusterModel model, ModelPod pod, FlowDirection direction, Ipv4 peer, string protocol, int port)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pod);
        if (pod.HostNetwork)
        {
            return new HookVerdict(true, "host network: no policy applies", null);
        }

        var (selecting, isolated, trie) = Probe(model, pod, direction);
        if (selecting.Length == 0)
        {
            return new HookVerdict(true, $"no policy selects {pod.Id}", null);
        }

        if (trie is null)
        {
            return new HookVerdict(true, $"no selecting policy isolates {direction.ToString().ToLowerInvariant()}", null);
        }

        var match = trie.Where(e => peer.IsIn(e.Key)).OrderByDescending(e => e.Key.PrefixLength).FirstOrDefault();
        var denying = $"isolated by {string.Join(", ", isolated.Select(p => p.Name))}";
        if (match.Value is null)
        {
            return new HookVerdict(false, $"{denying}: no entry holds {peer}", null);
        }

        if (match.Value.Count > MaxPortEntries)
        {
            throw new InvalidOperationException(
                $"{pod.Id} {direction}: {match.Value.Count} port entries for {match.Key}, over the agent's {MaxPortEntries}: the agent would drop some at random.");
        }

        foreach (var l4 in match.Value)
        {
            if (l4.Deny)
            {
                return new HookVerdict(false, $"{denying}: {match.Key} is an exception ({l4.Source})", null);
            }

            if ((l4.Protocol is null || l4.Protocol == protocol) && (l4.Start == 0 || port == l4.Start || (port > l4.Start && port <= l4.End)))
            {
                return new HookVerdict(true, $"{l4.Source} ({match.Key} {l4.Protocol ?? "any"}/{(l4.Start == 0 ? "*" : l4.Start)})", l4.Source);
            }
        }

        return new HookVerdict(false, $"{denying}: {match.Key} allows {string.Join(",", match.Value.Select(l => $"{l.Protocol ?? "any"}/{(l.Start == 0 ? "*" : l.Start)}"))}, not {protocol}/{port}", null);
    }

    // The probe of one pod and direction: the selecting policies, those isolating the direction, and the trie (null when
    // nothing isolates it). Memoized per model: a model is immutable, and the mutation tests evaluate many flows per pod.
    private static (PlannedPolicy[] Selecting, PlannedPolicy[] Isolated, Dictionary<Cidr, List<L4>>? Trie) Probe(ClusterModel model, ModelPod pod, FlowDirection direction)
        => s_probes.GetValue(model, _ => new ConcurrentDictionary<(ModelPod, FlowDirection), (PlannedPolicy[], PlannedPolicy[], Dictionary<Cidr, List<L4>>?)>())
            .GetOrAdd((pod, direction), key =>
            {
                var selecting = PolicyController.Selecting(model, key.Item1).ToArray();
                var isolated = selecting.Where(p => key.Item2 == FlowDirection.Ingress ? p.IsolatesIngress : p.IsolatesEgress).ToArray();
                var entries = selecting.SelectMany(p => key.Item2 == FlowDirection.Ingress ? PolicyController.Ingress(model, p) : PolicyController.Egress(model, p)).ToArray();
                return (selecting, isolated, entries.Length == 0 && isolated.Length == 0 ? null : Trie(key.Item1.NodeIp, entries));
            });

    private static readonly ConditionalWeakTable<ClusterModel, ConcurrentDictionary<(ModelPod, FlowDirection), (PlannedPolicy[], PlannedPolicy[], Dictionary<Cidr, List<L4>>?)>> s_probes = new();

    private static Dictionary<Cidr, List<L4>> Trie(Ipv4 nodeIp, IEnumerable<EndpointEntry> entries)
    {
        var node = Cidr.Parse($"{nodeIp}/32");
        var trie = new Dictionary<Cidr, List<L4>> { [node] = [new L4(null, 0, 0, false, "the pod's own node (always allowed)")] };
        var blocks = new Dictionary<Cidr, (List<L4> Ports, List<Cidr> Except)>();
        var excepts = new HashSet<Cidr>();
        foreach (var entry in entries.OrderBy(e => e.Block.PrefixLength))
        {
            excepts.UnionWith(entry.Except);
            if (entry.Block == node)
            {
                continue;
            }

            var ports = entry.Ports.IsEmpty
                ? [new L4(null, 0, 0, false, entry.PolicyId)]
                : entry.Ports.Select(p => new L4(p.Protocol, p.Port ?? 0, p.EndPort ?? 0, false, entry.PolicyId)).ToList();
            if (blocks.TryGetValue(entry.Block, out var existing))
            {
                existing.Ports.AddRange(ports);
                existing.Except.AddRange(entry.Except);
                continue;
            }

            foreach (var (broader, info) in blocks.Where(b => b.Key.PrefixLength < 32 && b.Key.Contains(entry.Block)))
            {
                if (!info.Except.Any(x => x.Contains(Cidr.Parse($"{new Ipv4(entry.Block.Network)}/32"))))
                {
                    ports.AddRange(info.Ports);
                }
            }

            blocks[entry.Block] = (ports, entry.Except.ToList());
        }

        foreach (var except in excepts.Where(x => !blocks.ContainsKey(x)))
        {
            blocks[except] = ([new L4(null, 0, 0, true, "an ipBlock exception")], []);
        }

        foreach (var (block, info) in blocks)
        {
            trie[block] = info.Ports.DistinctBy(p => (p.Protocol, p.Start, p.End, p.Deny)).ToList();
        }

        return trie;
    }
}
#endif
