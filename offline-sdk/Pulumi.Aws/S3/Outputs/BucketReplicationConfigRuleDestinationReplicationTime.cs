// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRuleDestinationReplicationTime).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRuleDestinationReplicationTime
    {
        public readonly string Status;
        public readonly Outputs.BucketReplicationConfigRuleDestinationReplicationTimeTime Time;

        [OutputConstructor]
        private BucketReplicationConfigRuleDestinationReplicationTime(
            string status,
            Outputs.BucketReplicationConfigRuleDestinationReplicationTimeTime time)
        {
            Status = status;
            Time = time;
        }
    }
}
