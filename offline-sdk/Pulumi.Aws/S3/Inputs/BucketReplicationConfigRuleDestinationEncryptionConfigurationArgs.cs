// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("replicaKmsKeyId", required: true)]
        public Input<string> ReplicaKmsKeyId { get; set; } = null!;

        public BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs()
        {
        }

        public static new BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs Empty => new BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs();
    }
}
