using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Data;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Backup;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kms;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Numinia.Infra.Policy;
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>The database's AWS Backup plan: its vaults, keys, copy to a second region, retention and role.</summary>
[NonParallelizable]
public sealed class DatabaseBackupTests
{
    private const string ClusterArn = "arn:aws:rds:eu-west-1:111122223333:cluster:numinia-postgres";

    private static Task<ImmutableArray<Resource>> BuildAsync(int retention = 7) => RunAsync(() => _ = new DatabaseBackup("database-backup", new DatabaseBackupArgs
    {
        ClusterArn = Output.Create(ClusterArn),
        ClusterIdentifier = "numinia-postgres",
        CopyRegion = "eu-central-1",
        RetentionDays = retention,
    }));

    [Test]
    public async Task TheCopyVaultIsInTheCopyRegionWithAKeyOfThatRegion()
    {
        var resources = await BuildAsync();
        var backup = resources.OfType<DatabaseBackup>().Single();
        var keys = resources.OfType<Key>().ToArray();
        var copyVault = resources.Named<Vault>("database-backup-copy-vault");
        var copyKey = resources.Named<Key>("database-backup-copy-vault-key");
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(copyVault.Region), Is.EqualTo("eu-central-1"));
            Assert.That(await ValueAsync(copyKey.Region), Is.EqualTo("eu-central-1"));
            Assert.That(await ValueAsync(copyVault.KmsKeyArn), Is.EqualTo(await ValueAsync(copyKey.Arn)));
            Assert.That(await ValueAsync(resources.Named<Vault>("database-backup-vault").Region), Is.Not.EqualTo("eu-central-1"));
            Assert.That(keys, Has.Length.EqualTo(2), "one key per vault");
            foreach (var key in keys)
            {
                Assert.That(await ValueAsync(key.EnableKeyRotation), Is.True);
            }

            Assert.That(await ValueAsync(backup.CopyVaultArn), Does.StartWith("arn:aws:backup:eu-central-1:"));
        });
    }

    [Test]
    public async Task AwsBackupAssumesItsRoleWithItsManagedPoliciesOnly()
    {
        var resources = await BuildAsync();
        var trust = PolicyDocument.FromJson(await ValueAsync(resources.OfType<Role>().Single().AssumeRolePolicy)).Statement.Single();
        var attached = await Task.WhenAll(resources.OfType<RolePolicyAttachment>().Select(a => ValueAsync(a.PolicyArn)));
        Assert.Multiple(() =>
        {
            Assert.That(trust.Principal!["Service"], Is.EqualTo(new[] { "backup.amazonaws.com" }));
            Assert.That(attached, Is.EquivalentTo(DatabaseBackup.ManagedPolicyArns));
            Assert.That(resources.OfType<RolePolicy>(), Is.Empty, "no inline policy beside AWS's");
        });
    }

    [Test]
    public async Task TheSelectionIsTheAuroraClusterWithTheBackupRole()
    {
        var resources = await BuildAsync();
        var selection = resources.OfType<Selection>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(selection.IamRoleArn), Is.EqualTo(await ValueAsync(resources.OfType<Role>().Single().Arn)));
            Assert.That(await ValueAsync(selection.PlanId), Is.EqualTo(await ValueAsync(resources.OfType<Pulumi.Aws.Backup.Plan>().Single().Id)));
        });
    }

#if PULUMI_OFFLINE
    private static object? Rule(ImmutableArray<Resource> resources)
        => PolicyValues.AsList(Registrations.Of(resources.OfType<Pulumi.Aws.Backup.Plan>().Single()).Input("rules")).Single();

    [Test]
    public async Task EachDailyRecoveryPointIsCopiedToTheCopyVault()
    {
        var resources = await BuildAsync();
        var rule = Rule(resources);
        var copy = PolicyValues.AsList(PolicyValues.At(rule, "copyActions")).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(PolicyValues.AsString(PolicyValues.At(copy, "destinationVaultArn")),
                Is.EqualTo(await ValueAsync(resources.Named<Vault>("database-backup-copy-vault").Arn)));
            Assert.That(PolicyValues.AsString(PolicyValues.At(rule, "targetVaultName")),
                Is.EqualTo(await ValueAsync(resources.Named<Vault>("database-backup-vault").Name)));
            Assert.That(PolicyValues.AsString(PolicyValues.At(rule, "schedule")), Is.EqualTo(DatabaseBackup.Schedule));
            Assert.That(PolicyValues.AsBool(PolicyValues.At(rule, "enableContinuousBackup")), Is.False,
                "Aurora's own automated backups keep point-in-time recovery");
        });
    }

    [Test]
    public async Task RecoveryPointsAndTheirCopiesAreKeptForTheDatabasesRetention()
    {
        var rule = Rule(await BuildAsync(retention: 14));
        var copy = PolicyValues.AsList(PolicyValues.At(rule, "copyActions")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(PolicyValues.AsNumber(PolicyValues.At(rule, "lifecycle", "deleteAfter")), Is.EqualTo(14));
            Assert.That(PolicyValues.AsNumber(PolicyValues.At(copy, "lifecycle", "deleteAfter")), Is.EqualTo(14));
        });
    }

    [Test]
    public async Task BothVaultsAndTheirKeysAreProtected()
    {
        var resources = await BuildAsync();
        var protection = resources.Where(r => r is Vault or Key).Select(r => Registrations.Of(r).Options.Protect).ToArray();
        Assert.That(protection, Has.Length.EqualTo(4).And.All.True);
    }
#endif
}
