// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs : global::Pulumi.ResourceArgs
    {
        [Input("daysAfterInitiation")]
        public Input<int>? DaysAfterInitiation { get; set; }

        public BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs()
        {
        }

        public static new BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs Empty => new BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs();
    }
}
