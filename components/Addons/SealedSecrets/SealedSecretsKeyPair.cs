using Pulumi;
using Pulumi.Tls;

namespace Numinia.Components.Addons.SealedSecrets;

/// <summary>What the paused platform keeps of Sealed Secrets: nothing yet (the key pair needs no input).</summary>
public sealed record SealedSecretsKeyPairArgs;

/// <summary>
/// Sealed Secrets while the platform is paused: only the sealing key pair, in state, under a component of the add-on's
/// type and name, so that its URNs are the add-on's and the key outlives the cluster. On resume the add-on takes it back
/// and hands it to the new controller, which opens every SealedSecret sealed before the pause.
/// </summary>
public sealed class SealedSecretsKeyPair : ComponentResource
{
    /// <summary>The sealing key (protected).</summary>
    public PrivateKey SealingKey { get; }

    /// <summary>The sealing key's self-signed certificate (protected).</summary>
    public SelfSignedCert SealingCertificate { get; }

    /// <summary>Keeps the key pair; <paramref name="name"/> is the add-on's (<c>sealed-secrets</c>).</summary>
    public SealedSecretsKeyPair(string name, SealedSecretsKeyPairArgs args, ComponentResourceOptions? options = null)
        : base(SealedSecretsAddon.TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        (SealingKey, SealingCertificate) = SealedSecretsAddon.KeyPair(name, this);
        RegisterOutputs(new Dictionary<string, object?> { ["certificate"] = SealingCertificate.CertPem });
    }
}
