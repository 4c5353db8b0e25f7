#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// The EKS API is reachable only from inside the VPC (operators come in through the VPN): the public
/// endpoint is off and the private endpoint on. Pulumi.Eks and the EKS API both default to a public
/// endpoint, so an unset value fails.
/// </summary>
public sealed class EksEndpointPrivate : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "eks-endpoint-private";

    /// <inheritdoc />
    public override string Title => "The EKS API endpoint is private only (public access off, private access on)";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.EksCluster, PolicyTokens.AwsEksCluster];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var cluster in plan.OfTypes(ResourceTypes))
        {
            var prefix = cluster.Type == PolicyTokens.EksCluster ? "" : "vpcConfig.";
            var (publicAccess, privateAccess) = cluster.Type == PolicyTokens.EksCluster
                ? (cluster.Input("endpointPublicAccess"), cluster.Input("endpointPrivateAccess"))
                : (cluster.Input("vpcConfig", "endpointPublicAccess"), cluster.Input("vpcConfig", "endpointPrivateAccess"));
            if (PolicyValues.AsBool(publicAccess) != false)
            {
                yield return Violation(cluster, $"{prefix}endpointPublicAccess is {PolicyValues.Show(publicAccess)}; it must be false (unset means a public endpoint)");
            }

            if (PolicyValues.AsBool(privateAccess) != true)
            {
                yield return Violation(cluster, $"{prefix}endpointPrivateAccess is {PolicyValues.Show(privateAccess)}; it must be true so that nodes and operators on the VPN reach the API");
            }
        }
    }
}
#endif
