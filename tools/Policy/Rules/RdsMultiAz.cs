#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Advisory: a database survives the loss of an availability zone. An Aurora cluster has instances
/// in at least two zones, each instance's <c>availabilityZone</c> set (an instance without one lands
/// where RDS chooses and may share a zone); a standalone instance sets <c>multiAz</c>. Advisory
/// because the live platform runs a single instance and a second one doubles the cost.
/// </summary>
public sealed class RdsMultiAz : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "rds-multi-az";

    /// <inheritdoc />
    public override string Title => "RDS databases have instances in at least two availability zones";

    /// <inheritdoc />
    public override PolicySeverity Severity => PolicySeverity.Advisory;

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.RdsCluster, PolicyTokens.RdsClusterInstance, PolicyTokens.RdsInstance];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var cluster in plan.OfType(PolicyTokens.RdsCluster))
        {
            var instances = plan.Referencing(cluster, PolicyTokens.RdsClusterInstance, "clusterIdentifier").ToArray();
            var zones = instances.Select(i => PolicyValues.AsString(i.Input("availabilityZone"))).OfType<string>()
                .ToImmutableSortedSet(StringComparer.Ordinal);
            if (zones.Count < 2)
            {
                yield return Violation(cluster, $"has {instances.Length} instance(s) placed in {zones.Count} availability zone(s) " +
                                                $"({IamPolicyDocument.Join(zones)}); place instances in at least two (availabilityZone)");
            }
        }

        foreach (var instance in plan.OfType(PolicyTokens.RdsInstance))
        {
            if (PolicyValues.AsBool(instance.Input("multiAz")) != true)
            {
                yield return Violation(instance, $"multiAz is {PolicyValues.Show(instance.Input("multiAz"))}; it should be true");
            }
        }
    }
}
#endif
