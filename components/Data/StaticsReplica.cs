using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Aws.S3;
using S3Inputs = Pulumi.Aws.S3.Inputs;

namespace Numinia.Components.Data;

/// <summary>What the statics bucket's replica is built from.</summary>
public sealed record StaticsReplicaArgs
{
    /// <summary>The bucket it copies.</summary>
    public required StaticsBucket Source { get; init; }

    /// <summary>The region it is in: the platform's second region (<c>backupCopyRegion</c>), never the source's.</summary>
    public required string Region { get; init; }
}

/// <summary>
/// A copy of the statics bucket in the second region, kept by S3 replication: every new object version, and every delete
/// marker, of the source is written there within minutes, so that a lost region loses the world assets of those minutes
/// only. The replica is private, encrypted with S3-managed keys (as the source), versioned, with the source's lifecycle (S3
/// replicates no lifecycle action), refuses requests without TLS, and is protected and never force-destroyed. S3 copies
/// through a role that may read the source's object versions and write replicas into this bucket only.
/// </summary>
public sealed class StaticsReplica : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:data:StaticsReplica";

    /// <summary>The longest name S3 gives a bucket.</summary>
    public const int MaxBucketNameLength = 63;

    /// <summary>The id of the replication rule.</summary>
    public const string RuleId = "replicate-to-second-region";

    /// <summary>The replica bucket's name.</summary>
    [Output("bucketName")]
    public Output<string> BucketName { get; private set; }

    /// <summary>The replica bucket.</summary>
    public Bucket Bucket { get; }

    /// <summary>The role S3 replicates with.</summary>
    public Role Role { get; }

    /// <summary>The source bucket's replication configuration.</summary>
    public BucketReplicationConfig Replication { get; }

    /// <summary>The replica's name: the source's with the region after it (S3 bucket names are global).</summary>
    public static string ReplicaName(string source, string region) => $"{source}-{region}";

    /// <summary>
    /// Whether the stack replicates <paramref name="settings"/>' bucket now: a bucket the stack created, at once; the adopted
    /// live bucket from <c>adoptionPhase: converge</c> on, as the import changes nothing of what it adopts.
    /// </summary>
    public static bool Replicates(StaticsBucketSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return !settings.Import || settings.Phase == AdoptionPhase.Converge;
    }

    /// <summary>Builds the replica bucket, the role and the source's replication configuration.</summary>
    public StaticsReplica(string name, StaticsReplicaArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var source = args.Source;
        var region = args.Region;
        var replicaName = ReplicaName(source.BucketNameValue, region);
        var child = new CustomResourceOptions { Parent = this };

        // The replica is the copy a lost region leaves: `pulumi destroy` must fail on it, and deleting it never empties it.
        Bucket = new Bucket($"{name}-bucket", new BucketArgs
        {
            BucketName = replicaName,
            ForceDestroy = false,
            Region = region,
            Tags = { { "Name", replicaName } },
        }, new CustomResourceOptions { Parent = this, Protect = true });
        var publicAccess = BucketParts.BlockPublicAccess(name, Bucket.Id, child, region);
        _ = BucketParts.OwnerEnforced(name, Bucket.Id, child, region);
        _ = BucketParts.Encrypted(name, Bucket.Id, null, child, region);
        var versioning = BucketParts.Versioned(name, Bucket.Id, child, region);
        _ = new BucketLifecycleConfiguration($"{name}-lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = Bucket.Id,
            Region = region,
            Rules = StaticsBucket.LifecycleRules(source.Settings),
        }, new CustomResourceOptions { Parent = this, DependsOn = { versioning } });
        _ = BucketParts.TlsOnly(name, Bucket, publicAccess, this, region);

        Role = new Role($"{name}-role", new RoleArgs
        {
            Description = $"S3 replicates the statics bucket {source.BucketNameValue} to {replicaName} in {region}.",
            AssumeRolePolicy = PolicyDocument.Of(PolicyStatement.AllowServiceToAssume("s3.amazonaws.com")).ToJson(),
        }, child);
        var permissions = new RolePolicy($"{name}-role-policy", new RolePolicyArgs
        {
            Role = Role.Name,
            Policy = Output.Tuple(source.BucketArn, Bucket.Arn).Apply(arns => PolicyDocument.Of([.. Statements(arns.Item1, arns.Item2)]).ToJson()),
        }, child);

        // S3 refuses the configuration until both buckets are versioned (the provider retries that refusal and NoSuchBucket
        // only: terraform-provider-aws internal/service/s3/bucket_replication_configuration.go), and the role must be able
        // to act when the first object is written.
        Replication = new BucketReplicationConfig($"{name}-replication", new BucketReplicationConfigArgs
        {
            Bucket = source.Bucket.Id,
            Role = Role.Arn,
            Rules =
            {
                new S3Inputs.BucketReplicationConfigRuleArgs
                {
                    Id = RuleId,
                    Status = "Enabled",
                    // An empty prefix: the whole bucket (the filter makes it a V2 rule, which must say what of delete markers).
                    Filter = new S3Inputs.BucketReplicationConfigRuleFilterArgs { Prefix = string.Empty },
                    DeleteMarkerReplication = new S3Inputs.BucketReplicationConfigRuleDeleteMarkerReplicationArgs { Status = "Enabled" },
                    Destination = new S3Inputs.BucketReplicationConfigRuleDestinationArgs { Bucket = Bucket.Arn, StorageClass = "STANDARD" },
                },
            },
        }, new CustomResourceOptions { Parent = this, DependsOn = { source.Versioning, versioning, permissions } });

        BucketName = Bucket.BucketName;
        RegisterOutputs(new Dictionary<string, object?> { ["bucketName"] = BucketName });
    }

    /// <summary>
    /// The replication role's permissions (S3 User Guide, "Setting up permissions for live replication"): read the source's
    /// replication configuration and list it; read its object versions with their ACLs and tags; write replicas, delete
    /// markers and tags into the replica bucket. Nothing else, and nowhere else.
    /// </summary>
    public static ImmutableArray<PolicyStatement> Statements(string sourceArn, string replicaArn) =>
    [
        PolicyStatement.Allow(["s3:GetReplicationConfiguration", "s3:ListBucket"], [sourceArn], "ReadTheSourcesConfiguration"),
        PolicyStatement.Allow(["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"], [$"{sourceArn}/*"],
            "ReadTheSourcesVersions"),
        PolicyStatement.Allow(["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"], [$"{replicaArn}/*"], "WriteTheReplicas"),
    ];
}
