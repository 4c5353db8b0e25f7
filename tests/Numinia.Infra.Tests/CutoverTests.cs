#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Network;
using Numinia.Infra.Plan;
using Numinia.Infra.Plan.Report;
using Numinia.Infra.Policy;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The cutover (README, "Cutover"): the new cluster runs beside the live one on the adopted private subnets, so the plan
/// says whether those subnets hold both clusters' nodes and pods; and the new cluster's external-dns never changes a
/// record it did not create, so the world records move only when the operator moves them.
/// </summary>
[NonParallelizable]
public sealed class CutoverTests
{
    private static LiveClusterFacts Live(StackConfigFile config)
        => LiveClusterFacts.Of(config.Values.GetValueOrDefault, config.Values.Keys, config.SecretKeys)
           ?? throw new AssertionException("the stack adopts no network, so it runs beside no live cluster");

    [Test]
    public async Task ThePlanCountsBothClustersInEachPrivateSubnet()
    {
        var config = Harness.ProdConfig();
        var live = Live(config);
        var fit = AddressCalculator.Compute((await Harness.ProdPlanAsync()).Resources, live.Name, live.NodeGroups);

        Assert.That(fit.LiveCluster, Is.EqualTo("production-numinia"));
        Assert.That(fit.Subnets.Select(s => s.Zone), Is.EqualTo(new[] { "eu-west-1a", "eu-west-1b", "eu-west-1c" }));
        foreach (var subnet in fit.Subnets)
        {
            Assert.That(subnet.Uses.Select(u => u.Owner).Distinct(), Is.SupersetOf(new[] { "numinia-production", "production-numinia" }), subnet.Name);

            // LIVE.md 3.1: t3.medium up to 8 nodes over the three private subnets, so up to 3 here, 3 ENIs x 6 addresses each.
            Assert.That(subnet.Uses.Single(u => u.Owner == "production-numinia" && u.What.Contains("t3.medium", StringComparison.Ordinal)).AtMax,
                Is.EqualTo(3 * 3 * 6), subnet.Name);
        }

        Assert.That(fit.Warnings, Is.Empty);
    }

    [Test]
    public async Task SubnetsThatCannotHoldBothClustersAreNamedWithTheBlockTheyNeed()
    {
        // A /24 per zone (251 usable) against the general group's 4 m6i.xlarge (60 addresses each) and the rest.
        var config = Harness.ProdConfig("privateSubnetCidrs=[\"10.0.16.0/24\",\"10.0.17.0/24\",\"10.0.18.0/24\"]");
        var live = Live(config);
        var plan = await Planner.RunAsync(config);
        var fit = AddressCalculator.Compute(plan.Resources, live.Name, live.NodeGroups);

        Assert.That(fit.Holds, Is.False);
        var first = fit.Subnets[0];
        Assert.That(first.Usable, Is.EqualTo(251));
        Assert.That(first.AtMax, Is.GreaterThan(first.Usable));
        Assert.That((1L << (32 - first.PrefixNeeded)) - AddressCalculator.ReservedByAws, Is.GreaterThanOrEqualTo(first.AtMax));
        Assert.That((1L << (32 - first.PrefixNeeded - 1)) - AddressCalculator.ReservedByAws, Is.LessThan(first.AtMax),
            "the prefix named is the smallest block that holds them");
        Assert.That(AddressReport.Verdict(fit), Does.Contain("DO NOT hold").And.Contain($"{first.Name} (10.0.16.0/24) is {first.AtMax - 251} addresses short"));
    }

    [Test]
    public async Task TheLiveClusterUncountedIsSaid()
    {
        var fit = AddressCalculator.Compute((await Harness.ProdPlanAsync()).Resources, "production-numinia", ImmutableArray<LiveNodeGroup>.Empty);

        Assert.That(fit.LiveCluster, Is.Null);
        Assert.That(fit.Subnets.SelectMany(s => s.Uses).Select(u => u.Owner), Has.None.EqualTo("production-numinia"));
        Assert.That(fit.Warnings, Has.Some.Contains("liveClusterNodeGroups does not say its node groups"));
    }

    [TestCase("t3.medium", 12, 18)]
    [TestCase("m5.large", 20, 30)]
    [TestCase("m6i.xlarge", 30, 60)]
    public void ANodeHoldsTwoInterfacesWithPodsAndAllOfThemBusy(string type, int atMin, int atMax)
    {
        // aws/amazon-vpc-cni-k8s v1.20.4, docs/eni-and-ip-target.md: WARM_ENI_TARGET=1 keeps a whole spare interface; the
        // interfaces and addresses per interface are the AMI's (awslabs/amazon-eks-ami v20260724, instance-info.jsonl).
        Assert.That(AddressCalculator.PerNode(type, new List<string>(), type), Is.EqualTo((atMin, atMax)));
    }

