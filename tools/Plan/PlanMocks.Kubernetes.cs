using System.Collections.Immutable;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    /// <summary>Kinds without a namespace.</summary>
    private static readonly ImmutableHashSet<string> s_clusterScopedKinds = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Namespace", "ClusterRole", "ClusterRoleBinding", "StorageClass", "ClusterIssuer",
        "ClusterSecretStore", "CustomResourceDefinition", "PriorityClass");

    /// <summary>
    /// The shape of a Kubernetes object: the API server keeps the metadata name (or generates one from the
    /// logical name), sets a uid, resourceVersion and creationTimestamp, and the provider's id is
    /// <c>namespace/name</c> (or the name of a cluster-scoped object).
    /// </summary>
    private static Shape KubernetesObject() => new("", (a, s, m) =>
    {
        var kind = a.Type!.Split(':')[^1];
        var metadata = (s.GetValueOrDefault("metadata") as IReadOnlyDictionary<string, object>)?.ToImmutableDictionary()
            ?? ImmutableDictionary<string, object>.Empty;
        var name = metadata.GetValueOrDefault("name") as string ?? $"{a.Name}-{m.Hex(a.Name!, 8)}";
        metadata = metadata
            .SetItem("name", name)
            .SetItem("uid", m.Uuid(a.Type + "/" + a.Name))
            .SetItem("resourceVersion", "1")
            .SetItem("creationTimestamp", "2026-01-01T00:00:00Z");
        string id;
        if (s_clusterScopedKinds.Contains(kind))
        {
            id = name;
        }
        else
        {
            var ns = metadata.GetValueOrDefault("namespace") as string ?? "default";
            metadata = metadata.SetItem("namespace", ns);
            id = $"{ns}/{name}";
        }

        s["metadata"] = metadata;
        s["id"] = a.Id is { Length: > 0 } existing ? existing : id;
    });

    private static IEnumerable<KeyValuePair<string, Shape>> KubernetesShapes() => new Dictionary<string, Shape>
    {
        ["kubernetes:core/v1:Namespace"] = KubernetesObject(),
        ["kubernetes:core/v1:ResourceQuota"] = KubernetesObject(),
        ["kubernetes:core/v1:LimitRange"] = KubernetesObject(),
        ["kubernetes:core/v1:ServiceAccount"] = KubernetesObject(),
        ["kubernetes:core/v1:Secret"] = KubernetesObject(),
        ["kubernetes:core/v1:ConfigMap"] = KubernetesObject(),
        ["kubernetes:core/v1:Service"] = KubernetesObject(),
        ["kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"] = KubernetesObject(),
        ["kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding"] = KubernetesObject(),
        ["kubernetes:rbac.authorization.k8s.io/v1:Role"] = KubernetesObject(),
        ["kubernetes:rbac.authorization.k8s.io/v1:RoleBinding"] = KubernetesObject(),
        ["kubernetes:networking.k8s.io/v1:NetworkPolicy"] = KubernetesObject(),
        ["kubernetes:policy/v1:PodDisruptionBudget"] = KubernetesObject(),
        ["kubernetes:storage.k8s.io/v1:StorageClass"] = KubernetesObject(),
        // A remote component whose objects the provider reads from its file (a URL) at preview: offline the file is
        // not read, so its inputs are all the plan shows and its resources output stays unknown.
        ["kubernetes:yaml/v2:ConfigFile"] = new("", (a, s, m) => s["id"] = ""),
        ["kubernetes:helm.sh/v3:Release"] = new("", (a, s, m) =>
        {
            var name = s.GetValueOrDefault("name") as string ?? $"{a.Name}-{m.Hex(a.Name!, 8)}";
            var ns = s.GetValueOrDefault("namespace") as string ?? "default";
            s["name"] = name;
            s["namespace"] = ns;
            s["id"] = $"{ns}/{name}";
            s["status"] = new Dictionary<string, object>
            {
                ["name"] = name,
                ["namespace"] = ns,
                ["chart"] = s.GetValueOrDefault("chart") ?? "",
                ["version"] = s.GetValueOrDefault("version") ?? "",
                ["status"] = "deployed",
                ["revision"] = 1,
            };
        }),
    };
}
