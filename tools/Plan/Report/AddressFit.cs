#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Numerics;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Network;
using Numinia.Infra.Policy;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>What takes addresses from one subnet: its owner (a cluster, the VPN), what it is, and how many at the minimum and maximum sizes.</summary>
/// <param name="Owner">The new cluster's name, the live cluster's, or <c>Client VPN</c>.</param>
/// <param name="What">The node group, the control plane or the association.</param>
/// <param name="AtMin">Addresses taken with every node group at its minimum size.</param>
/// <param name="AtMax">Addresses taken with every node group at its maximum size.</param>
public sealed record AddressUse(string Owner, string What, int AtMin, int AtMax);

/// <summary>One private subnet: its zone and block, the addresses AWS lets it hand out, and what takes them.</summary>
/// <param name="Name">The subnet's resource name.</param>
/// <param name="Zone">Its availability zone.</param>
/// <param name="Block">Its CIDR block.</param>
/// <param name="Usable">Its addresses less the five AWS keeps in every subnet.</param>
/// <param name="Uses">What takes addresses from it.</param>
public sealed record SubnetAddresses(string Name, string Zone, string Block, long Usable, ImmutableArray<AddressUse> Uses)
{
    /// <summary>Addresses taken with every node group at its minimum size.</summary>
    public long AtMin => Uses.Sum(u => (long)u.AtMin);

    /// <summary>Addresses taken with every node group at its maximum size.</summary>
    public long AtMax => Uses.Sum(u => (long)u.AtMax);

    /// <summary>Whether the subnet holds everything at the maximum sizes.</summary>
    public bool Holds => AtMax <= Usable;

    /// <summary>The longest prefix whose block would hold everything at the maximum sizes.</summary>
    public int PrefixNeeded
    {
        get
        {
            var prefix = 28;
            while (prefix > 16 && (1L << (32 - prefix)) - AddressCalculator.ReservedByAws < AtMax)
            {
                prefix--;
            }

            return prefix;
        }
    }
}

/// <summary>The private subnets against what the new cluster, the live one beside it and the VPN take from them.</summary>
/// <param name="Subnets">The private subnets, in zone order.</param>
/// <param name="LiveCluster">The live cluster counted beside the new one, or null when none is.</param>
/// <param name="Assumptions">How the figures are made, with their sources.</param>
/// <param name="Warnings">What could not be counted.</param>
public sealed record AddressFit(ImmutableArray<SubnetAddresses> Subnets, string? LiveCluster, ImmutableArray<string> Assumptions, ImmutableArray<string> Warnings)
{
    /// <summary>Whether every private subnet holds everything at the maximum sizes.</summary>
    public bool Holds => Subnets.All(s => s.Holds);
}

/// <summary>The live cluster that runs beside the planned one on the adopted subnets until the cutover ends.</summary>
/// <param name="Name">Its name (<c>liveClusterName</c>).</param>
/// <param name="NodeGroups">Its node groups (<c>liveClusterNodeGroups</c>).</param>
public sealed record LiveClusterFacts(string Name, ImmutableArray<LiveNodeGroup> NodeGroups)
{
    /// <summary>The live cluster a platform stack's config names, or null when it adopts no network.</summary>
    public static LiveClusterFacts? Of(Func<string, string?> values, IEnumerable<string> keys, IReadOnlySet<string> secretKeys)
    {
        var config = Numinia.Stacks.Config.ConfigReader.Read(values, keys, secretKeys);
        return config.Network.Imports is { } imports ? new LiveClusterFacts(imports.LiveClusterName, imports.LiveNodeGroups) : null;
    }
}

/// <summary>
/// Counts the addresses the private subnets must give: the VPC CNI gives every pod an address of its node's subnet, so
/// nodes and pods of both clusters draw on the same blocks until the cutover ends.
/// </summary>
public static class AddressCalculator
{
    /// <summary>The addresses AWS keeps in every subnet (network, router, DNS, future use, broadcast).</summary>
    public const int ReservedByAws = 5;

