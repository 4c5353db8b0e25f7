// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRuleDestination).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRuleDestination
    {
        public readonly Outputs.BucketReplicationConfigRuleDestinationAccessControlTranslation? AccessControlTranslation;
        public readonly string? Account;
        public readonly string Bucket;
        public readonly Outputs.BucketReplicationConfigRuleDestinationEncryptionConfiguration? EncryptionConfiguration;
        public readonly Outputs.BucketReplicationConfigRuleDestinationMetrics? Metrics;
        public readonly Outputs.BucketReplicationConfigRuleDestinationReplicationTime? ReplicationTime;
        public readonly string? StorageClass;

        [OutputConstructor]
        private BucketReplicationConfigRuleDestination(
            Outputs.BucketReplicationConfigRuleDestinationAccessControlTranslation? accessControlTranslation,
            string? account,
            string bucket,
            Outputs.BucketReplicationConfigRuleDestinationEncryptionConfiguration? encryptionConfiguration,
            Outputs.BucketReplicationConfigRuleDestinationMetrics? metrics,
            Outputs.BucketReplicationConfigRuleDestinationReplicationTime? replicationTime,
            string? storageClass)
        {
            AccessControlTranslation = accessControlTranslation;
            Account = account;
            Bucket = bucket;
            EncryptionConfiguration = encryptionConfiguration;
            Metrics = metrics;
            ReplicationTime = replicationTime;
            StorageClass = storageClass;
        }
    }
}
