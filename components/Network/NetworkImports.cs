using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Network;

/// <summary>
/// The live network to adopt (../shared/LIVE.md 2: terraform-aws-modules/vpc v5.19.0 with one NAT gateway): the ids of
/// its VPC, gateways, subnets and route tables, each adopted with Pulumi's <c>import</c> option. Routes and route-table
/// associations are imported by ids made of these (<c>rtb-…_0.0.0.0/0</c>, <c>subnet-…/rtb-…</c>). An adopted network
/// keeps the module's names (<c>numinia-vpc-public-eu-west-1a</c>, <c>numinia-vpc-db-…</c>, …) and the live cluster's
/// discovery tag; the new cluster's tag is added beside it as a tag of its own.
/// </summary>
public sealed record NetworkImports
{
    /// <summary>The config keys of the ids.</summary>
    public static class Keys
    {
        /// <summary>The VPC (vpc-…).</summary>
        public const string Vpc = "importVpcId";

        /// <summary>The internet gateway (igw-…).</summary>
        public const string InternetGateway = "importInternetGatewayId";

        /// <summary>The NAT gateways (nat-…), one per NAT.</summary>
        public const string NatGateways = "importNatGatewayIds";

        /// <summary>The NAT gateways' Elastic IPs (eipalloc-…).</summary>
        public const string NatEips = "importNatEipIds";

        /// <summary>The public subnets (subnet-…), in zone order.</summary>
        public const string PublicSubnets = "importPublicSubnetIds";

        /// <summary>The private subnets, in zone order.</summary>
        public const string PrivateSubnets = "importPrivateSubnetIds";

        /// <summary>The database subnets, in zone order.</summary>
        public const string DatabaseSubnets = "importDatabaseSubnetIds";

        /// <summary>The public route table (rtb-…).</summary>
        public const string PublicRouteTable = "importPublicRouteTableId";

        /// <summary>The private route table (one: the live VPC has one NAT gateway, so one private table).</summary>
        public const string PrivateRouteTable = "importPrivateRouteTableId";

        /// <summary>The live cluster whose discovery tag the adopted subnets keep.</summary>
        public const string LiveClusterName = "liveClusterName";

        /// <summary>The live cluster's node groups, <c>&lt;instance type&gt;:&lt;maximum size&gt;</c> each (optional).</summary>
        public const string LiveClusterNodeGroups = "liveClusterNodeGroups";
    }

