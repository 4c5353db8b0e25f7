#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Flows.Workloads;

/// <summary>A workload as its chart renders it: the pod template's labels, its ports, whether it uses the host network.</summary>
public sealed record WorkloadSpec(string Namespace, string Name, ImmutableDictionary<string, string> Labels, ImmutableArray<ContainerPort> Ports,
    bool HostNetwork = false);

/// <summary>A Service as its chart renders it (<see cref="Selector"/> null: no selector; <see cref="Headless"/>: clusterIP None).</summary>
public sealed record ServiceSpec(string Namespace, string Name, ImmutableDictionary<string, string>? Selector, ImmutableArray<ServicePort> Ports,
    bool Headless = false);

/// <summary>
/// What one pinned chart (or manifest set) puts in the cluster, read from its rendering with the values the plan passes
/// (<c>helm template --kube-version 1.35.0</c> of the chart at the pinned version, with the values of
/// <c>plan --out DIR</c>'s <c>helm/&lt;namespace&gt;-&lt;release&gt;.yaml</c>). <see cref="Chart"/> and <see cref="Version"/> name
/// what was rendered, so that a chart bump fails the check that the model matches the plan until it is rendered again.
/// </summary>
public sealed record ChartWorkloads(string Chart, string Version, ImmutableArray<WorkloadSpec> Workloads, ImmutableArray<ServiceSpec> Services)
{
    /// <summary>A chart's workloads, with no Services.</summary>
    public ChartWorkloads(string chart, string version, params WorkloadSpec[] workloads)
        : this(chart, version, workloads.ToImmutableArray(), ImmutableArray<ServiceSpec>.Empty)
    {
    }

    /// <summary>This rendering with <paramref name="services"/> too.</summary>
    public ChartWorkloads With(params ServiceSpec[] services) => this with { Services = Services.AddRange(services) };
}

/// <summary>Shorthands for writing the catalogue.</summary>
internal static class Spec
{
    public static ImmutableDictionary<string, string> Labels(params (string Key, string Value)[] labels)
        => labels.ToImmutableDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);

    public static ContainerPort Tcp(string name, int number) => new(name, number);

    public static ContainerPort Udp(string name, int number) => new(name, number, "UDP");

    public static WorkloadSpec Pod(string ns, string name, ImmutableDictionary<string, string> labels, params ContainerPort[] ports)
        => new(ns, name, labels, ports.ToImmutableArray());

    public static ServiceSpec Service(string ns, string name, ImmutableDictionary<string, string>? selector, params ServicePort[] ports)
        => new(ns, name, selector, ports.ToImmutableArray());

    public static ServicePort Port(string name, int port, string targetPort, string protocol = "TCP") => new(name, port, targetPort, protocol);

    public static ServicePort Port(string name, int port, int targetPort, string protocol = "TCP")
        => new(name, port, targetPort.ToString(System.Globalization.CultureInfo.InvariantCulture), protocol);
}
#endif
