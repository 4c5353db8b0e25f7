// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleDestinationMetricsArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleDestinationMetricsArgs : global::Pulumi.ResourceArgs
    {
        [Input("eventThreshold")]
        public Input<Inputs.BucketReplicationConfigRuleDestinationMetricsEventThresholdArgs>? EventThreshold { get; set; }

        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        public BucketReplicationConfigRuleDestinationMetricsArgs()
        {
        }

        public static new BucketReplicationConfigRuleDestinationMetricsArgs Empty => new BucketReplicationConfigRuleDestinationMetricsArgs();
    }
}
