// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRuleFilterAnd).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRuleFilterAnd
    {
        public readonly string? Prefix;
        public readonly ImmutableDictionary<string, string>? Tags;

        [OutputConstructor]
        private BucketReplicationConfigRuleFilterAnd(
            string? prefix,
            ImmutableDictionary<string, string>? tags)
        {
            Prefix = prefix;
            Tags = tags;
        }
    }
}
