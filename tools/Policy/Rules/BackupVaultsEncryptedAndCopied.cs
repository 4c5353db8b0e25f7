#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Every AWS Backup vault encrypts its recovery points with a customer-managed KMS key of this stack (its
/// <c>kmsKeyArn</c> references an <c>aws:kms/key</c> of the plan: without it AWS Backup uses the account's AWS-managed key,
/// which no key policy of ours governs), and every backup plan's rules copy each recovery point to a vault of another region
/// than the rule's own vault, so that losing a region does not lose the backups with it.
/// </summary>
public sealed class BackupVaultsEncryptedAndCopied : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "backup-vaults-encrypted-and-copied";

    /// <inheritdoc />
    public override string Title => "AWS Backup vaults use a customer-managed KMS key and plans copy every recovery point to a vault in another region";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.BackupVault, PolicyTokens.BackupPlan];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var vault in plan.OfType(PolicyTokens.BackupVault))
        {
            if (!plan.OfType(PolicyTokens.KmsKey).Any(key => PolicyPlan.References(vault, "kmsKeyArn", key)))
            {
                yield return Violation(vault, $"kmsKeyArn is {PolicyValues.Show(vault.Input("kmsKeyArn"))}; it must be a KMS key this stack declares");
            }
        }

        foreach (var backupPlan in plan.OfType(PolicyTokens.BackupPlan))
        {
            var vaults = plan.OfType(PolicyTokens.BackupVault).ToArray();
            foreach (var rule in PolicyValues.AsList(backupPlan.Input("rules")))
            {
                var name = PolicyValues.AsString(PolicyValues.At(rule, "ruleName")) ?? "(unnamed)";
                var source = Named(vaults, PolicyValues.At(rule, "targetVaultName"), backupPlan, null).FirstOrDefault();
                var copies = PolicyValues.AsList(PolicyValues.At(rule, "copyActions"))
                    .SelectMany(c => Named(vaults, PolicyValues.At(c, "destinationVaultArn"), backupPlan, source)).ToArray();
                if (copies.Length == 0)
                {
                    yield return Violation(backupPlan, $"rule {name} has no copyActions to a vault of this stack; copy each recovery point to a vault in another region");
                }
                else if (!copies.Any(c => RegionOf(c, backupPlan) != RegionOf(source, backupPlan)))
                {
                    yield return Violation(backupPlan, $"rule {name} copies only to vaults in its own vault's region ({RegionOf(source, backupPlan) ?? "the provider's"})");
                }
            }
        }
    }

    // The vaults a rule names by name or ARN; unknown at plan time, those the plan depends on (but the rule's own vault).
    private static IEnumerable<ResourceRegistration> Named(IEnumerable<ResourceRegistration> vaults, object? reference, ResourceRegistration backupPlan,
        ResourceRegistration? except)
        => PolicyValues.IsUnknown(reference)
            ? vaults.Where(v => backupPlan.DependencyUrns.Contains(v.Urn) && v.Urn != except?.Urn)
            : vaults.Where(v => PolicyValues.AsString(reference) is { Length: > 0 } value && PolicyPlan.IdentifiersOf(v).Contains(value));

    // A vault without its own region is in the provider's, the plan's.
    private static string? RegionOf(ResourceRegistration? vault, ResourceRegistration backupPlan)
        => PolicyValues.AsString(vault?.Input("region")) ?? PolicyValues.AsString(backupPlan.Input("region"));
}
#endif
