using System.Collections.Immutable;
using Moq;
using Numinia.Components.Common;
using Numinia.Components.Network;
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Iam;
using Pulumi.Testing;
using static Numinia.Infra.Tests.Harness;

namespace Numinia.Infra.Tests;

/// <summary>The network component on its own, without a stack.</summary>
[NonParallelizable]
public sealed class NetworkTests
{
    private static readonly ImmutableArray<string> Zones = ImmutableArray.Create("eu-west-1a", "eu-west-1b", "eu-west-1c");

    private static NetworkArgs Args(NatGatewayMode nat = NatGatewayMode.Single) => new()
    {
        Settings = new NetworkSettings
        {
            VpcName = "numinia-vpc",
            Layout = NetworkLayout.Compute(Cidr.Parse("10.0.0.0/16"), Zones),
            NatGateways = nat,
            FlowLogRetentionDays = 90,
        },
        ClusterName = "production-numinia",
    };

    internal static Task<ImmutableArray<Resource>> BuildAsync(NatGatewayMode nat = NatGatewayMode.Single, IMocks? mocks = null)
        => RunAsync(() => _ = new Network("network", Args(nat)), mocks);

    [Test]
    public async Task TheVpcHasTheConfiguredBlockDnsSupportAndHostnames()
    {
        var vpc = (await BuildAsync()).OfType<Vpc>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(vpc.CidrBlock), Is.EqualTo("10.0.0.0/16"));
            Assert.That(await ValueAsync(vpc.EnableDnsSupport), Is.True);
            Assert.That(await ValueAsync(vpc.EnableDnsHostnames), Is.True);
            Assert.That((await ValueAsync(vpc.Tags))!["Name"], Is.EqualTo("numinia-vpc"));
        });
    }

    [TestCase("public", new[] { "10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24" })]
    [TestCase("private", new[] { "10.0.32.0/19", "10.0.64.0/19", "10.0.96.0/19" })]
    [TestCase("database", new[] { "10.0.4.0/24", "10.0.5.0/24", "10.0.6.0/24" })]
    public async Task EachTierHasOneSubnetPerZoneWithItsBlock(string tier, string[] blocks)
    {
        var resources = await BuildAsync();
        for (var i = 0; i < Zones.Length; i++)
        {
            var subnet = resources.Named<Subnet>($"network-{tier}-{Zones[i]}");
            Assert.That(await ValueAsync(subnet.CidrBlock), Is.EqualTo(blocks[i]));
            Assert.That(await ValueAsync(subnet.AvailabilityZone), Is.EqualTo(Zones[i]));
            Assert.That(await ValueAsync(subnet.MapPublicIpOnLaunch), Is.False, "no tier hands out public addresses");
            Assert.That((await ValueAsync(subnet.Tags))!["Tier"], Is.EqualTo(tier));
        }
    }

    [Test]
    public async Task PublicAndPrivateSubnetsCarryTheLoadBalancerDiscoveryTags()
    {
        var resources = await BuildAsync();
        foreach (var zone in Zones)
        {
            var publicTags = (await ValueAsync(resources.Named<Subnet>($"network-public-{zone}").Tags))!;
            var privateTags = (await ValueAsync(resources.Named<Subnet>($"network-private-{zone}").Tags))!;
            var databaseTags = (await ValueAsync(resources.Named<Subnet>($"network-database-{zone}").Tags))!;
            Assert.Multiple(() =>
            {
                Assert.That(publicTags["kubernetes.io/role/elb"], Is.EqualTo("1"));
                Assert.That(publicTags["kubernetes.io/cluster/production-numinia"], Is.EqualTo("shared"));
                Assert.That(publicTags.ContainsKey("kubernetes.io/role/internal-elb"), Is.False);
                Assert.That(privateTags["kubernetes.io/role/internal-elb"], Is.EqualTo("1"));
                Assert.That(privateTags["kubernetes.io/cluster/production-numinia"], Is.EqualTo("shared"));
                Assert.That(privateTags.ContainsKey("kubernetes.io/role/elb"), Is.False);
                Assert.That(databaseTags.Keys.Any(k => k.StartsWith("kubernetes.io/", StringComparison.Ordinal)), Is.False);
            });
        }
    }

    [Test]
    public async Task PublicSubnetsRouteToTheInternetGateway()
    {
        var resources = await BuildAsync();
        var igwId = await ValueAsync(resources.OfType<InternetGateway>().Single().Id);
        var publicTable = resources.Named<RouteTable>("network-public-rt");
        var route = resources.Named<Route>("network-public-internet");
        Assert.That(await ValueAsync(route.DestinationCidrBlock), Is.EqualTo("0.0.0.0/0"));
        Assert.That(await ValueAsync(route.GatewayId), Is.EqualTo(igwId));
        Assert.That(await ValueAsync(route.RouteTableId), Is.EqualTo(await ValueAsync(publicTable.Id)));
        await AssertAssociatedAsync(resources, "public", _ => publicTable);
    }

    [TestCase(NatGatewayMode.Single, 1)]
    [TestCase(NatGatewayMode.PerAvailabilityZone, 3)]
    public async Task NatGatewayCountFollowsTheMode(NatGatewayMode mode, int expected)
    {
        var plan = new PlanMocks();
        var mocks = new Mock<IMocks>();
        mocks.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>())).Returns<MockResourceArgs>(plan.NewResourceAsync);
        mocks.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>())).Returns<MockCallArgs>(plan.CallAsync);

        var resources = await BuildAsync(mode, mocks.Object);

        mocks.Verify(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a => a.Type == "aws:ec2/natGateway:NatGateway")), Times.Exactly(expected));
        mocks.Verify(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a => a.Type == "aws:ec2/eip:Eip")), Times.Exactly(expected));
        var publicSubnetIds = await Task.WhenAll(Zones.Select(z => ValueAsync(resources.Named<Subnet>($"network-public-{z}").Id)));
        foreach (var nat in resources.OfType<NatGateway>())
        {
            Assert.That(publicSubnetIds, Does.Contain(await ValueAsync(nat.SubnetId)), "NAT gateways live in public subnets");
        }
    }

    [TestCase(NatGatewayMode.Single)]
    [TestCase(NatGatewayMode.PerAvailabilityZone)]
    public async Task EachPrivateSubnetEgressesThroughItsNatGateway(NatGatewayMode mode)
    {
        var resources = await BuildAsync(mode);
        var nats = resources.OfType<NatGateway>().ToArray();
        for (var i = 0; i < Zones.Length; i++)
        {
            var expectedNat = mode == NatGatewayMode.Single ? nats[0] : resources.Named<NatGateway>($"network-nat-{Zones[i]}");
            var route = resources.Named<Route>($"network-private-egress-{Zones[i]}");
            Assert.That(await ValueAsync(route.DestinationCidrBlock), Is.EqualTo("0.0.0.0/0"));
            Assert.That(await ValueAsync(route.NatGatewayId), Is.EqualTo(await ValueAsync(expectedNat.Id)));
            Assert.That(await ValueAsync(route.GatewayId), Is.Null, "private subnets never route to the internet gateway");
        }

        await AssertAssociatedAsync(resources, "private", zone => resources.Named<RouteTable>($"network-private-rt-{zone}"));
    }

    [Test]
    public async Task DatabaseSubnetsHaveNoRouteOut()
    {
        var resources = await BuildAsync();
        var databaseTable = resources.Named<RouteTable>("network-database-rt");
        var tableId = await ValueAsync(databaseTable.Id);
        foreach (var route in resources.OfType<Route>())
        {
            Assert.That(await ValueAsync(route.RouteTableId), Is.Not.EqualTo(tableId));
        }

        await AssertAssociatedAsync(resources, "database", _ => databaseTable);
    }

    [Test]
    public async Task TheDefaultSecurityGroupHasNoRules()
    {
        var group = (await BuildAsync()).OfType<DefaultSecurityGroup>().Single();
        Assert.That(await ValueAsync(group.Ingress), Is.Empty);
        Assert.That(await ValueAsync(group.Egress), Is.Empty);
    }

    [Test]
    public async Task AllVpcTrafficIsLoggedToARetainedLogGroup()
    {
        var resources = await BuildAsync();
        var flowLog = resources.OfType<FlowLog>().Single();
        var logGroup = resources.OfType<LogGroup>().Single();
        var role = resources.Named<Role>("network-flow-logs-role");
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(flowLog.VpcId), Is.EqualTo(await ValueAsync(resources.OfType<Vpc>().Single().Id)));
            Assert.That(await ValueAsync(flowLog.TrafficType), Is.EqualTo("ALL"));
            Assert.That(await ValueAsync(flowLog.LogDestination), Is.EqualTo(await ValueAsync(logGroup.Arn)));
            Assert.That(await ValueAsync(flowLog.IamRoleArn), Is.EqualTo(await ValueAsync(role.Arn)));
            Assert.That(await ValueAsync(logGroup.RetentionInDays), Is.EqualTo(90));
        });

        var trust = PolicyDocument.FromJson(await ValueAsync(role.AssumeRolePolicy));
        Assert.That(trust.Statement.Single().Principal!["Service"], Is.EqualTo(new[] { "vpc-flow-logs.amazonaws.com" }));
        var policy = PolicyDocument.FromJson(await ValueAsync(resources.OfType<RolePolicy>().Single().Policy));
        var arn = await ValueAsync(logGroup.Arn);
        Assert.That(policy.Statement.SelectMany(s => s.Resource!.Value), Is.All.StartsWith(arn), "the flow log role writes only its own log group");
    }

    private static async Task AssertAssociatedAsync(ImmutableArray<Resource> resources, string tier, Func<string, RouteTable> tableOf)
    {
        foreach (var zone in Zones)
        {
            var association = resources.Named<RouteTableAssociation>($"network-{tier}-rta-{zone}");
            Assert.That(await ValueAsync(association.SubnetId), Is.EqualTo(await ValueAsync(resources.Named<Subnet>($"network-{tier}-{zone}").Id)));
            Assert.That(await ValueAsync(association.RouteTableId), Is.EqualTo(await ValueAsync(tableOf(zone).Id)));
        }
    }
}
