using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Network;
using Keys = Numinia.Components.Network.NetworkSettings.Keys;

namespace Numinia.Stacks.Config;

/// <summary>
/// The network's keys, read into <see cref="NetworkSettings"/>: zones, the VPC block and its subnet tiers (checked by
/// <see cref="NetworkLayout"/>, each problem naming the key the block came from), NAT and the flow log.
/// </summary>
public sealed partial class ConfigReader
{
    private NetworkSettings ReadNetwork(string region)
    {
        var defaults = new NetworkSettings();
        var zones = StringArray(Keys.AvailabilityZones, defaults.Layout.AvailabilityZones);
        var vpcText = String(Keys.VpcCidr, defaults.Layout.Vpc.ToString())!;
        var layout = new NetworkLayout(default, zones, ImmutableArray<Cidr>.Empty, ImmutableArray<Cidr>.Empty, ImmutableArray<Cidr>.Empty);
        if (!Cidr.TryParse(vpcText, out var vpc, out var vpcError))
        {
            Problem(Keys.VpcCidr, vpcText, vpcError);
        }
        else if (vpc.PrefixLength is < 16 or > 20)
        {
            Problem(Keys.VpcCidr, vpcText, "must be a /16 to /20 block (AWS allows /16 at most; the layout needs room for three /19 private subnets at /16)");
        }
        else
        {
            // The computed layout takes /19 blocks 1, 2, ... of a /16 for the private tier: at most seven zones.
            var notComputed = vpc.PrefixLength > 16 ? "must be given when vpcCidr is smaller than a /16 (the computed layout needs a /16)"
                : zones.Length > MaxComputedZones ? $"must be given for {zones.Length} availability zones (the computed layout has room for {MaxComputedZones}: /19 private blocks 1 to {MaxComputedZones} of the /16)"
                : null;
            var computed = notComputed is null ? NetworkLayout.Compute(vpc, zones) : null;
            var publicBlocks = Blocks(Keys.PublicSubnetCidrs, computed?.Public, notComputed);
            var privateBlocks = Blocks(Keys.PrivateSubnetCidrs, computed?.Private, notComputed);
            var databaseBlocks = Blocks(Keys.DatabaseSubnetCidrs, computed?.Database, notComputed);
            if (publicBlocks is { } p && privateBlocks is { } q && databaseBlocks is { } d)
            {
                layout = new NetworkLayout(vpc, zones, p, q, d);
                foreach (var problem in layout.TierProblems())
                {
                    // Name the key the user wrote: the tier's own key when set, else vpcCidr (whose layout was computed).
                    var tierKey = $"{problem.Tier}SubnetCidrs";
                    if (_get(Key(tierKey)) is not null)
                    {
                        Problem(tierKey, problem.Block?.ToString() ?? string.Join(",", TierBlocks(layout, problem.Tier)), problem.Message);
                    }
                    else
                    {
                        Problem(Keys.VpcCidr, vpcText, $"does not fit its subnets: {problem.Message}");
                    }
                }
            }
        }

        var natText = String(Keys.NatGateways, null);
        var nat = natText switch
        {
            null => defaults.NatGateways,
            "single" => NatGatewayMode.Single,
            "perAz" => NatGatewayMode.PerAvailabilityZone,
            _ => Invalid(defaults.NatGateways, Keys.NatGateways, natText, "is not a NAT mode (expected single or perAz)"),
        };

        var settings = new NetworkSettings
        {
            VpcName = String(Keys.VpcName, defaults.VpcName)!,
            Layout = layout,
            NatGateways = nat,
            FlowLogRetentionDays = Int(Keys.FlowLogRetentionDays, defaults.FlowLogRetentionDays),
            Imports = NetworkImports.Read(this, zones.Length, AdoptionPhase),
        };
        Report(settings.Problems(region));
        return settings;
    }

    private const int MaxComputedZones = 7;

    // AWS subnets are /16 to /28 (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html).
    private const int SmallestSubnetPrefix = 28;

    private const int LargestSubnetPrefix = 16;

    private ImmutableArray<Cidr>? Blocks(string key, ImmutableArray<Cidr>? computed, string? notComputed)
    {
        var texts = StringArray(key, ImmutableArray<string>.Empty);
        if (texts.IsEmpty)
        {
            if (computed is null)
            {
                Problem(key, null, notComputed ?? "must be given");
            }

            return computed;
        }

        var blocks = ImmutableArray.CreateBuilder<Cidr>();
        var ok = true;
        foreach (var text in texts)
        {
            if (!Cidr.TryParse(text, out var block, out var error))
            {
                Problem(key, text, error);
                ok = false;
            }
            else if (block.PrefixLength is < LargestSubnetPrefix or > SmallestSubnetPrefix)
            {
                Problem(key, text, $"is not a subnet size AWS allows (a /{LargestSubnetPrefix} to a /{SmallestSubnetPrefix})");
                ok = false;
            }
            else
            {
                blocks.Add(block);
            }
        }

        return ok ? blocks.ToImmutable() : null;
    }

    private static IEnumerable<Cidr> TierBlocks(NetworkLayout layout, string tier) => tier switch
    {
        "public" => layout.Public,
        "private" => layout.Private,
        _ => layout.Database,
    };
}
