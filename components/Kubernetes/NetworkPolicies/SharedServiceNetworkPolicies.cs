using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Pulumi;

namespace Numinia.Components.Kubernetes.NetworkPolicies;

/// <summary>The allows of one namespace that denies by default.</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Allows">Its explicit allows (DNS comes with the default-deny).</param>
public sealed record NamespaceAllows(string Namespace, ImmutableArray<NetworkAllow> Allows);

/// <summary>What the shared services' network policies are built from.</summary>
public sealed record SharedServiceNetworkPoliciesArgs
{
    /// <summary>The cluster (its Kubernetes provider).</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Each shared-service namespace with its allows (as each shared service describes them, ISharedService.Allows).</summary>
    public required ImmutableArray<NamespaceAllows> Namespaces { get; init; }

    /// <summary>What the policies wait for: the shared services that create the namespaces.</summary>
    public ImmutableArray<Resource> DependsOn { get; init; } = ImmutableArray<Resource>.Empty;
}

/// <summary>
/// Default-deny ingress and egress, DNS to coredns, and the explicit allows of every namespace the shared
/// services create. kube-system is EKS's own and gets none: the platform does not create it, and the
/// cluster's add-ons there (coredns, vpc-cni, kube-proxy, the EBS CSI controller, the Cluster Autoscaler)
/// are managed by EKS or run on the host network, where NetworkPolicies do not apply.
/// </summary>
public sealed class SharedServiceNetworkPolicies : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:kubernetes:SharedServiceNetworkPolicies";

    /// <summary>Every policy, by namespace.</summary>
    public ImmutableDictionary<string, ImmutableArray<Pulumi.Kubernetes.Networking.V1.NetworkPolicy>> Policies { get; }

    /// <summary>Builds the policies.</summary>
    public SharedServiceNetworkPolicies(string name, SharedServiceNetworkPoliciesArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var duplicates = args.Namespaces.GroupBy(n => n.Namespace, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new ArgumentException($"The namespaces {string.Join(", ", duplicates)} are given more than once.", nameof(args));
        }

        var dependsOn = args.DependsOn.IsDefault ? Array.Empty<Resource>() : args.DependsOn.ToArray();
        Policies = args.Namespaces.ToImmutableDictionary(
            n => n.Namespace,
            n => NamespaceNetworkPolicies.Create($"{name}-{n.Namespace}", n.Namespace, n.Allows, () => args.Context.Kubernetes(this, dependsOn)),
            StringComparer.Ordinal);
        RegisterOutputs(new Dictionary<string, object?>());
    }
}
