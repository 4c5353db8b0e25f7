#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Databases are encrypted at rest, protected from deletion, backed up for at least
/// <see cref="MinimumBackupRetentionDays"/> days, authenticate with IAM, and are never publicly
/// accessible. Aurora clusters (<c>aws:rds/cluster</c>) carry the first four, their instances
/// (<c>aws:rds/clusterInstance</c>) the last; a standalone instance (<c>aws:rds/instance</c>) carries all.
/// RDS's defaults (no deletion protection, a one-day backup, no IAM auth) all fail when unset.
/// </summary>
public sealed class RdsHardening : PolicyRule
{
    /// <summary>The shortest backup retention accepted, in days (the live platform's 7).</summary>
    public const int MinimumBackupRetentionDays = 7;

    /// <inheritdoc />
    public override string Id => "rds-hardening";

    /// <inheritdoc />
    public override string Title => "RDS databases are encrypted, deletion-protected, backed up >= 7 days, use IAM auth and are not public";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.RdsCluster, PolicyTokens.RdsClusterInstance, PolicyTokens.RdsInstance];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var database in plan.OfTypes([PolicyTokens.RdsCluster, PolicyTokens.RdsInstance]))
        {
            foreach (var problem in DatabaseProblems(database))
            {
                yield return Violation(database, problem);
            }
        }

        foreach (var instance in plan.OfTypes([PolicyTokens.RdsClusterInstance, PolicyTokens.RdsInstance]))
        {
            var exposure = instance.Input("publiclyAccessible");
            if (PolicyValues.AsBool(exposure) == true || PolicyValues.IsUnknown(exposure))
            {
                yield return Violation(instance, $"publiclyAccessible is {PolicyValues.Show(exposure)}; it must be false");
            }
        }
    }

    private static IEnumerable<string> DatabaseProblems(ResourceRegistration database)
    {
        foreach (var flag in new[] { "storageEncrypted", "deletionProtection", "iamDatabaseAuthenticationEnabled" })
        {
            var value = database.Input(flag);
            if (PolicyValues.AsBool(value) != true)
            {
                yield return $"{flag} is {PolicyValues.Show(value)}; it must be true";
            }
        }

        var retention = database.Input("backupRetentionPeriod");
        if (!(PolicyValues.AsNumber(retention) >= MinimumBackupRetentionDays))
        {
            yield return $"backupRetentionPeriod is {PolicyValues.Show(retention)}; it must be at least {MinimumBackupRetentionDays} days (unset means 1)";
        }
    }
}
#endif
