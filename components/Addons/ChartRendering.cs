using System.Collections.Immutable;
using System.Globalization;

namespace Numinia.Components.Addons;

/// <summary>A port a container declares.</summary>
public sealed record ContainerPort(string? Name, int Number, string Protocol = "TCP");

/// <summary>A port of a Service: what clients call, and the pod port (a number or a port name) it forwards to.</summary>
public sealed record ServicePort(string? Name, int Port, string TargetPort, string Protocol = "TCP");

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
/// Only what decides a network flow is written down: the pod labels Services and policies select on, and the ports
/// that are dialled.
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

/// <summary>One Helm release of a shared service, by its namespace and release name, and what its chart renders.</summary>
public sealed record ReleaseRendering(string Namespace, string Release, ChartWorkloads Workloads);

/// <summary>Shorthands for writing a chart's rendering.</summary>
public static class ChartSpec
{
    /// <summary>The recommended label <c>app.kubernetes.io/name</c>.</summary>
    public const string AppName = "app.kubernetes.io/name";

    /// <summary>The recommended label <c>app.kubernetes.io/instance</c> (the release).</summary>
    public const string AppInstance = "app.kubernetes.io/instance";

    /// <summary>The recommended label <c>app.kubernetes.io/component</c>.</summary>
    public const string AppComponent = "app.kubernetes.io/component";

    /// <summary>A label set.</summary>
    public static ImmutableDictionary<string, string> Labels(params (string Key, string Value)[] labels)
        => labels.ToImmutableDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);

    /// <summary>A named TCP container port.</summary>
    public static ContainerPort Tcp(string name, int number) => new(name, number);

    /// <summary>A named UDP container port.</summary>
    public static ContainerPort Udp(string name, int number) => new(name, number, "UDP");

    /// <summary>A workload's pods.</summary>
    public static WorkloadSpec Pod(string ns, string name, ImmutableDictionary<string, string> labels, params ContainerPort[] ports)
        => new(ns, name, labels, ports.ToImmutableArray());

    /// <summary>A Service selecting <paramref name="selector"/>.</summary>
    public static ServiceSpec Service(string ns, string name, ImmutableDictionary<string, string>? selector, params ServicePort[] ports)
        => new(ns, name, selector, ports.ToImmutableArray());

    /// <summary>A Service port forwarding to a named pod port.</summary>
    public static ServicePort Port(string name, int port, string targetPort, string protocol = "TCP") => new(name, port, targetPort, protocol);

    /// <summary>A Service port forwarding to a numbered pod port.</summary>
    public static ServicePort Port(string name, int port, int targetPort, string protocol = "TCP")
        => new(name, port, targetPort.ToString(CultureInfo.InvariantCulture), protocol);
}