    [Test]
    public async Task EveryPlanBesideALiveClusterSaysWhetherTheSubnetsHoldBoth()
    {
        var (code, _, error) = await Harness.PlanAsync();

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain("note: the private subnets hold both clusters' nodes and pods (the live production-numinia beside this one)"));
    }

    [Test]
    public async Task APlanWithTheLiveBlocksGivenCountsThemAndNotTheComputedOnes()
    {
        var (code, _, error) = await Harness.PlanAsync("--config", "privateSubnetCidrs=[\"10.0.16.0/24\",\"10.0.17.0/24\",\"10.0.18.0/24\"]");

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(error, Does.Contain("note: the private subnets DO NOT hold both clusters'").And.Contain("(10.0.16.0/24)"));
        Assert.That(error, Does.Not.Contain("privateSubnetCidrs is a placeholder").And.Not.Contain("with the computed blocks"),
            "a key given with --config is filled in");
    }

    [Test]
    public async Task ExternalDnsOnTheNewClusterChangesNoRecordItDidNotCreate()
    {
        var plan = await Harness.ProdPlanAsync();
        var values = PolicyValues.AsMap(plan.Resources.Single(r => r.Name == "external-dns-release").Input("values"))!;
        var owner = PolicyValues.AsString(values["txtOwnerId"])!;
        Assert.That(PolicyValues.AsString(values["registry"]), Is.EqualTo("txt"), "ownership is the TXT registry's");
        Assert.That(owner, Is.Not.EqualTo(Harness.ProdConfig().Values["numinia-infra:liveClusterName"]));

        // The zone during the cutover: world records made by hand (no owner), one moved to the new Kourier by hand, and
        // the new cluster's own record. Its desired records are the Kourier Service's only.
        var current = new[]
        {
            new DnsRecord("multiplex.numinia.xyz", "CNAME", "old-kourier.elb.eu-west-1.amazonaws.com", null),
            new DnsRecord("pre.portfolio.numinia.xyz", "CNAME", "kourier.numinia.xyz", null),
            new DnsRecord("kourier.numinia.xyz", "CNAME", "new-kourier.elb.eu-west-1.amazonaws.com", owner),
            new DnsRecord("statics.numinia.xyz", "A", "d1.cloudfront.net", null),
        };
        var desired = new[] { new DnsRecord("kourier.numinia.xyz", "CNAME", "newer-kourier.elb.eu-west-1.amazonaws.com", null) };

        var changes = ExternalDnsPlan.Calculate(current, desired, owner, policySync: true);

        Assert.That(changes.Select(c => c.Record.Name), Is.EqualTo(new[] { "kourier.numinia.xyz" }));
        Assert.That(changes.Single().Kind, Is.EqualTo("update"));

        // Were its owner the live cluster's, it would take over that cluster's records: the reason for the rule.
        var liveOwned = current.Select(r => r with { Owner = r.Owner is null ? "production-numinia" : r.Owner }).ToArray();
        Assert.That(ExternalDnsPlan.Calculate(liveOwned, desired, "production-numinia", policySync: true).Where(c => c.Kind == "delete"), Is.Not.Empty);
    }

    /// <summary>A record of the zone and the owner its TXT registry entry names (null: none, a record made by hand).</summary>
    private sealed record DnsRecord(string Name, string Type, string Target, string? Owner);

    private sealed record DnsChange(string Kind, DnsRecord Record);

    /// <summary>
    /// external-dns's plan with an owner id (kubernetes-sigs/external-dns v0.21.0, plan/plan.go, Calculate): deletes and
    /// updates are kept only for records whose owner label is this owner (FilterEndpointsByOwnerID, lines 229-234), and a
    /// create is skipped when a record of that name exists with another owner (lines 254-268). With policy sync, a record
    /// it no longer wants is deleted; with upsert-only, never.
    /// </summary>
    private static class ExternalDnsPlan
    {
        public static ImmutableArray<DnsChange> Calculate(IEnumerable<DnsRecord> current, IEnumerable<DnsRecord> desired, string ownerId, bool policySync)
        {
            var changes = ImmutableArray.CreateBuilder<DnsChange>();
            var existing = current.ToDictionary(r => (r.Name, r.Type));
            foreach (var want in desired)
            {
                if (!existing.TryGetValue((want.Name, want.Type), out var have))
                {
                    changes.Add(new DnsChange("create", want with { Owner = ownerId }));
                }
                else if (have.Target != want.Target && have.Owner == ownerId)
                {
                    changes.Add(new DnsChange("update", want with { Owner = ownerId }));
                }
            }

            if (policySync)
            {
                var wanted = desired.Select(r => (r.Name, r.Type)).ToHashSet();
                changes.AddRange(existing.Values.Where(r => !wanted.Contains((r.Name, r.Type)) && r.Owner == ownerId).Select(r => new DnsChange("delete", r)));
            }

            return changes.ToImmutable();
        }
    }
}
#endif
