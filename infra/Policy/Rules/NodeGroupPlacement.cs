#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Node groups run only in the private tier and across at least two availability zones. A subnet is
/// private-tier when it carries the tag the AWS Load Balancer Controller reads for internal load
/// balancers, <c>kubernetes.io/role/internal-elb=1</c>, does not carry the public tier's
/// <c>kubernetes.io/role/elb</c>, and does not map public IPs on launch. Each id in the group's
/// <c>subnetIds</c> is resolved to the subnet registration of this stack with that id; an id that is
/// not a subnet of this stack cannot be shown private and fails.
/// </summary>
public sealed class NodeGroupPlacement : PolicyRule
{
    /// <summary>The tag that marks the private tier.</summary>
    public const string PrivateTierTag = "kubernetes.io/role/internal-elb";

    /// <summary>The tag that marks the public tier.</summary>
    public const string PublicTierTag = "kubernetes.io/role/elb";

    /// <inheritdoc />
    public override string Id => "node-groups-private-multi-az";

    /// <inheritdoc />
    public override string Title => "Node groups run only in private-tier subnets, across at least two availability zones";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.NodeGroup, PolicyTokens.EksManagedNodeGroup];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var group in plan.OfTypes(ResourceTypes))
        {
            var ids = group.Input("subnetIds");
            if (PolicyValues.IsUnknown(ids) || PolicyValues.AsList(ids).Any(PolicyValues.IsUnknown))
            {
                yield return Violation(group, "subnetIds are unknown at plan time: their tier cannot be checked");
                continue;
            }

            var subnetIds = PolicyValues.AsStrings(ids);
            if (subnetIds.IsEmpty)
            {
                yield return Violation(group, "subnetIds is empty: the group's placement is not declared");
                continue;
            }

            var zones = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var id in subnetIds)
            {
                var subnet = plan.Resolve(id, PolicyTokens.Subnet);
                if (subnet is null)
                {
                    yield return Violation(group, $"subnet {id} is not a subnet of this stack, so it cannot be shown to be private");
                    continue;
                }

                if (!IsPrivateTier(subnet))
                {
                    yield return Violation(group, $"subnet {id} ({subnet.Name}) is not private-tier: it needs the tag {PrivateTierTag}=1, " +
                                                  $"no {PublicTierTag} tag and no public IPs on launch");
                }

                if (PolicyValues.AsString(subnet.Input("availabilityZone") ?? subnet.Input("availabilityZoneId")) is { } zone)
                {
                    zones.Add(zone);
                }
            }

            if (zones.Count < 2)
            {
                yield return Violation(group, $"spans {zones.Count} availability zone(s) ({IamPolicyDocument.Join(zones)}); it needs at least two");
            }
        }
    }

    /// <summary>Whether a subnet registration is in the private tier.</summary>
    public static bool IsPrivateTier(ResourceRegistration subnet)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        var tags = PolicyValues.AsMap(subnet.Input("tags"));
        return PolicyValues.AsString(tags?.GetValueOrDefault(PrivateTierTag)) == "1"
            && tags?.ContainsKey(PublicTierTag) != true
            && PolicyValues.AsBool(subnet.Input("mapPublicIpOnLaunch")) != true;
    }
}
#endif
