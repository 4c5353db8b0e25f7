// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketServerSideEncryptionConfigurationRule).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketServerSideEncryptionConfigurationRule
    {
        public readonly Outputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault? ApplyServerSideEncryptionByDefault;
        public readonly ImmutableArray<string> BlockedEncryptionTypes;
        public readonly bool? BucketKeyEnabled;

        [OutputConstructor]
        private BucketServerSideEncryptionConfigurationRule(
            Outputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault? applyServerSideEncryptionByDefault,
            ImmutableArray<string> blockedEncryptionTypes,
            bool? bucketKeyEnabled)
        {
            ApplyServerSideEncryptionByDefault = applyServerSideEncryptionByDefault;
            BlockedEncryptionTypes = blockedEncryptionTypes;
            BucketKeyEnabled = bucketKeyEnabled;
        }
    }
}
