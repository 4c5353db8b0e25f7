#if PULUMI_OFFLINE
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// The two ways to reach the private API server on a first deployment: private only (the default, from the
/// VPN or a runner in the VPC), or a public endpoint for the listed bootstrap addresses, which the policy
/// check flags until they are removed.
/// </summary>
public sealed class ClusterEndpointAccessTests
{
    private const string Operator = "203.0.113.10/32";

    private static async Task<ResourceRegistration> ClusterAsync(params string[] overrides)
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig(overrides));
        return plan.Resources.Single(r => r.Type == PolicyTokens.EksCluster);
    }

    private static async Task<PolicyPlan> PolicyPlanAsync(params string[] overrides)
        => new((await Planner.RunAsync(Harness.ProdConfig(overrides))).Resources);

    [Test]
    public async Task ByDefaultTheEndpointIsPrivateOnly()
    {
        var cluster = await ClusterAsync();
        Assert.Multiple(() =>
        {
            Assert.That(cluster.Input("endpointPublicAccess"), Is.EqualTo(false));
            Assert.That(cluster.Input("endpointPrivateAccess"), Is.EqualTo(true));
            Assert.That(cluster.Input("publicAccessCidrs"), Is.Null.Or.Empty, "no public addresses are sent");
        });
    }

    [Test]
    public async Task BootstrapAddressesOpenThePublicEndpointToThemOnly()
    {
        var cluster = await ClusterAsync($"clusterPublicAccessCidrs=[\"{Operator}\"]");
        Assert.Multiple(() =>
        {
            Assert.That(cluster.Input("endpointPublicAccess"), Is.EqualTo(true));
            Assert.That(cluster.Input("endpointPrivateAccess"), Is.EqualTo(true), "nodes and the VPN keep the private endpoint");
            Assert.That(cluster.Input("publicAccessCidrs"), Is.EqualTo(new object[] { Operator }));
        });
    }

    [Test]
    public async Task ThePolicyCheckWarnsWhileBootstrapAddressesAreSetAndPassesTheMandatoryRule()
    {
        var bootstrap = await PolicyPlanAsync($"clusterPublicAccessCidrs=[\"{Operator}\"]");
        var privateOnly = await PolicyPlanAsync();
        Assert.Multiple(() =>
        {
            Assert.That(new EksEndpointPublicBootstrap().Severity, Is.EqualTo(PolicySeverity.Advisory));
            Assert.That(new EksEndpointPublicBootstrap().Check(bootstrap).Select(v => v.Message), Has.Some.Contains(Operator));
            Assert.That(new EksEndpointPrivate().Check(bootstrap), Is.Empty, "listed addresses are allowed");
            Assert.That(new EksEndpointPublicBootstrap().Check(privateOnly), Is.Empty);
            Assert.That(new EksEndpointPrivate().Check(privateOnly), Is.Empty);
        });
    }

    [Test]
    public void APublicEndpointOpenToEveryoneFailsTheMandatoryRule()
    {
        var plan = new PlanFixture();
        var open = plan.Add(PolicyTokens.EksCluster, "open",
            new { endpointPublicAccess = true, endpointPrivateAccess = true, publicAccessCidrs = new[] { "0.0.0.0/0" } });
        var unlisted = plan.Add(PolicyTokens.AwsEksCluster, "unlisted",
            new { vpcConfig = new { endpointPublicAccess = true, endpointPrivateAccess = true } });
        var violations = plan.Check(new EksEndpointPrivate());
        Assert.Multiple(() =>
        {
            Assert.That(violations.Where(v => v.Urn == open.Urn).Select(v => v.Message), Has.Some.Contains("publicAccessCidrs contains 0.0.0.0/0"));
            Assert.That(violations.Where(v => v.Urn == unlisted.Urn).Select(v => v.Message), Has.Some.Contains("with no vpcConfig.publicAccessCidrs"));
        });
    }
}
#endif
