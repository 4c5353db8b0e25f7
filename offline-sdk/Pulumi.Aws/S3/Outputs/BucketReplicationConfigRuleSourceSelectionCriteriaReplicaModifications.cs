// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRuleSourceSelectionCriteriaReplicaModifications).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRuleSourceSelectionCriteriaReplicaModifications
    {
        public readonly string Status;

        [OutputConstructor]
        private BucketReplicationConfigRuleSourceSelectionCriteriaReplicaModifications(
            string status)
        {
            Status = status;
        }
    }
}
