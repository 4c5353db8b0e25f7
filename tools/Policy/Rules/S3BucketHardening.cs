#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Every S3 bucket blocks public access (all four settings of its
/// <c>aws:s3/bucketPublicAccessBlock</c>), has default encryption (an
/// <c>aws:s3/bucketServerSideEncryptionConfiguration</c> with an algorithm) and versioning
/// <c>Enabled</c> (an <c>aws:s3/bucketVersioning</c>). Since Pulumi.Aws 7 these are separate resources
/// that name the bucket in their <c>bucket</c> input; a resource references a bucket when that input
/// holds the bucket's id or name (or is unknown and depends on the bucket).
/// </summary>
public sealed class S3BucketHardening : PolicyRule
{
    private static readonly string[] s_publicAccessSettings = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

    /// <inheritdoc />
    public override string Id => "s3-bucket-hardening";

    /// <inheritdoc />
    public override string Title => "S3 buckets block all public access, encrypt by default and keep versions";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } =
        [PolicyTokens.S3Bucket, PolicyTokens.S3PublicAccessBlock, PolicyTokens.S3Encryption, PolicyTokens.S3Versioning];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var bucket in plan.OfType(PolicyTokens.S3Bucket))
        {
            var blocks = plan.Referencing(bucket, PolicyTokens.S3PublicAccessBlock, "bucket").ToArray();
            if (blocks.Length == 0)
            {
                yield return Violation(bucket, "has no public access block (aws:s3/bucketPublicAccessBlock)");
            }
            else if (!blocks.Any(BlocksEverything))
            {
                var open = s_publicAccessSettings.Where(s => blocks.All(b => PolicyValues.AsBool(b.Input(s)) != true));
                yield return Violation(bucket, $"its public access block does not set {IamPolicyDocument.Join(open)} to true");
            }

            var encryption = plan.Referencing(bucket, PolicyTokens.S3Encryption, "bucket").ToArray();
            if (!encryption.Any(HasDefaultEncryption))
            {
                yield return Violation(bucket, encryption.Length == 0
                    ? "has no default encryption (aws:s3/bucketServerSideEncryptionConfiguration)"
                    : "its encryption configuration sets no rules[].applyServerSideEncryptionByDefault.sseAlgorithm");
            }

            var versioning = plan.Referencing(bucket, PolicyTokens.S3Versioning, "bucket").ToArray();
            if (!versioning.Any(v => PolicyValues.AsString(v.Input("versioningConfiguration", "status")) == "Enabled"))
            {
                yield return Violation(bucket, versioning.Length == 0
                    ? "has no versioning (aws:s3/bucketVersioning)"
                    : $"versioningConfiguration.status is {PolicyValues.Show(versioning[0].Input("versioningConfiguration", "status"))}; it must be \"Enabled\"");
            }
        }
    }

    private static bool BlocksEverything(ResourceRegistration block)
        => s_publicAccessSettings.All(s => PolicyValues.AsBool(block.Input(s)) == true);

    private static bool HasDefaultEncryption(ResourceRegistration configuration)
        => PolicyValues.AsList(configuration.Input("rules"))
            .Any(rule => PolicyValues.AsString(PolicyValues.At(rule, "applyServerSideEncryptionByDefault", "sseAlgorithm")) is { Length: > 0 });
}
#endif
