using System.Collections.Immutable;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Common;
using Numinia.Components.Data;
using Numinia.Components.Tenants;
using Pulumi;

namespace Numinia.Stacks;

/// <summary>
/// How an organization is wired to the platform, shared by the platform stack (organizations inline) and the tenant
/// stack (one organization in its own stack), so that both build the same resources with the same inputs.
/// </summary>
public static class TenantWiring
{
    /// <summary>What an organization takes from the platform, whether from its components or from its stack outputs.</summary>
    /// <param name="Cluster">The cluster: region, account, OIDC provider, KMS key and Kubernetes provider.</param>
    /// <param name="ClusterName">The cluster's name, as an output (the access entries wait for the cluster).</param>
    /// <param name="StaticsBucketArn">The statics bucket's ARN.</param>
    /// <param name="VpcCidr">The VPC's CIDR block.</param>
    /// <param name="DatabaseCidrs">The database subnets' CIDR blocks, which tenant pods may reach on the PostgreSQL port.</param>
    /// <param name="ServiceCidr">The cluster's Service range, kept out of the tenants' internet egress (the API server is in it).</param>
    public sealed record Platform(OrganizationCluster Cluster, Output<string> ClusterName, Output<string> StaticsBucketArn, Output<Cidr> VpcCidr,
        Output<ImmutableArray<Cidr>> DatabaseCidrs, Output<Cidr> ServiceCidr);

    /// <summary>The organization's arguments; the platform stack adds what the organization waits for inside it.</summary>
    public static OrganizationArgs Args(OrganizationSpec spec, Platform platform) => new()
    {
        Spec = spec,
        Cluster = platform.Cluster,
        ClusterName = platform.ClusterName,
        StaticsBucketArn = platform.StaticsBucketArn,
        VpcCidr = platform.VpcCidr,
        ExcludedCidrs = platform.ServiceCidr.Apply(ImmutableArray.Create),
        PrivateDestinations = ImmutableArray.Create(new PrivateDestination("database", platform.DatabaseCidrs, AuroraPostgres.PostgresPort)),
        ServingNamespace = KnativeServingAddon.ServingNamespaceName,
        KourierNamespace = KnativeServingAddon.KourierNamespaceName,
        MonitoringNamespace = MonitoringAddon.NamespaceName,
    };
}
