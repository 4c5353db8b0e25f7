// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpiration).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketLifecycleConfigurationRuleNoncurrentVersionExpiration
    {
        public readonly int? NewerNoncurrentVersions;
        public readonly int NoncurrentDays;

        [OutputConstructor]
        private BucketLifecycleConfigurationRuleNoncurrentVersionExpiration(
            int? newerNoncurrentVersions,
            int noncurrentDays)
        {
            NewerNoncurrentVersions = newerNoncurrentVersions;
            NoncurrentDays = noncurrentDays;
        }
    }
}
