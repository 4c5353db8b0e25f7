#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy;

/// <summary>Reads Kubernetes objects of a plan: names, namespaces, labels, kinds and their scope.</summary>
public static class KubernetesObjects
{
    /// <summary>
    /// Kinds without a namespace. Kinds whose name starts with <c>Cluster</c> (ClusterRole, ClusterIssuer,
    /// ClusterSecretStore, ClusterDomainClaim, ...) are cluster-scoped by the convention every API follows.
    /// </summary>
    public static readonly ImmutableHashSet<string> ClusterScopedKinds = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Namespace", "Node", "PersistentVolume", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment", "PriorityClass",
        "RuntimeClass", "IngressClass", "CustomResourceDefinition", "APIService", "MutatingWebhookConfiguration",
        "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
        "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ComponentStatus");

    /// <summary>Whether a registration is a Kubernetes object (a custom resource of the Kubernetes provider).</summary>
    public static bool IsKubernetesObject(ResourceRegistration resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Custom && resource.Type.StartsWith("kubernetes:", StringComparison.Ordinal);
    }

    /// <summary>The kind of a Kubernetes type token (the part after the last colon), without a <c>Patch</c> suffix.</summary>
    public static string KindOf(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var kind = type[(type.LastIndexOf(':') + 1)..];
        return kind.EndsWith("Patch", StringComparison.Ordinal) ? kind[..^"Patch".Length] : kind;
    }

    /// <summary>Whether objects of the kind have no namespace.</summary>
    public static bool IsClusterScoped(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return ClusterScopedKinds.Contains(kind) || kind.StartsWith("Cluster", StringComparison.Ordinal);
    }

    /// <summary><c>metadata.name</c> as declared, else as the API server answered (auto-named objects).</summary>
    public static string? NameOf(ResourceRegistration resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return PolicyValues.AsString(resource.Input("metadata", "name"))
               ?? PolicyValues.AsString(PolicyValues.At(resource.Outputs, "metadata", "name"));
    }

    /// <summary><c>metadata.namespace</c> as declared (null when unset, <see cref="UnknownValue"/> when unknown).</summary>
    public static object? NamespaceOf(ResourceRegistration resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Input("metadata", "namespace");
    }

    /// <summary><c>metadata.labels</c> as declared.</summary>
    public static ImmutableDictionary<string, object?> LabelsOf(ResourceRegistration resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return PolicyValues.AsMap(resource.Input("metadata", "labels")) ?? ImmutableDictionary<string, object?>.Empty;
    }

    /// <summary>
    /// Whether <paramref name="resource"/> lives in the namespace <paramref name="namespace"/> declares: its
    /// <c>metadata.namespace</c> is the namespace's name, or is unknown and it depends on the namespace.
    /// </summary>
    public static bool IsIn(ResourceRegistration resource, ResourceRegistration @namespace)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(@namespace);
        var declared = NamespaceOf(resource);
        return PolicyValues.IsUnknown(declared)
            ? resource.DependencyUrns.Contains(@namespace.Urn)
            : declared is string name && name == NameOf(@namespace);
    }
}
#endif
