using Pulumi;
using CustomResourceArgs = Pulumi.Kubernetes.ApiExtensions.CustomResourceArgs;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>
/// The Prometheus Operator's <c>PrometheusRule</c> (<c>monitoring.coreos.com/v1</c>): groups of alerting rules Prometheus loads.
/// Typed like crd2pulumi's output, with only the fields the platform sets (prometheus-operator v0.93
/// pkg/apis/monitoring/v1/prometheusrule_types.go).
/// </summary>
public sealed class PrometheusRule : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>The API version, as the prometheus-operator-crds chart's CRD serves it.</summary>
    public const string ResourceApiVersion = "monitoring.coreos.com/v1";

    /// <summary>The kind.</summary>
    public const string ResourceKind = "PrometheusRule";

    /// <summary>Declares the resource.</summary>
    public PrometheusRule(string name, PrometheusRuleArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The inputs of a <see cref="PrometheusRule"/>.</summary>
public sealed class PrometheusRuleArgs : CustomResourceArgs
{
    /// <summary>Args for <c>monitoring.coreos.com/v1</c> <c>PrometheusRule</c>.</summary>
    public PrometheusRuleArgs()
        : base(PrometheusRule.ResourceApiVersion, PrometheusRule.ResourceKind)
    {
    }

    /// <summary>The rule groups (<c>{groups: [{name, rules: [{alert, expr, for, labels, annotations}]}]}</c>).</summary>
    [Input("spec")]
    public InputMap<object>? Spec { get; set; }
}
