using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Stacks.Config;

/// <summary>The cluster's Service address range, pinned so that the API server's ClusterIP is known at plan time.</summary>
public sealed partial class ConfigReader
{
    private const string ServiceCidrKey = "serviceCidr";

    // EKS accepts a service range inside one of the private blocks, from /12 to /24
    // (CreateCluster, KubernetesNetworkConfigRequest.serviceIpv4Cidr).
    private static readonly ImmutableArray<Cidr> s_serviceRangeBlocks = ImmutableArray.Create(
        Cidr.Parse("10.0.0.0/8"), Cidr.Parse("172.16.0.0/12"), Cidr.Parse("192.168.0.0/16"));

    private Cidr ServiceRange(Cidr vpc, string vpnClientCidr)
    {
        var text = String(ServiceCidrKey, ClusterConfig.DefaultServiceCidr)!;
        if (!Cidr.TryParse(text, out var range, out var error))
        {
            Problem(ServiceCidrKey, text, error);
            return Cidr.Parse(ClusterConfig.DefaultServiceCidr);
        }

        if (range.PrefixLength is < 12 or > 24 || !s_serviceRangeBlocks.Any(b => b.Contains(range)))
        {
            Problem(ServiceCidrKey, text, "must be a /12 to /24 block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (an EKS rule)");
        }
        else if (vpc.PrefixLength > 0 && range.Overlaps(vpc))
        {
            Problem(ServiceCidrKey, text, $"overlaps the VPC {vpc}; Services need a range of their own");
        }
        else if (Cidr.TryParse(vpnClientCidr, out var vpn, out _) && range.Overlaps(vpn))
        {
            Problem(ServiceCidrKey, text, $"overlaps vpnClientCidr {vpnClientCidr}; VPN clients could not reach the Services' addresses");
        }

        return range;
    }
}
