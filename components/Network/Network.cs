using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Iam;

namespace Numinia.Components.Network;

/// <summary>What the network is built from.</summary>
public sealed record NetworkArgs
{
    /// <summary>The network's settings: VPC name, subnet plan, NAT mode, flow log retention.</summary>
    public required NetworkSettings Settings { get; init; }

    /// <summary>The EKS cluster whose load balancers use these subnets (for the discovery tags).</summary>
    public required string ClusterName { get; init; }
}

/// <summary>
/// The VPC and everything in it: three subnet tiers over the zones, the internet gateway, NAT,
/// routing, the flow log and a default security group stripped of its rules.
/// </summary>
public sealed class Network : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:network:Network";

    /// <summary>The VPC id.</summary>
    [Output("vpcId")]
    public Output<string> VpcId { get; private set; }

    /// <summary>The VPC CIDR block.</summary>
    [Output("vpcCidr")]
    public Output<string> VpcCidr { get; private set; }

    /// <summary>Public subnet ids, in zone order.</summary>
    [Output("publicSubnetIds")]
    public Output<ImmutableArray<string>> PublicSubnetIds { get; private set; }

    /// <summary>Private subnet ids (nodes and pods), in zone order.</summary>
    [Output("privateSubnetIds")]
    public Output<ImmutableArray<string>> PrivateSubnetIds { get; private set; }

    /// <summary>Database subnet ids, in zone order.</summary>
    [Output("databaseSubnetIds")]
    public Output<ImmutableArray<string>> DatabaseSubnetIds { get; private set; }

    /// <summary>NAT gateway ids.</summary>
    [Output("natGatewayIds")]
    public Output<ImmutableArray<string>> NatGatewayIds { get; private set; }

    /// <summary>Each private subnet's id, in zone order, for resources made once per subnet.</summary>
    public ImmutableArray<Output<string>> PrivateSubnetIdsByZone { get; }

    /// <summary>Each database subnet's id, in zone order.</summary>
    public ImmutableArray<Output<string>> DatabaseSubnetIdsByZone { get; }

    /// <summary>The private subnets' CIDR blocks, for rules that admit traffic from the nodes.</summary>
    public ImmutableArray<Cidr> PrivateSubnetCidrs { get; }

    /// <summary>The availability zones, in order.</summary>
    public ImmutableArray<string> AvailabilityZones { get; }

    /// <summary>Builds the network.</summary>
    public Network(string name, NetworkArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var settings = args.Settings;
        var layout = settings.Layout;
        AvailabilityZones = layout.AvailabilityZones;
        PrivateSubnetCidrs = layout.Private;
        var child = new CustomResourceOptions { Parent = this };
        var clusterTag = $"kubernetes.io/cluster/{args.ClusterName}";

        var vpc = new Vpc($"{name}-vpc", new VpcArgs
        {
            CidrBlock = layout.Vpc.ToString(),
            EnableDnsHostnames = true,
            EnableDnsSupport = true,
            Tags = { { "Name", settings.VpcName } },
        }, child);

        // The default security group is left with no rules, so nothing can use it by accident.
        _ = new DefaultSecurityGroup($"{name}-default-sg", new DefaultSecurityGroupArgs
        {
            VpcId = vpc.Id,
            Ingress = new InputList<DefaultSecurityGroupIngressArgs>(),
            Egress = new InputList<DefaultSecurityGroupEgressArgs>(),
            Tags = { { "Name", $"{settings.VpcName}-default" } },
        }, child);

        var internetGateway = new InternetGateway($"{name}-igw", new InternetGatewayArgs
        {
            VpcId = vpc.Id,
            Tags = { { "Name", $"{settings.VpcName}-igw" } },
        }, child);

        var publicSubnets = Subnets(name, "public", layout.Public, layout.AvailabilityZones, vpc, settings.VpcName, new Dictionary<string, string>
        {
            ["kubernetes.io/role/elb"] = "1",
            [clusterTag] = "shared",
        }, child);
        var privateSubnets = Subnets(name, "private", layout.Private, layout.AvailabilityZones, vpc, settings.VpcName, new Dictionary<string, string>
        {
            ["kubernetes.io/role/internal-elb"] = "1",
            [clusterTag] = "shared",
        }, child);
        var databaseSubnets = Subnets(name, "database", layout.Database, layout.AvailabilityZones, vpc, settings.VpcName,
            new Dictionary<string, string>(), child);

        var publicRouteTable = new RouteTable($"{name}-public-rt", new RouteTableArgs
        {
            VpcId = vpc.Id,
            Tags = { { "Name", $"{settings.VpcName}-public" } },
        }, child);
        _ = new Route($"{name}-public-internet", new RouteArgs
        {
            RouteTableId = publicRouteTable.Id,
            DestinationCidrBlock = "0.0.0.0/0",
            GatewayId = internetGateway.Id,
        }, child);
        Associate(name, "public", publicSubnets, _ => publicRouteTable, layout.AvailabilityZones, child);

        var natZones = settings.NatGateways == NatGatewayMode.Single ? 1 : layout.AvailabilityZones.Length;
        var natGateways = Enumerable.Range(0, natZones).Select(i =>
        {
            var zone = layout.AvailabilityZones[i];
            var eip = new Eip($"{name}-nat-eip-{zone}", new EipArgs
            {
                Domain = "vpc",
                Tags = { { "Name", $"{settings.VpcName}-nat-{zone}" } },
            }, new CustomResourceOptions { Parent = this, DependsOn = { internetGateway } });
            return new NatGateway($"{name}-nat-{zone}", new NatGatewayArgs
            {
                AllocationId = eip.Id,
                SubnetId = publicSubnets[i].Id,
                Tags = { { "Name", $"{settings.VpcName}-nat-{zone}" } },
            }, new CustomResourceOptions { Parent = this, DependsOn = { internetGateway } });
        }).ToImmutableArray();

        var privateRouteTables = layout.AvailabilityZones.Select((zone, i) =>
        {
            var table = new RouteTable($"{name}-private-rt-{zone}", new RouteTableArgs
            {
                VpcId = vpc.Id,
                Tags = { { "Name", $"{settings.VpcName}-private-{zone}" } },
            }, child);
            _ = new Route($"{name}-private-egress-{zone}", new RouteArgs
            {
                RouteTableId = table.Id,
                DestinationCidrBlock = "0.0.0.0/0",
                NatGatewayId = natGateways[settings.NatGateways == NatGatewayMode.Single ? 0 : i].Id,
            }, child);
            return table;
        }).ToImmutableArray();
        Associate(name, "private", privateSubnets, i => privateRouteTables[i], layout.AvailabilityZones, child);

        // Database subnets have no route to the internet in either direction.
        var databaseRouteTable = new RouteTable($"{name}-database-rt", new RouteTableArgs
        {
            VpcId = vpc.Id,
            Tags = { { "Name", $"{settings.VpcName}-database" } },
        }, child);
        Associate(name, "database", databaseSubnets, _ => databaseRouteTable, layout.AvailabilityZones, child);

        FlowLog(name, settings, vpc, child);

        PrivateSubnetIdsByZone = privateSubnets.Select(s => s.Id).ToImmutableArray();
        DatabaseSubnetIdsByZone = databaseSubnets.Select(s => s.Id).ToImmutableArray();
        VpcId = vpc.Id;
        VpcCidr = vpc.CidrBlock;
        PublicSubnetIds = Output.All(publicSubnets.Select(s => s.Id));
        PrivateSubnetIds = Output.All(privateSubnets.Select(s => s.Id));
        DatabaseSubnetIds = Output.All(databaseSubnets.Select(s => s.Id));
        NatGatewayIds = Output.All(natGateways.Select(n => n.Id));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["vpcId"] = VpcId,
            ["vpcCidr"] = VpcCidr,
            ["publicSubnetIds"] = PublicSubnetIds,
            ["privateSubnetIds"] = PrivateSubnetIds,
            ["databaseSubnetIds"] = DatabaseSubnetIds,
            ["natGatewayIds"] = NatGatewayIds,
        });
    }

    private static ImmutableArray<Subnet> Subnets(string name, string tier, ImmutableArray<Cidr> blocks, ImmutableArray<string> zones,
        Vpc vpc, string vpcName, Dictionary<string, string> tags, CustomResourceOptions options)
        => blocks.Select((block, i) =>
        {
            var subnetTags = new InputMap<string>
            {
                { "Name", $"{vpcName}-{tier}-{zones[i]}" },
                { "Tier", tier },
            };
            foreach (var (key, value) in tags)
            {
                subnetTags.Add(key, value);
            }

            return new Subnet($"{name}-{tier}-{zones[i]}", new SubnetArgs
            {
                VpcId = vpc.Id,
                CidrBlock = block.ToString(),
                AvailabilityZone = zones[i],
                // Nothing launched in any tier gets a public address; load balancers bring their own.
                MapPublicIpOnLaunch = false,
                Tags = subnetTags,
            }, options);
        }).ToImmutableArray();

    private static void Associate(string name, string tier, ImmutableArray<Subnet> subnets, Func<int, RouteTable> table,
        ImmutableArray<string> zones, CustomResourceOptions options)
    {
        for (var i = 0; i < subnets.Length; i++)
        {
            _ = new RouteTableAssociation($"{name}-{tier}-rta-{zones[i]}", new RouteTableAssociationArgs
            {
                SubnetId = subnets[i].Id,
                RouteTableId = table(i).Id,
            }, options);
        }
    }

    private void FlowLog(string name, NetworkSettings settings, Vpc vpc, CustomResourceOptions options)
    {
        var logGroup = new LogGroup($"{name}-flow-logs", new LogGroupArgs
        {
            Name = $"/aws/vpc/{settings.VpcName}/flow-logs",
            RetentionInDays = settings.FlowLogRetentionDays,
        }, options);

        var role = new Role($"{name}-flow-logs-role", new RoleArgs
        {
            Description = $"Lets VPC flow logs of {settings.VpcName} write to CloudWatch Logs.",
            AssumeRolePolicy = PolicyDocument.Of(PolicyStatement.AllowServiceToAssume("vpc-flow-logs.amazonaws.com")).ToJson(),
        }, options);

        _ = new RolePolicy($"{name}-flow-logs-policy", new RolePolicyArgs
        {
            Role = role.Id,
            Policy = logGroup.Arn.Apply(arn => PolicyDocument.Of(PolicyStatement.Allow(
                new[] { "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams" },
                new[] { arn, $"{arn}:*" })).ToJson()),
        }, options);

        _ = new FlowLog($"{name}-flow-log", new FlowLogArgs
        {
            VpcId = vpc.Id,
            TrafficType = "ALL",
            LogDestinationType = "cloud-watch-logs",
            LogDestination = logGroup.Arn,
            IamRoleArn = role.Arn,
            MaxAggregationInterval = 60,
            Tags = { { "Name", $"{settings.VpcName}-flow-log" } },
        }, options);
    }
}
