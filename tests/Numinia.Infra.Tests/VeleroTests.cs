using System.Collections.Immutable;
using Numinia.Components.Addons.Velero;
using Numinia.Components.Common;
using Numinia.Components.Data;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kms;
using Pulumi.Aws.S3;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Numinia.Infra.Policy;
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>Velero: its bucket, its role, its schedule and the location it restores from.</summary>
[NonParallelizable]
public sealed class VeleroTests
{
    private const string RestoreBucket = "numinia-prod-velero-241533135482";

    private static async Task<ImmutableArray<Resource>> BuildAsync(VeleroSettings? settings = null)
        => await RunAsync(() => _ = new VeleroAddon("velero", new VeleroAddonArgs { Context = TestCluster.Context(), Settings = settings ?? new VeleroSettings() }));

    private static async Task<PolicyDocument> RolePolicyAsync(ImmutableArray<Resource> resources)
        => PolicyDocument.FromJson(await ValueAsync(resources.Named<RolePolicy>("velero-irsa-policy").Policy));

    private static async Task<ImmutableDictionary<string, object>> ValuesAsync(ImmutableArray<Resource> resources)
        => await ValueAsync(resources.OfType<VeleroAddon>().Single().Release.Values);

    [Test]
    public async Task VeleroReadsAndWritesObjectsOfItsOwnBucketOnly()
    {
        var resources = await BuildAsync();
        var bucketArn = await ValueAsync(resources.OfType<BackupBucket>().Single().BucketArn);
        var s3 = (await RolePolicyAsync(resources)).Statement.Where(s => s.Action.Any(a => a.StartsWith("s3:", StringComparison.Ordinal))).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(s3.SelectMany(s => s.Resource!.Value).Distinct(), Is.EquivalentTo(new[] { bucketArn, $"{bucketArn}/*" }));
            Assert.That(s3.SelectMany(s => s.Action), Has.None.Contains("*"), "the plugin README's actions, one by one");
        });
    }

    [Test]
    public async Task VeleroChangesOnlyTheCsiDriversVolumesAndSnapshotsItTagged()
    {
        var statements = (await RolePolicyAsync(await BuildAsync())).Statement;
        var ec2Writes = statements.Where(s => s.Action.Any(a => a.StartsWith("ec2:", StringComparison.Ordinal) && !a.StartsWith("ec2:Describe", StringComparison.Ordinal)))
            .ToArray();
        var conditionKeys = ec2Writes.ToDictionary(s => s.Sid!, s => s.Condition!.Values.SelectMany(c => c.Keys).Single());
        Assert.Multiple(() =>
        {
            Assert.That(ec2Writes.SelectMany(s => s.Resource!.Value), Has.None.EqualTo("*"));
            Assert.That(conditionKeys["SnapshotTheCsiDriversVolumes"], Is.EqualTo($"aws:ResourceTag/{VeleroPolicy.EbsCsiVolumeTag}"));
            Assert.That(conditionKeys["CreateSnapshotsTaggedAsBackups"], Is.EqualTo($"aws:RequestTag/{VeleroPolicy.BackupTag}"));
            Assert.That(conditionKeys["DeleteOnlyBackupSnapshots"], Is.EqualTo($"aws:ResourceTag/{VeleroPolicy.BackupTag}"));
            Assert.That(conditionKeys["TagOnlyWhatItCreates"], Is.EqualTo("ec2:CreateAction"));
            Assert.That(ec2Writes.SelectMany(s => s.Action).Distinct(),
                Is.EquivalentTo(new[] { "ec2:CreateSnapshot", "ec2:CreateTags", "ec2:CreateVolume", "ec2:DeleteSnapshot" }), "the plugin README's EC2 writes");
        });
    }

    [Test]
    public async Task TheBackupBucketIsEncryptedWithItsOwnRotatingKey()
    {
        var resources = await BuildAsync();
        var key = resources.Named<Key>("velero-backups-key");
        var rule = (await ValueAsync(resources.OfType<BucketServerSideEncryptionConfiguration>().Single().Rules)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(rule.ApplyServerSideEncryptionByDefault!.SseAlgorithm, Is.EqualTo("aws:kms"));
            Assert.That(rule.ApplyServerSideEncryptionByDefault.KmsMasterKeyId, Is.EqualTo(await ValueAsync(key.Arn)));
            Assert.That(await ValueAsync(key.EnableKeyRotation), Is.True);
            Assert.That(await ValueAsync(key.Arn), Is.Not.EqualTo(TestCluster.KmsKeyArn), "not the cluster's key");
        });
    }

    [Test]
    public async Task BackupObjectsExpireAWeekAfterTheRetentionAndOldVersionsAfterAWeek()
    {
        var resources = await BuildAsync(new VeleroSettings { BackupRetentionDays = 14 });
        var rule = (await ValueAsync(resources.OfType<BucketLifecycleConfiguration>().Single().Rules)).Single(r => r.Id == "expire-backups");
        Assert.Multiple(() =>
        {
            Assert.That(rule.Expiration!.Days, Is.EqualTo(14 + VeleroAddon.ExpirationMarginDays));
            Assert.That(rule.NoncurrentVersionExpiration!.NoncurrentDays, Is.EqualTo(7));
        });
    }

    [Test]
    public async Task TheBackupBucketRefusesRequestsWithoutTls()
    {
        var resources = await BuildAsync();
        var bucketArn = await ValueAsync(resources.OfType<BackupBucket>().Single().BucketArn);
        var statement = PolicyDocument.FromJson(await ValueAsync(resources.OfType<BucketPolicy>().Single().Policy)).Statement.Single();
        Assert.Multiple(() =>
        {
            Assert.That(statement.Effect, Is.EqualTo("Deny"));
            Assert.That(statement.Resource!.Value, Is.EquivalentTo(new[] { bucketArn, $"{bucketArn}/*" }));
            Assert.That(statement.Condition!["Bool"]["aws:SecureTransport"], Is.EqualTo(new[] { "false" }));
        });
    }

    [Test]
    public async Task TheDailyScheduleBacksUpEveryNamespaceAndVolumeForTheRetention()
    {
        var values = await ValuesAsync(await BuildAsync(new VeleroSettings { BackupRetentionDays = 30, BackupSchedule = "30 0 * * *" }));
        var schedule = At(values, "schedules", VeleroAddon.DailySchedule)!;
        Assert.Multiple(() =>
        {
            Assert.That(At(schedule, "schedule"), Is.EqualTo("30 0 * * *"));
            Assert.That(At(schedule, "template", "ttl"), Is.EqualTo("720h"));
            Assert.That(Strings(At(schedule, "template", "includedNamespaces")), Is.EqualTo(new[] { "*" }));
            Assert.That(At(schedule, "template", "snapshotVolumes"), Is.True);
            Assert.That(At(schedule, "template", "includeClusterResources"), Is.True);
            Assert.That(At(values, "deployNodeAgent"), Is.False, "EBS snapshots through the AWS plugin, no file-system backup");
            Assert.That(At(values, "credentials", "useSecret"), Is.False, "IRSA, no access key in a Secret");
        });
    }

    [Test]
    public async Task TheRestoreSourceIsReadOnlyForVelero()
    {
        var resources = await BuildAsync(new VeleroSettings { RestoreFromBucket = RestoreBucket, RestoreFromRegion = "eu-west-1" });
        var locations = ((System.Collections.IEnumerable)At(await ValuesAsync(resources), "configuration", "backupStorageLocation")!).Cast<object>().ToArray();
        var restore = locations.Single(l => (string)At(l, "name")! == VeleroAddon.RestoreLocation);
        var onRestoreBucket = (await RolePolicyAsync(resources)).Statement
            .Where(s => s.Resource!.Value.Any(r => r.Contains(RestoreBucket, StringComparison.Ordinal))).SelectMany(s => s.Action);
        Assert.Multiple(() =>
        {
            Assert.That(At(restore, "accessMode"), Is.EqualTo("ReadOnly"));
            Assert.That(At(restore, "bucket"), Is.EqualTo(RestoreBucket));
            Assert.That(onRestoreBucket, Is.EquivalentTo(new[] { "s3:GetObject", "s3:ListBucket" }));
        });
    }

    [Test]
    public void CronLinesOutsideTheirFieldsRangesAreRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(VeleroSettings.CronProblem("0 1 * * *"), Is.Null);
            Assert.That(VeleroSettings.CronProblem("*/15 0-6,22 1 1-12/2 0"), Is.Null);
            Assert.That(VeleroSettings.CronProblem("60 1 * * *"), Does.Contain("minute"));
            Assert.That(VeleroSettings.CronProblem("0 1 * * 7"), Does.Contain("day of week"));
            Assert.That(VeleroSettings.CronProblem("0 1 0 * *"), Does.Contain("day of month"));
            Assert.That(VeleroSettings.CronProblem("@daily"), Does.Contain("five fields"));
        });
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheBackupBucketKeyAndRolePassThePolicyCheck()
    {
        var plan = await ProdPlanAsync();
        var velero = plan.Resources.Where(r => r.Urn.Contains("numinia:addons:Velero", StringComparison.Ordinal)).Select(r => r.Urn).ToHashSet();
        var report = PolicyRunner.Run(plan);
        var rules = new[] { "s3-bucket-hardening", "iam-least-privilege", "irsa-trust-scoped", "kms-key-rotation", "stateful-resources-protected" };
        Assert.Multiple(() =>
        {
            Assert.That(plan.Resources.Where(r => velero.Contains(r.Urn)).Select(r => r.Type),
                Is.SupersetOf(new[] { "aws:s3/bucket:Bucket", "aws:kms/key:Key", "aws:iam/rolePolicy:RolePolicy", "aws:s3/bucketPolicy:BucketPolicy" }));
            foreach (var rule in rules)
            {
                Assert.That(report[rule].Violations.Where(v => velero.Contains(v.Urn)).Select(v => v.Message), Is.Empty, rule);
            }

            Assert.That(plan.Resources.Where(r => velero.Contains(r.Urn) && r.Type is "aws:s3/bucket:Bucket" or "aws:kms/key:Key").Select(r => r.Options.Protect),
                Is.All.True);
        });
    }
#endif
}
