// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketReplicationConfigRuleDestinationAccessControlTranslationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketReplicationConfigRuleDestinationAccessControlTranslationArgs : global::Pulumi.ResourceArgs
    {
        [Input("owner", required: true)]
        public Input<string> Owner { get; set; } = null!;

        public BucketReplicationConfigRuleDestinationAccessControlTranslationArgs()
        {
        }

        public static new BucketReplicationConfigRuleDestinationAccessControlTranslationArgs Empty => new BucketReplicationConfigRuleDestinationAccessControlTranslationArgs();
    }
}
