using System.Collections.Immutable;
using Numinia.Components.Addons.Flux;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Pulumi;

namespace Numinia.Components.Tenants;

/// <summary>A private destination inside the VPC that tenant pods may reach on one port (e.g. the database subnets).</summary>
/// <param name="Name">A DNS-1123 label naming the destination (it names the NetworkPolicy <c>allow-&lt;name&gt;-egress</c>).</param>
/// <param name="Cidrs">The destination's CIDR blocks.</param>
/// <param name="Port">The TCP port.</param>
public sealed record PrivateDestination(string Name, Output<ImmutableArray<Cidr>> Cidrs, int Port);

/// <summary>What an organization is built from.</summary>
public sealed record OrganizationArgs
{
    /// <summary>The organization, validated by the stack config.</summary>
    public required OrganizationSpec Spec { get; init; }

    /// <summary>The cluster: region, account, OIDC provider, KMS key and Kubernetes provider.</summary>
    public required OrganizationCluster Cluster { get; init; }

    /// <summary>The cluster's name as an output of the cluster, so that the access entries wait for it.</summary>
    public required Output<string> ClusterName { get; init; }

    /// <summary>The statics bucket's ARN (the organization reads and writes its <c>hyperfy-spaces/&lt;org&gt;/</c> prefix).</summary>
    public required Output<string> StaticsBucketArn { get; init; }

    /// <summary>The KMS key of the statics bucket's SSE-KMS encryption; the cluster key (<see cref="OrganizationCluster.KmsKeyArn"/>) when null.</summary>
    public Output<string>? StaticsBucketKeyArn { get; init; }

    /// <summary>
    /// The VPC's CIDR block. With the VPC CNI, pods take their addresses from the VPC, so excluding it from the
    /// internet egress rule keeps every other pod (other tenants', the platform's) and every node out of reach.
    /// </summary>
    public required Output<Cidr> VpcCidr { get; init; }

    /// <summary>More private ranges excluded from internet egress (e.g. a secondary pod CIDR with custom networking); none when null.</summary>
    public Output<ImmutableArray<Cidr>>? ExcludedCidrs { get; init; }

    /// <summary>Private destinations inside the VPC tenant pods may reach (e.g. the database subnets on 5432).</summary>
    public ImmutableArray<PrivateDestination> PrivateDestinations { get; init; } = ImmutableArray<PrivateDestination>.Empty;

    /// <summary>The Knative Serving namespace (activator and autoscaler reach the tenant's pods).</summary>
    public string ServingNamespace { get; init; } = Organization.DefaultServingNamespace;

    /// <summary>The Kourier namespace (its gateways route requests to the tenant's pods).</summary>
    public string KourierNamespace { get; init; } = Organization.DefaultKourierNamespace;

    /// <summary>The monitoring namespace (Prometheus scrapes the tenant's pods).</summary>
    public string MonitoringNamespace { get; init; } = Organization.DefaultMonitoringNamespace;

    /// <summary>The ClusterRole bound to the organization's developers in its namespaces.</summary>
    public string DeveloperClusterRole { get; init; } = Organization.DefaultDeveloperClusterRole;

    /// <summary>The ClusterRole bound to the organization's viewers in its namespaces.</summary>
    public string ViewerClusterRole { get; init; } = Organization.DefaultViewerClusterRole;

    /// <summary>What the RoleBindings wait for (the platform ClusterRoles).</summary>
    public ImmutableArray<Resource> RbacDependsOn { get; init; } = ImmutableArray<Resource>.Empty;

    /// <summary>What the organization's ClusterIssuer waits for (the cert-manager release with its CRDs and webhook).</summary>
    public ImmutableArray<Resource> IssuerDependsOn { get; init; } = ImmutableArray<Resource>.Empty;

    /// <summary>What the namespaces' SecretStores wait for: the External Secrets release (its CRDs and webhook).</summary>
    public ImmutableArray<Resource> SecretStoreDependsOn { get; init; } = ImmutableArray<Resource>.Empty;

    /// <summary>
    /// Flux's sync: each environment gets its own GitRepository, deploy key copy, reconciler account and locked
    /// Kustomization; none when null (Flux not installed).
    /// </summary>
    public FluxSync? Flux { get; init; }

    /// <summary>The ACME directory of the organization's ClusterIssuer (Let's Encrypt production).</summary>
    public string AcmeServer { get; init; } = Organization.LetsEncryptProduction;

    /// <summary>The ingress class that solves HTTP-01 challenges (Kourier's, as the live issuers).</summary>
    public string Http01IngressClass { get; init; } = KnativeServingAddon.KourierIngressClass;
}

/// <summary>What one environment of an organization gives application repositories.</summary>
public sealed record OrganizationEnvironment
{
    /// <summary>The environment's name.</summary>
    public required string Name { get; init; }

    /// <summary>The namespace, once it exists.</summary>
    public required Output<string> Namespace { get; init; }

    /// <summary>The workloads' service account (named after the namespace), once it exists.</summary>
    public required Output<string> ServiceAccount { get; init; }

    /// <summary>The service account's own IRSA role.</summary>
    public required Output<string> RoleArn { get; init; }

    /// <summary>The name prefix of the environment's Secrets Manager secrets (<c>numinia/&lt;org&gt;/&lt;env&gt;/</c>).</summary>
    public required Output<string> SecretNamePrefix { get; init; }

    /// <summary>The ARN of the environment's application settings secret.</summary>
    public required Output<string> SecretArn { get; init; }

    /// <summary>The namespace with its quota and limit range.</summary>
    public required PlatformNamespace PlatformNamespace { get; init; }

    /// <summary>The IRSA role of the service account.</summary>
    public required IrsaRole Role { get; init; }
}

/// <summary>What a paused platform's organization is built from: its entry and the key its secrets are encrypted with.</summary>
public sealed record PausedOrganizationArgs
{
    /// <summary>The organization's config entry.</summary>
    public required OrganizationSpec Spec { get; init; }

    /// <summary>The platform's KMS key, which encrypts the application settings secrets (the cluster key, kept while paused).</summary>
    public required Output<string> KmsKeyArn { get; init; }
}
