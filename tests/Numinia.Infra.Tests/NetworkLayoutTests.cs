using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Network;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

public sealed class NetworkLayoutTests
{
    private static readonly ImmutableArray<string> Zones = ImmutableArray.Create("eu-west-1a", "eu-west-1b", "eu-west-1c");

    [Test]
    public void TheDefaultLayoutOfTheLiveVpcKeepsTheLiveDatabaseSubnets()
    {
        var layout = NetworkLayout.Compute(Cidr.Parse("10.0.0.0/16"), Zones);
        Assert.Multiple(() =>
        {
            Assert.That(layout.Public.Select(c => c.ToString()), Is.EqualTo(new[] { "10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24" }));
            Assert.That(layout.Private.Select(c => c.ToString()), Is.EqualTo(new[] { "10.0.32.0/19", "10.0.64.0/19", "10.0.96.0/19" }));
            Assert.That(layout.Database.Select(c => c.ToString()), Is.EqualTo(new[] { "10.0.4.0/24", "10.0.5.0/24", "10.0.6.0/24" }));
            Assert.That(layout.Problems(), Is.Empty);
        });
    }

    [Test]
    public void PrivateSubnetsAreLargeEnoughForPodIps()
    {
        var layout = NetworkLayout.Compute(Cidr.Parse("10.0.0.0/16"), Zones);
        Assert.That(layout.Private.All(c => c.Size >= 8192), Is.True);
    }

    [Test]
    public void OverlappingBlocksAreReportedByTierAndBlock()
    {
        var layout = NetworkLayout.Compute(Cidr.Parse("10.0.0.0/16"), Zones) with
        {
            Database = ImmutableArray.Create(Cidr.Parse("10.0.32.0/24"), Cidr.Parse("10.0.5.0/24"), Cidr.Parse("10.0.6.0/24")),
        };
        Assert.That(layout.Problems(), Has.Some.EqualTo("private subnet 10.0.32.0/19 overlaps database subnet 10.0.32.0/24"));
    }

    [Test]
    public void ABlockOutsideTheVpcIsReported()
    {
        var layout = NetworkLayout.Compute(Cidr.Parse("10.0.0.0/16"), Zones) with
        {
            Public = ImmutableArray.Create(Cidr.Parse("10.1.0.0/24"), Cidr.Parse("10.0.1.0/24"), Cidr.Parse("10.0.2.0/24")),
        };
        Assert.That(layout.Problems(), Has.Some.EqualTo("public subnet 10.1.0.0/24 (zone 1) is outside the VPC 10.0.0.0/16"));
    }

    [Test]
    public void OneBlockPerZoneIsRequired()
    {
        var layout = NetworkLayout.Compute(Cidr.Parse("10.0.0.0/16"), Zones) with
        {
            Private = ImmutableArray.Create(Cidr.Parse("10.0.32.0/19")),
        };
        Assert.That(layout.Problems(), Has.Some.Contains("private subnets: 1 blocks for 3 availability zones"));
    }
}
