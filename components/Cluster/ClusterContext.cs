using System.Collections.Immutable;
using Numinia.Components.Iam;
using Pulumi;

namespace Numinia.Components.Cluster;

/// <summary>
/// What every shared service may need of the cluster it runs on: its identity, network, OIDC provider for
/// IRSA roles, KMS key and Kubernetes provider, and what must exist before a chart can start pods.
/// </summary>
public sealed record ClusterContext
{
    /// <summary>The EKS cluster's name (live: production-numinia).</summary>
    public required string ClusterName { get; init; }

    /// <summary>The AWS region (pods cannot ask the instance metadata service for it).</summary>
    public required string Region { get; init; }

    /// <summary>The AWS account.</summary>
    public required string AccountId { get; init; }

    /// <summary>The VPC id (pods cannot ask the instance metadata service for it).</summary>
    public required Output<string> VpcId { get; init; }

    /// <summary>The cluster's OIDC provider, which IRSA roles trust.</summary>
    public required OidcProvider Oidc { get; init; }

    /// <summary>The cluster's customer-managed KMS key (volumes, secrets, logs).</summary>
    public required Output<string> KmsKeyArn { get; init; }

    /// <summary>The cluster's Kubernetes provider; every Kubernetes object uses it, never the ambient kubeconfig.</summary>
    public required Pulumi.Kubernetes.Provider KubernetesProvider { get; init; }

    /// <summary>What a chart's pods need before they can be scheduled: the node groups and their add-ons.</summary>
    public ImmutableArray<Resource> NodesReady { get; init; } = ImmutableArray<Resource>.Empty;

    /// <summary>Options for a Kubernetes object under <paramref name="parent"/>, with this cluster's provider.</summary>
    public CustomResourceOptions Kubernetes(Resource parent, params Resource[] dependsOn)
    {
        var options = new CustomResourceOptions { Parent = parent, Provider = KubernetesProvider };
        foreach (var dependency in dependsOn)
        {
            options.DependsOn.Add(dependency);
        }

        return options;
    }
}
