namespace Numinia.Infra.Verify;

/// <summary>
/// Flux's sources and Kustomizations are ready: each controller sets <c>Ready</c> True once the last revision was
/// fetched, or built and applied (fluxcd/pkg apis/meta/conditions.go, ReadyCondition; source-controller
/// api/v1/gitrepository_types.go, kustomize-controller api/v1/kustomization_types.go). The platform must run Flux:
/// its CRDs absent, or no GitRepository or Kustomization, fails the check.
/// </summary>
public sealed class FluxCheck : IVerifyCheck
{
    /// <inheritdoc/>
    public string Name => "flux";

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var sources = await context.ListAsync("source.toolkit.fluxcd.io", "v1", "gitrepositories", null, cancellation);
        var kustomizations = await context.ListAsync("kustomize.toolkit.fluxcd.io", "v1", "kustomizations", null, cancellation);
        if (sources is null || kustomizations is null)
        {
            return CheckResult.Fail(Name, "Flux is not installed (the API server does not serve GitRepository or Kustomization v1)");
        }

        var results = new[]
        {
            Conditions.AllTrue(Name, "GitRepository", sources, "Ready"),
            Conditions.AllTrue(Name, "Kustomization", kustomizations, "Ready"),
        };
        return results.All(r => r.Passed)
            ? CheckResult.Pass(Name, $"{sources.Count} GitRepository and {kustomizations.Count} Kustomization Ready")
            : CheckResult.Fail(Name, string.Join("; ", results.Where(r => !r.Passed).Select(r => r.Detail)));
    }
}
