using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Network;

/// <summary>
/// What the network is configured with: the VPC's name, its subnet plan, NAT and the flow log. The defaults are the live
/// platform's; <see cref="Problems"/> holds the rules on these values, each naming its config key.
/// </summary>
public sealed record NetworkSettings
{
    /// <summary>The config keys of the network's settings.</summary>
    public static class Keys
    {
        /// <summary>The VPC's Name tag.</summary>
        public const string VpcName = "vpcName";

        /// <summary>The VPC's block.</summary>
        public const string VpcCidr = "vpcCidr";

        /// <summary>The availability zones, in order.</summary>
        public const string AvailabilityZones = "availabilityZones";

        /// <summary>The public subnets' blocks, when not computed from the VPC's.</summary>
        public const string PublicSubnetCidrs = "publicSubnetCidrs";

        /// <summary>The private subnets' blocks, when not computed from the VPC's.</summary>
        public const string PrivateSubnetCidrs = "privateSubnetCidrs";

        /// <summary>The database subnets' blocks, when not computed from the VPC's.</summary>
        public const string DatabaseSubnetCidrs = "databaseSubnetCidrs";

        /// <summary>The NAT mode.</summary>
        public const string NatGateways = "natGateways";

        /// <summary>The flow log's retention.</summary>
        public const string FlowLogRetentionDays = "flowLogRetentionDays";
    }

    /// <summary>The live VPC block.</summary>
    public static readonly Cidr LiveVpc = Cidr.Parse("10.0.0.0/16");

    /// <summary>The live availability zones.</summary>
    public static readonly ImmutableArray<string> LiveZones = ImmutableArray.Create("eu-west-1a", "eu-west-1b", "eu-west-1c");

    // A name the network puts into a CloudWatch Logs group name (/aws/vpc/<vpcName>/flow-logs): the group name allows
    // [.-_/#A-Za-z0-9]; '/' and '#' are kept out so the name stays one path segment.
    private static readonly Regex s_logGroupSegment = new("^[A-Za-z0-9._-]{1,255}$", RegexOptions.CultureInvariant);

    /// <summary>The VPC's Name tag, which also names its subnets, route tables and flow log (live: <c>numinia-vpc</c>).</summary>
    public string VpcName { get; init; } = "numinia-vpc";

    /// <summary>The subnet plan: the live VPC block over the live zones, computed (<see cref="NetworkLayout.Compute"/>).</summary>
    public NetworkLayout Layout { get; init; } = NetworkLayout.Compute(LiveVpc, LiveZones);

    /// <summary>One NAT gateway (live) or one per zone.</summary>
    public NatGatewayMode NatGateways { get; init; } = NatGatewayMode.Single;

    /// <summary>Retention of the VPC flow log group, in days.</summary>
    public int FlowLogRetentionDays { get; init; } = 90;

    /// <summary>The live network to adopt, or null for a new one.</summary>
    public NetworkImports? Imports { get; init; }

    /// <summary>
    /// What AWS would refuse at apply time: zones outside <paramref name="region"/>, fewer than two zones or one twice, a
    /// VPC name the flow log's group cannot carry, a retention CloudWatch Logs does not offer. The subnet plan's own
    /// rules are <see cref="NetworkLayout.TierProblems"/>.
    /// </summary>
    public ImmutableArray<SettingProblem> Problems(string region)
    {
        var problems = ImmutableArray.CreateBuilder<SettingProblem>();
        var zones = Layout.AvailabilityZones;
        foreach (var zone in zones.Where(z => z.Length != region.Length + 1 || !z.StartsWith(region, StringComparison.Ordinal) || !char.IsAsciiLetterLower(z[^1])))
        {
            problems.Add(new SettingProblem(Keys.AvailabilityZones, zone, $"is not an availability zone of aws:region {region} (expected {region}a, {region}b, {region}c, ...)"));
        }

        if (zones.Length < 2)
        {
            problems.Add(new SettingProblem(Keys.AvailabilityZones, string.Join(",", zones),
                "has fewer than 2 availability zones; the cluster and database need at least 2 (3 recommended)"));
        }

        if (zones.Distinct(StringComparer.Ordinal).Count() != zones.Length)
        {
            problems.Add(new SettingProblem(Keys.AvailabilityZones, string.Join(",", zones), "lists an availability zone twice"));
        }

        if (!s_logGroupSegment.IsMatch(VpcName))
        {
            problems.Add(new SettingProblem(Keys.VpcName, VpcName,
                "is not usable in the flow log's CloudWatch Logs group name /aws/vpc/<vpcName>/flow-logs (1 to 255 letters, digits, '.', '-' and '_')"));
        }

        if (LogRetention.Problem(Keys.FlowLogRetentionDays, FlowLogRetentionDays) is { } retention)
        {
            problems.Add(retention);
        }

        return problems.ToImmutable();
    }
}
