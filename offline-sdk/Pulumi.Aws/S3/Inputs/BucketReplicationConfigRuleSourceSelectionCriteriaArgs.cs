// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleSourceSelectionCriteriaArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleSourceSelectionCriteriaArgs : global::Pulumi.ResourceArgs
    {
        [Input("replicaModifications")]
        public Input<Inputs.BucketReplicationConfigRuleSourceSelectionCriteriaReplicaModificationsArgs>? ReplicaModifications { get; set; }

        [Input("sseKmsEncryptedObjects")]
        public Input<Inputs.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs>? SseKmsEncryptedObjects { get; set; }

        public BucketReplicationConfigRuleSourceSelectionCriteriaArgs()
        {
        }

        public static new BucketReplicationConfigRuleSourceSelectionCriteriaArgs Empty => new BucketReplicationConfigRuleSourceSelectionCriteriaArgs();
    }
}
