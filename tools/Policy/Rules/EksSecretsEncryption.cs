#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Kubernetes secrets are envelope-encrypted with a customer-managed KMS key declared in this stack (so
/// that the key's rotation and protection are checked too), not only with the AWS-owned default.
/// </summary>
public sealed class EksSecretsEncryption : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "eks-secrets-encryption";

    /// <inheritdoc />
    public override string Title => "EKS encrypts Kubernetes secrets with a customer-managed KMS key of this stack";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.EksCluster, PolicyTokens.AwsEksCluster];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var cluster in plan.OfTypes(ResourceTypes))
        {
            object? keyArn;
            string property;
            if (cluster.Type == PolicyTokens.EksCluster)
            {
                property = "encryptionConfigKeyArn";
                keyArn = cluster.Input(property);
            }
            else
            {
                property = "encryptionConfig.provider.keyArn";
                keyArn = cluster.Input("encryptionConfig", "provider", "keyArn");
                var resources = PolicyValues.AsStrings(cluster.Input("encryptionConfig", "resources"));
                if (!resources.Contains("secrets"))
                {
                    yield return Violation(cluster, $"encryptionConfig.resources is {PolicyValues.Show(cluster.Input("encryptionConfig", "resources"))}; it must include \"secrets\"");
                }
            }

            if (keyArn is null)
            {
                yield return Violation(cluster, $"{property} is unset: Kubernetes secrets are not encrypted with a customer-managed KMS key");
            }
            else if (!IsKeyOfThisStack(plan, cluster, keyArn))
            {
                yield return Violation(cluster, $"{property} is {PolicyValues.Show(keyArn)}, not a KMS key (aws:kms/key:Key) of this stack, whose rotation and protection could be checked");
            }
        }
    }

    private static bool IsKeyOfThisStack(PolicyPlan plan, ResourceRegistration cluster, object keyArn)
        => PolicyValues.IsUnknown(keyArn)
            ? cluster.DependencyUrns.Any(urn => plan.Find(urn)?.Type == PolicyTokens.KmsKey)
            : plan.Resolve(keyArn, PolicyTokens.KmsKey) != null;
}
#endif
