#if PULUMI_OFFLINE
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Numinia.Components.Tenants;
using Numinia.Infra.Plan;
using Numinia.Stacks.Config;

namespace Numinia.Infra.Bench;

public static partial class BenchCommand
{
    /// <summary>The organization the benchmark's tenant stack builds: one of the live four, present at every count.</summary>
    private const string BenchTenant = "numinia";

    /// <summary>
    /// Per organization count: the platform stack with <c>tenancy: stacks</c>, and one tenant stack whose list has that many
    /// organizations. A tenant stack's process plans its platform stack first (the stack reference's outputs); its own
    /// cost is the process's minus that part.
    /// </summary>
    private static async Task<IReadOnlyList<TenancyFigures>> MeasureTenancyAsync(string root, string work, StackConfigFile prod, JsonArray live,
        int[] counts, int runs, TextWriter error)
    {
        var project = prod.ProjectName;
        var figures = new List<TenancyFigures>();
        foreach (var count in counts)
        {
            var organizations = SyntheticOrganizations.Generate(live, count);
            var platformValues = new Dictionary<string, string>(prod.Values, StringComparer.Ordinal) { [$"{project}:{TenantsSettings.TenancyKey}"] = "stacks" };
            var platformFile = WriteStackFile(work, prod, organizations, count, "-platform", platformValues);
            var tenantValues = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [$"{project}:{TenantsSettings.OrganizationsKey}"] = organizations.ToJsonString(),
                [$"{project}:{TenantStackConfig.OrganizationKey}"] = BenchTenant,
                [$"{project}:{TenantStackConfig.PlatformStackKey}"] = TenantStackConfig.DefaultPlatformStack,
            };
            var tenantFile = WriteStackFile(work, prod, organizations, count, "-tenant", tenantValues);

            var platform = new List<PlanSample>();
            var tenant = new List<PlanSample>();
            for (var run = 0; run < runs; run++)
            {
                error.WriteLine($"bench: {count} organizations in their own stacks, run {run + 1}/{runs}...");
                platform.Add(await PlanOnceAsync(root, platformFile, work).ConfigureAwait(false));
                tenant.Add(await PlanOnceAsync(root, tenantFile, work, "--platform-config", $"{TenantsSettings.TenancyKey}=stacks").ConfigureAwait(false));
            }

            figures.Add(new TenancyFigures(
                count,
                PlanFigures.Median(count, platform),
                tenant[0].Stats.Resources,
                PlanFigures.MedianOf(tenant.Select(s => s.Stats.PlanSeconds - s.Stats.ReferencedPlanSeconds)),
                (long)PlanFigures.MedianOf(tenant.Select(s => (double)(s.Stats.AllocatedBytes - s.Stats.ReferencedAllocatedBytes))),
                PlanFigures.MedianOf(tenant.Select(s => s.WallSeconds))));
        }

        return figures;
    }

    private static void RenderTenancy(StringBuilder md, IReadOnlyList<TenancyFigures> tenancy, IReadOnlyList<PlanFigures> inline, int runs)
    {
        if (tenancy.Count == 0)
        {
            return;
        }

        var culture = CultureInfo.InvariantCulture;
        md.AppendLine();
        md.AppendLine("## Tenants in their own stacks (`tenancy: stacks`), beside inline");
        md.AppendLine();
        md.AppendLine("Median of " + runs.ToString(culture) + " runs. *Platform*: the prod stack with `tenancy: stacks` and that many organizations in its list. "
            + "*Tenant stack*: one tenant stack (`organization: " + BenchTenant + "`) whose list has that many organizations; its process plans "
            + "the platform stack first for the stack reference, so its own plan time and allocations are the process's minus that part, "
            + "and its wall time includes the platform's plan. *Inline*: the table above.");
        md.AppendLine();
        md.AppendLine("| organizations | inline: resources | inline: plan (s) | platform: resources | platform: plan (s) | platform: peak memory (MB) | tenant stack: resources | tenant stack: own plan (s) | tenant stack: own allocations (MB) | tenant stack: process wall (s) |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var t in tenancy)
        {
            var i = inline.FirstOrDefault(p => p.Organizations == t.Organizations);
            md.AppendLine(culture,
                $"| {t.Organizations} | {i?.Resources.ToString(culture) ?? ""} | {i?.PlanSeconds.ToString("0.00", culture) ?? ""} | {t.Platform.Resources} | {t.Platform.PlanSeconds:0.00} | {t.Platform.PeakMemoryBytes / 1e6:0.0} | {t.TenantResources} | {t.TenantPlanSeconds:0.00} | {t.TenantAllocatedBytes / 1e6:0.0} | {t.TenantWallSeconds:0.00} |");
        }
    }

    private sealed record TenancyFigures(int Organizations, PlanFigures Platform, int TenantResources, double TenantPlanSeconds, long TenantAllocatedBytes,
        double TenantWallSeconds);
}
#endif
