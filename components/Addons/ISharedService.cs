using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;

namespace Numinia.Components.Addons;

/// <summary>
/// A shared service of the platform as it describes itself: its name and namespace, the config keys its settings read,
/// the shared services it needs first, its namespace's network allows and metrics ports, whether this config installs it,
/// and how it is created. The stack reads every service's settings, then creates the installed ones in the list's order;
/// adding a shared service is its folder (the component, its settings, this description) and one line in that list.
/// </summary>
public interface ISharedService
{
    /// <summary>The component's resource name (part of every child's URN: frozen once deployed).</summary>
    string Name { get; }

    /// <summary>The namespace it runs in (its main one, when it has two).</summary>
    string Namespace { get; }

    /// <summary>The config keys its settings read (each declared in Pulumi.yaml).</summary>
    ImmutableArray<string> ConfigKeys { get; }

    /// <summary>The shared services (by <see cref="Name"/>) that must be created before it.</summary>
    ImmutableArray<string> DependsOn { get; }

    /// <summary>The ports Prometheus scrapes in its namespaces, by namespace.</summary>
    ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts { get; }

    /// <summary>The metrics endpoints Prometheus scrapes, one PodMonitor each (none when the service has no metrics port).</summary>
    ImmutableArray<ScrapeTarget> ScrapeTargets { get; }

    /// <summary>
    /// Its namespaces' explicit allows (beside default-deny and DNS) in the cluster's <paramref name="network"/>; none when
    /// its namespace is not the platform's to police (kube-system is EKS's).
    /// </summary>
    ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network);

    /// <summary>
    /// Each Helm release it installs, as its chart at the pinned version renders it with the values the plan passes (its
    /// pods' labels and ports, its Services): what the flow model checks the network policies against. The plan refuses
    /// a release without one, naming it.
    /// </summary>
    ImmutableArray<ReleaseRendering> Renderings { get; }

    /// <summary>Reads and validates its settings (problems go to <paramref name="config"/>).</summary>
    object ReadSettings(ISettingsReader config, SharedServiceFacts facts);

    /// <summary>Whether this config installs it.</summary>
    bool IsInstalled(object settings, SharedServiceFacts facts);

    /// <summary>Creates the service's component from its settings.</summary>
    ComponentResource Create(SharedServicesSetup setup, object settings);
}

/// <summary>A shared service whose settings are a <typeparamref name="TSettings"/> record.</summary>
public abstract class SharedService<TSettings> : ISharedService where TSettings : class
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Namespace { get; }

    /// <inheritdoc />
    public abstract ImmutableArray<string> ConfigKeys { get; }

    /// <inheritdoc />
    public virtual ImmutableArray<string> DependsOn => ImmutableArray<string>.Empty;

    /// <inheritdoc />
    public virtual ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => ImmutableDictionary<string, ImmutableArray<NetworkPort>>.Empty;

    /// <inheritdoc />
    public abstract ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network);

    /// <summary>
    /// Every workload of its renderings with a container port among <see cref="MetricsPorts"/>, scraped at
    /// <see cref="MetricsPath"/>: the metrics ports the policies open are the ones Prometheus reads.
    /// </summary>
    public virtual ImmutableArray<ScrapeTarget> ScrapeTargets =>
    [
        .. Renderings.SelectMany(r => r.Workloads.Workloads).SelectMany(w => w.Ports
            .Where(p => MetricsPorts.TryGetValue(w.Namespace, out var metrics) && metrics.Contains(new NetworkPort(p.Protocol, p.Number)))
            .Select(p => new ScrapeTarget(w.Namespace, w.Name, w.Labels, p.Number, MetricsPath(w.Name)))),
    ];

    /// <summary>The HTTP path of a workload's metrics (<c>/metrics</c> unless the service says otherwise).</summary>
    protected virtual string MetricsPath(string workload) => "/metrics";

    /// <summary>The metrics ports of one namespace.</summary>
    protected static ImmutableDictionary<string, ImmutableArray<NetworkPort>> Metrics(string ns, params NetworkPort[] ports)
        => ImmutableDictionary<string, ImmutableArray<NetworkPort>>.Empty.Add(ns, ports.ToImmutableArray());

    /// <summary>One namespace's allows.</summary>
    protected static ImmutableArray<NamespaceAllows> Policed(string ns, params NetworkAllow[] allows) => [new NamespaceAllows(ns, [.. allows])];

    /// <inheritdoc />
    public abstract ImmutableArray<ReleaseRendering> Renderings { get; }

    /// <summary>Reads and validates the settings.</summary>
    public abstract TSettings Read(ISettingsReader config, SharedServiceFacts facts);

    /// <summary>Whether this config installs the service (every service but those that need something of the config).</summary>
    public virtual bool IsInstalled(TSettings settings, SharedServiceFacts facts) => true;

    /// <summary>Creates the service's component.</summary>
    public abstract ComponentResource Create(SharedServicesSetup setup, TSettings settings);

    object ISharedService.ReadSettings(ISettingsReader config, SharedServiceFacts facts) => Read(config, facts);

    bool ISharedService.IsInstalled(object settings, SharedServiceFacts facts) => IsInstalled((TSettings)settings, facts);

    ComponentResource ISharedService.Create(SharedServicesSetup setup, object settings) => Create(setup, (TSettings)settings);
}
