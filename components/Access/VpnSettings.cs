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

    /// <summary>A client range AWS Client VPN refuses, a retention CloudWatch Logs does not offer.</summary>
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

        return problems.ToImmutable();
    }
}
