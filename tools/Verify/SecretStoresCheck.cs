namespace Numinia.Infra.Verify;

/// <summary>
/// The External Secrets stores are valid: the store controller validates the provider's credentials and sets
/// <c>Ready</c> True (external-secrets v2.9.0 apis/externalsecrets/v1/secretstore_types.go, SecretStoreReady). The
/// ClusterSecretStore the outputs name must exist; every SecretStore a tenant has must be valid too.
/// </summary>
public sealed class SecretStoresCheck : ReadyObjectsCheck
{
    /// <inheritdoc/>
    public override string Name => "secret-stores";

    /// <inheritdoc/>
    protected override IReadOnlyList<ReadyKind> Kinds { get; } =
    [
        new("ClusterSecretStore", "external-secrets.io", "v1", "clustersecretstores"),
        new("SecretStore", "external-secrets.io", "v1", "secretstores", RequireOne: false),
    ];

    /// <inheritdoc/>
    protected override string NotInstalled => "External Secrets is not installed (the API server does not serve external-secrets.io/v1 stores)";

    /// <inheritdoc/>
    protected override IEnumerable<string> Expected(VerifyOutputs outputs) => [outputs.SecretStoreName];
}
