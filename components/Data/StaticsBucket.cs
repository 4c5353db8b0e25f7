using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.S3;
using S3Inputs = Pulumi.Aws.S3.Inputs;

namespace Numinia.Components.Data;

/// <summary>What the statics bucket is built from.</summary>
public sealed record StaticsBucketArgs
{
    /// <summary>The bucket's settings: its name (validated by the settings record) and its lifecycle.</summary>
    public required StaticsBucketSettings Settings { get; init; }
}

/// <summary>
/// The statics S3 bucket: private (all four public access blocks, bucket-owner-enforced ownership, no
/// ACLs), encrypted with S3-managed keys, versioned, with the live lifecycle rules and CORS rule; protected and never
/// force-destroyed. Its policy (CloudFront may read, TLS only) is the CDN's to declare (<see cref="StaticsCdn"/>).
/// Tenants get the prefix <c>hyperfy-spaces/&lt;org&gt;/</c> through their own IAM roles.
/// </summary>
public sealed class StaticsBucket : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:data:StaticsBucket";

    /// <summary>The prefix whose objects expire (the live backups).</summary>
    public const string BackupsPrefix = "backups/";

    /// <summary>The prefix under which each organization gets its own folder.</summary>
    public const string TenantPrefixRoot = "hyperfy-spaces/";

    /// <summary>Days before an unfinished multipart upload under <see cref="BackupsPrefix"/> is aborted (live: 7).</summary>
    public const int AbortIncompleteMultipartUploadDays = 7;

    /// <summary>The id of the lifecycle rule that expires backups (live).</summary>
    public const string BackupsRuleId = "expire-world-backups";

    /// <summary>The id of the lifecycle rule that removes old versions (live).</summary>
    public const string NoncurrentVersionsRuleId = "expire-noncurrent-versions-global";

    /// <summary>The id of the lifecycle rule that removes expired delete markers (live).</summary>
    public const string DeleteMarkersRuleId = "cleanup-expired-delete-markers";

    /// <summary>Days before a backup's old version is removed (live: 1).</summary>
    public const int BackupsNoncurrentDays = 1;

    /// <summary>The bucket's name.</summary>
    [Output("bucketName")]
    public Output<string> BucketName { get; private set; }

    /// <summary>The bucket's ARN (tenant policies scope their prefixes under it).</summary>
    [Output("bucketArn")]
    public Output<string> BucketArn { get; private set; }

    /// <summary>The bucket.</summary>
    public Bucket Bucket { get; }

    /// <summary>The public access block, which the bucket's policy waits for (S3 rejects changing both at once).</summary>
    public BucketPublicAccessBlock PublicAccess { get; }

    /// <summary>The bucket's settings.</summary>
    public StaticsBucketSettings Settings { get; }

    /// <summary>Its versioning, which replication needs on before it is configured.</summary>
    public BucketVersioning Versioning { get; }

    /// <summary>The bucket's name as configured (the adopted one's, or the new one's).</summary>
    public string BucketNameValue => Settings.BucketName;

    /// <summary>The prefix of an organization's objects, e.g. <c>hyperfy-spaces/numinia/</c>.</summary>
    public static string TenantPrefix(string organization) => $"{TenantPrefixRoot}{organization}/";

    /// <summary>Builds the bucket and its configuration.</summary>
    public StaticsBucket(string name, StaticsBucketArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        if (args.Settings.NoncurrentVersionExpirationDays < 1 || args.Settings.BackupsExpirationDays < 1)
        {
            throw new ArgumentException("Lifecycle expirations must be at least 1 day.", nameof(args));
        }

        var child = new CustomResourceOptions { Parent = this };
        var settings = args.Settings;
        // An adopted bucket's configuration resources are imported by the bucket's name (terraform-provider-aws: each
        // aws_s3_bucket_* resource of a bucket owned by the caller imports as the bucket name).
        var adopted = settings.ImportBucket;

        // The bucket holds the tenants' data: `pulumi destroy` must fail on it, and deleting it must
        // never empty it first.
        Bucket = new Bucket($"{name}-bucket", new BucketArgs
        {
            BucketName = settings.BucketName,
            ForceDestroy = false,
            Tags = { { "Name", settings.BucketName } },
        }, new CustomResourceOptions { Parent = this, Protect = true, ImportId = adopted });

        var publicAccess = BucketParts.BlockPublicAccess(name, Bucket.Id, Imported(adopted));

        _ = BucketParts.OwnerEnforced(name, Bucket.Id, child);

        // S3-managed keys (SSE-S3), as live: CloudFront reads the objects through its origin access control, and a KMS key
        // would have to let CloudFront decrypt (a grant to a service principal on the cluster's key) for assets that the
        // CDN serves to anyone anyway.
        _ = BucketParts.Encrypted(name, Bucket.Id, null, Imported(adopted));

        var versioning = BucketParts.Versioned(name, Bucket.Id, Imported(adopted));
        Versioning = versioning;

        // On a versioned bucket, expiring a backup leaves a noncurrent version, which the rules remove: the lifecycle waits
        // for versioning so that they apply from the start.
        _ = new BucketLifecycleConfiguration($"{name}-lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = Bucket.Id,
            Rules = LifecycleRules(settings),
        }, new CustomResourceOptions { Parent = this, DependsOn = { versioning }, ImportId = adopted, Protect = adopted is not null });

        // The live rule (TG s3/statics-bucket): browsers on any site may fetch the assets.
        _ = new BucketCorsConfiguration($"{name}-cors", new BucketCorsConfigurationArgs
        {
            Bucket = Bucket.Id,
            CorsRules =
            {
                new S3Inputs.BucketCorsConfigurationCorsRuleArgs
                {
                    AllowedMethods = { "GET", "HEAD" },
                    AllowedOrigins = { "*" },
                    AllowedHeaders = { "*" },
                    ExposeHeaders = { "ETag" },
                    MaxAgeSeconds = 3000,
                },
            },
        }, Imported(adopted));

        // The bucket's policy names the CDN that reads it, so the CDN declares it (StaticsCdn).
        PublicAccess = publicAccess;
        Settings = settings;
        BucketName = Bucket.BucketName;
        BucketArn = Bucket.Arn;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["bucketName"] = BucketName,
            ["bucketArn"] = BucketArn,
        });
    }

    /// <summary>
    /// The live rules (TG s3/statics-bucket), which a replica of the bucket keeps too (S3 replicates no lifecycle action):
    /// backups expire, old versions go, expired delete markers are removed; backup-engine/ and hyperfy-spaces/ keep their
    /// current objects.
    /// </summary>
    public static InputList<S3Inputs.BucketLifecycleConfigurationRuleArgs> LifecycleRules(StaticsBucketSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new InputList<S3Inputs.BucketLifecycleConfigurationRuleArgs>
        {
            new S3Inputs.BucketLifecycleConfigurationRuleArgs
            {
                Id = BackupsRuleId,
                Status = "Enabled",
                Filter = new S3Inputs.BucketLifecycleConfigurationRuleFilterArgs { Prefix = BackupsPrefix },
                Expiration = new S3Inputs.BucketLifecycleConfigurationRuleExpirationArgs { Days = settings.BackupsExpirationDays },
                NoncurrentVersionExpiration = new S3Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs
                {
                    NoncurrentDays = BackupsNoncurrentDays,
                },
                AbortIncompleteMultipartUpload = AbortUploads(),
            },
            new S3Inputs.BucketLifecycleConfigurationRuleArgs
            {
                Id = NoncurrentVersionsRuleId,
                Status = "Enabled",
                // An empty prefix: the whole bucket.
                Filter = new S3Inputs.BucketLifecycleConfigurationRuleFilterArgs { Prefix = string.Empty },
                NoncurrentVersionExpiration = new S3Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs
                {
                    NoncurrentDays = settings.NoncurrentVersionExpirationDays,
                },
                AbortIncompleteMultipartUpload = AbortUploads(),
            },
            new S3Inputs.BucketLifecycleConfigurationRuleArgs
            {
                Id = DeleteMarkersRuleId,
                Status = "Enabled",
                Filter = new S3Inputs.BucketLifecycleConfigurationRuleFilterArgs { Prefix = string.Empty },
                Expiration = new S3Inputs.BucketLifecycleConfigurationRuleExpirationArgs { ExpiredObjectDeleteMarker = true },
            },
        };
    }

    private static S3Inputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs AbortUploads() => new()
    {
        DaysAfterInitiation = AbortIncompleteMultipartUploadDays,
    };

    // An adopted resource is protected: the live statics depend on it.
    private CustomResourceOptions Imported(string? importId) => new() { Parent = this, ImportId = importId, Protect = importId is not null };

    /// <summary>The bucket policy's statement that denies every request without TLS, whoever makes it.</summary>
    public static PolicyStatement TlsOnlyStatement(string bucketArn)
        => new()
        {
            Sid = "DenyRequestsWithoutTls",
            Effect = "Deny",
            Principal = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("AWS", ImmutableArray.Create("*")),
            Action = ImmutableArray.Create("s3:*"),
            Resource = ImmutableArray.Create(bucketArn, $"{bucketArn}/*"),
            Condition = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty.Add("Bool",
                ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("aws:SecureTransport", ImmutableArray.Create("false"))),
        };
}