    private static readonly Regex s_vpc = new("^vpc-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_igw = new("^igw-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_nat = new("^nat-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_eip = new("^eipalloc-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_subnet = new("^subnet-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_routeTable = new("^rtb-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_liveNodeGroup = new("^(?<type>[a-z][a-z0-9-]*\\.[a-z0-9]+):(?<max>[1-9][0-9]{0,3})$", RegexOptions.CultureInvariant);
    private static readonly Regex s_clusterName = new("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", RegexOptions.CultureInvariant);

    /// <summary>Which values the adopted resources declare.</summary>
    public AdoptionPhase Phase { get; init; }

    /// <summary>The VPC.</summary>
    public required string Vpc { get; init; }

    /// <summary>The internet gateway.</summary>
    public required string InternetGateway { get; init; }

    /// <summary>The NAT gateway (the live VPC has one).</summary>
    public required string NatGateway { get; init; }

    /// <summary>The NAT gateway's Elastic IP.</summary>
    public required string NatEip { get; init; }

    /// <summary>The public subnets, in zone order.</summary>
    public required ImmutableArray<string> PublicSubnets { get; init; }

    /// <summary>The private subnets, in zone order.</summary>
    public required ImmutableArray<string> PrivateSubnets { get; init; }

    /// <summary>The database subnets, in zone order.</summary>
    public required ImmutableArray<string> DatabaseSubnets { get; init; }

    /// <summary>The public route table.</summary>
    public required string PublicRouteTable { get; init; }

    /// <summary>The private route table, which the live database subnets use too.</summary>
    public required string PrivateRouteTable { get; init; }

    /// <summary>The live cluster (<c>production-numinia</c>), whose <c>kubernetes.io/cluster/…=shared</c> tag the subnets keep.</summary>
    public required string LiveClusterName { get; init; }

    /// <summary>
    /// The live cluster's node groups (../shared/LIVE.md 3.1: t3.medium up to 8, m5.large up to 1): its nodes and pods take
    /// addresses from the same private subnets as the new cluster's until the cutover ends, which the plan's address
    /// report weighs. Empty when not given: the report then counts the new cluster alone and says so.
    /// </summary>
    public ImmutableArray<LiveNodeGroup> LiveNodeGroups { get; init; } = ImmutableArray<LiveNodeGroup>.Empty;

    /// <summary>
    /// Reads the ids: none set means a new network (null); some set means all must be (a half-adopted VPC would put new
    /// subnets beside live ones). The live VPC has one NAT gateway and one private route table: with per-zone NAT, they
    /// become the first zone's and the others are created.
    /// </summary>
    public static NetworkImports? Read(ISettingsReader config, int zones, AdoptionPhase phase)
    {
        ArgumentNullException.ThrowIfNull(config);
        var vpc = Adoption.Id(config, Keys.Vpc, s_vpc, "a VPC id (vpc-…)");
        var igw = Adoption.Id(config, Keys.InternetGateway, s_igw, "an internet gateway id (igw-…)");
        var nat = Adoption.Ids(config, Keys.NatGateways, s_nat, "a NAT gateway id (nat-…)", 1);
        var eip = Adoption.Ids(config, Keys.NatEips, s_eip, "an Elastic IP allocation id (eipalloc-…)", 1);
        var publicSubnets = Adoption.Ids(config, Keys.PublicSubnets, s_subnet, "a subnet id (subnet-…)", zones);
        var privateSubnets = Adoption.Ids(config, Keys.PrivateSubnets, s_subnet, "a subnet id (subnet-…)", zones);
        var databaseSubnets = Adoption.Ids(config, Keys.DatabaseSubnets, s_subnet, "a subnet id (subnet-…)", zones);
        var publicTable = Adoption.Id(config, Keys.PublicRouteTable, s_routeTable, "a route table id (rtb-…)");
        var privateTable = Adoption.Id(config, Keys.PrivateRouteTable, s_routeTable, "a route table id (rtb-…)");
        var liveCluster = config.Raw(Keys.LiveClusterName);
        var given = new (string Key, bool Set)[]
        {
            (Keys.Vpc, vpc is not null), (Keys.InternetGateway, igw is not null), (Keys.NatGateways, !nat.IsEmpty), (Keys.NatEips, !eip.IsEmpty),
            (Keys.PublicSubnets, !publicSubnets.IsEmpty), (Keys.PrivateSubnets, !privateSubnets.IsEmpty), (Keys.DatabaseSubnets, !databaseSubnets.IsEmpty),
            (Keys.PublicRouteTable, publicTable is not null), (Keys.PrivateRouteTable, privateTable is not null),
            (Keys.LiveClusterName, !string.IsNullOrEmpty(liveCluster)),
        };
        if (given.All(g => !g.Set))
        {
            return null;
        }

        foreach (var (key, _) in given.Where(g => !g.Set))
        {
            config.Problem(key, null, $"is missing: adopting the live network takes every one of {string.Join(", ", given.Select(g => g.Key))} (or none, for a new network)");
        }

        var liveGroups = LiveGroups(config);
        if (liveCluster is { Length: > 0 } && !s_clusterName.IsMatch(liveCluster))
        {
            config.Problem(Keys.LiveClusterName, liveCluster, "is not an EKS cluster name (1 to 100 letters, digits, '-' and '_', starting with a letter or digit)");
        }

        return given.Any(g => !g.Set) ? null : new NetworkImports
        {
            Phase = phase,
            Vpc = vpc!,
            InternetGateway = igw!,
            NatGateway = nat[0],
            NatEip = eip[0],
            PublicSubnets = publicSubnets,
            PrivateSubnets = privateSubnets,
            DatabaseSubnets = databaseSubnets,
            PublicRouteTable = publicTable!,
            PrivateRouteTable = privateTable!,
            LiveClusterName = liveCluster!,
            LiveNodeGroups = liveGroups,
        };
    }

    private static ImmutableArray<LiveNodeGroup> LiveGroups(ISettingsReader config)
    {
        var groups = ImmutableArray.CreateBuilder<LiveNodeGroup>();
        foreach (var item in config.StringArray(Keys.LiveClusterNodeGroups, ImmutableArray<string>.Empty))
        {
            var match = s_liveNodeGroup.Match(item);
            if (!match.Success)
            {
                config.Problem(Keys.LiveClusterNodeGroups, item,
                    "is not <instance type>:<maximum size> (e.g. t3.medium:8: the live node group's instance type and its maximum number of nodes, 1 to 9999)");
                continue;
            }

            groups.Add(new LiveNodeGroup(match.Groups["type"].Value, int.Parse(match.Groups["max"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return groups.ToImmutable();
    }
}

/// <summary>One node group of the live cluster: its instance type and its maximum number of nodes.</summary>
/// <param name="InstanceType">The instance type, e.g. <c>t3.medium</c>.</param>
/// <param name="MaxSize">Its maximum size.</param>
public sealed record LiveNodeGroup(string InstanceType, int MaxSize);
