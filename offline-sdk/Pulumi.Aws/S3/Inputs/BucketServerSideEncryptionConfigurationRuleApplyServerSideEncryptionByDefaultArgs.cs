// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs : global::Pulumi.ResourceArgs
    {
        [Input("kmsMasterKeyId")]
        public Input<string>? KmsMasterKeyId { get; set; }

        [Input("sseAlgorithm", required: true)]
        public Input<string> SseAlgorithm { get; set; } = null!;

        public BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs()
        {
        }

        public static new BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs Empty => new BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs();
    }
}
