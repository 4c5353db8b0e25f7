using Pulumi;
using CustomResourceArgs = Pulumi.Kubernetes.ApiExtensions.CustomResourceArgs;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>
/// The Prometheus Operator's <c>PodMonitor</c> (<c>monitoring.coreos.com/v1</c>): Prometheus scrapes the pods it selects in its
/// own namespace. Typed like crd2pulumi's output, with only the fields the platform sets (prometheus-operator v0.93
/// pkg/apis/monitoring/v1/podmonitor_types.go).
/// </summary>
public sealed class PodMonitor : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>The API version, as the prometheus-operator-crds chart's CRD serves it.</summary>
    public const string ResourceApiVersion = "monitoring.coreos.com/v1";

    /// <summary>The kind.</summary>
    public const string ResourceKind = "PodMonitor";

    /// <summary>Declares the resource.</summary>
    public PodMonitor(string name, PodMonitorArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The inputs of a <see cref="PodMonitor"/>.</summary>
public sealed class PodMonitorArgs : CustomResourceArgs
{
    /// <summary>Args for <c>monitoring.coreos.com/v1</c> <c>PodMonitor</c>.</summary>
    public PodMonitorArgs()
        : base(PodMonitor.ResourceApiVersion, PodMonitor.ResourceKind)
    {
    }

    /// <summary>The pods and their endpoints.</summary>
    [Input("spec")]
    public Input<PodMonitorSpecArgs>? Spec { get; set; }
}

/// <summary><c>spec</c> of a PodMonitor.</summary>
public sealed class PodMonitorSpecArgs : ResourceArgs
{
    /// <summary>The pods scraped (<c>matchLabels</c>).</summary>
    [Input("selector")]
    public Input<PodMonitorSelectorArgs>? Selector { get; set; }

    /// <summary>Their endpoints.</summary>
    [Input("podMetricsEndpoints")]
    public InputList<PodMetricsEndpointArgs>? PodMetricsEndpoints { get; set; }
}

/// <summary><c>spec.selector</c> of a PodMonitor.</summary>
public sealed class PodMonitorSelectorArgs : ResourceArgs
{
    /// <summary>The labels every scraped pod has.</summary>
    [Input("matchLabels")]
    public InputMap<string>? MatchLabels { get; set; }
}

/// <summary>One endpoint of <c>spec.podMetricsEndpoints</c>.</summary>
public sealed class PodMetricsEndpointArgs : ResourceArgs
{
    /// <summary>The container port's number (the pod must declare it).</summary>
    [Input("portNumber")]
    public Input<int>? PortNumber { get; set; }

    /// <summary>The HTTP path of the metrics.</summary>
    [Input("path")]
    public Input<string>? Path { get; set; }

    /// <summary>Whether the scraped labels win over the target's (a controller's per-object <c>namespace</c> stays the object's).</summary>
    [Input("honorLabels")]
    public Input<bool>? HonorLabels { get; set; }

    /// <summary>The scheme: <c>http</c> (the default) or <c>https</c>.</summary>
    [Input("scheme")]
    public Input<string>? Scheme { get; set; }

    /// <summary>The TLS settings of an <c>https</c> scrape.</summary>
    [Input("tlsConfig")]
    public Input<PodMetricsEndpointTlsConfigArgs>? TlsConfig { get; set; }
}

/// <summary><c>tlsConfig</c> of a PodMonitor's endpoint (prometheus-operator v0.93 <c>SafeTLSConfig</c>).</summary>
public sealed class PodMetricsEndpointTlsConfigArgs : ResourceArgs
{
    /// <summary>Whether the target's certificate goes unverified (a self-signed serving certificate).</summary>
    [Input("insecureSkipVerify")]
    public Input<bool>? InsecureSkipVerify { get; set; }
}
