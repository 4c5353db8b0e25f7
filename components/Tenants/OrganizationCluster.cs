using Numinia.Components.Cluster;
using Numinia.Components.Iam;
using Pulumi;

namespace Numinia.Components.Tenants;

/// <summary>
/// The cluster an organization is built in. Its values are outputs, so that a tenant stack passes the platform stack's
/// outputs straight through and declares the organization at once, never inside an <c>Apply</c>.
/// </summary>
public sealed record OrganizationCluster
{
    /// <summary>The AWS region (the namespaces' SecretStores and the roles' policies name it).</summary>
    public required Output<string> Region { get; init; }

    /// <summary>The AWS account (the roles' policies name it).</summary>
    public required Output<string> AccountId { get; init; }

    /// <summary>The cluster's OIDC provider, which the environments' IRSA roles trust.</summary>
    public required OidcProvider Oidc { get; init; }

    /// <summary>The cluster key: the application settings secrets' key, and the statics bucket's unless it has its own.</summary>
    public required Output<string> KmsKeyArn { get; init; }

    /// <summary>The cluster's Kubernetes provider.</summary>
    public required Pulumi.Kubernetes.Provider KubernetesProvider { get; init; }

    /// <summary>The cluster as the platform stack's shared services see it.</summary>
    public static OrganizationCluster Of(ClusterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new OrganizationCluster
        {
            Region = Output.Create(context.Region),
            AccountId = Output.Create(context.AccountId),
            Oidc = context.Oidc,
            KmsKeyArn = context.KmsKeyArn,
            KubernetesProvider = context.KubernetesProvider,
        };
    }

    /// <summary>Options for a Kubernetes object under <paramref name="parent"/>, with this cluster's provider.</summary>
    public CustomResourceOptions Kubernetes(Resource parent, params Resource[] dependsOn)
        => new() { Parent = parent, Provider = KubernetesProvider, DependsOn = dependsOn };
}
