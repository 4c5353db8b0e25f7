#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// No Kubernetes object lives in the <c>default</c> namespace, which has no quota, no network policy
/// and no pod security level: every namespaced object names its namespace, and none names
/// <c>default</c>. A namespaced kind without <c>metadata.namespace</c> (or a Helm release without
/// <c>namespace</c>) would land in <c>default</c>. Cluster-scoped kinds are skipped.
/// </summary>
public sealed class NoDefaultNamespace : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "no-default-namespace";

    /// <inheritdoc />
    public override string Title => "No Kubernetes object (or Helm release) is in the default namespace";

    /// <summary>Every Kubernetes type: the rule reads all objects of the Kubernetes provider.</summary>
    public override ImmutableArray<string> ResourceTypes { get; } = ["kubernetes:*"];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var resource in plan.Resources.Where(KubernetesObjects.IsKubernetesObject))
        {
            object? ns;
            string property;
            if (resource.Type == PolicyTokens.HelmRelease)
            {
                (ns, property) = (resource.Input("namespace"), "namespace");
            }
            else if (KubernetesObjects.IsClusterScoped(KubernetesObjects.KindOf(resource.Type)))
            {
                continue;
            }
            else
            {
                (ns, property) = (KubernetesObjects.NamespaceOf(resource), "metadata.namespace");
            }

            if (ns is null)
            {
                yield return Violation(resource, $"{property} is unset, so it lands in the default namespace");
            }
            else if (PolicyValues.AsString(ns) == "default")
            {
                yield return Violation(resource, $"{property} is \"default\"");
            }
        }
    }
}
#endif
