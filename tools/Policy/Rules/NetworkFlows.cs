#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Flows;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Every flow of the flow model (<see cref="FlowModel"/>) is as the platform needs it once the plan's NetworkPolicies apply,
/// evaluated as the VPC CNI enforces them: what the workloads need gets through, and the isolation the platform promises
/// holds. A wrong flow is reported on the namespace of the pod whose policy decides it. A plan without the cluster (a
/// tenant stack) has no model of its own and passes; its platform's plan checks its namespaces.
/// </summary>
public sealed class NetworkFlows : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "network-flows";

    /// <inheritdoc />
    public override string Title => "Every flow the workloads need is open and every flow the platform promises to stop is closed, as the VPC CNI enforces the NetworkPolicies";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.NetworkPolicy, PolicyTokens.Namespace];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.OfType(PolicyTokens.EksCluster).Any())
        {
            return [];
        }

        FlowModel model;
        try
        {
            model = FlowModel.Of(plan.Resources);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }

        var namespaces = plan.OfType(PolicyTokens.Namespace).ToDictionary(n => KubernetesObjects.NameOf(n) ?? string.Empty, StringComparer.Ordinal);
        return model.Evaluate().Where(v => !v.AsExpected).Select(v =>
        {
            var ns = (v.Egress is { Allowed: false } || (v.Flow.Expect == FlowExpectation.Closed && v.Egress is not null) ? v.Flow.From : v.Flow.To) switch
            {
                PodEnd p => p.Namespace,
                ServiceEnd s => s.Namespace,
                _ => (v.Flow.From as PodEnd)?.Namespace ?? string.Empty,
            };
            var owner = namespaces.GetValueOrDefault(ns) ?? plan.OfType(PolicyTokens.EksCluster).First();
            return Violation(owner, $"{v.Flow.Name}: must be {v.Flow.Expect.ToString().ToLowerInvariant()}, is {(v.Open ? "open" : "closed")} ({v.Explanation})");
        }).ToArray();
    }
}
#endif
