#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Plan.Report;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Advisory: the ResourceQuotas never ask for more than the node groups can ever schedule. The quotas' requests
/// are summed per pool of node groups their namespaces' workloads land on and compared with what those groups give
/// pods at their maximum size, as <see cref="CapacityCalculator"/> computes it (allocatable per node, less the
/// DaemonSets). A quota above it promises a namespace what the cluster cannot deliver: its pods wait Pending with
/// the autoscaler at its maximum. Advisory, because quotas overcommit on purpose as long as namespaces do not all
/// use theirs at once; the capacity report (<c>plan --report capacity</c>) has the figures. A plan without node
/// groups (a tenant stack) has nothing to compare with and passes.
/// </summary>
public sealed class QuotasFitNodeGroups : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "quotas-fit-node-groups";

    /// <inheritdoc />
    public override string Title => "ResourceQuota requests fit what the node groups they land on can schedule at maximum size";

    /// <inheritdoc />
    public override PolicySeverity Severity => PolicySeverity.Advisory;

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.ResourceQuota, PolicyTokens.NodeGroup];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var fit = CapacityCalculator.Compute(plan.Resources);
        if (fit.Groups.IsEmpty)
        {
            yield break;
        }

        foreach (var pool in fit.Pools.Where(p => !p.Fits))
        {
            var (asked, max) = (pool.Asked, pool.AtMax);
            var over = new List<(string Asked, string Max)>();
            if (asked.CpuMillis > max.CpuMillis)
            {
                over.Add(($"{CapacityReport.Cores(asked.CpuMillis)} vCPU", $"{CapacityReport.Cores(max.CpuMillis)} vCPU"));
            }

            if (asked.MemoryMiB > max.MemoryMiB)
            {
                over.Add(($"{CapacityReport.Gib(asked.MemoryMiB)} GiB", $"{CapacityReport.Gib(max.MemoryMiB)} GiB"));
            }

            if (asked.Gpus > max.Gpus)
            {
                over.Add(($"{asked.Gpus:0} GPUs", $"{max.Gpus:0} GPUs"));
            }

            var groups = pool.Groups.IsEmpty
                ? "no node group"
                : string.Join(" + ", pool.Groups.Select(g => $"{g.NodeGroup} ({g.MaxSize} × {g.InstanceType} at its maximum)"));
            var message = $"the quotas of {string.Join(", ", pool.Quotas.Select(q => q.Namespace))} ask for {string.Join(" and ", over.Select(o => o.Asked))}, "
                + $"but {groups} can give pods at most {string.Join(" and ", over.Select(o => o.Max))} after the AMI's reservations and the DaemonSets";
            var resource = pool.Groups.FirstOrDefault()?.Urn ?? pool.Quotas[0].Urn;
            yield return new PolicyViolation(Id, resource, message);
        }
    }
}
#endif
