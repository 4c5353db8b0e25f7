using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.Kms;
using Pulumi.Aws.S3;
using S3Inputs = Pulumi.Aws.S3.Inputs;

namespace Numinia.Components.Data;

/// <summary>What a backup bucket is built from.</summary>
public sealed record BackupBucketArgs
{
    /// <summary>The bucket's name (global: the account id in it keeps it unique).</summary>
    public required string BucketName { get; init; }

    /// <summary>Days after which an object expires: the backups' retention and a margin, a backstop behind the writer's own clean-up.</summary>
    public required int ExpirationDays { get; init; }

    /// <summary>Days an overwritten or deleted object's old version is kept (undoing a mistaken delete).</summary>
    public int NoncurrentVersionDays { get; init; } = 7;

    /// <summary>What the bucket holds, for the key's description.</summary>
    public required string Purpose { get; init; }
}

/// <summary>
/// A bucket for backups: private (all four public access blocks, bucket-owner-enforced ownership), encrypted with its own
/// customer-managed KMS key (rotating, protected), versioned, reachable over TLS only, with a lifecycle that expires
/// backups after their retention and old versions after a week; the bucket and its key are protected and the bucket is
/// never force-destroyed. Its own key, not the cluster's: a rebuild reads the backups with the key of the platform that
/// wrote them, whatever happens to that platform's cluster.
/// </summary>
public sealed class BackupBucket : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:data:BackupBucket";

    /// <summary>Days before an unfinished multipart upload is aborted.</summary>
    public const int AbortIncompleteMultipartUploadDays = 7;

    /// <summary>The bucket's name.</summary>
    [Output("bucketName")]
    public Output<string> BucketName { get; private set; }

    /// <summary>The bucket's ARN.</summary>
    [Output("bucketArn")]
    public Output<string> BucketArn { get; private set; }

    /// <summary>The ARN of the bucket's KMS key (writers need GenerateDataKey, readers Decrypt, through S3).</summary>
    [Output("keyArn")]
    public Output<string> KeyArn { get; private set; }

    /// <summary>The bucket.</summary>
    public Bucket Bucket { get; }

    /// <summary>Builds the key, the bucket and its configuration.</summary>
    public BackupBucket(string name, BackupBucketArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        if (args.ExpirationDays < 1 || args.NoncurrentVersionDays < 1)
        {
            throw new ArgumentException("Lifecycle expirations must be at least 1 day.", nameof(args));
        }

        var child = new CustomResourceOptions { Parent = this };
        // Losing the key loses every backup: protected, rotating, and a scheduled deletion waits the longest AWS allows.
        var key = new Key($"{name}-key", new KeyArgs
        {
            Description = $"Encrypts {args.Purpose} in s3://{args.BucketName}.",
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            Tags = { { "Name", args.BucketName } },
        }, new CustomResourceOptions { Parent = this, Protect = true });

        Bucket = new Bucket($"{name}-bucket", new BucketArgs
        {
            BucketName = args.BucketName,
            ForceDestroy = false,
            Tags = { { "Name", args.BucketName } },
        }, new CustomResourceOptions { Parent = this, Protect = true });

        var publicAccess = BucketParts.BlockPublicAccess(name, Bucket.Id, child);

        _ = BucketParts.OwnerEnforced(name, Bucket.Id, child);

        // SSE-KMS with the bucket's own key.
        _ = BucketParts.Encrypted(name, Bucket.Id, key.Arn, child);

        var versioning = BucketParts.Versioned(name, Bucket.Id, child);

        _ = new BucketLifecycleConfiguration($"{name}-lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = Bucket.Id,
            Rules =
            {
                new S3Inputs.BucketLifecycleConfigurationRuleArgs
                {
                    Id = "expire-backups",
                    Status = "Enabled",
                    Filter = new S3Inputs.BucketLifecycleConfigurationRuleFilterArgs { Prefix = string.Empty },
                    Expiration = new S3Inputs.BucketLifecycleConfigurationRuleExpirationArgs { Days = args.ExpirationDays },
                    NoncurrentVersionExpiration = new S3Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs
                    {
                        NoncurrentDays = args.NoncurrentVersionDays,
                    },
                    AbortIncompleteMultipartUpload = new S3Inputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs
                    {
                        DaysAfterInitiation = AbortIncompleteMultipartUploadDays,
                    },
                },
                new S3Inputs.BucketLifecycleConfigurationRuleArgs
                {
                    Id = "cleanup-expired-delete-markers",
                    Status = "Enabled",
                    Filter = new S3Inputs.BucketLifecycleConfigurationRuleFilterArgs { Prefix = string.Empty },
                    Expiration = new S3Inputs.BucketLifecycleConfigurationRuleExpirationArgs { ExpiredObjectDeleteMarker = true },
                },
            },
        }, new CustomResourceOptions { Parent = this, DependsOn = { versioning } });

        _ = BucketParts.TlsOnly(name, Bucket, publicAccess, this);

        BucketName = Bucket.BucketName;
        BucketArn = Bucket.Arn;
        KeyArn = key.Arn;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["bucketName"] = BucketName,
            ["bucketArn"] = BucketArn,
            ["keyArn"] = KeyArn,
        });
    }
}
