namespace Numinia.Infra.Verify;

/// <summary>
/// The External Secrets stores are valid: the store controller validates the provider's credentials and sets
/// <c>Ready</c> True (external-secrets v2.9.0 apis/externalsecrets/v1/secretstore_types.go, SecretStoreReady). The
/// ClusterSecretStore the outputs name must exist; every SecretStore a tenant has must be valid too.
/// </summary>
public sealed class SecretStoresCheck : IVerifyCheck
{
    /// <inheritdoc/>
    public string Name => "secret-stores";

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var clusterStores = await context.ListAsync("external-secrets.io", "v1", "clustersecretstores", null, cancellation);
        var stores = await context.ListAsync("external-secrets.io", "v1", "secretstores", null, cancellation);
        if (clusterStores is null || stores is null)
        {
            return CheckResult.Fail(Name, "the API server does not serve external-secrets.io/v1 stores (External Secrets is not installed)");
        }

        var problems = new List<string>();
        if (!clusterStores.Any(s => Conditions.Name(s) == context.Outputs.SecretStoreName))
        {
            problems.Add($"ClusterSecretStore {context.Outputs.SecretStoreName} not found");
        }

        var cluster = Conditions.AllTrue(Name, "ClusterSecretStore", clusterStores, "Ready");
        var tenants = Conditions.AllTrue(Name, "SecretStore", stores, "Ready", requireOne: false);
        problems.AddRange(new[] { cluster, tenants }.Where(r => !r.Passed).Select(r => r.Detail));
        return problems.Count == 0
            ? CheckResult.Pass(Name, $"{clusterStores.Count} ClusterSecretStore and {stores.Count} SecretStore Ready")
            : CheckResult.Fail(Name, string.Join("; ", problems.Distinct()));
    }
}
