// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketLifecycleConfigurationRuleFilterArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketLifecycleConfigurationRuleFilterArgs : global::Pulumi.ResourceArgs
    {
        [Input("and")]
        public Input<Inputs.BucketLifecycleConfigurationRuleFilterAndArgs>? And { get; set; }

        [Input("objectSizeGreaterThan")]
        public Input<int>? ObjectSizeGreaterThan { get; set; }

        [Input("objectSizeLessThan")]
        public Input<int>? ObjectSizeLessThan { get; set; }

        [Input("prefix")]
        public Input<string>? Prefix { get; set; }

        [Input("tag")]
        public Input<Inputs.BucketLifecycleConfigurationRuleFilterTagArgs>? Tag { get; set; }

        public BucketLifecycleConfigurationRuleFilterArgs()
        {
        }

        public static new BucketLifecycleConfigurationRuleFilterArgs Empty => new BucketLifecycleConfigurationRuleFilterArgs();
    }
}
