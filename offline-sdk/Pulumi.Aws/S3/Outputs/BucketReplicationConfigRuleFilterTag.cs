// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRuleFilterTag).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRuleFilterTag
    {
        public readonly string Key;
        public readonly string Value;

        [OutputConstructor]
        private BucketReplicationConfigRuleFilterTag(
            string key,
            string value)
        {
            Key = key;
            Value = value;
        }
    }
}
