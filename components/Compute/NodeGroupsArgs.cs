using System.Collections.Immutable;
using Numinia.Components.Iam;
using Pulumi;

namespace Numinia.Components.Compute;

/// <summary>What the cluster's managed node groups are built from.</summary>
public sealed record NodeGroupsArgs
{
    /// <summary>The EKS cluster's name, for names and tags known before the cluster exists.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The cluster's name as an output of the cluster, so that the groups wait for it.</summary>
    public required Output<string> ClusterNameOutput { get; init; }

    /// <summary>The node groups, as configured.</summary>
    public required ImmutableArray<NodeGroupSpec> Groups { get; init; }

    /// <summary>Every private subnet's id, one per zone: each group spans all of them, or has one group in each.</summary>
    public required ImmutableArray<Output<string>> PrivateSubnetIdsByZone { get; init; }

    /// <summary>
    /// The availability zones of <see cref="PrivateSubnetIdsByZone"/>, in the same order: they name the groups of a
    /// spec with <see cref="NodeGroupSpec.OneGroupPerZone"/>.
    /// </summary>
    public ImmutableArray<string> Zones { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The customer-managed KMS key that encrypts the nodes' root volumes.</summary>
    public required Output<string> KmsKeyArn { get; init; }

    /// <summary>The cluster's OIDC provider, which the Cluster Autoscaler's IRSA role trusts.</summary>
    public required OidcProvider Oidc { get; init; }

    /// <summary>
    /// The Kubernetes version of the nodes (the cluster's version output), so that upgrading the
    /// control plane rolls the nodes after it; unset, the groups keep the version they were created with.
    /// </summary>
    public Output<string>? KubernetesVersion { get; init; }

    /// <summary>
    /// Security groups for the nodes' network interfaces. Empty (the default), EKS gives the nodes the
    /// cluster security group; given, EKS uses exactly these, so include the cluster security group.
    /// </summary>
    public ImmutableArray<Output<string>> SecurityGroupIds { get; init; } = ImmutableArray<Output<string>>.Empty;

    /// <summary>Resources that must exist before any node boots: the CNI add-ons.</summary>
    public ImmutableArray<Resource> DependsOn { get; init; } = ImmutableArray<Resource>.Empty;

    /// <summary>
    /// Whether the node role carries AmazonEKS_CNI_Policy (the default). Turn it off once the vpc-cni
    /// add-on runs <c>aws-node</c> with an IRSA role of its own.
    /// </summary>
    public bool CniPolicyOnNodeRole { get; init; } = true;
}
