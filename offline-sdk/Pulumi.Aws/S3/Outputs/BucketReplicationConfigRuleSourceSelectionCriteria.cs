// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRuleSourceSelectionCriteria).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRuleSourceSelectionCriteria
    {
        public readonly Outputs.BucketReplicationConfigRuleSourceSelectionCriteriaReplicaModifications? ReplicaModifications;
        public readonly Outputs.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjects? SseKmsEncryptedObjects;

        [OutputConstructor]
        private BucketReplicationConfigRuleSourceSelectionCriteria(
            Outputs.BucketReplicationConfigRuleSourceSelectionCriteriaReplicaModifications? replicaModifications,
            Outputs.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjects? sseKmsEncryptedObjects)
        {
            ReplicaModifications = replicaModifications;
            SseKmsEncryptedObjects = sseKmsEncryptedObjects;
        }
    }
}
