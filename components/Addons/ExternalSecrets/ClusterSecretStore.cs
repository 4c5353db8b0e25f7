using Pulumi;

namespace Numinia.Components.Addons.ExternalSecrets;

/// <summary>
/// An External Secrets Operator <c>ClusterSecretStore</c> (<c>external-secrets.io/v1</c>, the only served
/// version in the 2.x charts): where ExternalSecrets of every namespace read from. Typed as crd2pulumi
/// would generate it, for the AWS provider fields the platform uses.
/// </summary>
public class ClusterSecretStore : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>The store's spec as the cluster holds it.</summary>
    [Output("spec")]
    public Output<Outputs.ClusterSecretStoreSpec> Spec { get; private set; } = null!;

    /// <summary>Declares the store; it must depend on the release that installs its CRD and webhook.</summary>
    public ClusterSecretStore(string name, ClusterSecretStoreArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The args of a <see cref="ClusterSecretStore"/>.</summary>
public class ClusterSecretStoreArgs : Pulumi.Kubernetes.ApiExtensions.CustomResourceArgs
{
    /// <summary>The CRD's API version.</summary>
    public const string Version = "external-secrets.io/v1";

    /// <summary>The CRD's kind.</summary>
    public const string KindName = "ClusterSecretStore";

    /// <summary>The store's spec.</summary>
    [Input("spec", required: true)]
    public Input<Inputs.ClusterSecretStoreSpecArgs> Spec { get; set; } = null!;

    /// <summary>Args of the <c>external-secrets.io/v1</c> kind.</summary>
    public ClusterSecretStoreArgs()
        : base(Version, KindName)
    {
    }
}

