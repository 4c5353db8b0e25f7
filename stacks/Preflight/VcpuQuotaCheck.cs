using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Compute;
using Numinia.Stacks.Config;

namespace Numinia.Stacks.Preflight;

/// <summary>An EC2 vCPU quota: its Service Quotas code, its name and the instance families (their letters) it counts.</summary>
/// <param name="Code">The quota code, e.g. <c>L-1216C47A</c>.</param>
/// <param name="Name">The quota's name in Service Quotas.</param>
/// <param name="Families">The family letters it counts (<c>m</c> of m6i, <c>g</c> of g5).</param>
public sealed record VcpuQuota(string Code, string Name, ImmutableArray<string> Families);

/// <summary>
/// The EC2 on-demand vCPU quotas against what the node groups need at their maximum: for each quota, the sum over the
/// on-demand groups of its families of maxSize × the vCPUs of the group's largest instance type (the Auto Scaling
/// group may launch any of its types). EC2 counts running on-demand instances against these quotas per family group
/// (https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html; codes as Service Quotas lists them
/// for the service code <c>ec2</c>). The data source answers with the applied value, or the AWS default when the
/// account never changed it (hashicorp/terraform-provider-aws, internal/service/servicequotas/service_quota_data_source.go:
/// GetServiceQuota, then GetAWSDefaultServiceQuota on NoSuchResourceException).
/// </summary>
public static class VcpuQuotaCheck
{
    /// <summary>The Service Quotas code of EC2.</summary>
    public const string ServiceCode = "ec2";

    /// <summary>Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances.</summary>
    public static readonly VcpuQuota Standard = new("L-1216C47A", "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances",
        ImmutableArray.Create("a", "c", "d", "h", "i", "m", "r", "t", "z"));

    /// <summary>Running On-Demand G and VT instances (the GPU group's g5).</summary>
    public static readonly VcpuQuota GAndVt = new("L-DB2E81BA", "Running On-Demand G and VT instances", ImmutableArray.Create("g", "vt"));

    /// <summary>Running On-Demand P instances.</summary>
    public static readonly VcpuQuota P = new("L-417A185B", "Running On-Demand P instances", ImmutableArray.Create("p"));

    /// <summary>The quotas preflight reads.</summary>
    public static readonly ImmutableArray<VcpuQuota> All = ImmutableArray.Create(Standard, GAndVt, P);

    private static readonly Regex s_familyLetters = new("^([a-z]+)[0-9]", RegexOptions.CultureInvariant);

    /// <summary>The quota that counts <paramref name="instanceType"/>, or null (a family none of <see cref="All"/> counts).</summary>
    public static VcpuQuota? QuotaOf(string instanceType)
    {
        var match = s_familyLetters.Match(instanceType);
        return match.Success ? All.FirstOrDefault(q => q.Families.Contains(match.Groups[1].Value)) : null;
    }

    /// <summary>One problem per quota below what the on-demand groups it counts need at their maximum.</summary>
    public static IEnumerable<ConfigProblem> Problems(ImmutableArray<NodeGroupSpec> groups, ImmutableDictionary<string, double> quotas, string region)
    {
        var needs = groups
            .Where(g => g.CapacityType == "ON_DEMAND" && !g.InstanceTypes.IsDefaultOrEmpty)
            .Select(g => (Group: g, Largest: g.InstanceTypes.Select(InstanceTypeTable.Find).OfType<InstanceTypeInfo>().MaxBy(t => t.VCpus)))
            .Where(n => n.Largest is not null && QuotaOf(n.Largest.Name) is not null)
            .Select(n => (n.Group, Largest: n.Largest!, Quota: QuotaOf(n.Largest!.Name)!, VCpus: n.Group.MaxSize * n.Largest!.VCpus))
            .GroupBy(n => n.Quota);
        foreach (var need in needs)
        {
            var total = need.Sum(n => n.VCpus);
            if (!quotas.TryGetValue(need.Key.Code, out var quota) || total <= quota)
            {
                continue;
            }

            // The group that needs the most names the key: lowering its maximum, or raising the quota, is the remedy.
            var largest = need.OrderByDescending(n => n.VCpus).First();
            var parts = string.Join(" + ", need.Select(n => $"{n.Group.KeyOf(NodeGroupSpec.Keys.MaxSize)} {n.Group.MaxSize} × {n.Largest.Name} ({n.Largest.VCpus} vCPUs)"));
            yield return new ConfigProblem($"{PlatformConfig.Project}:{largest.Group.KeyOf(NodeGroupSpec.Keys.MaxSize)}",
                largest.Group.MaxSize.ToString(CultureInfo.InvariantCulture),
                $"needs {total} vCPUs counted by '{need.Key.Name}' at the node groups' maximum ({parts}), but the account's quota {need.Key.Code} in {region} is "
                + $"{quota.ToString(CultureInfo.InvariantCulture)} vCPUs; lower the maximum or ask for more: aws service-quotas request-service-quota-increase "
                + $"--service-code {ServiceCode} --quota-code {need.Key.Code} --desired-value {total} --region {region}");
        }
    }
}
