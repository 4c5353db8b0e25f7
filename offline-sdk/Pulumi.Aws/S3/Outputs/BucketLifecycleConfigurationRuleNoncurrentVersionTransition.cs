// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketLifecycleConfigurationRuleNoncurrentVersionTransition).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketLifecycleConfigurationRuleNoncurrentVersionTransition
    {
        public readonly int? NewerNoncurrentVersions;
        public readonly int NoncurrentDays;
        public readonly string StorageClass;

        [OutputConstructor]
        private BucketLifecycleConfigurationRuleNoncurrentVersionTransition(
            int? newerNoncurrentVersions,
            int noncurrentDays,
            string storageClass)
        {
            NewerNoncurrentVersions = newerNoncurrentVersions;
            NoncurrentDays = noncurrentDays;
            StorageClass = storageClass;
        }
    }
}
