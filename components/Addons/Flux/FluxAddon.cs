using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using static Numinia.Components.Addons.HelmValues;

namespace Numinia.Components.Addons.Flux;

/// <summary>What Flux is built from.</summary>
public sealed record FluxAddonArgs
{
    /// <summary>The cluster Flux runs in.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Its settings: the chart, the repository and how organizations sync it.</summary>
    public FluxSettings Settings { get; init; } = new();
}

/// <summary>
/// Flux with the multi-tenancy lockdown (fluxcd.io/flux/installation/configuration/multitenancy): source, kustomize, helm
/// and notification controllers (no image automation, as live); kustomize and helm controllers refuse cross-namespace
/// references and apply as the Kustomization's or HelmRelease's own service account, <c>default</c> when it names none
/// (which holds no rights); kustomize-controller refuses remote bases. The applications' repository is the GitRepository
/// <c>flux-system</c> of <c>flux-system</c>, with the deploy key; each organization environment gets its own copy
/// (<see cref="FluxSync.Source"/>) and its own locked Kustomization.
/// </summary>
public sealed class FluxAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:Flux";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "flux2";

    /// <summary>The chart's repository (fluxcd-community).</summary>
    public const string ChartRepository = "https://fluxcd-community.github.io/helm-charts";

    /// <summary>Flux's namespace.</summary>
    public const string NamespaceName = "flux-system";

    /// <summary>The Helm release's name.</summary>
    public const string ReleaseName = "flux2";

    /// <summary>
    /// The service account kustomize and helm controllers impersonate for an object that names none: each namespace's
    /// <c>default</c>, which no Role grants anything, so such an object can apply nothing (the lockdown's default).
    /// </summary>
    public const string DefaultServiceAccount = "default";

    /// <summary>The controllers' requests and limits (Flux's own manifests limit each to 1 CPU and 1Gi).</summary>
    public static readonly ContainerResources ControllerResources = new("100m", "64Mi", "1000m", "1Gi");

    /// <summary>
    /// The namespace's quota: four controllers and the pre-install check Job request 450m and 320Mi; limits leave room for
    /// a rolling update of all four (each limited to 1 CPU and 1Gi) beside the running ones.
    /// </summary>
    public static readonly NamespaceQuota Quota = new()
    {
        RequestsCpu = "1",
        RequestsMemory = "1Gi",
        LimitsCpu = "10",
        LimitsMemory = "10Gi",
        Pods = 20,
    };

    /// <summary>The controllers the chart installs (values key), as live: no image automation.</summary>
    public static readonly ImmutableArray<string> Controllers =
        ImmutableArray.Create("sourceController", "kustomizeController", "helmController", "notificationController");

    /// <summary>The lockdown flags of kustomize-controller beyond the chart's multi-tenancy ones.</summary>
    public static readonly ImmutableArray<string> KustomizeControllerArgs = ImmutableArray.Create("--no-remote-bases=true");

    /// <summary>Flux's namespace.</summary>
    public PlatformNamespace Namespace { get; }

    /// <summary>The Helm release (the CRDs with it).</summary>
    public Release Release { get; }

    /// <summary>The applications' repository in <c>flux-system</c>.</summary>
    public GitRepository Source { get; }

    /// <summary>What organizations need to sync their own paths.</summary>
    public FluxSync Sync { get; }

    /// <summary>Builds the namespace, the release and the repository.</summary>
    public FluxAddon(string name, FluxAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var context = args.Context;
        Namespace = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this, PodSecurityLevel.Restricted, Quota);
        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, ChartRepository, args.Settings.ChartVersion),
            Namespace = Namespace.Name,
            Values = Values(),
        }, context, this);

        // Secret even if the caller forgot to mark it so.
        Sync = new FluxSync { Settings = args.Settings, DeployKey = Output.CreateSecret(args.Settings.DeployKey), Release = Release };
        Source = Sync.Source($"{name}-git", Namespace.Name, FluxSync.ManagedLabels, this, context.KubernetesProvider);
        RegisterOutputs(new Dictionary<string, object?> { ["namespace"] = Namespace.Name });
    }

    /// <summary>The chart values (flux2 chart values.yaml at the pinned tag).</summary>
    public static ImmutableDictionary<string, object> Values()
    {
        var controller = Map(("resources", ControllerResources.ToValues()));
        return Map(
            // multitenancy.enabled adds --no-cross-namespace-refs=true to kustomize, helm and notification controllers and
            // --default-service-account to kustomize and helm (templates/*-controller.yaml). privileged keeps their
            // cluster-admin binding: they impersonate the tenant's account for every apply, which needs it.
            ("multitenancy", Map(("enabled", true), ("defaultServiceAccount", DefaultServiceAccount), ("privileged", true))),
            ("sourceController", controller),
            ("kustomizeController", controller.Add("container", Map(("additionalArgs", KustomizeControllerArgs.Cast<object>().ToImmutableArray())))),
            ("helmController", controller),
            ("notificationController", controller),
            ("imageAutomationController", Map(("create", false))),
            ("imageReflectionController", Map(("create", false))),
            // The chart's own NetworkPolicies allow all egress and all ingress from the namespace; the platform's
            // default-deny and allows (FluxService.Allows) police it instead.
            ("policies", Map(("create", false))));
    }
}
