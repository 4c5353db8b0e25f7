#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// The plan's Kubernetes objects as the manifests <c>kubectl</c> would show: one multi-document YAML per
/// namespace (<c>k8s/&lt;namespace&gt;.yaml</c>, cluster-scoped objects in <c>k8s/_cluster.yaml</c>), each
/// object built from its resource's inputs (apiVersion and kind from the inputs, else from the type token
/// <c>kubernetes:&lt;group&gt;/&lt;version&gt;:&lt;Kind&gt;</c>, where <c>core/v1</c> is <c>v1</c>), secret values
/// as <c>"[secret]"</c> (a Secret's data and stringData always) and unknowns as <c>"[unknown]"</c>.
/// </summary>
public static class KubernetesManifests
{
    /// <summary>The file name (without .yaml) of the cluster-scoped objects.</summary>
    public const string ClusterScoped = "_cluster";

    /// <summary>Kinds without a namespace, for objects whose outputs do not say (a hand-made plan).</summary>
    private static readonly ImmutableHashSet<string> s_clusterScopedKinds = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "StorageClass", "CSIDriver", "CSINode",
        "VolumeAttachment", "CustomResourceDefinition", "PriorityClass", "RuntimeClass", "IngressClass", "APIService",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding", "ClusterIssuer", "ClusterSecretStore", "ClusterExternalSecret");

    /// <summary>The order objects are applied in (namespaces first, workloads after their config), then by kind and name.</summary>
    private static readonly ImmutableArray<string> s_kindOrder = ImmutableArray.Create(
        "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget",
        "ServiceAccount", "Secret", "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
        "CustomResourceDefinition", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding", "Service",
        "DaemonSet", "Deployment", "StatefulSet", "Job", "CronJob", "Ingress");

    /// <summary>The Helm release type, which is not an object of the cluster (see <see cref="HelmValues"/>).</summary>
    public const string HelmReleaseType = "kubernetes:helm.sh/v3:Release";

    /// <summary>Whether the resource is one Kubernetes object (not a Helm release, a provider or a component).</summary>
    public static bool IsObject(ResourceRegistration resource)
        => resource.Custom
           && resource.Type.StartsWith("kubernetes:", StringComparison.Ordinal)
           && !resource.Type.StartsWith("kubernetes:helm.sh/", StringComparison.Ordinal)
           && resource.Type.Split(':') is [_, var groupVersion, _] && groupVersion.Contains('/', StringComparison.Ordinal);

    /// <summary>The object's apiVersion and kind: from its inputs, else from its type token.</summary>
    public static (string ApiVersion, string Kind) ApiVersionAndKind(ResourceRegistration resource)
    {
        var parts = resource.Type.Split(':');
        var groupVersion = parts.Length == 3 ? parts[1] : "";
        var tokenApiVersion = groupVersion.StartsWith("core/", StringComparison.Ordinal) ? groupVersion["core/".Length..] : groupVersion;
        var apiVersion = resource.Inputs.GetValueOrDefault("apiVersion") as string ?? tokenApiVersion;
        var kind = resource.Inputs.GetValueOrDefault("kind") as string ?? (parts.Length == 3 ? parts[2] : resource.Type);
        return (apiVersion, kind);
    }

    /// <summary>
    /// The object's namespace, or null when it is cluster-scoped: the namespace of its inputs, else of its
    /// outputs (the plan mocks set it for namespaced kinds only), else <c>default</c> unless the kind is
    /// a known cluster-scoped one.
    /// </summary>
    public static string? NamespaceOf(ResourceRegistration resource)
    {
        var (_, kind) = ApiVersionAndKind(resource);
        var input = resource.Inputs.GetValueOrDefault("metadata") as ImmutableDictionary<string, object?>;
        var output = resource.Outputs.GetValueOrDefault("metadata") as ImmutableDictionary<string, object?>;
        switch (input?.GetValueOrDefault("namespace"))
        {
            case string ns:
                return ns;
            case UnknownValue or SecretValue:
                return output?.GetValueOrDefault("namespace") as string ?? YamlText.Unknown;
        }

        if (output != null)
        {
            return output.GetValueOrDefault("namespace") as string;
        }

        return s_clusterScopedKinds.Contains(kind) ? null : "default";
    }

