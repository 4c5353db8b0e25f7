namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    /// <summary>Flux's custom resources: the GitRepositories and the organizations' Kustomizations (namespaced objects like any other).</summary>
    private static IEnumerable<KeyValuePair<string, Shape>> FluxShapes() => new Dictionary<string, Shape>
    {
        ["kubernetes:source.toolkit.fluxcd.io/v1:GitRepository"] = KubernetesObject(),
        ["kubernetes:kustomize.toolkit.fluxcd.io/v1:Kustomization"] = KubernetesObject(),
    };
}
