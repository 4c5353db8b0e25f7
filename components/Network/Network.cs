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

    /// <summary>
    /// The provider of the new cluster's discovery tags on adopted subnets (<c>aws:ec2/tag:Tag</c>): the platform's, not the
    /// adopted resources' (which ignores that tag key, so the subnets' own tags and the tag resource never fight).
    /// </summary>
    public Pulumi.Aws.Provider? TagProvider { get; init; }

    /// <summary>
    /// The platform is paused: no NAT gateway and so no private default route, while the gateways' Elastic IPs stay (the
    /// platform's egress address is the same on resume).
    /// </summary>
    public bool Paused { get; init; }
}

/// <summary>
/// The VPC and everything in it: three subnet tiers over the zones, the internet gateway, NAT,
/// routing, the flow log and a default security group stripped of its rules.
/// </summary>
public sealed partial class Network : ComponentResource
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
        var imports = settings.Imports;
        var naming = new Naming(settings.VpcName, imports is not null);

        var vpc = new Vpc($"{name}-vpc", new VpcArgs
        {
            CidrBlock = layout.Vpc.ToString(),
            EnableDnsHostnames = true,
            EnableDnsSupport = true,
            Tags = { { "Name", settings.VpcName } },
        }, Adopted(imports?.Vpc));

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
            Tags = { { "Name", naming.InternetGateway } },
        }, Adopted(imports?.InternetGateway));

        // An adopted subnet keeps the live cluster's tag; the new cluster's is a tag resource of its own (NewClusterTags).
        var discoveryTag = imports is null ? clusterTag : $"kubernetes.io/cluster/{imports.LiveClusterName}";
        var publicSubnets = Subnets(name, "public", layout.Public, vpc, naming, new Dictionary<string, string>
        {
            ["kubernetes.io/role/elb"] = "1",
            [discoveryTag] = "shared",
        }, imports?.PublicSubnets);
        var privateSubnets = Subnets(name, "private", layout.Private, vpc, naming, new Dictionary<string, string>
        {
            ["kubernetes.io/role/internal-elb"] = "1",
            [discoveryTag] = "shared",
        }, imports?.PrivateSubnets);
        var databaseSubnets = Subnets(name, "database", layout.Database, vpc, naming, new Dictionary<string, string>(), imports?.DatabaseSubnets);
        if (imports is not null)
        {
            NewClusterTags(clusterTag, publicSubnets.AddRange(privateSubnets), args.TagProvider);
        }

        var publicRouteTable = new RouteTable($"{name}-public-rt", new RouteTableArgs
        {
            VpcId = vpc.Id,
            Tags = { { "Name", $"{settings.VpcName}-public" } },
        }, Adopted(imports?.PublicRouteTable));
        _ = new Route($"{name}-public-internet", new RouteArgs
        {
            RouteTableId = publicRouteTable.Id,
            DestinationCidrBlock = "0.0.0.0/0",
            GatewayId = internetGateway.Id,
        }, Adopted(imports is null ? null : RouteId(imports.PublicRouteTable)));
        Associate(name, "public", publicSubnets, _ => publicRouteTable, imports?.PublicSubnets, _ => imports?.PublicRouteTable);

        var natGateways = NatGateways(name, settings, naming, internetGateway, publicSubnets, imports, args.Paused);
        var privateRouteTables = PrivateRouteTables(name, settings, vpc, natGateways, imports);
        Associate(name, "private", privateSubnets, i => privateRouteTables[i], imports?.PrivateSubnets, _ => imports?.PrivateRouteTable);

        // Database subnets have no route to the internet in either direction. The live ones use the private table (the
        // VPC module's default): adopted, their associations are imported there and move here when converging.
        var databaseRouteTable = new RouteTable($"{name}-database-rt", new RouteTableArgs
        {
            VpcId = vpc.Id,
            Tags = { { "Name", $"{settings.VpcName}-database" } },
        }, child);
        var databaseImport = imports is { Phase: AdoptionPhase.Import };
        Associate(name, "database", databaseSubnets, i => databaseImport ? privateRouteTables[i] : databaseRouteTable,
            imports?.DatabaseSubnets, _ => imports?.PrivateRouteTable);

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

    private ImmutableArray<Subnet> Subnets(string name, string tier, ImmutableArray<Cidr> blocks, Vpc vpc, Naming naming,
        Dictionary<string, string> tags, ImmutableArray<string>? imports)
        => blocks.Select((block, i) =>
        {
            var zone = AvailabilityZones[i];
            var subnetTags = new InputMap<string> { { "Name", naming.Subnet(tier, zone) } };
            if (!naming.Adopted)
            {
                subnetTags.Add("Tier", tier);
            }

            foreach (var (key, value) in tags)
            {
                subnetTags.Add(key, value);
            }

            return new Subnet($"{name}-{tier}-{zone}", new SubnetArgs
            {
                VpcId = vpc.Id,
                CidrBlock = block.ToString(),
                AvailabilityZone = zone,
                // Nothing launched in any tier gets a public address; load balancers bring their own.
                MapPublicIpOnLaunch = false,
                Tags = subnetTags,
            }, Adopted(imports?[i]));
        }).ToImmutableArray();

    private void Associate(string name, string tier, ImmutableArray<Subnet> subnets, Func<int, RouteTable> table,
        ImmutableArray<string>? subnetImports, Func<int, string?> tableImports)
    {
        for (var i = 0; i < subnets.Length; i++)
        {
            // The provider imports an association as <subnet id>/<route table id>.
            var importId = subnetImports is { } ids ? $"{ids[i]}/{tableImports(i)}" : null;
            _ = new RouteTableAssociation($"{name}-{tier}-rta-{AvailabilityZones[i]}", new RouteTableAssociationArgs
            {
                SubnetId = subnets[i].Id,
                RouteTableId = table(i).Id,
            }, Adopted(importId));
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
