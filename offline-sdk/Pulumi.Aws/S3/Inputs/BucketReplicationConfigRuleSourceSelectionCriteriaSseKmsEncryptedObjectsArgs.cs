// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs : global::Pulumi.ResourceArgs
    {
        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        public BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs()
        {
        }

        public static new BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs Empty => new BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs();
    }
}
