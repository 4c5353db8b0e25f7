namespace Numinia.Infra.Verify;

/// <summary>One kind a <see cref="ReadyObjectsCheck"/> lists: where the API serves it, and whether one must exist.</summary>
public sealed record ReadyKind(string Kind, string Group, string Version, string Plural, string? Namespace = null, bool RequireOne = true);

/// <summary>
/// A check that the objects of some custom resources, across namespaces or in one, all have their <c>Ready</c>
/// condition True, and that those the stack outputs name exist (among the first kind).
/// </summary>
public abstract class ReadyObjectsCheck : IVerifyCheck
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <summary>The kinds listed, in the order their failures are named.</summary>
    protected abstract IReadOnlyList<ReadyKind> Kinds { get; }

    /// <summary>What the failure says when the API server does not serve one of the kinds; null for the plain fact.</summary>
    protected virtual string? NotInstalled => null;

    /// <summary>The names of the first kind the outputs say must exist.</summary>
    protected virtual IEnumerable<string> Expected(VerifyOutputs outputs) => [];

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var problems = new List<string>();
        var passed = new List<string>();
        foreach (var kind in Kinds)
        {
            var items = await context.ListAsync(kind.Group, kind.Version, kind.Plural, kind.Namespace, cancellation);
            if (items is null)
            {
                return CheckResult.Fail(Name, NotInstalled ?? $"the API server does not serve {kind.Plural}.{kind.Group}/{kind.Version} (its CRD is not installed)");
            }

            if (kind == Kinds[0])
            {
                var names = items.Select(i => i.GetProperty("metadata").GetProperty("name").GetString()).ToHashSet();
                problems.AddRange(Expected(context.Outputs).Where(n => !names.Contains(n)).Select(n => $"{kind.Kind} {n} not found"));
            }

            var result = Conditions.AllTrue(Name, kind.Kind, items, "Ready", kind.RequireOne);
            (result.Passed ? passed : problems).Add(result.Detail);
        }

        return problems.Count == 0 ? CheckResult.Pass(Name, string.Join(", ", passed)) : CheckResult.Fail(Name, string.Join("; ", problems));
    }
}

/// <summary>
/// The cert-manager ClusterIssuers are ready, those the outputs name among them: the issuer controller sets
/// <c>Ready</c> True once the ACME account is registered (cert-manager v1.21.1 pkg/apis/certmanager/v1/types_issuer.go,
/// IssuerConditionReady).
/// </summary>
public sealed class IssuersCheck : ReadyObjectsCheck
{
    /// <inheritdoc/>
    public override string Name => "issuers";

    /// <inheritdoc/>
    protected override IReadOnlyList<ReadyKind> Kinds { get; } = [new("ClusterIssuer", "cert-manager.io", "v1", "clusterissuers")];

    /// <inheritdoc/>
    protected override IEnumerable<string> Expected(VerifyOutputs outputs) => outputs.ClusterIssuers;
}

/// <summary>
/// Every cert-manager Certificate is ready: <c>Ready</c> True means its Secret holds a valid, unexpired certificate
/// matching the spec (cert-manager v1.21.1 pkg/apis/certmanager/v1/types_certificate.go, CertificateConditionReady).
/// A platform may have none yet (tenants' domains come later).
/// </summary>
public sealed class CertificatesCheck : ReadyObjectsCheck
{
    /// <inheritdoc/>
    public override string Name => "certificates";

    /// <inheritdoc/>
    protected override IReadOnlyList<ReadyKind> Kinds { get; } = [new("Certificate", "cert-manager.io", "v1", "certificates", RequireOne: false)];
}

/// <summary>
/// The KnativeServing is ready: its conditions are a living condition set whose <c>Ready</c> is True only once the
/// dependencies are installed and every deployment is available (knative/operator knative-v1.23.0
/// pkg/apis/operator/v1beta1/knativeserving_lifecycle.go, servingCondSet and MarkDeploymentsNotReady).
/// </summary>
public sealed class KnativeServingCheck : ReadyObjectsCheck
{
    /// <inheritdoc/>
    public override string Name => "knative-serving";

    /// <inheritdoc/>
    protected override IReadOnlyList<ReadyKind> Kinds { get; } =
        [new("KnativeServing", "operator.knative.dev", "v1beta1", "knativeservings", Namespace: "knative-serving")];
}
