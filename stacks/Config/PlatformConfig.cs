using System.Collections.Immutable;
using Numinia.Components.Access;
using Numinia.Components.Addons;
using Numinia.Components.Cluster;
using Numinia.Components.Compute;
using Numinia.Components.Data;
using Numinia.Components.Kubernetes;
using Numinia.Components.Network;
using Numinia.Components.Tenants;

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

    /// <summary>The VPC, its subnets, NAT and flow log.</summary>
    public required NetworkSettings Network { get; init; }

    /// <summary>The EKS cluster: name, version, access, Service range, add-on versions, EFS, public endpoint access.</summary>
    public required ClusterSettings Cluster { get; init; }

    /// <summary>The managed node groups, in the order of <see cref="NodeGroupSpec.Live"/>.</summary>
    public required ImmutableArray<NodeGroupSpec> NodeGroups { get; init; }

    /// <summary>The operator VPN.</summary>
    public required VpnSettings Vpn { get; init; }

    /// <summary>The platform's DNS: its base domain and hosted zone.</summary>
    public required DnsSettings Dns { get; init; }

    /// <summary>Every shared service (<see cref="SharedServices.All"/>) with its settings, in the list's order.</summary>
    public required ImmutableArray<SharedServiceSettings> SharedServices { get; init; }

    /// <summary>The platform namespaces and the developer namespaces.</summary>
    public required PlatformNamespacesSettings Namespaces { get; init; }

    /// <summary>The settings of the shared service whose settings record is <typeparamref name="T"/>.</summary>
    public T Service<T>() where T : class => SharedServiceSettings.Of<T>(SharedServices);

    /// <summary>The statics bucket.</summary>
    public required StaticsBucketSettings Statics { get; init; }

    /// <summary>The statics CDN.</summary>
    public required StaticsCdnSettings StaticsCdn { get; init; }

    /// <summary>The Aurora PostgreSQL database.</summary>
    public required DatabaseSettings Database { get; init; }

    /// <summary>The tenant organizations.</summary>
    public required TenantsSettings Tenants { get; init; }

    /// <summary>Which values adopted resources declare: the live ones (import) or the program's (converge).</summary>
    public Components.Common.AdoptionPhase AdoptionPhase { get; init; }

    /// <summary>The tags every AWS resource carries, through the provider's default tags.</summary>
    public ImmutableDictionary<string, string> DefaultTags => ImmutableDictionary<string, string>.Empty
        .Add("Environment", Environment)
        .Add("ManagedBy", "pulumi")
        .Add("Project", "numinia");
}
