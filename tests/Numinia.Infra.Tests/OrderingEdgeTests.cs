#if PULUMI_OFFLINE
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// The ordering edges of the prod graph that `pulumi up` and `pulumi destroy` rely on. Pulumi creates a
/// resource after everything it depends on and deletes it before them, so one edge gives both orders: a
/// custom resource is created once its controller's webhook serves (the release is awaited: Helm's atomic
/// install waits for the webhook Deployment to be Ready) and deleted while its controller still runs to
/// clear its finalizer.
/// </summary>
public sealed class OrderingEdgeTests
{
    private static PlanResult? s_plan;

    private static async Task<PlanResult> PlanAsync() => s_plan ??= await Planner.RunAsync(Harness.ProdConfig());

    private static IEnumerable<TestCaseData> ControllerEdges()
    {
        TestCaseData Edge(string name, string type, string release) => new TestCaseData(type, release).SetName($"Edge_{name}");
        yield return Edge("ClusterIssuersAfterCertManagersWebhook", "kubernetes:cert-manager.io/v1:ClusterIssuer", "cert-manager-release");
        yield return Edge("ClusterSecretStoreAfterExternalSecretsWebhook", "kubernetes:external-secrets.io/v1:ClusterSecretStore", "external-secrets-release");
        yield return Edge("TenantSecretStoresAfterExternalSecretsWebhook", "kubernetes:external-secrets.io/v1:SecretStore", "external-secrets-release");
        yield return Edge("KnativeServingAfterItsOperator", "kubernetes:operator.knative.dev/v1beta1:KnativeServing", "knative-operator");
        yield return Edge("KourierLoadBalancerServiceAfterTheLoadBalancerController", "kubernetes:operator.knative.dev/v1beta1:KnativeServing", "aws-load-balancer-controller-release");
        // Deleted before external-dns, which still runs to delete Kourier's records once its Service is gone.
        yield return Edge("GitRepositoriesAfterFlux", "kubernetes:source.toolkit.fluxcd.io/v1:GitRepository", "flux-release");
        yield return Edge("KustomizationsAfterFlux", "kubernetes:kustomize.toolkit.fluxcd.io/v1:Kustomization", "flux-release");
        yield return Edge("PodMonitorsAfterThePrometheusOperatorCrds", "kubernetes:monitoring.coreos.com/v1:PodMonitor", "monitoring-crds-release");
        yield return Edge("AlertRulesAfterThePrometheusOperatorsWebhook", "kubernetes:monitoring.coreos.com/v1:PrometheusRule", "monitoring-release");
        yield return Edge("KnativeServingAfterExternalDns", "kubernetes:operator.knative.dev/v1beta1:KnativeServing", "external-dns-release");
    }

