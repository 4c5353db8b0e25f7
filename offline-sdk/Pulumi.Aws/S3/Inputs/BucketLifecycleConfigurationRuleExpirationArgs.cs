// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketLifecycleConfigurationRuleExpirationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketLifecycleConfigurationRuleExpirationArgs : global::Pulumi.ResourceArgs
    {
        [Input("date")]
        public Input<string>? Date { get; set; }

        [Input("days")]
        public Input<int>? Days { get; set; }

        [Input("expiredObjectDeleteMarker")]
        public Input<bool>? ExpiredObjectDeleteMarker { get; set; }

        public BucketLifecycleConfigurationRuleExpirationArgs()
        {
        }

        public static new BucketLifecycleConfigurationRuleExpirationArgs Empty => new BucketLifecycleConfigurationRuleExpirationArgs();
    }
}
