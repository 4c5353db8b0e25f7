using Numinia.Components.Network;
using Numinia.Stacks.Config;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>The config is read once and every bad value is reported by key, value and expectation.</summary>
public sealed class ConfigValidationTests
{
    private static Func<string, string?> Config(params (string Key, string Value)[] values)
        => Harness.ConfigLookup(values, Harness.RequiredStackConfig);

    private static ConfigValidationException Reject(params (string, string)[] values)
        => Assert.Throws<ConfigValidationException>(() => ConfigReader.Read(Config(values)))!;

    [Test]
    public void TheDefaultsAreTheLivePlatform()
    {
        var config = ConfigReader.Read(Config());
        Assert.Multiple(() =>
        {
            Assert.That(config.Region, Is.EqualTo("eu-west-1"));
            Assert.That(config.Cluster.Name, Is.EqualTo("production-numinia"));
            Assert.That(config.Network.VpcName, Is.EqualTo("numinia-vpc"));
            Assert.That(config.Network.Layout.Vpc.ToString(), Is.EqualTo("10.0.0.0/16"));
            Assert.That(config.Network.Layout.AvailabilityZones, Is.EqualTo(new[] { "eu-west-1a", "eu-west-1b", "eu-west-1c" }));
            Assert.That(config.Network.Layout.Database.Select(c => c.ToString()), Is.EqualTo(new[] { "10.0.4.0/24", "10.0.5.0/24", "10.0.6.0/24" }));
            Assert.That(config.Network.NatGateways, Is.EqualTo(NatGatewayMode.Single));
            Assert.That(config.Cluster.KubernetesVersion, Is.EqualTo("1.35"));
            Assert.That(config.NodeGroups.Select(g => (g.Name, g.InstanceTypes.Single(), g.MinSize, g.MaxSize)), Is.EqualTo(new[]
            {
                ("general", "t3.large", 3, 20), ("compute", "c6i.2xlarge", 0, 5), ("gpu", "g5.2xlarge", 0, 3),
            }));
            Assert.That(config.NodeGroups.Single(g => g.Name == "gpu").Taints.Single().ToString(), Is.EqualTo("nvidia.com/gpu=true:NoSchedule"));
            Assert.That(config.NodeGroups.Single(g => g.Name == "compute").Taints.Single().ToString(), Is.EqualTo("workload=ci:NoSchedule"));
            Assert.That(config.Vpn.Enabled, Is.True);
        });
    }

