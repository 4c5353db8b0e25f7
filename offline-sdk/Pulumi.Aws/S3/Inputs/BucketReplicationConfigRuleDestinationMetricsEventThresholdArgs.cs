// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleDestinationMetricsEventThresholdArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleDestinationMetricsEventThresholdArgs : global::Pulumi.ResourceArgs
    {
        [Input("minutes", required: true)]
        public Input<int> Minutes { get; set; } = null!;

        public BucketReplicationConfigRuleDestinationMetricsEventThresholdArgs()
        {
        }

        public static new BucketReplicationConfigRuleDestinationMetricsEventThresholdArgs Empty => new BucketReplicationConfigRuleDestinationMetricsEventThresholdArgs();
    }
}
