using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Components.Network;

/// <summary>
/// The subnet plan of the VPC: for each availability zone, one public, one private and one database
/// subnet. Computed from the VPC block unless given explicitly, then checked: every block inside the
/// VPC, no two blocks overlapping.
/// </summary>
public sealed record NetworkLayout(
    Cidr Vpc,
    ImmutableArray<string> AvailabilityZones,
    ImmutableArray<Cidr> Public,
    ImmutableArray<Cidr> Private,
    ImmutableArray<Cidr> Database)
{
    /// <summary>Public subnets: /24 blocks 0, 1, 2 of a /16 (load balancers and NAT only).</summary>
    public const int PublicPrefixLength = 24;

    /// <summary>Database subnets: /24 blocks from index 4 (the live 10.0.4.0/24, 10.0.5.0/24, 10.0.6.0/24).</summary>
    public const int DatabasePrefixLength = 24;

    /// <summary>The first /24 block index of the database subnets.</summary>
    public const int DatabaseFirstIndex = 4;

    /// <summary>Private subnets: /19 blocks from index 1 (8,190 addresses each, for VPC-CNI pod IPs).</summary>
    public const int PrivatePrefixLength = 19;

    /// <summary>
    /// The default layout for a VPC block and a number of zones. The VPC must be a /16 or larger
    /// so that the /19 private blocks fit after the first /19, which holds the /24 public and
    /// database blocks.
    /// </summary>
    public static NetworkLayout Compute(Cidr vpc, ImmutableArray<string> zones)
    {
        var count = zones.Length;
        return new NetworkLayout(
            vpc,
            zones,
            Enumerable.Range(0, count).Select(i => vpc.Subnet(PublicPrefixLength, i)).ToImmutableArray(),
            Enumerable.Range(1, count).Select(i => vpc.Subnet(PrivatePrefixLength, i)).ToImmutableArray(),
            Enumerable.Range(DatabaseFirstIndex, count).Select(i => vpc.Subnet(DatabasePrefixLength, i)).ToImmutableArray());
    }

    /// <summary>Every block of the layout with the tier it belongs to, in zone order.</summary>
    public IEnumerable<(string Tier, int Index, Cidr Block)> Blocks()
        => Public.Select((b, i) => ("public", i, b))
            .Concat(Private.Select((b, i) => ("private", i, b)))
            .Concat(Database.Select((b, i) => ("database", i, b)));

    /// <summary>The problems of this layout, each naming the offending blocks; empty when it is sound.</summary>
    public ImmutableArray<string> Problems() => TierProblems().Select(p => p.Message).ToImmutableArray();

    /// <summary>
    /// The same problems, each with the tier whose blocks cause it (for an overlap, the later tier of the
    /// two) and the offending block, so that a caller can name the setting the block came from.
    /// </summary>
    public ImmutableArray<LayoutProblem> TierProblems()
    {
        var problems = ImmutableArray.CreateBuilder<LayoutProblem>();
        foreach (var (tier, blocks) in new[] { ("public", Public), ("private", Private), ("database", Database) })
        {
            if (blocks.Length != AvailabilityZones.Length)
            {
                problems.Add(new LayoutProblem(tier, null,
                    $"{tier} subnets: {blocks.Length} blocks for {AvailabilityZones.Length} availability zones; expected one per zone"));
            }
        }

        var all = Blocks().ToArray();
        foreach (var (tier, index, block) in all)
        {
            if (!Vpc.Contains(block))
            {
                problems.Add(new LayoutProblem(tier, block, $"{tier} subnet {block} (zone {index + 1}) is outside the VPC {Vpc}"));
            }
        }

        for (var i = 0; i < all.Length; i++)
        {
            for (var j = i + 1; j < all.Length; j++)
            {
                if (all[i].Block.Overlaps(all[j].Block))
                {
                    problems.Add(new LayoutProblem(all[j].Tier, all[j].Block,
                        $"{all[i].Tier} subnet {all[i].Block} overlaps {all[j].Tier} subnet {all[j].Block}"));
                }
            }
        }

        return problems.ToImmutable();
    }
}

/// <summary>One problem of a <see cref="NetworkLayout"/>: the subnet tier, the offending block if one, and what is wrong.</summary>
public sealed record LayoutProblem(string Tier, Cidr? Block, string Message);