    /// <summary>Rule: every resource of the type depends on the controller's release (so it is created after it and deleted before it).</summary>
    [TestCaseSource(nameof(ControllerEdges))]
    public async Task ACustomResourceDependsOnItsController(string type, string release)
    {
        var plan = await PlanAsync();
        var controller = plan.Resources.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && r.Name == release).Urn;
        var dependents = plan.Resources.Where(r => r.Type == type).ToArray();
        Assert.That(dependents, Is.Not.Empty, $"the plan has {type}");
        Assert.That(dependents.Where(r => !r.DependencyUrns.Contains(controller)).Select(r => r.Name), Is.Empty,
            $"{type} without a dependency on {release}");
    }

    /// <summary>API groups Kubernetes itself serves (and Pulumi's own kubernetes: tokens): no controller of ours reconciles them.</summary>
    private static readonly HashSet<string> s_builtInGroups = new(StringComparer.Ordinal)
    {
        "core", "apps", "batch", "rbac.authorization.k8s.io", "networking.k8s.io", "policy", "storage.k8s.io",
        "apiextensions.k8s.io", "admissionregistration.k8s.io", "scheduling.k8s.io", "coordination.k8s.io",
        "autoscaling", "helm.sh", "yaml",
    };

    /// <summary>
    /// Rule: every custom resource type of the plan has a named controller edge above, so a new kind cannot be
    /// deleted after (or created before) its controller unnoticed.
    /// </summary>
    [Test]
    public async Task EveryCustomResourceTypeOfThePlanHasAControllerEdge()
    {
        var plan = await PlanAsync();
        var custom = plan.Resources.Where(r => r.Custom && r.Type.StartsWith("kubernetes:", StringComparison.Ordinal))
            .Select(r => r.Type).Where(t => !s_builtInGroups.Contains(t.Split(':')[1].Split('/')[0])).ToHashSet();
        var covered = ControllerEdges().Select(c => (string)c.Arguments[0]!).ToHashSet();
        Assert.That(custom, Is.Not.Empty);
        Assert.That(custom.Except(covered), Is.Empty, "custom resource types without a controller edge");
    }

    /// <summary>
    /// Every URN a resource depends on, directly or not, in the engine's graph: the dependencies the SDK sends (a
    /// local component replaced by what it parents), the parent and the provider. The engine orders creation and
    /// deletion by these (pulumi/pulumi <c>pkg/resource/graph/dependency_graph.go</c>: a resource depends on its
    /// dependencies, its parent and its provider), not by the components a program named in <c>DependsOn</c>.
    /// </summary>
    private static HashSet<string> DependsOnTransitively(PlanResult plan, ResourceRegistration resource)
    {
        var byUrn = plan.Resources.ToDictionary(r => r.Urn);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(EngineEdges(resource));
        while (pending.TryPop(out var urn))
        {
            if (seen.Add(urn) && byUrn.TryGetValue(urn, out var next))
            {
                foreach (var dependency in EngineEdges(next))
                {
                    pending.Push(dependency);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<string> EngineEdges(ResourceRegistration resource)
        => resource.EngineDependencyUrns.Concat(new[] { resource.ParentUrn, resource.ProviderUrn }.OfType<string>());

    /// <summary>The custom resources and remote components a local component parents, through nested local components.</summary>
    private static IEnumerable<string> Parented(PlanResult plan, string component)
        => plan.Resources.Where(r => r.ParentUrn == component)
            .SelectMany(r => r is { Custom: false, Remote: false } ? Parented(plan, r.Urn) : new[] { r.Urn });

    /// <summary>
    /// Rule: a dependency on one of our components waits for everything the component holds. The SDK sends the
    /// engine, for a component named in <c>DependsOn</c>, the resources the component parents when the dependent
    /// registers (pulumi-dotnet <c>GetAllTransitivelyReferencedResourceUrnsAsync</c>); a resource the component
    /// adds later, or a component with nothing in it, would make the dependency wait for less than it says, on
    /// <c>up</c> and on <c>destroy</c>.
    /// </summary>
    [Test]
    public async Task ADependencyOnOurComponentWaitsForEverythingTheComponentHolds()
    {
        var plan = await PlanAsync();
        var byUrn = plan.Resources.ToDictionary(r => r.Urn);
        var onComponents = plan.Resources
            .SelectMany(r => r.DependencyUrns.Where(u => byUrn[u] is { Custom: false, Remote: false }).Select(c => (Dependent: r, Component: c)))
            .ToArray();
        var shortWaits = onComponents
            .Select(d => (d.Dependent.Name, Component: byUrn[d.Component].Name, Held: Parented(plan, d.Component).ToArray(), Sent: d.Dependent.EngineDependencyUrns))
            .Where(d => d.Held.Length == 0 || d.Held.Except(d.Sent).Any())
            .Select(d => $"{d.Name} -> {d.Component}: {(d.Held.Length == 0 ? "holds nothing" : "misses " + string.Join(", ", d.Held.Except(d.Sent).Select(u => byUrn[u].Name)))}");
        Assert.That(onComponents, Is.Not.Empty, "the program does depend on its components");
        Assert.That(shortWaits, Is.Empty);
    }

    /// <summary>Whether a values or spec tree sets a Service type of LoadBalancer anywhere.</summary>
    private static bool SetsLoadBalancerType(object? node) => node switch
    {
        IReadOnlyDictionary<string, object?> map => map.Any(e => (e.Key == "type" && e.Value is "LoadBalancer") || SetsLoadBalancerType(e.Value)),
        string => false,
        System.Collections.IEnumerable list => list.Cast<object?>().Any(SetsLoadBalancerType),
        _ => false,
    };

    /// <summary>
    /// Rule: whatever makes a Service of type LoadBalancer (such a Service, a chart whose values ask for one, the
    /// KnativeServing whose operator makes Kourier's) depends, directly or not, on the Load Balancer Controller's
    /// release: created once the controller serves, deleted while it still runs to remove
    /// the NLB and the Service's finalizer, so no NLB or ENI is left in the VPC.
    /// </summary>
    [Test]
    public async Task Edge_EveryLoadBalancerServiceProducerAfterTheLoadBalancerController()
    {
        var plan = await PlanAsync();
        var controller = plan.Resources.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && r.Name == "aws-load-balancer-controller-release");
        var producers = plan.Resources.Where(r => r.Type switch
        {
            "kubernetes:core/v1:Service" => SetsLoadBalancerType(r.Inputs.GetValueOrDefault("spec")),
            "kubernetes:helm.sh/v3:Release" => r.Urn != controller.Urn && SetsLoadBalancerType(r.Inputs.GetValueOrDefault("values")),
            "kubernetes:operator.knative.dev/v1beta1:KnativeServing" => true,
            _ => false,
        }).ToArray();
        Assert.That(producers, Is.Not.Empty);
        Assert.That(producers.Where(p => !DependsOnTransitively(plan, p).Contains(controller.Urn)).Select(p => p.Name), Is.Empty,
            "LoadBalancer Services that could outlive the controller");
    }

    /// <summary>
    /// Rule: every Kubernetes object goes through the cluster's provider, which is built from the Pulumi.Eks
    /// cluster's kubeconfig (so after the cluster and the access entries that component creates): the deployer
    /// has no implicit admin, and no object is sent before its access exists.
    /// </summary>
    [Test]
    public async Task KubernetesObjectsUseTheProviderThatWaitsForTheClusterAndItsAccessEntries()
    {
        var plan = await PlanAsync();
        var cluster = plan.Resources.Single(r => r.Type == "eks:index:Cluster").Urn;
        var provider = plan.Resources.Single(r => r.Type == "pulumi:providers:kubernetes" && r.Name == "cluster-k8s");
        var objects = plan.Resources.Where(r => r.Custom && r.Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(provider.DependencyUrns, Does.Contain(cluster), "the provider's kubeconfig comes from the cluster");
            Assert.That(objects, Has.Length.GreaterThan(100));
            Assert.That(objects.Where(o => o.ProviderUrn is null || !o.ProviderUrn.StartsWith(provider.Urn, StringComparison.Ordinal)).Select(o => o.Name),
                Is.Empty, "objects sent through another provider");
        });
    }
}
#endif
