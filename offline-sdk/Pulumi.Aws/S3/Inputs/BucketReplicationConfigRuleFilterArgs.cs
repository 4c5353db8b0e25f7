// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleFilterArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleFilterArgs : global::Pulumi.ResourceArgs
    {
        [Input("and")]
        public Input<Inputs.BucketReplicationConfigRuleFilterAndArgs>? And { get; set; }

        [Input("prefix")]
        public Input<string>? Prefix { get; set; }

        [Input("tag")]
        public Input<Inputs.BucketReplicationConfigRuleFilterTagArgs>? Tag { get; set; }

        public BucketReplicationConfigRuleFilterArgs()
        {
        }

        public static new BucketReplicationConfigRuleFilterArgs Empty => new BucketReplicationConfigRuleFilterArgs();
    }
}
