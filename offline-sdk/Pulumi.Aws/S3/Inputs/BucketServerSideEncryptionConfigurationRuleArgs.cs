// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketServerSideEncryptionConfigurationRuleArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketServerSideEncryptionConfigurationRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("applyServerSideEncryptionByDefault")]
        public Input<Inputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs>? ApplyServerSideEncryptionByDefault { get; set; }

        [Input("blockedEncryptionTypes")]
        private InputList<string>? _blockedEncryptionTypes;

        public InputList<string> BlockedEncryptionTypes
        {
            get => _blockedEncryptionTypes ?? (_blockedEncryptionTypes = new InputList<string>());
            set => _blockedEncryptionTypes = value;
        }

        [Input("bucketKeyEnabled")]
        public Input<bool>? BucketKeyEnabled { get; set; }

        public BucketServerSideEncryptionConfigurationRuleArgs()
        {
        }

        public static new BucketServerSideEncryptionConfigurationRuleArgs Empty => new BucketServerSideEncryptionConfigurationRuleArgs();
    }
}
