#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Compute;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Node groups run only in the private tier and across at least two availability zones; the node groups that carry
/// the same <c>numinia.xyz/node-group</c> label (one configured group made of one node group per zone) count as one
/// and span their zones together. A subnet is
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
        var sets = new Dictionary<string, (List<ResourceRegistration> Groups, SortedSet<string> Zones)>(StringComparer.Ordinal);
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

            var key = PolicyValues.AsString(group.Input("labels", NodeGroupSpec.GroupLabel)) is { } label ? $"{NodeGroupSpec.GroupLabel}={label}" : group.Urn;
            if (!sets.TryGetValue(key, out var set))
            {
                set = sets[key] = ([], new SortedSet<string>(StringComparer.Ordinal));
            }

            set.Groups.Add(group);
            var zones = set.Zones;
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
        }

        foreach (var (key, (groups, zones)) in sets.Where(s => s.Value.Zones.Count < 2))
        {
            var together = groups.Count > 1 ? $" with the other node groups of {key}" : "";
            foreach (var group in groups)
            {
                yield return Violation(group, $"spans{together} {zones.Count} availability zone(s) ({IamPolicyDocument.Join(zones)}); it needs at least two");
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
