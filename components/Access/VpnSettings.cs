using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Components.Access;

/// <summary>
/// What the operator VPN is configured with: whether it exists, its clients' range, its server name and the retention of
/// its connection logs. The defaults are the live platform's; <see cref="Problems"/> holds the rules on these values,
/// each naming its config key.
/// </summary>
public sealed record VpnSettings
{
    /// <summary>The config keys of the VPN's settings.</summary>
    public static class Keys
    {
        /// <summary>Whether the VPN exists.</summary>
        public const string VpnEnabled = "vpnEnabled";

        /// <summary>The clients' range.</summary>
        public const string VpnClientCidr = "vpnClientCidr";

        /// <summary>The server certificate's name.</summary>
        public const string VpnServerName = "vpnServerName";

        /// <summary>The connection logs' retention.</summary>
        public const string VpnLogRetentionDays = "vpnLogRetentionDays";

        /// <summary>How many private subnets the endpoint is associated with.</summary>
        public const string VpnSubnetAssociations = "vpnSubnetAssociations";
    }

    /// <summary>Whether the stack builds the VPN (live: it does).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Addresses handed to VPN clients: a /12 to /22 block (an AWS Client VPN limit) that must not overlap the VPC.
    /// </summary>
    public Cidr ClientCidr { get; init; } = Cidr.Parse("172.16.0.0/22");

    /// <summary>The VPN server's name: the server certificate's CN and DNS name.</summary>
    public string ServerName { get; init; } = "vpn.numinia.xyz";

    /// <summary>Retention of the connection log group, in days.</summary>
    public int LogRetentionDays { get; init; } = 90;

    /// <summary>
    /// How many private subnets (one per zone, in zone order) the endpoint is associated with. Each association bills by
    /// the hour whether or not anyone connects, so the default is one: VPN access then depends on the first zone. At most
    /// the number of zones (the stack checks it against them).
    /// </summary>
    public int SubnetAssociations { get; init; } = 1;

    /// <summary>A client range AWS Client VPN refuses, a retention CloudWatch Logs does not offer, no subnet association.</summary>
    public ImmutableArray<SettingProblem> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<SettingProblem>();
        if (ClientCidr.PrefixLength is < 12 or > 22)
        {
            problems.Add(new SettingProblem(Keys.VpnClientCidr, ClientCidr.ToString(), "must be a /12 to /22 block (an AWS Client VPN limit)"));
        }

        if (LogRetention.Problem(Keys.VpnLogRetentionDays, LogRetentionDays) is { } retention)
        {
            problems.Add(retention);
        }

        if (SubnetAssociations < 1)
        {
            problems.Add(new SettingProblem(Keys.VpnSubnetAssociations, SubnetAssociations.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "must be at least 1 (an endpoint without an associated subnet reaches nothing)"));
        }

        return problems.ToImmutable();
    }
}
