using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Kubernetes;
using Numinia.Components.Network;

namespace Numinia.Stacks.Config;

/// <summary>
/// The whole stack configuration, read once and validated before any resource is declared. Every
/// default is the live platform's value; every key is declared in Pulumi.yaml.
/// </summary>
public sealed record PlatformConfig
{
    /// <summary>The Pulumi project name, the namespace of this program's config keys.</summary>
    public const string Project = "numinia-infra";

    /// <summary><c>aws:region</c>: the AWS region (live: eu-west-1).</summary>
    public string Region { get; init; } = "eu-west-1";

    /// <summary><c>numinia-infra:accountId</c>: the only AWS account this program may operate on (12 digits).</summary>
    public required string AccountId { get; init; }

    /// <summary><c>numinia-infra:environment</c>: the Environment tag on every resource.</summary>
    public string Environment { get; init; } = "production";

    /// <summary>The network settings.</summary>
    public required NetworkConfig Network { get; init; }

    /// <summary><c>numinia-infra:clusterName</c>: the EKS cluster's name (live: production-numinia).</summary>
    public string ClusterName => Cluster.Name;

    /// <summary>The cluster settings.</summary>
    public required ClusterConfig Cluster { get; init; }

    /// <summary>The platform's DNS: its base domain and hosted zone.</summary>
    public required DnsSettings Dns { get; init; }

    /// <summary>Every shared service (<see cref="SharedServices.All"/>) with its settings, in the list's order.</summary>
    public required ImmutableArray<SharedServiceSettings> SharedServices { get; init; }

    /// <summary>The platform namespaces and the developer namespaces.</summary>
    public required PlatformNamespacesSettings Namespaces { get; init; }

    /// <summary>The settings of the shared service whose settings record is <typeparamref name="T"/>.</summary>
    public T Service<T>() where T : class => SharedServiceSettings.Of<T>(SharedServices);

    /// <summary>The statics bucket and the Aurora PostgreSQL database.</summary>
    public required DataConfig Data { get; init; }

    /// <summary>The tenant organizations.</summary>
    public required TenantsConfig Tenants { get; init; }

    /// <summary>The tags every AWS resource carries, through the provider's default tags.</summary>
    public ImmutableDictionary<string, string> DefaultTags => ImmutableDictionary<string, string>.Empty
        .Add("Environment", Environment)
        .Add("ManagedBy", "pulumi")
        .Add("Project", "numinia");
}

/// <summary>The VPC and its subnets.</summary>
public sealed record NetworkConfig
{
    /// <summary><c>numinia-infra:vpcName</c>: the VPC's Name tag (live: numinia-vpc).</summary>
    public string VpcName { get; init; } = "numinia-vpc";

    /// <summary>The validated subnet plan, from <c>vpcCidr</c>, <c>availabilityZones</c> and the optional explicit subnet lists.</summary>
    public required NetworkLayout Layout { get; init; }

    /// <summary><c>numinia-infra:natGateways</c>: <c>single</c> (live) or <c>perAz</c>.</summary>
    public NatGatewayMode NatGateways { get; init; } = NatGatewayMode.Single;

    /// <summary><c>numinia-infra:flowLogRetentionDays</c>: retention of the VPC flow logs.</summary>
    public int FlowLogRetentionDays { get; init; } = 90;
}