    /// <summary>What a cluster's control plane may take in each of its subnets (the 16 EKS recommends).</summary>
    public const int ControlPlanePerSubnet = 16;

    /// <summary>What a Client VPN association needs free in its subnet.</summary>
    public const int VpnPerAssociation = 8;

    /// <summary>The tag that marks the private tier (internal load balancers go there, and so do the nodes).</summary>
    public const string PrivateTierTag = "kubernetes.io/role/internal-elb";

    /// <summary>The fit of <paramref name="resources"/>, with <paramref name="live"/> beside the new cluster when given.</summary>
    public static AddressFit Compute(IEnumerable<ResourceRegistration> resources, string? liveCluster, ImmutableArray<LiveNodeGroup> live)
    {
        var all = resources.ToImmutableArray();
        var warnings = new List<string>();
        var subnets = all.Where(r => r.Type == PolicyTokens.Subnet
                && PolicyValues.AsString(r.Input("tags", PrivateTierTag)) == "1")
            .Select(r => (Resource: r, Id: r.Id ?? PolicyValues.AsString(r.Outputs.GetValueOrDefault("id")) ?? r.Urn,
                Zone: PolicyValues.AsString(r.Input("availabilityZone")) ?? "?", Block: PolicyValues.AsString(r.Input("cidrBlock")) ?? "?"))
            .OrderBy(s => s.Zone, StringComparer.Ordinal)
            .ToList();
        var uses = subnets.ToDictionary(s => s.Id, _ => new List<AddressUse>(), StringComparer.Ordinal);
        var clusterName = all.Where(r => r.Type == PolicyTokens.EksCluster).Select(r => PolicyValues.AsString(r.Input("name"))).FirstOrDefault(n => n is not null)
            ?? "the new cluster";

        foreach (var group in all.Where(r => r.Type == PolicyTokens.NodeGroup))
        {
            var ids = PolicyValues.AsStrings(group.Input("subnetIds")).Where(uses.ContainsKey).ToImmutableArray();
            if (ids.IsEmpty)
            {
                warnings.Add($"node group {group.Name}: none of its subnets is a private subnet of the plan; not counted");
                continue;
            }

            var type = PolicyValues.AsStrings(group.Input("instanceTypes")).FirstOrDefault() ?? "?";
            var min = (int)(PolicyValues.AsNumber(group.Input("scalingConfig", "minSize")) ?? 0);
            var max = (int)(PolicyValues.AsNumber(group.Input("scalingConfig", "maxSize")) ?? 0);
            if (PerNode(type, warnings, $"node group {group.Name}") is not { } node)
            {
                continue;
            }

            foreach (var id in ids)
            {
                uses[id].Add(new AddressUse(clusterName, Describe(group.Name, type, min, max, ids.Length),
                    Spread(min, ids.Length) * node.AtMin, Spread(max, ids.Length) * node.AtMax));
            }
        }

        foreach (var subnet in subnets)
        {
            uses[subnet.Id].Add(new AddressUse(clusterName, "control plane network interfaces", ControlPlanePerSubnet, ControlPlanePerSubnet));
        }

        foreach (var association in all.Where(r => r.Type == "aws:ec2clientvpn/networkAssociation:NetworkAssociation"))
        {
            if (PolicyValues.AsString(association.Input("subnetId")) is { } id && uses.TryGetValue(id, out var list))
            {
                list.Add(new AddressUse("Client VPN", $"association {association.Name}", VpnPerAssociation, VpnPerAssociation));
            }
        }

        var counted = liveCluster is not null && !live.IsDefaultOrEmpty && subnets.Count > 0 ? liveCluster : null;
        if (counted is not null)
        {
            foreach (var liveGroup in live)
            {
                if (PerNode(liveGroup.InstanceType, warnings, $"{liveCluster} node group {liveGroup.InstanceType}") is not { } node)
                {
                    continue;
                }

                // The live node groups span the VPC's private subnets (../shared/LIVE.md 3: cluster subnets).
                foreach (var subnet in subnets)
                {
                    uses[subnet.Id].Add(new AddressUse(liveCluster!, Describe("node group", liveGroup.InstanceType, 0, liveGroup.MaxSize, subnets.Count),
                        0, Spread(liveGroup.MaxSize, subnets.Count) * node.AtMax));
                }
            }

            foreach (var subnet in subnets)
            {
                uses[subnet.Id].Add(new AddressUse(liveCluster!, "control plane network interfaces", ControlPlanePerSubnet, ControlPlanePerSubnet));
            }
        }
        else if (liveCluster is not null)
        {
            warnings.Add($"the live cluster {liveCluster} shares these subnets until the cutover ends, but liveClusterNodeGroups does not say its node groups: it is not counted");
        }

        var result = subnets.Select(s => new SubnetAddresses(s.Resource.Name, s.Zone, s.Block, Usable(s.Block, warnings), uses[s.Id].ToImmutableArray()))
            .ToImmutableArray();
        return new AddressFit(result, counted, Assumptions, warnings.ToImmutableArray());
    }

