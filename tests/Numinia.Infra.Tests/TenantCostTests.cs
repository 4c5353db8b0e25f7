#if PULUMI_OFFLINE
using Numinia.Infra.Plan.Report;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The cost report's split by organization: the platform's shared cost and each organization's node capacity, secrets and
/// share of the load balancer and zone, at idle and at its quotas' maximum, for inline organizations and tenant stacks.
/// </summary>
[NonParallelizable]
public sealed class TenantCostTests
{
    private static async Task<(System.Collections.Immutable.ImmutableArray<TenantCost> Tenants, CostEstimate Estimate)> ProdAsync()
    {
        var plan = await Harness.ProdPlanAsync();
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        var resources = plan.Resources.ToList();
        return (TenantCostCalculator.Of(resources, table, CapacityCalculator.Compute(resources)), CostEstimator.Estimate(resources, table));
    }

    [Test]
    public async Task TheCostSplitsIntoThePlatformsSharedCostAndEachOrganizationsShare()
    {
        var (tenants, estimate) = await ProdAsync();
        Assert.That(tenants.Select(t => t.Organization), Is.EqualTo(new[] { "active-inference", "numen-games", "numinia", "r3s3t" }));
        var shared = estimate.IdleTotal - tenants.Sum(t => t.Idle);
        Assert.That(shared, Is.GreaterThan(0).And.LessThan(estimate.IdleTotal));
        Assert.That(TenantCostCalculator.ToText(tenants, estimate), Does.Contain("platform (shared)").And.Contain(CostEstimator.Money(shared)));
    }

    [Test]
    public async Task AnOrganizationsCapacityCostsNothingAtIdleAndItsQuotasAtMax()
    {
        var (tenants, _) = await ProdAsync();
        foreach (var tenant in tenants)
        {
            var capacity = tenant.Lines.Single(l => l.Item == "node capacity");
            Assert.That(capacity.Idle, Is.Zero, tenant.Organization);
            Assert.That(capacity.Max, Is.GreaterThan(0), tenant.Organization);
        }
    }

    [Test]
    public async Task AnOrganizationPaysForItsOwnSecretsAndAnEvenShareOfTheLoadBalancerAndZone()
    {
        var (tenants, _) = await ProdAsync();
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        Assert.Multiple(() =>
        {
            foreach (var tenant in tenants)
            {
                // Two environments, an application settings secret each.
                Assert.That(tenant.Lines.Single(l => l.Item == "Secrets Manager secrets").Idle, Is.EqualTo(2 * table.Price(PriceTable.Prices.SecretsManagerSecretMonth)));
            }

            Assert.That(tenants.Select(t => t.Lines.Single(l => l.Item == "load balancer and DNS share").Idle).Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ATenantStackPlanPricesItsOrganization()
    {
        var (code, output, error) = await Harness.PlanAsync("--stack", "prod-numinia", "--platform-config", "tenancy=stacks", "--report", "cost", "--quiet");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("Cost per organization").And.Match(@"\n  numinia\s+0\.80\s+\d"));
    }
}
#endif
