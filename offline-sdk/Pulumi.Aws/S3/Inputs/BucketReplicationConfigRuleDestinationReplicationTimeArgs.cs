// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleDestinationReplicationTimeArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleDestinationReplicationTimeArgs : global::Pulumi.ResourceArgs
    {
        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        [Input("time", required: true)]
        public Input<Inputs.BucketReplicationConfigRuleDestinationReplicationTimeTimeArgs> Time { get; set; } = null!;

        public BucketReplicationConfigRuleDestinationReplicationTimeArgs()
        {
        }

        public static new BucketReplicationConfigRuleDestinationReplicationTimeArgs Empty => new BucketReplicationConfigRuleDestinationReplicationTimeArgs();
    }
}
