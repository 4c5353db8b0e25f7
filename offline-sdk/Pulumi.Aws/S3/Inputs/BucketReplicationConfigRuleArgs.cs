// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("deleteMarkerReplication")]
        public Input<Inputs.BucketReplicationConfigRuleDeleteMarkerReplicationArgs>? DeleteMarkerReplication { get; set; }

        [Input("destination", required: true)]
        public Input<Inputs.BucketReplicationConfigRuleDestinationArgs> Destination { get; set; } = null!;

        [Input("existingObjectReplication")]
        public Input<Inputs.BucketReplicationConfigRuleExistingObjectReplicationArgs>? ExistingObjectReplication { get; set; }

        [Input("filter")]
        public Input<Inputs.BucketReplicationConfigRuleFilterArgs>? Filter { get; set; }

        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("prefix")]
        public Input<string>? Prefix { get; set; }

        [Input("priority")]
        public Input<int>? Priority { get; set; }

        [Input("sourceSelectionCriteria")]
        public Input<Inputs.BucketReplicationConfigRuleSourceSelectionCriteriaArgs>? SourceSelectionCriteria { get; set; }

        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        public BucketReplicationConfigRuleArgs()
        {
        }

        public static new BucketReplicationConfigRuleArgs Empty => new BucketReplicationConfigRuleArgs();
    }
}
