// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketLifecycleConfigurationRule).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketLifecycleConfigurationRule
    {
        public readonly Outputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload? AbortIncompleteMultipartUpload;
        public readonly Outputs.BucketLifecycleConfigurationRuleExpiration? Expiration;
        public readonly Outputs.BucketLifecycleConfigurationRuleFilter? Filter;
        public readonly string Id;
        public readonly Outputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpiration? NoncurrentVersionExpiration;
        public readonly ImmutableArray<Outputs.BucketLifecycleConfigurationRuleNoncurrentVersionTransition> NoncurrentVersionTransitions;
        public readonly string? Prefix;
        public readonly string Status;
        public readonly ImmutableArray<Outputs.BucketLifecycleConfigurationRuleTransition> Transitions;

        [OutputConstructor]
        private BucketLifecycleConfigurationRule(
            Outputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload? abortIncompleteMultipartUpload,
            Outputs.BucketLifecycleConfigurationRuleExpiration? expiration,
            Outputs.BucketLifecycleConfigurationRuleFilter? filter,
            string id,
            Outputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpiration? noncurrentVersionExpiration,
            ImmutableArray<Outputs.BucketLifecycleConfigurationRuleNoncurrentVersionTransition> noncurrentVersionTransitions,
            string? prefix,
            string status,
            ImmutableArray<Outputs.BucketLifecycleConfigurationRuleTransition> transitions)
        {
            AbortIncompleteMultipartUpload = abortIncompleteMultipartUpload;
            Expiration = expiration;
            Filter = filter;
            Id = id;
            NoncurrentVersionExpiration = noncurrentVersionExpiration;
            NoncurrentVersionTransitions = noncurrentVersionTransitions;
            Prefix = prefix;
            Status = status;
            Transitions = transitions;
        }
    }
}
