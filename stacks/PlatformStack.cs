using System.Collections.Immutable;
using Numinia.Components.Network;
using Numinia.Stacks.Config;
using Pulumi;

namespace Numinia.Stacks;

/// <summary>
/// The Numinia platform: one dependency graph from the VPC to each tenant's namespace. It reads and
/// validates its config once, then wires the components together.
/// </summary>
public sealed class PlatformStack : Stack
{
    /// <summary>The VPC id.</summary>
    [Output("vpcId")]
    public Output<string> VpcId { get; private set; }

    /// <summary>The VPC CIDR block.</summary>
    [Output("vpcCidr")]
    public Output<string> VpcCidr { get; private set; }

    /// <summary>Public subnet ids (load balancers), in zone order.</summary>
    [Output("publicSubnetIds")]
    public Output<ImmutableArray<string>> PublicSubnetIds { get; private set; }

    /// <summary>Private subnet ids (nodes and pods), in zone order.</summary>
    [Output("privateSubnetIds")]
    public Output<ImmutableArray<string>> PrivateSubnetIds { get; private set; }

    /// <summary>Database subnet ids, in zone order.</summary>
    [Output("databaseSubnetIds")]
    public Output<ImmutableArray<string>> DatabaseSubnetIds { get; private set; }

    /// <summary>Builds the platform from the stack's config.</summary>
    public PlatformStack()
    {
        var config = ConfigReader.Read(ReadConfigValue);

        var aws = new Pulumi.Aws.Provider("aws", new Pulumi.Aws.ProviderArgs
        {
            Region = config.Region,
            AllowedAccountIds = { config.AccountId },
            DefaultTags = new Pulumi.Aws.Inputs.ProviderDefaultTagsArgs { Tags = config.DefaultTags },
        });
        var awsOptions = new ComponentResourceOptions { Providers = { aws } };

        var network = new Network("network", new NetworkArgs
        {
            VpcName = config.Network.VpcName,
            Layout = config.Network.Layout,
            ClusterName = config.ClusterName,
            NatGateways = config.Network.NatGateways,
            FlowLogRetentionDays = config.Network.FlowLogRetentionDays,
        }, awsOptions);

        VpcId = network.VpcId;
        VpcCidr = network.VpcCidr;
        PublicSubnetIds = network.PublicSubnetIds;
        PrivateSubnetIds = network.PrivateSubnetIds;
        DatabaseSubnetIds = network.DatabaseSubnetIds;
    }

    private static string? ReadConfigValue(string fullKey)
    {
        var colon = fullKey.IndexOf(':', StringComparison.Ordinal);
        return new Pulumi.Config(fullKey[..colon]).Get(fullKey[(colon + 1)..]);
    }
}
