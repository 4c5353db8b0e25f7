using Pulumi;
using Pulumi.Aws.S3;
using S3Inputs = Pulumi.Aws.S3.Inputs;

namespace Numinia.Components.Data;

/// <summary>
/// The configuration resources every bucket of the platform has, the same way for each; in <c>region</c> when the bucket is
/// in another region than the stack's (null: the provider's).
/// </summary>
public static class BucketParts
{
    /// <summary>All four public access blocks on.</summary>
    public static BucketPublicAccessBlock BlockPublicAccess(string name, Input<string> bucket, CustomResourceOptions options, string? region = null)
        => new($"{name}-public-access", new BucketPublicAccessBlockArgs
        {
            Bucket = bucket,
            Region = region is null ? (Input<string>?)null : region,
            BlockPublicAcls = true,
            IgnorePublicAcls = true,
            BlockPublicPolicy = true,
            RestrictPublicBuckets = true,
        }, options);

    /// <summary>ACLs off: the bucket owner owns every object, whoever uploads it.</summary>
    public static BucketOwnershipControls OwnerEnforced(string name, Input<string> bucket, CustomResourceOptions options, string? region = null)
        => new($"{name}-ownership", new BucketOwnershipControlsArgs
        {
            Bucket = bucket,
            Region = region is null ? (Input<string>?)null : region,
            Rule = new S3Inputs.BucketOwnershipControlsRuleArgs { ObjectOwnership = "BucketOwnerEnforced" },
        }, options);

    /// <summary>
    /// Default encryption: SSE-KMS with <paramref name="kmsKeyArn"/> and an S3 bucket key (S3 asks KMS for a data key per
    /// bucket and period, not per object), or S3-managed keys (SSE-S3) without one.
    /// </summary>
    public static BucketServerSideEncryptionConfiguration Encrypted(string name, Input<string> bucket, Input<string>? kmsKeyArn, CustomResourceOptions options,
        string? region = null)
        => new($"{name}-encryption", new BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = bucket,
            Region = region is null ? (Input<string>?)null : region,
            Rules =
            {
                new S3Inputs.BucketServerSideEncryptionConfigurationRuleArgs
                {
                    ApplyServerSideEncryptionByDefault = new S3Inputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs
                    {
                        SseAlgorithm = kmsKeyArn is null ? "AES256" : "aws:kms",
                        KmsMasterKeyId = kmsKeyArn,
                    },
                    BucketKeyEnabled = kmsKeyArn is null ? (Input<bool>?)null : true,
                },
            },
        }, options);

    /// <summary>Versioning on.</summary>
    public static BucketVersioning Versioned(string name, Input<string> bucket, CustomResourceOptions options, string? region = null)
        => new($"{name}-versioning", new BucketVersioningArgs
        {
            Bucket = bucket,
            Region = region is null ? (Input<string>?)null : region,
            VersioningConfiguration = new S3Inputs.BucketVersioningVersioningConfigurationArgs { Status = "Enabled" },
        }, options);

    /// <summary>
    /// A policy that refuses every request without TLS, whoever makes it; it waits for <paramref name="publicAccess"/>, as S3
    /// rejects a policy change while the public access block is being set.
    /// </summary>
    public static BucketPolicy TlsOnly(string name, Bucket bucket, BucketPublicAccessBlock publicAccess, Resource parent, string? region = null)
        => new($"{name}-policy", new BucketPolicyArgs
        {
            Bucket = bucket.Id,
            Region = region is null ? (Input<string>?)null : region,
            Policy = bucket.Arn.Apply(arn => Numinia.Components.Common.PolicyDocument.Of(StaticsBucket.TlsOnlyStatement(arn)).ToJson()),
        }, new CustomResourceOptions { Parent = parent, DependsOn = { publicAccess } });
}
