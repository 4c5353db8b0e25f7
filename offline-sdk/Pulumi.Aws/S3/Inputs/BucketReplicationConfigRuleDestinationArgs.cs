// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleDestinationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleDestinationArgs : global::Pulumi.ResourceArgs
    {
        [Input("accessControlTranslation")]
        public Input<Inputs.BucketReplicationConfigRuleDestinationAccessControlTranslationArgs>? AccessControlTranslation { get; set; }

        [Input("account")]
        public Input<string>? Account { get; set; }

        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("encryptionConfiguration")]
        public Input<Inputs.BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs>? EncryptionConfiguration { get; set; }

        [Input("metrics")]
        public Input<Inputs.BucketReplicationConfigRuleDestinationMetricsArgs>? Metrics { get; set; }

        [Input("replicationTime")]
        public Input<Inputs.BucketReplicationConfigRuleDestinationReplicationTimeArgs>? ReplicationTime { get; set; }

        [Input("storageClass")]
        public Input<string>? StorageClass { get; set; }

        public BucketReplicationConfigRuleDestinationArgs()
        {
        }

        public static new BucketReplicationConfigRuleDestinationArgs Empty => new BucketReplicationConfigRuleDestinationArgs();
    }
}
