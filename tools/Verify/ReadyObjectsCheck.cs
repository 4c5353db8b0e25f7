using System.Text.Json;

namespace Numinia.Infra.Verify;

/// <summary>
/// A check that the objects of one custom resource, across namespaces or in one, all have their <c>Ready</c>
/// condition True, and that the ones the stack outputs name exist.
/// </summary>
public abstract class ReadyObjectsCheck : IVerifyCheck
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <summary>The kind, as the failure lines name it.</summary>
    protected abstract string Kind { get; }

    /// <summary>The resource's API group, version and plural.</summary>
    protected abstract (string Group, string Version, string Plural) Resource { get; }

    /// <summary>The namespace to list, or null for all (or a cluster-scoped resource).</summary>
    protected virtual string? Namespace => null;

    /// <summary>The names the outputs say must exist.</summary>
    protected virtual IEnumerable<string> Expected(VerifyOutputs outputs) => [];

    /// <summary>Whether the check fails when there is no object at all.</summary>
    protected virtual bool RequireOne => true;

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var (group, version, plural) = Resource;
        var items = await context.ListAsync(group, version, plural, Namespace, cancellation);
        return items is null
            ? CheckResult.Fail(Name, $"the API server does not serve {plural}.{group}/{version} (its CRD is not installed)")
            : Judge(items, context.Outputs);
    }

    /// <summary>The result over the listed objects.</summary>
    protected CheckResult Judge(IReadOnlyList<JsonElement> items, VerifyOutputs outputs)
    {
        var names = items.Select(i => i.GetProperty("metadata").GetProperty("name").GetString()).ToHashSet();
        var missing = Expected(outputs).Where(n => !names.Contains(n)).ToList();
        var result = Conditions.AllTrue(Name, Kind, items, "Ready", RequireOne);
        if (missing.Count == 0)
        {
            return result;
        }

        var absent = $"{Kind} {string.Join(", ", missing)} not found";
        return CheckResult.Fail(Name, result.Passed ? absent : $"{absent}; {result.Detail}");
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
    protected override string Kind => "ClusterIssuer";

    /// <inheritdoc/>
    protected override (string Group, string Version, string Plural) Resource => ("cert-manager.io", "v1", "clusterissuers");

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
    protected override string Kind => "Certificate";

    /// <inheritdoc/>
    protected override (string Group, string Version, string Plural) Resource => ("cert-manager.io", "v1", "certificates");

    /// <inheritdoc/>
    protected override bool RequireOne => false;
}

/// <summary>
/// The KnativeServing is ready: the Knative operator sets <c>Ready</c> True once every component it installs is up
/// (knative/operator knative-v1.23.0 pkg/apis/operator/base/common_lifecycle.go; Ready is knative.dev/pkg's
/// apis.ConditionReady).
/// </summary>
public sealed class KnativeServingCheck : ReadyObjectsCheck
{
    /// <inheritdoc/>
    public override string Name => "knative-serving";

    /// <inheritdoc/>
    protected override string Kind => "KnativeServing";

    /// <inheritdoc/>
    protected override (string Group, string Version, string Plural) Resource => ("operator.knative.dev", "v1beta1", "knativeservings");

    /// <inheritdoc/>
    protected override string? Namespace => "knative-serving";
}
