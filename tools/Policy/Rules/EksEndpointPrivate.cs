#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// The EKS API is reachable from inside the VPC (operators come in through the VPN): the private endpoint
/// is on, and the public endpoint off, or on only for listed addresses (the bootstrap of a first deployment,
/// <c>clusterPublicAccessCidrs</c>; <see cref="EksEndpointPublicBootstrap"/> warns while it lasts). A public
/// endpoint without addresses, or open to 0.0.0.0/0 or ::/0, fails: Pulumi.Eks and the EKS API both default
/// to a public endpoint open to everyone, so an unset value fails too.
/// </summary>
public sealed class EksEndpointPrivate : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "eks-endpoint-private";

    /// <inheritdoc />
    public override string Title => "The EKS API endpoint is private (private access on; public access off, or only from listed addresses)";

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
            var cidrs = PublicAccessCidrs(cluster);
            if (PolicyValues.AsBool(publicAccess) != false && cidrs.IsEmpty)
            {
                yield return Violation(cluster, $"{prefix}endpointPublicAccess is {PolicyValues.Show(publicAccess)} with no {prefix}publicAccessCidrs; it must be false (unset means a public endpoint open to everyone)");
            }

            foreach (var open in cidrs.Where(c => c is "0.0.0.0/0" or "::/0"))
            {
                yield return Violation(cluster, $"{prefix}publicAccessCidrs contains {open}; a public endpoint may admit only listed addresses");
            }

            if (PolicyValues.AsBool(privateAccess) != true)
            {
                yield return Violation(cluster, $"{prefix}endpointPrivateAccess is {PolicyValues.Show(privateAccess)}; it must be true so that nodes and operators on the VPN reach the API");
            }
        }
    }

    /// <summary>The public access CIDR blocks a cluster lists (Pulumi.Eks's input, or the EKS cluster's vpcConfig).</summary>
    internal static ImmutableArray<string> PublicAccessCidrs(ResourceRegistration cluster)
    {
        var value = cluster.Type == PolicyTokens.EksCluster ? cluster.Input("publicAccessCidrs") : cluster.Input("vpcConfig", "publicAccessCidrs");
        return value is IEnumerable<object?> items ? items.Select(i => i?.ToString() ?? string.Empty).ToImmutableArray() : ImmutableArray<string>.Empty;
    }
}
#endif