    [TestCase("vpcCidr", "10.0.0.0/33", "numinia-infra:vpcCidr: '10.0.0.0/33' is not an IPv4 CIDR block")]
    [TestCase("vpcCidr", "10.0.0.1/16", "numinia-infra:vpcCidr: '10.0.0.1/16' has host bits set")]
    [TestCase("vpcCidr", "10.0.0.0/8", "numinia-infra:vpcCidr: '10.0.0.0/8' must be a /16 to /20 block")]
    [TestCase("natGateways", "two", "numinia-infra:natGateways: 'two' is not a NAT mode (expected single or perAz)")]
    [TestCase("flowLogRetentionDays", "10", "numinia-infra:flowLogRetentionDays: '10' is not a CloudWatch Logs retention period")]
    [TestCase("flowLogRetentionDays", "ninety", "numinia-infra:flowLogRetentionDays: 'ninety' is not a whole number")]
    [TestCase("availabilityZones", "[\"eu-west-1a\"]", "numinia-infra:availabilityZones: 'eu-west-1a' has fewer than 2 availability zones")]
    [TestCase("availabilityZones", "[\"eu-west-1a\",\"eu-west-1a\",\"eu-west-1b\"]", "lists an availability zone twice")]
    [TestCase("availabilityZones", "eu-west-1a", "numinia-infra:availabilityZones: 'eu-west-1a' is not a list of strings")]
    [TestCase("accountId", "12345", "numinia-infra:accountId: '12345' is not an AWS account id (expected 12 digits)")]
    [TestCase("databaseSubnetCidrs", "[\"10.0.4.0/24\",\"10.0.5.0/24\",\"10.1.6.0/24\"]", "database subnet 10.1.6.0/24 (zone 3) is outside the VPC 10.0.0.0/16")]
    [TestCase("databaseSubnetCidrs", "[\"10.0.32.0/24\",\"10.0.5.0/24\",\"10.0.6.0/24\"]", "private subnet 10.0.32.0/19 overlaps database subnet 10.0.32.0/24")]
    [TestCase("publicSubnetCidrs", "[\"10.0.0.0/24\",\"10.0.1.0/24\",\"nope\"]", "numinia-infra:publicSubnetCidrs: 'nope' is not an IPv4 CIDR block")]
    [TestCase("vpcName", "", "numinia-infra:vpcName: '' is empty")]
    [TestCase("kubernetesVersion", "1.27", "numinia-infra:kubernetesVersion: '1.27' is not a supported Kubernetes version")]
    [TestCase("generalMinSize", "21", "numinia-infra:generalMinSize: '21' is greater than generalMaxSize (20)")]
    [TestCase("computeDesiredSize", "9", "numinia-infra:computeDesiredSize: '9' is outside computeMinSize..computeMaxSize (0..5)")]
    [TestCase("gpuMaxSize", "0", "numinia-infra:gpuMaxSize: '0' must be at least 1")]
    [TestCase("gpuTaints", "[]", "numinia-infra:gpuTaints: '' lacks the nvidia.com/gpu=true:NoSchedule taint")]
    [TestCase("gpuInstanceTypes", "[\"m6i.xlarge\"]", "numinia-infra:gpuInstanceTypes: 'm6i.xlarge' is not a NVIDIA GPU (g4dn, g5, g6, p4, p5) instance type")]
    [TestCase("computeInstanceTypes", "[\"g5.2xlarge\"]", "numinia-infra:computeInstanceTypes: 'g5.2xlarge' is not a compute optimized (c*) instance type")]
    [TestCase("generalCapacityType", "RESERVED", "numinia-infra:generalCapacityType: 'RESERVED' is not a capacity type")]
    [TestCase("computeTaints", "[\"workload=ci\"]", "numinia-infra:computeTaints: 'workload=ci' is not a taint")]
    [TestCase("generalLabels", "[\"team\"]", "numinia-infra:generalLabels: 'team' is not a label (expected key=value)")]
    [TestCase("generalDiskSizeGb", "8", "numinia-infra:generalDiskSizeGb: '8' must be 20 to 16384 GiB")]
    [TestCase("clusterAdminArns", "[]", "numinia-infra:clusterAdminArns: '[]' is empty; at least one admin principal is required")]
    [TestCase("clusterViewerArns", "[\"arn:aws:iam::1234:role/x\"]", "numinia-infra:clusterViewerArns: 'arn:aws:iam::1234:role/x' is not an IAM role or user ARN")]
    [TestCase("vpnClientCidr", "10.0.128.0/22", "numinia-infra:vpnClientCidr: '10.0.128.0/22' overlaps the VPC 10.0.0.0/16")]
    [TestCase("vpnClientCidr", "172.16.0.0/24", "numinia-infra:vpnClientCidr: '172.16.0.0/24' must be a /12 to /22 block")]
    [TestCase("vpnEnabled", "yes", "numinia-infra:vpnEnabled: 'yes' is not a boolean (expected true or false)")]
    [TestCase("corednsAddonVersion", "", "numinia-infra:corednsAddonVersion: '' is empty")]
    public void ABadValueIsRejectedNamingItsKeyAndValue(string key, string value, string message)
    {
        var error = Reject((key, value));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void AMissingAccountIdIsRejected()
    {
        var error = Assert.Throws<ConfigValidationException>(() => ConfigReader.Read(_ => null))!;
        Assert.That(error.Message, Does.Contain("numinia-infra:accountId: is missing"));
    }

    [Test]
    public void EveryProblemIsReportedAtOnce()
    {
        var error = Reject(("vpcCidr", "nope"), ("natGateways", "many"), ("flowLogRetentionDays", "2"));
        Assert.That(error.Problems.Select(p => p.Key), Is.EquivalentTo(new[]
        {
            "numinia-infra:vpcCidr", "numinia-infra:natGateways", "numinia-infra:flowLogRetentionDays",
        }));
        Assert.That(error.Message, Does.StartWith("The stack configuration has 3 problems:"));
    }
}
