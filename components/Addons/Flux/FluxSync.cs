using System.Collections.Immutable;
using System.Text;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace Numinia.Components.Addons.Flux;

/// <summary>
/// What a namespace needs of Flux to sync a path of the applications' repository: the repository (URL, branch, interval,
/// host keys and deploy key), the Kustomizations' interval and path, and what they wait for (the Flux release, whose CRDs
/// they are).
/// </summary>
public sealed record FluxSync
{
    /// <summary>The name of each namespace's GitRepository and of its credentials Secret (live: <c>flux-system</c>).</summary>
    public const string SourceName = "flux-system";

    /// <summary>The repository, the branch, the intervals and the path template.</summary>
    public required FluxSettings Settings { get; init; }

    /// <summary>The deploy key (a secret output); empty with an <c>https://</c> URL.</summary>
    public required Output<string> DeployKey { get; init; }

    /// <summary>
    /// What the Flux objects wait for: the Flux release (its CRDs); null in a tenant stack, whose platform stack installed
    /// Flux before any tenant stack runs.
    /// </summary>
    public Resource? Release { get; init; }

    /// <summary>Options of a Flux object: its parent, the cluster's provider, and after the release and <paramref name="dependsOn"/>.</summary>
    public CustomResourceOptions Options(Resource parent, Pulumi.Kubernetes.Provider provider, params Resource[] dependsOn)
    {
        var options = new CustomResourceOptions { Parent = parent, Provider = provider, DependsOn = dependsOn };
        if (Release is not null)
        {
            options.DependsOn.Add(Release);
        }

        return options;
    }

    /// <summary>
    /// The repository as a GitRepository of namespace <paramref name="ns"/>, with its own copy of the deploy key: with
    /// <c>--no-cross-namespace-refs</c> a Kustomization may only use a source of its own namespace, and a source only a
    /// Secret of its own (fluxcd.io/flux/installation/configuration/multitenancy).
    /// </summary>
    public GitRepository Source(string resourceName, Input<string> ns, ImmutableDictionary<string, string> labels, Resource parent,
        Pulumi.Kubernetes.Provider provider)
    {
        var spec = new GitRepositorySpecArgs
        {
            Url = Settings.GitUrl,
            Interval = Settings.GitInterval,
            Ref = new InputMap<string> { { "branch", Settings.GitBranch } },
        };
        if (Settings.UsesSsh)
        {
            // source-controller reads an SSH key from "identity" and the trusted host keys from "known_hosts".
            var secret = new Pulumi.Kubernetes.Core.V1.Secret($"{resourceName}-deploy-key", new SecretArgs
            {
                Metadata = new ObjectMetaArgs { Name = SourceName, Namespace = ns, Labels = labels },
                Type = "Opaque",
                Data = Output.CreateSecret(DeployKey).Apply(key => ImmutableDictionary<string, string>.Empty
                    .Add("identity", Base64(key))
                    .Add("known_hosts", Base64(Settings.KnownHosts))),
            }, new CustomResourceOptions { Parent = parent, Provider = provider });
            spec.SecretRef = new InputMap<string> { { "name", secret.Metadata.Apply(m => m.Name) } };
        }

        return new GitRepository($"{resourceName}-source", new GitRepositoryArgs
        {
            Metadata = new ObjectMetaArgs { Name = SourceName, Namespace = ns, Labels = labels },
            Spec = spec,
        }, Options(parent, provider));
    }

    /// <summary>Labels of the objects the platform declares for Flux.</summary>
    public static ImmutableDictionary<string, string> ManagedLabels { get; } =
        ImmutableDictionary<string, string>.Empty.Add(PlatformNamespace.ManagedByLabel, "pulumi");

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
