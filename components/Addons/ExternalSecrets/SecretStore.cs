using Pulumi;

namespace Numinia.Components.Addons.ExternalSecrets;

/// <summary>
/// An External Secrets Operator <c>SecretStore</c> (<c>external-secrets.io/v1</c>): a store of one namespace,
/// which the ExternalSecrets of that namespace read from with the identity it names. Tenants get one each,
/// authenticated as their own service account, so they read only what their own IRSA role may read.
/// </summary>
public class SecretStore : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>Declares the store; it must depend on the release that installs its CRD and webhook.</summary>
    public SecretStore(string name, SecretStoreArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The args of a <see cref="SecretStore"/>.</summary>
public class SecretStoreArgs : Pulumi.Kubernetes.ApiExtensions.CustomResourceArgs
{
    /// <summary>The CRD's kind.</summary>
    public const string KindName = "SecretStore";

    /// <summary>The store's spec.</summary>
    [Input("spec", required: true)]
    public Input<Inputs.SecretStoreSpecArgs> Spec { get; set; } = null!;

    /// <summary>Args of the <c>external-secrets.io/v1</c> kind.</summary>
    public SecretStoreArgs()
        : base(ClusterSecretStoreArgs.Version, KindName)
    {
    }
}
