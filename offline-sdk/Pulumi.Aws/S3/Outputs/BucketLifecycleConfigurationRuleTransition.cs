// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketLifecycleConfigurationRuleTransition).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketLifecycleConfigurationRuleTransition
    {
        public readonly string? Date;
        public readonly int? Days;
        public readonly string StorageClass;

        [OutputConstructor]
        private BucketLifecycleConfigurationRuleTransition(
            string? date,
            int? days,
            string storageClass)
        {
            Date = date;
            Days = days;
            StorageClass = storageClass;
        }
    }
}
