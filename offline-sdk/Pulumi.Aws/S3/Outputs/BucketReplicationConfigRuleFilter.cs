// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRuleFilter).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRuleFilter
    {
        public readonly Outputs.BucketReplicationConfigRuleFilterAnd? And;
        public readonly string? Prefix;
        public readonly Outputs.BucketReplicationConfigRuleFilterTag? Tag;

        [OutputConstructor]
        private BucketReplicationConfigRuleFilter(
            Outputs.BucketReplicationConfigRuleFilterAnd? and,
            string? prefix,
            Outputs.BucketReplicationConfigRuleFilterTag? tag)
        {
            And = and;
            Prefix = prefix;
            Tag = tag;
        }
    }
}
