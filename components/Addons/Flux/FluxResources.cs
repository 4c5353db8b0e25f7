using Pulumi;
using CustomResourceArgs = Pulumi.Kubernetes.ApiExtensions.CustomResourceArgs;

namespace Numinia.Components.Addons.Flux;

/// <summary>
/// Flux's <c>GitRepository</c> (<c>source.toolkit.fluxcd.io/v1</c>): source-controller fetches a branch of a Git
/// repository into an artifact. Typed like crd2pulumi's output, with only the fields the platform sets.
/// </summary>
public sealed class GitRepository : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>The API version, as the flux2 chart's CRD serves it.</summary>
    public const string ResourceApiVersion = "source.toolkit.fluxcd.io/v1";

    /// <summary>The kind.</summary>
    public const string ResourceKind = "GitRepository";

    /// <summary>Declares the resource.</summary>
    public GitRepository(string name, GitRepositoryArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The inputs of a <see cref="GitRepository"/>.</summary>
public sealed class GitRepositoryArgs : CustomResourceArgs
{
    /// <summary>Args for <c>source.toolkit.fluxcd.io/v1</c> <c>GitRepository</c>.</summary>
    public GitRepositoryArgs()
        : base(GitRepository.ResourceApiVersion, GitRepository.ResourceKind)
    {
    }

    /// <summary>The repository, branch, interval and credentials.</summary>
    [Input("spec")]
    public Input<GitRepositorySpecArgs>? Spec { get; set; }
}

/// <summary><c>spec</c> of a GitRepository.</summary>
public sealed class GitRepositorySpecArgs : ResourceArgs
{
    /// <summary>The repository's URL.</summary>
    [Input("url")]
    public Input<string>? Url { get; set; }

    /// <summary>How often the repository is fetched.</summary>
    [Input("interval")]
    public Input<string>? Interval { get; set; }

    /// <summary>The reference followed (<c>branch</c>).</summary>
    [Input("ref")]
    public InputMap<string>? Ref { get; set; }

    /// <summary>The Secret, in the GitRepository's own namespace, holding the credentials (<c>identity</c>, <c>known_hosts</c>).</summary>
    [Input("secretRef")]
    public InputMap<string>? SecretRef { get; set; }
}

/// <summary>
/// Flux's <c>Kustomization</c> (<c>kustomize.toolkit.fluxcd.io/v1</c>): kustomize-controller builds a path of a source
/// and applies it, as <c>serviceAccountName</c> when set. Typed like crd2pulumi's output, with only the fields the
/// platform sets.
/// </summary>
public sealed class Kustomization : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>The API version, as the flux2 chart's CRD serves it.</summary>
    public const string ResourceApiVersion = "kustomize.toolkit.fluxcd.io/v1";

    /// <summary>The kind.</summary>
    public const string ResourceKind = "Kustomization";

    /// <summary>Declares the resource.</summary>
    public Kustomization(string name, KustomizationArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The inputs of a <see cref="Kustomization"/>.</summary>
public sealed class KustomizationArgs : CustomResourceArgs
{
    /// <summary>Args for <c>kustomize.toolkit.fluxcd.io/v1</c> <c>Kustomization</c>.</summary>
    public KustomizationArgs()
        : base(Kustomization.ResourceApiVersion, Kustomization.ResourceKind)
    {
    }

    /// <summary>What is applied, from where, as whom.</summary>
    [Input("spec")]
    public Input<KustomizationSpecArgs>? Spec { get; set; }
}

/// <summary><c>spec</c> of a Kustomization.</summary>
public sealed class KustomizationSpecArgs : ResourceArgs
{
    /// <summary>How often it reconciles.</summary>
    [Input("interval")]
    public Input<string>? Interval { get; set; }

    /// <summary>The path in the source.</summary>
    [Input("path")]
    public Input<string>? Path { get; set; }

    /// <summary>Whether objects removed from the source are deleted from the cluster.</summary>
    [Input("prune")]
    public Input<bool>? Prune { get; set; }

    /// <summary>The source (<c>kind</c>, <c>name</c>; no namespace: the lockdown refuses another one).</summary>
    [Input("sourceRef")]
    public InputMap<string>? SourceRef { get; set; }

    /// <summary>The service account kustomize-controller impersonates to apply.</summary>
    [Input("serviceAccountName")]
    public Input<string>? ServiceAccountName { get; set; }

    /// <summary>The namespace every namespaced object is put in.</summary>
    [Input("targetNamespace")]
    public Input<string>? TargetNamespace { get; set; }
}
