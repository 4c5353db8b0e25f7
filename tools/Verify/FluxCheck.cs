namespace Numinia.Infra.Verify;

/// <summary>
/// Flux's sources and Kustomizations are ready: each controller sets <c>Ready</c> True once the last revision was
/// fetched, or built and applied (fluxcd/pkg apis/meta/conditions.go, ReadyCondition; source-controller
/// api/v1/gitrepository_types.go, kustomize-controller api/v1/kustomization_types.go). The platform must run Flux:
/// its CRDs absent, or no GitRepository or Kustomization, fails the check.
/// </summary>
public sealed class FluxCheck : ReadyObjectsCheck
{
    /// <inheritdoc/>
    public override string Name => "flux";

    /// <inheritdoc/>
    protected override IReadOnlyList<ReadyKind> Kinds { get; } =
    [
        new("GitRepository", "source.toolkit.fluxcd.io", "v1", "gitrepositories"),
        new("Kustomization", "kustomize.toolkit.fluxcd.io", "v1", "kustomizations"),
    ];

    /// <inheritdoc/>
    protected override string NotInstalled => "Flux is not installed (the API server does not serve GitRepository or Kustomization v1)";
}
