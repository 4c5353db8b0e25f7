#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Kubernetes;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Every namespace of the plan denies by default: a NetworkPolicy with an empty <c>podSelector</c>,
/// <c>policyTypes</c> Ingress and Egress and no ingress or egress rules, so that every allowed flow is
/// an explicit policy of its own (kube-system is EKS's and not in the plan). Every tenant namespace
/// (labelled <c>numinia.xyz/organization</c>) is also isolated otherwise: Pod Security Admission
/// <c>restricted</c> as the enforce, audit and warn labels; a ResourceQuota with hard limits; and a
/// LimitRange that gives containers defaults.
/// </summary>
public sealed class TenantNamespaceIsolation : PolicyRule
{
    private static readonly string[] s_podSecurityModes = ["enforce", "audit", "warn"];

    /// <inheritdoc />
    public override string Id => "tenant-namespace-isolation";

    /// <inheritdoc />
    public override string Title => "Every namespace has a default-deny NetworkPolicy (ingress and egress); tenant namespaces also PSA restricted labels, a ResourceQuota and a LimitRange";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } =
        [PolicyTokens.Namespace, PolicyTokens.NetworkPolicy, PolicyTokens.ResourceQuota, PolicyTokens.LimitRange];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var policies = new NamespacedObjects(plan, PolicyTokens.NetworkPolicy);
        var quotas = new NamespacedObjects(plan, PolicyTokens.ResourceQuota);
        var limitRanges = new NamespacedObjects(plan, PolicyTokens.LimitRange);
        foreach (var ns in plan.OfType(PolicyTokens.Namespace))
        {
            if (!policies.In(ns).Any(IsDefaultDeny))
            {
                yield return Violation(ns, "has no default-deny NetworkPolicy (podSelector {}, policyTypes [Ingress, Egress], no rules)");
            }

            if (!KubernetesObjects.LabelsOf(ns).ContainsKey(NamespaceLabels.Organization))
            {
                continue;
            }

            var labels = KubernetesObjects.LabelsOf(ns);
            var lax = s_podSecurityModes
                .Where(mode => PolicyValues.AsString(labels.GetValueOrDefault($"pod-security.kubernetes.io/{mode}")) != "restricted")
                .ToArray();
            if (lax.Length > 0)
            {
                yield return Violation(ns, $"the labels pod-security.kubernetes.io/{{{string.Join(",", lax)}}} are not \"restricted\"");
            }

            if (!quotas.In(ns).Any(q => PolicyValues.AsMap(q.Input("spec", "hard"))?.IsEmpty == false))
            {
                yield return Violation(ns, "has no ResourceQuota with hard limits");
            }

            if (!limitRanges.In(ns).Any(l => !PolicyValues.AsList(l.Input("spec", "limits")).IsEmpty))
            {
                yield return Violation(ns, "has no LimitRange");
            }
        }
    }

    /// <summary>Whether a NetworkPolicy selects every pod and allows nothing in either direction.</summary>
    public static bool IsDefaultDeny(ResourceRegistration policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var selector = PolicyValues.AsMap(policy.Input("spec", "podSelector"));
        var selectsAll = selector is not null
            && PolicyValues.AsMap(selector.GetValueOrDefault("matchLabels"))?.IsEmpty != false
            && PolicyValues.AsList(selector.GetValueOrDefault("matchExpressions")).IsEmpty;
        var types = PolicyValues.AsStrings(policy.Input("spec", "policyTypes"));
        return selectsAll
            && types.Contains("Ingress") && types.Contains("Egress")
            && PolicyValues.AsList(policy.Input("spec", "ingress")).IsEmpty
            && PolicyValues.AsList(policy.Input("spec", "egress")).IsEmpty;
    }

    /// <summary>The objects of one kind by namespace name (tenants can be many: no scan per namespace).</summary>
    private sealed class NamespacedObjects
    {
        private readonly ILookup<string, ResourceRegistration> _byName;
        private readonly ResourceRegistration[] _unknownNamespace;

        public NamespacedObjects(PolicyPlan plan, string type)
        {
            var objects = plan.OfType(type).ToArray();
            _byName = objects.Where(o => KubernetesObjects.NamespaceOf(o) is string).ToLookup(o => (string)KubernetesObjects.NamespaceOf(o)!, StringComparer.Ordinal);
            _unknownNamespace = objects.Where(o => PolicyValues.IsUnknown(KubernetesObjects.NamespaceOf(o))).ToArray();
        }

        public IEnumerable<ResourceRegistration> In(ResourceRegistration ns)
            => (KubernetesObjects.NameOf(ns) is { } name ? _byName[name] : [])
                .Concat(_unknownNamespace.Where(o => KubernetesObjects.IsIn(o, ns)));
    }
}
#endif
