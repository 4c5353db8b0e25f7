#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Resources whose loss loses data are protected (<c>protect: true</c>), so that neither
/// <c>pulumi destroy</c> nor a replacing change deletes them: KMS keys (everything they encrypted),
/// RDS clusters and instances, S3 buckets, EFS file systems, and the sealed-secrets
/// key (every SealedSecret in the application repositories is encrypted to it). The sealed-secrets
/// key is the <c>tls:index/privateKey</c> that a Kubernetes Secret labelled
/// <c>sealedsecrets.bitnami.com/sealed-secrets-key</c> is built from (directly or through a
/// certificate), or whose URN names sealed-secrets; other private keys (the VPN's) can be re-issued. The EKS cluster is
/// not among them: it holds nothing the program and Flux do not rebuild, and pausing the platform deletes it in one
/// <c>up</c>, which Pulumi refuses for a protected resource (README, "Pausing the platform").
/// </summary>
public sealed class StatefulResourcesProtected : PolicyRule
{
    /// <summary>The label the sealed-secrets controller finds its keys by.</summary>
    public const string SealedSecretsKeyLabel = "sealedsecrets.bitnami.com/sealed-secrets-key";

    private static readonly ImmutableArray<string> s_statefulTypes =
    [
        PolicyTokens.KmsKey, PolicyTokens.RdsCluster, PolicyTokens.RdsClusterInstance, PolicyTokens.RdsInstance,
        PolicyTokens.S3Bucket, PolicyTokens.EfsFileSystem, PolicyTokens.BackupVault,
    ];

    /// <inheritdoc />
    public override string Id => "stateful-resources-protected";

    /// <inheritdoc />
    public override string Title => "Stateful resources (KMS keys, RDS, S3, EFS, backup vaults, the sealed-secrets key) are protected";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = s_statefulTypes.Add(PolicyTokens.TlsPrivateKey);

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sealedSecretsKeys = SealedSecretsKeys(plan);
        foreach (var resource in plan.OfTypes(ResourceTypes))
        {
            if (resource.Type == PolicyTokens.TlsPrivateKey && !sealedSecretsKeys.Contains(resource.Urn))
            {
                continue;
            }

            if (!resource.Options.Protect)
            {
                var what = resource.Type == PolicyTokens.TlsPrivateKey ? "the sealed-secrets key" : resource.Type;
                yield return Violation(resource, $"{what} is not protected (protect: true); destroying or replacing it loses data");
            }
        }
    }

    /// <summary>The URNs of the private keys the sealed-secrets controller's key Secret is built from.</summary>
    public static ImmutableHashSet<string> SealedSecretsKeys(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var keys = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var key in plan.OfType(PolicyTokens.TlsPrivateKey))
        {
            if (key.Urn.Contains("sealed-secrets", StringComparison.OrdinalIgnoreCase)
                || key.Urn.Contains("sealedsecrets", StringComparison.OrdinalIgnoreCase))
            {
                keys.Add(key.Urn);
            }
        }

        // Walk the dependencies of the labelled Secrets (through certificates) down to private keys.
        var pending = new Stack<ResourceRegistration>(plan.OfType(PolicyTokens.Secret)
            .Where(s => KubernetesObjects.LabelsOf(s).ContainsKey(SealedSecretsKeyLabel)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var resource))
        {
            foreach (var dependency in resource.DependencyUrns.Where(seen.Add).Select(plan.Find).OfType<ResourceRegistration>())
            {
                if (dependency.Type == PolicyTokens.TlsPrivateKey)
                {
                    keys.Add(dependency.Urn);
                }
                else if (dependency.Type.StartsWith("tls:", StringComparison.Ordinal))
                {
                    pending.Push(dependency);
                }
            }
        }

        return keys.ToImmutable();
    }
}
#endif
