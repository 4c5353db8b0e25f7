#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>What the estimate reads from Kubernetes objects and Helm values: volume claims and load balancers.</summary>
public static partial class CostEstimator
{
    private static readonly string[] s_storageWords = { "persistence", "storage", "volumeclaim", "persistentvolume", "pvc" };

    /// <summary>Volume claims and load balancers of one Kubernetes object.</summary>
    private static void KubernetesObject(ResourceRegistration r, List<(string, string, int, decimal)> claims, List<(bool, bool, string)> loadBalancers)
    {
        var (_, kind) = KubernetesManifests.ApiVersionAndKind(r);
        var where = $"{kind} {r.Name}";
        FindClaims(r.Inputs, where, claims, byFirstKey: false, rootKey: kind);
        var spec = r.Inputs.GetValueOrDefault("spec") as ImmutableDictionary<string, object?>;
        if (kind == "Service" && spec?.GetValueOrDefault("type") as string == "LoadBalancer")
        {
            var annotations = (r.Inputs.GetValueOrDefault("metadata") as ImmutableDictionary<string, object?>)?.GetValueOrDefault("annotations")
                as ImmutableDictionary<string, object?>;
            loadBalancers.Add((true, Scheme(annotations) == "internet-facing", where));
        }

        if (kind == "KnativeServing"
            && (spec?.GetValueOrDefault("ingress") as ImmutableDictionary<string, object?>)?.GetValueOrDefault("kourier") is ImmutableDictionary<string, object?> kourier
            && kourier.GetValueOrDefault("enabled") is true
            && (kourier.GetValueOrDefault("service-type") as string ?? "LoadBalancer") == "LoadBalancer")
        {
            // The operator creates Kourier's gateway Service; its scheme is set through the KnativeServing's
            // service overrides, and the platform's ingress is public unless they say internal.
            var overrides = (spec.GetValueOrDefault("services") as ImmutableArray<object?>?)?.OfType<ImmutableDictionary<string, object?>>()
                .FirstOrDefault(s => s.GetValueOrDefault("name") as string == "kourier");
            var scheme = Scheme(overrides?.GetValueOrDefault("annotations") as ImmutableDictionary<string, object?>);
            loadBalancers.Add((true, scheme != "internal", $"Kourier of KnativeServing {r.Name}"));
        }
    }

    /// <summary>Helm values asking a Service of type LoadBalancer (a map under a key naming a service).</summary>
    private static void FindLoadBalancerValues(ImmutableDictionary<string, object?> values, string where, List<(bool, bool, string)> loadBalancers)
    {
        var pending = new Stack<(string Key, ImmutableDictionary<string, object?> Map)>();
        pending.Push(("", values));
        while (pending.Count > 0)
        {
            var (key, map) = pending.Pop();
            if (key.Contains("service", StringComparison.OrdinalIgnoreCase) && map.GetValueOrDefault("type") as string == "LoadBalancer")
            {
                loadBalancers.Add((true, Scheme(map.GetValueOrDefault("annotations") as ImmutableDictionary<string, object?>) == "internet-facing", $"{where} {key}"));
            }

            foreach (var (childKey, child) in map)
            {
                if (child is ImmutableDictionary<string, object?> childMap)
                {
                    pending.Push((childKey, childMap));
                }
            }
        }
    }

    private static string? Scheme(ImmutableDictionary<string, object?>? annotations)
        => annotations?.GetValueOrDefault("service.beta.kubernetes.io/aws-load-balancer-scheme") as string
           ?? (annotations?.GetValueOrDefault("service.beta.kubernetes.io/aws-load-balancer-internal") is "true" ? "internal" : null);

    /// <summary>
    /// Volume claims in a tree of values: a <c>storage</c> or <c>size</c> quantity of bytes under a key about
    /// persistence, storage or claims, times the <c>replicas</c> (or <c>replicaCount</c>) of the nearest map
    /// above it, unless a map on the way has <c>enabled: false</c> or the claim's storage class is EFS. Each claim is
    /// named after <paramref name="owner"/> (and, for Helm values, the top-level key it is under, e.g. <c>prometheus</c>).
    /// </summary>
    private static void FindClaims(ImmutableDictionary<string, object?> root, string owner, List<(string, string, int, decimal)> claims,
        bool byFirstKey, string? rootKey = null)
    {
        var ancestors = new List<ImmutableDictionary<string, object?>>();
        var path = new List<string>();
        Walk(root, rootKey ?? "");

        void Walk(ImmutableDictionary<string, object?> map, string key)
        {
            if (map.GetValueOrDefault("enabled") is false)
            {
                return;
            }

            ancestors.Add(map);
            path.Add(key);
            foreach (var (childKey, child) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                switch (child)
                {
                    case ImmutableDictionary<string, object?> childMap:
                        Walk(childMap, childKey);
                        break;
                    case ImmutableArray<object?> list:
                        for (var i = 0; i < list.Length; i++)
                        {
                            if (list[i] is ImmutableDictionary<string, object?> item)
                            {
                                Walk(item, $"{childKey}[{i}]");
                            }
                        }

                        break;
                    case string text when childKey is "storage" or "size" && IsAboutStorage(path) && Bytes(text) is { } gib:
                        if (!IsEfs(ancestors))
                        {
                            var keys = path.Skip(1).Append(childKey).ToList();
                            var item = byFirstKey ? $"{owner} {keys[0]}" : owner;
                            claims.Add((item, string.Join('.', keys), Replicas(ancestors), gib));
                        }

                        break;
                }
            }

            ancestors.RemoveAt(ancestors.Count - 1);
            path.RemoveAt(path.Count - 1);
        }
    }

    private static bool IsAboutStorage(List<string> path)
        => path.Any(segment => s_storageWords.Any(word => segment.Contains(word, StringComparison.OrdinalIgnoreCase)));

    private static bool IsEfs(List<ImmutableDictionary<string, object?>> ancestors)
    {
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            if ((ancestors[i].GetValueOrDefault("storageClassName") ?? ancestors[i].GetValueOrDefault("storageClass")) is string storageClass)
            {
                return storageClass.Contains("efs", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static int Replicas(List<ImmutableDictionary<string, object?>> ancestors)
    {
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            if ((ancestors[i].GetValueOrDefault("replicas") ?? ancestors[i].GetValueOrDefault("replicaCount")) is double replicas)
            {
                return (int)replicas;
            }
        }

        return 1;
    }

    /// <summary>A quantity of bytes (one with a unit: Gi, G, Ti, ...) in GiB; null for anything else.</summary>
    private static decimal? Bytes(string text)
        => text.Length > 1 && char.IsAsciiLetter(text[^1]) && Quantity.TryParse(text, out var quantity, out _) && quantity.Value >= 1024
            ? quantity.Value / (1024m * 1024 * 1024)
            : null;
}
#endif
