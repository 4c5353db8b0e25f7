using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>What the shared services' monitors are built from.</summary>
public sealed record SharedServiceMonitorsArgs
{
    /// <summary>The cluster.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Every installed shared service's metrics endpoints.</summary>
    public required ImmutableArray<ScrapeTarget> Targets { get; init; }

    /// <summary>What must exist first: the Prometheus Operator's CRDs, and the services (with their namespaces).</summary>
    public ImmutableArray<Resource> DependsOn { get; init; } = ImmutableArray<Resource>.Empty;
}

/// <summary>
/// A PodMonitor per shared service workload with a metrics port, in the workload's namespace, made after the monitoring
/// stack: the charts' own ServiceMonitor values would be applied with services created before the Prometheus Operator's
/// CRDs exist (the list's order), and a chart's CRs of an unknown kind fail its install. Prometheus selects every PodMonitor
/// of the cluster (<c>podMonitorSelectorNilUsesHelmValues: false</c>).
/// </summary>
public sealed class SharedServiceMonitors : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "numinia:addons:SharedServiceMonitors";

    /// <summary>The monitors, by (namespace, workload).</summary>
    public ImmutableDictionary<(string Namespace, string Workload), PodMonitor> Monitors { get; }

    /// <summary>Builds the PodMonitors.</summary>
    public SharedServiceMonitors(string name, SharedServiceMonitorsArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var duplicates = args.Targets.GroupBy(t => (t.Namespace, t.Workload)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Namespace}/{g.Key.Workload}").ToArray();
        if (duplicates.Length > 0)
        {
            throw new ArgumentException($"Workloads with two metrics endpoints: {string.Join(", ", duplicates)}; one PodMonitor each.", nameof(args));
        }

        Monitors = args.Targets.ToImmutableDictionary(t => (t.Namespace, t.Workload), t => new PodMonitor($"{name}-{t.Namespace}-{t.Workload}", new PodMonitorArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = t.Workload,
                Namespace = t.Namespace,
                Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
            },
            Spec = new PodMonitorSpecArgs
            {
                Selector = new PodMonitorSelectorArgs { MatchLabels = t.PodLabels },
                // honorLabels: controllers label per-object metrics with the object's namespace (cert-manager's certificates,
                // External Secrets' ExternalSecrets); without it Prometheus renames that label exported_namespace and puts
                // the controller's own namespace in its place, and the rules would name the wrong namespace.
                PodMetricsEndpoints = new InputList<PodMetricsEndpointArgs> { Endpoint(t) },
            },
        }, args.Context.Kubernetes(this, [.. args.DependsOn])));
        RegisterOutputs();
    }

    private static PodMetricsEndpointArgs Endpoint(ScrapeTarget target) => target.SelfSignedHttps
        ? new PodMetricsEndpointArgs
        {
            PortNumber = target.Port,
            Path = target.Path,
            HonorLabels = true,
            Scheme = "https",
            TlsConfig = new PodMetricsEndpointTlsConfigArgs { InsecureSkipVerify = true },
        }
        : new PodMetricsEndpointArgs { PortNumber = target.Port, Path = target.Path, HonorLabels = true };
}
