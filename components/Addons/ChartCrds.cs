using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Pulumi;
using Pulumi.Kubernetes.Yaml.V2;
using Pulumi.Kubernetes.Types.Inputs.Yaml.V2;

namespace Numinia.Components.Addons;

/// <summary>
/// One CRD manifest of a chart that keeps its CRDs in its <c>crds/</c> folder. Helm installs that folder on the
/// first install and never upgrades it (Helm docs, "Custom Resource Definitions": "There is no support at this
/// time for upgrading or deleting CRDs using Helm"), so a chart bump would run a new controller on old CRDs.
/// Such a release sets <c>skipCrds</c> instead, and the manifest, read from the chart's source at the tag of the
/// pinned version, is applied by Pulumi (a <c>kubernetes:yaml/v2:ConfigFile</c>) before the release: each bump
/// updates the CRDs, then the controller.
/// </summary>
/// <param name="Name">A short, stable name of the manifest (part of the ConfigFile's name and of its objects' URNs).</param>
/// <param name="Url">The manifest at the chart version's tag (never a branch).</param>
public sealed record ChartCrds(string Name, string Url)
{
    /// <summary>Declares one ConfigFile per manifest as children of <paramref name="parent"/>, through the cluster's provider.</summary>
    internal static ImmutableArray<Resource> CreateConfigFiles(string releaseName, ImmutableArray<ChartCrds> manifests, ClusterContext context, Resource parent)
        => manifests.Select(crds => (Resource)new ConfigFile($"{releaseName}-{crds.Name}", new ConfigFileArgs
        {
            File = crds.Url,
        }, new ComponentResourceOptions
        {
            Parent = parent,
            // A remote component's provider option is the provider of its package: the cluster's.
            Provider = context.KubernetesProvider,
        })).ToImmutableArray();
}
