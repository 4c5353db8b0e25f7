// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketServerSideEncryptionConfigurationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketServerSideEncryptionConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("rule", required: true)]
        public Input<Inputs.BucketServerSideEncryptionConfigurationRuleArgs> Rule { get; set; } = null!;

        public BucketServerSideEncryptionConfigurationArgs()
        {
        }

        public static new BucketServerSideEncryptionConfigurationArgs Empty => new BucketServerSideEncryptionConfigurationArgs();
    }
}
