using Numinia.Components.Common;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

public sealed class CidrTests
{
    [TestCase("10.0.0.0/16", 16, 65536UL)]
    [TestCase("10.0.4.0/24", 24, 256UL)]
    [TestCase("0.0.0.0/0", 0, 4294967296UL)]
    public void ParseReadsTheBlock(string text, int prefix, ulong size)
    {
        var cidr = Cidr.Parse(text);
        Assert.That(cidr.PrefixLength, Is.EqualTo(prefix));
        Assert.That(cidr.Size, Is.EqualTo(size));
        Assert.That(cidr.ToString(), Is.EqualTo(text));
    }

    [TestCase("10.0.0.0", "not an IPv4 CIDR block")]
    [TestCase("10.0.0.0/33", "not an IPv4 CIDR block")]
    [TestCase("10.0.0/16", "not an IPv4 CIDR block")]
    [TestCase("300.0.0.0/16", "not an IPv4 CIDR block")]
    [TestCase("fd00::/64", "not an IPv4 CIDR block")]
    [TestCase("10.0.1.0/16", "has host bits set: its network address is 10.0.0.0/16")]
    [TestCase("", "is empty")]
    public void MalformedBlocksAreRejectedWithTheReason(string text, string reason)
    {
        Assert.That(Cidr.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(reason));
    }

    [Test]
    public void SubnetCarvesTheNumberedBlock()
    {
        var vpc = Cidr.Parse("10.0.0.0/16");
        Assert.That(vpc.Subnet(24, 4).ToString(), Is.EqualTo("10.0.4.0/24"));
        Assert.That(vpc.Subnet(19, 1).ToString(), Is.EqualTo("10.0.32.0/19"));
        Assert.That(vpc.Subnet(19, 7).ToString(), Is.EqualTo("10.0.224.0/19"));
        Assert.Throws<ArgumentOutOfRangeException>(() => vpc.Subnet(19, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => vpc.Subnet(8, 0));
    }

    [Test]
    public void ContainsAndOverlapsCompareAddressRanges()
    {
        var vpc = Cidr.Parse("10.0.0.0/16");
        Assert.Multiple(() =>
        {
            Assert.That(vpc.Contains(Cidr.Parse("10.0.255.0/24")), Is.True);
            Assert.That(vpc.Contains(Cidr.Parse("10.1.0.0/24")), Is.False);
            Assert.That(vpc.Contains(Cidr.Parse("10.0.0.0/15")), Is.False);
            Assert.That(Cidr.Parse("10.0.0.0/19").Overlaps(Cidr.Parse("10.0.4.0/24")), Is.True);
            Assert.That(Cidr.Parse("10.0.32.0/19").Overlaps(Cidr.Parse("10.0.4.0/24")), Is.False);
            Assert.That(Cidr.Parse("10.0.4.0/24").Overlaps(Cidr.Parse("10.0.5.0/24")), Is.False);
        });
    }
}
