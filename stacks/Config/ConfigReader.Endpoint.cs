using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Stacks.Config;

/// <summary>The API endpoint's public access: the bootstrap addresses an operator may list.</summary>
public sealed partial class ConfigReader
{
    private const string PublicAccessCidrsKey = "clusterPublicAccessCidrs";

    /// <summary>EKS accepts at most 40 public access CIDR blocks per cluster.</summary>
    public const int MaxPublicAccessCidrs = 40;

    /// <summary>The widest block accepted: public access is for known operator or runner addresses.</summary>
    public const int WidestPublicAccessPrefix = 16;

    // Private and shared ranges never reach a public endpoint from the internet: they come in through the VPC.
    private static readonly ImmutableArray<Cidr> s_nonPublicRanges = ImmutableArray.Create(
        Cidr.Parse("10.0.0.0/8"), Cidr.Parse("172.16.0.0/12"), Cidr.Parse("192.168.0.0/16"),
        Cidr.Parse("100.64.0.0/10"), Cidr.Parse("127.0.0.0/8"), Cidr.Parse("169.254.0.0/16"));

    private ImmutableArray<string> PublicAccessCidrs()
    {
        var texts = StringArray(PublicAccessCidrsKey, ImmutableArray<string>.Empty);
        if (texts.Length > MaxPublicAccessCidrs)
        {
            Problem(PublicAccessCidrsKey, string.Join(",", texts), $"lists {texts.Length} blocks; EKS accepts at most {MaxPublicAccessCidrs}");
        }

        foreach (var text in texts)
        {
            if (!Cidr.TryParse(text, out var block, out var error))
            {
                Problem(PublicAccessCidrsKey, text, error);
            }
            else if (block.PrefixLength == 0)
            {
                Problem(PublicAccessCidrsKey, text, "opens the API server to the whole internet; list the operator's or runner's own addresses (e.g. 203.0.113.10/32)");
            }
            else if (block.PrefixLength < WidestPublicAccessPrefix)
            {
                Problem(PublicAccessCidrsKey, text, $"is wider than a /{WidestPublicAccessPrefix}; list the operator's or runner's own addresses (e.g. 203.0.113.10/32)");
            }
            else if (s_nonPublicRanges.FirstOrDefault(r => r.Overlaps(block)) is { PrefixLength: > 0 } range)
            {
                Problem(PublicAccessCidrsKey, text, $"is inside the non-public range {range}; addresses in the VPC or on the VPN reach the private endpoint, which is always on");
            }
        }

        return texts;
    }
}
