// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketLifecycleConfigurationRuleFilter).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketLifecycleConfigurationRuleFilter
    {
        public readonly Outputs.BucketLifecycleConfigurationRuleFilterAnd? And;
        public readonly int? ObjectSizeGreaterThan;
        public readonly int? ObjectSizeLessThan;
        public readonly string? Prefix;
        public readonly Outputs.BucketLifecycleConfigurationRuleFilterTag? Tag;

        [OutputConstructor]
        private BucketLifecycleConfigurationRuleFilter(
            Outputs.BucketLifecycleConfigurationRuleFilterAnd? and,
            int? objectSizeGreaterThan,
            int? objectSizeLessThan,
            string? prefix,
            Outputs.BucketLifecycleConfigurationRuleFilterTag? tag)
        {
            And = and;
            ObjectSizeGreaterThan = objectSizeGreaterThan;
            ObjectSizeLessThan = objectSizeLessThan;
            Prefix = prefix;
            Tag = tag;
        }
    }
}
