using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Conditions = System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<string>>>;

namespace Numinia.Components.Addons.Velero;

/// <summary>
/// What Velero's role may do: the actions the AWS plugin's README lists (velero-plugin-for-aws v1.14.0-rc.1 README.md,
/// "Set permissions for Velero": ec2 Describe/Create/Delete of volumes, snapshots and tags; s3 object actions on the bucket's
/// objects and ListBucket on the bucket), each scoped further where IAM allows: the objects of its own bucket only, snapshots
/// of the EBS CSI driver's volumes only, and only snapshots and volumes that carry Velero's backup tag.
/// </summary>
public static class VeleroPolicy
{
    /// <summary>
    /// The tag Velero puts on every snapshot it takes (the backup's name: velero v1.18.1 pkg/apis/velero/v1/labels_annotations.go
    /// <c>BackupNameLabel</c>, set on the snapshot's tags by pkg/backup/item_backupper.go), which the plugin copies to the
    /// volumes it restores (velero-plugin-for-aws volume_snapshotter.go <c>getTagsForCluster</c>).
    /// </summary>
    public const string BackupTag = "velero.io/backup-name";

    /// <summary>
    /// The tag the EBS CSI driver puts on every volume it creates (aws-ebs-csi-driver v1.53.0 pkg/cloud/cloud.go
    /// <c>AwsEbsDriverTagKey</c> = <c>ebs.csi.aws.com/cluster</c>, value <c>true</c>): Velero snapshots only those.
    /// </summary>
    public const string EbsCsiVolumeTag = "ebs.csi.aws.com/cluster";

    /// <summary>The object actions on the bucket's objects (the README's list).</summary>
    public static readonly ImmutableArray<string> ObjectActions = ImmutableArray.Create(
        "s3:GetObject", "s3:DeleteObject", "s3:PutObject", "s3:PutObjectTagging", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts");

    /// <summary>Every statement of the role.</summary>
    public static ImmutableArray<PolicyStatement> Statements(string region, string accountId, string bucketArn, string bucketKeyArn, string clusterKeyArn,
        RestoreSource? restore)
    {
        var volumes = $"arn:aws:ec2:{region}:{accountId}:volume/*";
        var snapshots = $"arn:aws:ec2:{region}::snapshot/*";
        var statements = ImmutableArray.CreateBuilder<PolicyStatement>();
        statements.Add(PolicyStatement.Allow(["ec2:DescribeVolumes", "ec2:DescribeSnapshots"], ["*"], "DescribeVolumesAndSnapshots"));
        statements.Add(Scoped("SnapshotTheCsiDriversVolumes", "ec2:CreateSnapshot", [volumes], "StringEquals", $"aws:ResourceTag/{EbsCsiVolumeTag}", "true"));
        statements.Add(Scoped("CreateSnapshotsTaggedAsBackups", "ec2:CreateSnapshot", [snapshots], "Null", $"aws:RequestTag/{BackupTag}", "false"));
        statements.Add(Scoped("TagOnlyWhatItCreates", "ec2:CreateTags", [snapshots, volumes], "StringEquals", "ec2:CreateAction", "CreateSnapshot", "CreateVolume"));
        statements.Add(Scoped("RestoreVolumesFromBackupSnapshots", "ec2:CreateVolume", [snapshots], "Null", $"aws:ResourceTag/{BackupTag}", "false"));
        statements.Add(Scoped("CreateVolumesTaggedAsRestored", "ec2:CreateVolume", [volumes], "Null", $"aws:RequestTag/{BackupTag}", "false"));
        statements.Add(Scoped("DeleteOnlyBackupSnapshots", "ec2:DeleteSnapshot", [snapshots], "Null", $"aws:ResourceTag/{BackupTag}", "false"));
        statements.Add(PolicyStatement.Allow(ObjectActions, [$"{bucketArn}/*"], "BackupObjects"));
        statements.Add(PolicyStatement.Allow(["s3:ListBucket"], [bucketArn], "ListTheBackupBucket"));
        statements.Add(PolicyStatement.Allow(["kms:GenerateDataKey", "kms:Decrypt"], [bucketKeyArn], "EncryptBackupObjects"));
        // Restoring a volume from a snapshot of an encrypted volume needs the cluster key, as creating one does.
        statements.AddRange(Cluster.ManagedAddons.EbsKeyStatements(clusterKeyArn));
        if (restore is not null)
        {
            var arn = $"arn:aws:s3:::{restore.Bucket}";
            statements.Add(PolicyStatement.Allow(["s3:GetObject"], [$"{arn}/*"], "ReadTheRestoreBucket"));
            statements.Add(PolicyStatement.Allow(["s3:ListBucket"], [arn], "ListTheRestoreBucket"));
            // The restore bucket's key is the other platform's: known by its region and account, used only through S3 there.
            statements.Add(Scoped("DecryptTheRestoreBucket", "kms:Decrypt", [$"arn:aws:kms:{restore.Region}:{accountId}:key/*"], "StringEquals", "kms:ViaService",
                $"s3.{restore.Region}.amazonaws.com"));
        }

        return statements.ToImmutable();
    }

    // One action on the resources, only under one condition.
    private static PolicyStatement Scoped(string sid, string action, string[] resources, string op, string key, params string[] values)
        => new() { Sid = sid, Action = [action], Resource = ImmutableArray.Create(resources), Condition = Condition(op, key, values) };

    private static Conditions Condition(string op, string key, params string[] values)
        => Conditions.Empty.Add(op, ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add(key, values.ToImmutableArray()));
}

/// <summary>Another platform's backup bucket, read-only, to restore from.</summary>
public sealed record RestoreSource(string Bucket, string Region);
