using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;

namespace Numinia.Components.Addons;

/// <summary>One Helm release of a shared service.</summary>
public sealed record AddonRelease
{
    /// <summary>The Helm release's name (exact, so that the chart's object names are stable).</summary>
    public required string ReleaseName { get; init; }

    /// <summary>The pinned chart.</summary>
    public required ChartPin Chart { get; init; }

    /// <summary>The namespace the release goes into (an output of the namespace, so the release waits for it).</summary>
    public required Input<string> Namespace { get; init; }

    /// <summary>The chart's values.</summary>
    public required InputMap<object> Values { get; init; }

    /// <summary>How long Helm waits for the release's objects to become ready, in seconds.</summary>
    public int TimeoutSeconds { get; init; } = 600;

    /// <summary>
    /// The chart's <c>crds/</c> folder, as manifests at the pinned version's tag: when set, the release skips that
    /// folder and depends on the manifests applied by Pulumi (see <see cref="ChartCrds"/>); empty when the chart's
    /// CRDs are templates (upgraded with the release) or it has none.
    /// </summary>
    public ImmutableArray<ChartCrds> UpstreamCrds { get; init; } = ImmutableArray<ChartCrds>.Empty;

    /// <summary>Whether Helm skips the chart's <c>crds/</c> folder (implied by <see cref="UpstreamCrds"/>).</summary>
    public bool SkipChartCrds { get; init; }
}

/// <summary>
/// How shared services install their charts and namespaces, the same way for all: exact release names,
/// pinned versions from the upstream repository, atomic installs that roll back on failure, a bounded
/// history, and the cluster's own Kubernetes provider.
/// </summary>
public static class HelmAddon
{
    /// <summary>Helm releases kept per release (rollback targets).</summary>
    public const int MaxHistory = 10;

    /// <summary>Installs a release as a child of <paramref name="parent"/>, after the nodes and <paramref name="dependsOn"/>.</summary>
    public static Release Install(string name, AddonRelease release, ClusterContext context, Resource parent, params Resource[] dependsOn)
    {
        var crds = ChartCrds.CreateConfigFiles(name, release.UpstreamCrds, context, parent);
        var options = context.Kubernetes(parent, dependsOn);
        foreach (var before in context.NodesReady.Concat(crds))
        {
            options.DependsOn.Add(before);
        }

        return new Release(name, new ReleaseArgs
        {
            Name = release.ReleaseName,
            Chart = release.Chart.Chart,
            Version = release.Chart.Version,
            RepositoryOpts = new RepositoryOptsArgs { Repo = release.Chart.Repository },
            Namespace = release.Namespace,
            CreateNamespace = false,
            Atomic = true,
            CleanupOnFail = true,
            MaxHistory = MaxHistory,
            Timeout = release.TimeoutSeconds,
            Values = release.Values,
            SkipCrds = release.SkipChartCrds || !crds.IsEmpty ? true : null,
        }, options);
    }

    /// <summary>
    /// The namespace of a shared service, with its quota and container defaults. Only the platform deploys here, so
    /// its pods may use the system PriorityClasses (node agents and cluster-critical controllers do).
    /// </summary>
    public static PlatformNamespace Namespace(string name, string namespaceName, ClusterContext context, Resource parent,
        PodSecurityLevel podSecurity = PodSecurityLevel.Restricted, NamespaceQuota? quota = null)
        => new(name, new PlatformNamespaceArgs
        {
            Name = namespaceName,
            PodSecurity = podSecurity,
            Quota = quota ?? DefaultQuota,
            ContainerDefaults = DefaultContainer,
            Labels = ImmutableDictionary<string, string>.Empty.Add("numinia.xyz/tier", "platform"),
            Provider = context.KubernetesProvider,
            AllowSystemPriorityClasses = true,
        }, new ComponentResourceOptions { Parent = parent });

    /// <summary>The quota of a shared service's namespace unless it sets its own.</summary>
    public static NamespaceQuota DefaultQuota { get; } = new()
    {
        RequestsCpu = "4",
        RequestsMemory = "8Gi",
        LimitsCpu = "8",
        LimitsMemory = "16Gi",
        Pods = 50,
    };

    /// <summary>Requests and limits of shared-service containers that declare none.</summary>
    public static ContainerResources DefaultContainer { get; } = new("50m", "64Mi", "500m", "512Mi");

    /// <summary>
    /// Values that spread a replicated deployment's pods over nodes: preferred anti-affinity on the
    /// hostname for pods with <paramref name="matchLabels"/>.
    /// </summary>
    public static ImmutableDictionary<string, object> SpreadOverNodes(ImmutableDictionary<string, string> matchLabels)
        => ImmutableDictionary<string, object>.Empty.Add("podAntiAffinity", ImmutableDictionary<string, object>.Empty
            .Add("preferredDuringSchedulingIgnoredDuringExecution", ImmutableArray.Create<object>(ImmutableDictionary<string, object>.Empty
                .Add("weight", 100)
                .Add("podAffinityTerm", ImmutableDictionary<string, object>.Empty
                    .Add("topologyKey", "kubernetes.io/hostname")
                    .Add("labelSelector", ImmutableDictionary<string, object>.Empty.Add("matchLabels", matchLabels))))));
}