    /// <summary>The object as a manifest: apiVersion, kind, metadata, then the other inputs by name.</summary>
    public static SortedDictionary<string, object?> ToManifest(ResourceRegistration resource)
    {
        var (apiVersion, kind) = ApiVersionAndKind(resource);
        var manifest = new SortedDictionary<string, object?>(ManifestKeyOrder.Instance);
        foreach (var (key, value) in resource.Inputs)
        {
            manifest[key] = YamlText.Plain(value);
        }

        manifest["apiVersion"] = apiVersion;
        manifest["kind"] = kind;
        var metadata = manifest.GetValueOrDefault("metadata") as SortedDictionary<string, object?>
                       ?? new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var outputMetadata = resource.Outputs.GetValueOrDefault("metadata") as ImmutableDictionary<string, object?>;
        if (!metadata.ContainsKey("name") && outputMetadata?.GetValueOrDefault("name") is string generated)
        {
            // Pulumi auto-names the object from its logical name; the plan shows the mocks' suffix.
            metadata["name"] = generated;
        }

        if (!metadata.ContainsKey("namespace") && NamespaceOf(resource) is { } ns)
        {
            metadata["namespace"] = ns;
        }

        manifest["metadata"] = new SortedDictionary<string, object?>(metadata, ManifestKeyOrder.Instance);
        if (kind == "Secret")
        {
            // Whatever the program marked, a Secret's payload never appears in a report.
            foreach (var field in new[] { "data", "stringData" })
            {
                manifest[field] = manifest.GetValueOrDefault(field) switch
                {
                    null => null,
                    SortedDictionary<string, object?> values => new SortedDictionary<string, object?>(
                        values.ToDictionary(p => p.Key, _ => (object?)YamlText.Secret), StringComparer.Ordinal),
                    _ => YamlText.Secret,
                };
                if (manifest[field] is null)
                {
                    manifest.Remove(field);
                }
            }
        }

        return manifest;
    }

    /// <summary>
    /// Renders the objects the plan applies: file name (without .yaml) to multi-document YAML, in apply
    /// order; objects it only reads (no inputs) are left out.
    /// </summary>
    public static ImmutableSortedDictionary<string, string> Render(IEnumerable<ResourceRegistration> resources)
    {
        var byFile = new Dictionary<string, List<(int Order, string Kind, string Name, ResourceRegistration Resource)>>(StringComparer.Ordinal);
        // An object without inputs is one Pulumi only reads (e.g. Service.Get): it is not applied.
        foreach (var resource in resources.Where(r => IsObject(r) && !r.Inputs.IsEmpty))
        {
            var (_, kind) = ApiVersionAndKind(resource);
            var file = NamespaceOf(resource) ?? ClusterScoped;
            if (!byFile.TryGetValue(file, out var objects))
            {
                byFile[file] = objects = new();
            }

            var order = s_kindOrder.IndexOf(kind);
            objects.Add((order < 0 ? s_kindOrder.Length : order, kind, NameOf(resource), resource));
        }

        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (file, objects) in byFile)
        {
            var text = new StringWriter();
            YamlText.WriteDocuments(text, objects
                .OrderBy(o => o.Order).ThenBy(o => o.Kind, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => ($"{o.Resource.Type} {o.Resource.Name}", (object?)ToManifest(o.Resource))));
            files[file] = text.ToString();
        }

        return files.ToImmutable();
    }

    private static string NameOf(ResourceRegistration resource)
        => (resource.Inputs.GetValueOrDefault("metadata") as ImmutableDictionary<string, object?>)?.GetValueOrDefault("name") as string
           ?? resource.Name;

    /// <summary>apiVersion, kind, metadata, then the rest by name; inside metadata, name and namespace first.</summary>
    private sealed class ManifestKeyOrder : IComparer<string>
    {
        public static readonly ManifestKeyOrder Instance = new();

        private static readonly string[] s_first = { "apiVersion", "kind", "metadata", "name", "namespace" };

        public int Compare(string? x, string? y)
        {
            var rx = Array.IndexOf(s_first, x);
            var ry = Array.IndexOf(s_first, y);
            rx = rx < 0 ? int.MaxValue : rx;
            ry = ry < 0 ? int.MaxValue : ry;
            return rx != ry ? rx.CompareTo(ry) : string.CompareOrdinal(x, y);
        }
    }
}
#endif
