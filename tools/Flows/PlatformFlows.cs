#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Numinia.Infra.Flows.Catalogue;
using Numinia.Infra.Plan;

namespace Numinia.Infra.Flows;

/// <summary>
/// The flow model of a plan: the cluster as it will run (<see cref="ModelBuilder"/>), every flow its workloads need or
/// must never get, and what the cluster does with each.
/// </summary>
public sealed record FlowModel(ClusterModel Cluster, PlatformAddresses Addresses, ImmutableArray<Flow> Flows)
{
    /// <summary>
    /// The platform's own namespaces where Knative serves applications: the application namespaces (seed 004: staging,
    /// production) and the service namespaces whose workloads are served endpoints (seed 002: dev-center's APIs, auth's
    /// identity services, ai-platform's model serving). ci runs CI jobs only (seed 002) and Knative never reaches it.
    /// </summary>
    public static readonly ImmutableArray<string> PlatformApplicationNamespaces = ["staging", "production", "dev-center", "auth", "ai-platform"];

    /// <summary>The platform namespaces whose workloads Knative must not reach.</summary>
    public static readonly ImmutableArray<string> JobNamespaces = ["ci"];

    /// <summary>The flow model of <paramref name="plan"/>.</summary>
    public static FlowModel Of(PlanResult plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Of(plan.Resources);
    }

    /// <summary>The flow model of a plan's <paramref name="resources"/>.</summary>
    public static FlowModel Of(IEnumerable<Pulumi.Offline.ResourceRegistration> resources)
    {
        var plan = resources.ToImmutableArray();
        var addresses = PlatformAddresses.Read(plan);
        var namespaces = PlannedPolicies.Namespaces(plan);
        var tenants = namespaces.Where(n => n.Labels.ContainsKey(Components.Kubernetes.NamespaceLabels.Organization)).Select(n => n.Name).ToImmutableArray();
        var platformApplications = PlatformApplicationNamespaces.Where(n => namespaces.Any(x => x.Name == n));
        var served = tenants.Concat(platformApplications).ToImmutableArray();
        var jobs = JobNamespaces.Where(n => namespaces.Any(x => x.Name == n)).ToImmutableArray();
        var cluster = ModelBuilder.Build(plan, addresses, served, jobs);
        var flows = ControlPlaneFlows.For(cluster, addresses)
            .Concat(ServingFlows.For(addresses, served, jobs))
            .Concat(ObservabilityFlows.For(cluster, addresses, served))
            .Concat(TenantFlows.For(cluster, addresses, tenants, served))
            .Concat(FluxFlows.For(cluster, tenants))
            .ToImmutableArray();
        var duplicates = flows.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        return duplicates.Length > 0
            ? throw new InvalidOperationException($"Flows named twice: {string.Join("; ", duplicates)}.")
            : new FlowModel(cluster, addresses, flows);
    }

    /// <summary>What the cluster does with every flow.</summary>
    public ImmutableArray<FlowVerdict> Evaluate() => Flows.Select(f => FlowEvaluator.Evaluate(Cluster, f)).ToImmutableArray();
}
#endif
