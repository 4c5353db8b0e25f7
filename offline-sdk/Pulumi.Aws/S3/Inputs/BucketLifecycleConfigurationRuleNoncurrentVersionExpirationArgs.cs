// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs : global::Pulumi.ResourceArgs
    {
        [Input("newerNoncurrentVersions")]
        public Input<int>? NewerNoncurrentVersions { get; set; }

        [Input("noncurrentDays", required: true)]
        public Input<int> NoncurrentDays { get; set; } = null!;

        public BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs()
        {
        }

        public static new BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs Empty => new BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs();
    }
}
