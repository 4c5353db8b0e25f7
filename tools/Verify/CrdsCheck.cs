using k8s;

namespace Numinia.Infra.Verify;

/// <summary>
/// Every CustomResourceDefinition is established: the API server serves its resource only once it has set the
/// <c>Established</c> condition True (kubernetes/apiextensions-apiserver v0.35.0 pkg/apis/apiextensions/v1/types.go,
/// Established; pkg/controller/establish/establishing_controller.go).
/// </summary>
public sealed class CrdsCheck : IVerifyCheck
{
    /// <inheritdoc/>
    public string Name => "crds";

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var crds = await context.Client.ApiextensionsV1.ListCustomResourceDefinitionAsync(cancellationToken: cancellation);
        if (crds.Items.Count == 0)
        {
            return CheckResult.Fail(Name, "no CustomResourceDefinition found");
        }

        var failing = crds.Items
            .Where(c => c.Status?.Conditions?.Any(k => k.Type == "Established" && k.Status == "True") != true)
            .Select(c => c.Metadata.Name)
            .ToList();
        return failing.Count == 0
            ? CheckResult.Pass(Name, $"{crds.Items.Count} CRDs Established")
            : CheckResult.Fail(Name, $"CRD {string.Join(", ", failing)} not Established");
    }
}
