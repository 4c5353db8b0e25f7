// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketReplicationConfigRuleDestinationAccessControlTranslation).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketReplicationConfigRuleDestinationAccessControlTranslation
    {
        public readonly string Owner;

        [OutputConstructor]
        private BucketReplicationConfigRuleDestinationAccessControlTranslation(
            string owner)
        {
            Owner = owner;
        }
    }
}
