// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketLifecycleConfigurationRuleFilterAnd).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketLifecycleConfigurationRuleFilterAnd
    {
        public readonly int? ObjectSizeGreaterThan;
        public readonly int? ObjectSizeLessThan;
        public readonly string? Prefix;
        public readonly ImmutableDictionary<string, string>? Tags;

        [OutputConstructor]
        private BucketLifecycleConfigurationRuleFilterAnd(
            int? objectSizeGreaterThan,
            int? objectSizeLessThan,
            string? prefix,
            ImmutableDictionary<string, string>? tags)
        {
            ObjectSizeGreaterThan = objectSizeGreaterThan;
            ObjectSizeLessThan = objectSizeLessThan;
            Prefix = prefix;
            Tags = tags;
        }
    }
}