    /// <summary>
    /// The addresses one node of <paramref name="instanceType"/> holds: at most every address of every interface it may
    /// attach; at the least its first interface and the warm one the VPC CNI keeps beside it.
    /// </summary>
    public static (int AtMin, int AtMax)? PerNode(string instanceType, List<string> warnings, string what)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        if (InstanceTypeTable.Find(instanceType) is not { } instance)
        {
            warnings.Add($"{what}: the instance table has no {instanceType}; its nodes are not counted");
            return null;
        }

        return (Math.Min(2, instance.DefaultEnis) * instance.Ipv4PerEni, instance.DefaultEnis * instance.Ipv4PerEni);
    }

    /// <summary>The nodes of a group of <paramref name="size"/> in one of its <paramref name="subnets"/>: Auto Scaling balances zones, so at most the rounded-up share.</summary>
    public static int Spread(int size, int subnets) => subnets <= 0 ? 0 : (size + subnets - 1) / subnets;

    private static long Usable(string block, List<string> warnings)
    {
        if (!Cidr.TryParse(block, out var cidr, out _))
        {
            warnings.Add($"subnet block {block} is not a CIDR block; counted as empty");
            return 0;
        }

        return (long)(BigInteger.One << (32 - cidr.PrefixLength)) - ReservedByAws;
    }

    private static string Describe(string name, string type, int min, int max, int subnets)
        => subnets == 1
            ? $"{name} ({type}, {min}..{max} nodes)"
            : $"{name} ({type}, {min}..{max} nodes over {subnets} subnets)";

    private static ImmutableArray<string> Assumptions { get; } = ImmutableArray.Create(
        "every pod takes an address of its node's subnet: the VPC CNI without custom networking or prefix delegation (the platform sets neither)",
        "a node holds at most every address of every network interface it may attach (ENIs x IPv4 per ENI, the AMI's table); with the VPC CNI's "
            + "default WARM_ENI_TARGET=1 it attaches interfaces whole, so a busy node holds them all, and a node with pods holds at least two "
            + "(aws/amazon-vpc-cni-k8s v1.20.4, docs/eni-and-ip-target.md)",
        "Auto Scaling balances a group's nodes over its zones: a subnet holds at most the rounded-up share of the group's size",
        $"AWS keeps {ReservedByAws} addresses of every subnet; each cluster's control plane may place network interfaces in each of its subnets, "
            + $"counted at the {ControlPlanePerSubnet} EKS recommends (https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html)",
        $"a Client VPN association needs {VpnPerAssociation} free addresses in its subnet "
            + "(https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/what-is-best-practices.html, subnet and VPC configuration)",
        "load balancers are not counted: Kourier's is internet-facing, in the public subnets");
}
#endif
