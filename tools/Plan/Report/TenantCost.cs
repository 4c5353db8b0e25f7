#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;
using Numinia.Infra.Policy;
using Pulumi.Offline;
using static Numinia.Infra.Plan.Report.PriceTable;

namespace Numinia.Infra.Plan.Report;

/// <summary>One part of an organization's monthly cost, at idle and with its quotas fully used.</summary>
/// <param name="Item">What is paid for.</param>
/// <param name="Basis">How it follows from the plan.</param>
/// <param name="Idle">At idle.</param>
/// <param name="Max">With its quotas' requests fully used.</param>
public sealed record TenantCostLine(string Item, string Basis, decimal Idle, decimal Max);

/// <summary>One organization's share of the platform's monthly cost.</summary>
/// <param name="Organization">The organization's name.</param>
/// <param name="Lines">Its parts.</param>
public sealed record TenantCost(string Organization, ImmutableArray<TenantCostLine> Lines)
{
    /// <summary>The total at idle.</summary>
    public decimal Idle => Lines.Sum(l => l.Idle);

    /// <summary>The total with its quotas fully used.</summary>
    public decimal Max => Lines.Sum(l => l.Max);
}

/// <summary>
/// The cost report's split by organization: each organization's node capacity (its environments' quota requests priced at
/// what the general group's nodes cost for what they give pods, the scarcer of CPU and memory deciding), its Secrets Manager
/// secrets, and an even share of the Kourier NLB (with its public addresses) and of the hosted zone; what is left is the
/// platform's shared cost. Idle capacity is zero: tenants' applications are Knative services that scale to zero, and the
/// general group's minimum holds the platform's own pods only. A tenant stack's plan (one organization, no node group of
/// its own) is priced at the default general instance type; its NLB and zone share are the platform stack's to report.
/// </summary>
public static class TenantCostCalculator
{
    /// <summary>Each organization of the plan, by name.</summary>
    public static ImmutableArray<TenantCost> Of(IReadOnlyList<ResourceRegistration> resources, PriceTable table, CapacityFit fit)
    {
        var organizations = resources.Where(r => r.Type == PolicyTokens.Namespace)
            .Select(r => (Namespace: PolicyValues.AsString(r.Input("metadata", "name")), Organization: PolicyValues.AsString(r.Input("metadata", "labels", NamespaceLabels.Organization))))
            .Where(n => n.Namespace is not null && n.Organization is not null)
            .GroupBy(n => n.Organization!, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Select(n => n.Namespace!).ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        if (organizations.IsEmpty)
        {
            return ImmutableArray<TenantCost>.Empty;
        }

        var hours = table.HoursPerMonth;
        var (type, perNode) = NodeRate(fit);
        var nodeMonth = table.Instances.GetValueOrDefault(type) * hours;
        var nlbs = resources.Count(r => KubernetesManifests.IsObject(r) && KubernetesManifests.ApiVersionAndKind(r).Kind == "KnativeServing");
        var zones = resources.Count(r => r.Custom && r.Type == "aws:route53/zone:Zone");
        var shared = nlbs * ((table.Price(Prices.NlbHour) * hours) + (table.Assume(Assumptions.PublicIpv4PerInternetFacingLoadBalancer) * table.Price(Prices.PublicIpv4Hour) * hours));
        var zone = zones * table.Price(Prices.Route53HostedZoneMonth);
        var count = organizations.Count;

        return organizations.Select(o =>
        {
            var asked = fit.Quotas.Where(q => o.Value.Contains(q.Namespace)).Aggregate(Resources.Zero, (sum, q) => sum + q.Quota);
            var nodes = perNode.CpuMillis > 0 && perNode.MemoryMiB > 0 ? Math.Max(asked.CpuMillis / perNode.CpuMillis, asked.MemoryMiB / perNode.MemoryMiB) : 0;
            var secrets = resources.Count(r => r.Custom && r.Type == "aws:secretsmanager/secret:Secret"
                                               && PolicyValues.AsString(r.Input("tags", Organization.OrganizationTag)) == o.Key);
            var secretPrice = secrets * table.Price(Prices.SecretsManagerSecretMonth);
            var lines = ImmutableArray.Create(
                new TenantCostLine("node capacity", Inv($"quotas {CapacityReport.Cores(asked.CpuMillis)} vCPU / {CapacityReport.Gib(asked.MemoryMiB)} GiB = {nodes:0.##} {type} node(s) of {CapacityReport.Cores(perNode.CpuMillis)} vCPU / {CapacityReport.Gib(perNode.MemoryMiB)} GiB for pods; idle 0 (Knative scales to zero)"),
                    0, nodes * nodeMonth),
                new TenantCostLine("Secrets Manager secrets", Inv($"{secrets} secret(s)"), secretPrice, secretPrice));
            if (nlbs > 0 || zones > 0)
            {
                var part = (shared + zone) / count;
                lines = lines.Add(new TenantCostLine("load balancer and DNS share", Inv($"1/{count} of {nlbs} Kourier NLB(s) with their addresses and {zones} hosted zone(s)"), part, part));
            }

            return new TenantCost(o.Key, lines);
        }).ToImmutableArray();
    }

    /// <summary>The section of the cost report: the platform's shared cost, then each organization's.</summary>
    public static string ToText(ImmutableArray<TenantCost> tenants, CostEstimate estimate)
    {
        if (tenants.IsEmpty)
        {
            return "";
        }

        var text = new StringBuilder("\nCost per organization (idle: applications scaled to zero; max: the quotas' requests fully used):\n");
        text.Append(CultureInfo.InvariantCulture, $"  {"platform (shared)",-40} {CostEstimator.Money(estimate.IdleTotal - tenants.Sum(t => t.Idle)),10}  everything not below\n");
        foreach (var tenant in tenants)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {tenant.Organization,-40} {CostEstimator.Money(tenant.Idle),10} {CostEstimator.Money(tenant.Max),10}\n");
            foreach (var line in tenant.Lines)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {line.Item,-38} {CostEstimator.Money(line.Idle),10} {CostEstimator.Money(line.Max),10}  {line.Basis}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The general group's instance type and what one of its nodes gives pods; the default type's when the plan has none.</summary>
    private static (string Type, Resources PerNode) NodeRate(CapacityFit fit)
    {
        if (fit.Groups.FirstOrDefault(g => !g.Tainted) is { } general)
        {
            return (general.InstanceType, general.ForPods);
        }

        var type = NodeGroupSpec.Live.Single(g => g.Purpose == NodeGroupPurpose.General).InstanceTypes[0];
        var instance = InstanceTypeTable.Find(type)!;
        var reserved = new Resources(CapacityCalculator.KubeReservedCpuMillis(instance.VCpus),
            (instance.MemoryMiB * CapacityCalculator.VmMemoryOverhead) + CapacityCalculator.KubeReservedMemoryMiB(instance.MaxPods) + CapacityCalculator.EvictionMemoryMiB, 0);
        return (type, new Resources(instance.VCpus * 1000m, instance.MemoryMiB, 0) - reserved);
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
#endif
