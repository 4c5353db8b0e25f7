// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRule).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRule
    {
        public readonly Outputs.BucketReplicationConfigRuleDeleteMarkerReplication? DeleteMarkerReplication;
        public readonly Outputs.BucketReplicationConfigRuleDestination Destination;
        public readonly Outputs.BucketReplicationConfigRuleExistingObjectReplication? ExistingObjectReplication;
        public readonly Outputs.BucketReplicationConfigRuleFilter? Filter;
        public readonly string? Id;
        public readonly string? Prefix;
        public readonly int? Priority;
        public readonly Outputs.BucketReplicationConfigRuleSourceSelectionCriteria? SourceSelectionCriteria;
        public readonly string Status;

        [OutputConstructor]
        private BucketReplicationConfigRule(
            Outputs.BucketReplicationConfigRuleDeleteMarkerReplication? deleteMarkerReplication,
            Outputs.BucketReplicationConfigRuleDestination destination,
            Outputs.BucketReplicationConfigRuleExistingObjectReplication? existingObjectReplication,
            Outputs.BucketReplicationConfigRuleFilter? filter,
            string? id,
            string? prefix,
            int? priority,
            Outputs.BucketReplicationConfigRuleSourceSelectionCriteria? sourceSelectionCriteria,
            string status)
        {
            DeleteMarkerReplication = deleteMarkerReplication;
            Destination = destination;
            ExistingObjectReplication = existingObjectReplication;
            Filter = filter;
            Id = id;
            Prefix = prefix;
            Priority = priority;
            SourceSelectionCriteria = sourceSelectionCriteria;
            Status = status;
        }
    }
}
