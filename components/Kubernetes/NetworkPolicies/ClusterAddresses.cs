using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Components.Kubernetes.NetworkPolicies;

/// <summary>
/// The addresses the network policies name: peers with no labels a policy can select are address ranges.
/// </summary>
/// <param name="Vpc">The VPC: pods and nodes take their addresses from it (the VPC CNI).</param>
/// <param name="PrivateSubnets">The private subnets: the nodes, the pods, and the EKS control plane's cross-account ENIs (EKS places them
/// in the subnets the cluster is given), from which the API server calls webhooks and aggregated APIs.</param>
/// <param name="PublicSubnets">The public subnets: the internet-facing NLB's addresses (target type ip, no client IP preservation).</param>
/// <param name="ServiceRange">The cluster's Service range; the API server's ClusterIP (<c>kubernetes.default</c>) is its first address.</param>
public sealed record ClusterAddresses(Cidr Vpc, ImmutableArray<Cidr> PrivateSubnets, ImmutableArray<Cidr> PublicSubnets, Cidr ServiceRange)
{
    /// <summary><c>kubernetes.default</c>'s ClusterIP as a /32 block.</summary>
    public string ApiServer => $"{ApiServerAddress(ServiceRange)}/32";

    /// <summary>The first address of a Service range: the ClusterIP the API server allocates to <c>default/kubernetes</c>.</summary>
    public static string ApiServerAddress(Cidr serviceRange)
    {
        var first = serviceRange.Network + 1;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first >> 24}.{(first >> 16) & 255}.{(first >> 8) & 255}.{first & 255}");
    }
}
