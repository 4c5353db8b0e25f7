using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes;
using Pulumi;

namespace Numinia.Components.Addons;

/// <summary>
/// What a shared service is created from: the cluster bundle, the hosted zone, the facts of the config, the node groups'
/// Cluster Autoscaler role, the storage classes, the options of every component (the AWS provider), and the services
/// created before it with every service's settings, found by type.
/// </summary>
public sealed class SharedServicesSetup
{
    private readonly Dictionary<Type, ComponentResource> _created = new();
    private readonly List<ComponentResource> _order = new();
    private readonly ImmutableDictionary<Type, object> _settings;

    /// <summary>A setup over every service's <paramref name="settings"/> (by the settings record's type).</summary>
    public SharedServicesSetup(IEnumerable<object> settings)
    {
        _settings = settings.ToImmutableDictionary(s => s.GetType());
    }

    /// <summary>The cluster the services run on.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>The platform's hosted zone.</summary>
    public required HostedZone Zone { get; init; }

    /// <summary>The facts of the config.</summary>
    public required SharedServiceFacts Facts { get; init; }

    /// <summary>The Cluster Autoscaler's IRSA role, made with the node groups it may scale.</summary>
    public required Output<string> ClusterAutoscalerRoleArn { get; init; }

    /// <summary>The cluster's storage classes (volumes of the services that keep data).</summary>
    public required StorageClasses Storage { get; init; }

    /// <summary>The options of every service's component (the AWS provider).</summary>
    public required ComponentResourceOptions Options { get; init; }

    /// <summary>The service created as <typeparamref name="T"/>; fails when it is not (yet) created, naming it.</summary>
    public T Get<T>() where T : ComponentResource
        => _created.TryGetValue(typeof(T), out var created)
            ? (T)created
            : throw new InvalidOperationException($"The shared service {typeof(T).Name} is needed before it is created: list it earlier, and among the dependencies.");

    /// <summary>The service created as <typeparamref name="T"/>, or null when this config does not install it.</summary>
    public T? Find<T>() where T : ComponentResource => _created.TryGetValue(typeof(T), out var created) ? (T)created : null;

    /// <summary>A service's settings, by their record's type.</summary>
    public T Settings<T>() where T : class
        => _settings.TryGetValue(typeof(T), out var settings) ? (T)settings : throw new InvalidOperationException($"No shared service has settings of type {typeof(T).Name}.");

    /// <summary>Records a created service (the stack calls this in the list's order).</summary>
    public void Add(ComponentResource service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _created.Add(service.GetType(), service);
        _order.Add(service);
    }

    /// <summary>Every created service, in the order of creation.</summary>
    public IReadOnlyList<ComponentResource> Created => _order;
}
