// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleExistingObjectReplicationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleExistingObjectReplicationArgs : global::Pulumi.ResourceArgs
    {
        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        public BucketReplicationConfigRuleExistingObjectReplicationArgs()
        {
        }

        public static new BucketReplicationConfigRuleExistingObjectReplicationArgs Empty => new BucketReplicationConfigRuleExistingObjectReplicationArgs();
    }
}
