using System.Collections.Immutable;
using Pulumi;
using CustomResourceArgs = Pulumi.Kubernetes.ApiExtensions.CustomResourceArgs;

namespace Numinia.Components.Addons.Knative;

/// <summary>
/// The Knative operator's <c>KnativeServing</c> resource (<c>operator.knative.dev/v1beta1</c>): the operator
/// installs Knative Serving and its ingress as this resource describes. Typed like crd2pulumi's output, with
/// only the fields the platform sets.
/// </summary>
public sealed class KnativeServing : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>The API version of the resource, as the knative-operator chart's CRD serves it.</summary>
    public const string ResourceApiVersion = "operator.knative.dev/v1beta1";

    /// <summary>The kind of the resource.</summary>
    public const string ResourceKind = "KnativeServing";

    /// <summary>Declares the resource.</summary>
    public KnativeServing(string name, KnativeServingArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The inputs of a <see cref="KnativeServing"/> resource.</summary>
public sealed class KnativeServingArgs : CustomResourceArgs
{
    /// <summary>Args for <c>operator.knative.dev/v1beta1</c> <c>KnativeServing</c>.</summary>
    public KnativeServingArgs()
        : base(KnativeServing.ResourceApiVersion, KnativeServing.ResourceKind)
    {
    }

    /// <summary>What the operator installs and how.</summary>
    [Input("spec")]
    public Input<KnativeServingSpecArgs>? Spec { get; set; }
}

/// <summary><c>spec</c> of a KnativeServing.</summary>
public sealed class KnativeServingSpecArgs : ResourceArgs
{
    /// <summary>The Knative Serving version the operator installs (<c>MAJOR.MINOR</c> or <c>MAJOR.MINOR.PATCH</c>).</summary>
    [Input("version")]
    public Input<string>? Version { get; set; }

    [Input("config")]
    private InputMap<ImmutableDictionary<string, string>>? _config;

    /// <summary>Data merged into Serving's ConfigMaps: ConfigMap name (with or without <c>config-</c>) to key to value.</summary>
    public InputMap<ImmutableDictionary<string, string>> Config
    {
        get => _config ??= new InputMap<ImmutableDictionary<string, string>>();
        set => _config = value;
    }

    /// <summary>The ingress implementations the operator installs.</summary>
    [Input("ingress")]
    public Input<KnativeServingSpecIngressArgs>? Ingress { get; set; }

    /// <summary>How many replicas the highly available parts of the control plane run.</summary>
    [Input("high-availability")]
    public Input<KnativeServingSpecHighAvailabilityArgs>? HighAvailability { get; set; }

    [Input("workloads")]
    private InputList<KnativeServingSpecWorkloadsArgs>? _workloads;

    /// <summary>Overrides of the installed Deployments, by name.</summary>
    public InputList<KnativeServingSpecWorkloadsArgs> Workloads
    {
        get => _workloads ??= new InputList<KnativeServingSpecWorkloadsArgs>();
        set => _workloads = value;
    }

    [Input("services")]
    private InputList<KnativeServingSpecServicesArgs>? _services;

    /// <summary>Overrides of the installed Services, by name.</summary>
    public InputList<KnativeServingSpecServicesArgs> Services
    {
        get => _services ??= new InputList<KnativeServingSpecServicesArgs>();
        set => _services = value;
    }

    [Input("podDisruptionBudgets")]
    private InputList<KnativeServingSpecPodDisruptionBudgetsArgs>? _podDisruptionBudgets;

    /// <summary>Overrides of the installed PodDisruptionBudgets, by name.</summary>
    public InputList<KnativeServingSpecPodDisruptionBudgetsArgs> PodDisruptionBudgets
    {
        get => _podDisruptionBudgets ??= new InputList<KnativeServingSpecPodDisruptionBudgetsArgs>();
        set => _podDisruptionBudgets = value;
    }
}

/// <summary><c>spec.ingress</c>: which ingress implementations the operator installs.</summary>
public sealed class KnativeServingSpecIngressArgs : ResourceArgs
{
    /// <summary>Kourier.</summary>
    [Input("kourier")]
    public Input<KnativeServingSpecIngressKourierArgs>? Kourier { get; set; }
}

/// <summary><c>spec.ingress.kourier</c>.</summary>
public sealed class KnativeServingSpecIngressKourierArgs : ResourceArgs
{
    /// <summary>Whether Kourier is installed.</summary>
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    /// <summary>The type of Kourier's gateway Service: <c>LoadBalancer</c>, <c>NodePort</c> or <c>ClusterIP</c>.</summary>
    [Input("service-type")]
    public Input<string>? ServiceType { get; set; }
}

/// <summary><c>spec.high-availability</c>.</summary>
public sealed class KnativeServingSpecHighAvailabilityArgs : ResourceArgs
{
    /// <summary>
    /// Replicas of every Deployment that supports HA, and the minimum of every HorizontalPodAutoscaler
    /// (activator, webhook, Kourier's gateway).
    /// </summary>
    [Input("replicas", required: true)]
    public Input<int> Replicas { get; set; } = null!;
}

/// <summary>An item of <c>spec.workloads</c>: overrides of one Deployment.</summary>
public sealed class KnativeServingSpecWorkloadsArgs : ResourceArgs
{
    /// <summary>The Deployment's name.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("resources")]
    private InputList<KnativeServingSpecWorkloadsResourcesArgs>? _resources;

    /// <summary>Requests and limits by container.</summary>
    public InputList<KnativeServingSpecWorkloadsResourcesArgs> Resources
    {
        get => _resources ??= new InputList<KnativeServingSpecWorkloadsResourcesArgs>();
        set => _resources = value;
    }

    [Input("affinity")]
    private InputMap<object>? _affinity;

    /// <summary>The pods' affinity (a core/v1 <c>Affinity</c>), replacing the manifest's.</summary>
    public InputMap<object> Affinity
    {
        get => _affinity ??= new InputMap<object>();
        set => _affinity = value;
    }
}

/// <summary>An item of <c>spec.workloads[].resources</c>: one container's requests and limits.</summary>
public sealed class KnativeServingSpecWorkloadsResourcesArgs : ResourceArgs
{
    /// <summary>The container's name in the Deployment.</summary>
    [Input("container", required: true)]
    public Input<string> Container { get; set; } = null!;

    [Input("requests")]
    private InputMap<string>? _requests;

    /// <summary><c>cpu</c> and <c>memory</c> requests.</summary>
    public InputMap<string> Requests
    {
        get => _requests ??= new InputMap<string>();
        set => _requests = value;
    }

    [Input("limits")]
    private InputMap<string>? _limits;

    /// <summary><c>cpu</c> and <c>memory</c> limits.</summary>
    public InputMap<string> Limits
    {
        get => _limits ??= new InputMap<string>();
        set => _limits = value;
    }
}

/// <summary>An item of <c>spec.services</c>: overrides of one Service.</summary>
public sealed class KnativeServingSpecServicesArgs : ResourceArgs
{
    /// <summary>The Service's name.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("annotations")]
    private InputMap<string>? _annotations;

    /// <summary>Annotations merged into the Service's.</summary>
    public InputMap<string> Annotations
    {
        get => _annotations ??= new InputMap<string>();
        set => _annotations = value;
    }
}

/// <summary>An item of <c>spec.podDisruptionBudgets</c>: overrides of one PodDisruptionBudget.</summary>
public sealed class KnativeServingSpecPodDisruptionBudgetsArgs : ResourceArgs
{
    /// <summary>The PodDisruptionBudget's name.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    /// <summary>How many pods may be unavailable (a number or a percentage); replaces minAvailable.</summary>
    [Input("maxUnavailable")]
    public InputUnion<int, string>? MaxUnavailable { get; set; }
}
