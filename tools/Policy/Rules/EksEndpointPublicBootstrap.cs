#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Advisory: while <c>clusterPublicAccessCidrs</c> lists addresses, the API server also has a public
/// endpoint. That is the bootstrap of a first deployment from outside the VPC; once the operators are on
/// the VPN (or `pulumi up` runs inside the VPC), the addresses are removed and the endpoint is private only.
/// </summary>
public sealed class EksEndpointPublicBootstrap : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "eks-endpoint-public-bootstrap";

    /// <inheritdoc />
    public override string Title => "The EKS API has no public endpoint left from a bootstrap (clusterPublicAccessCidrs is empty)";

    /// <inheritdoc />
    public override PolicySeverity Severity => PolicySeverity.Advisory;

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.EksCluster, PolicyTokens.AwsEksCluster];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var cluster in plan.OfTypes(ResourceTypes))
        {
            var cidrs = EksEndpointPrivate.PublicAccessCidrs(cluster);
            if (!cidrs.IsEmpty)
            {
                yield return Violation(cluster,
                    $"the API server is public for {string.Join(", ", cidrs)}; remove clusterPublicAccessCidrs once the VPN is connected (README, \"First deployment\")");
            }
        }
    }
}
#endif
