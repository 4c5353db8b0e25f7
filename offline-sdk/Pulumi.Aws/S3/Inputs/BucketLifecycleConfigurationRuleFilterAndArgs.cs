// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketLifecycleConfigurationRuleFilterAndArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketLifecycleConfigurationRuleFilterAndArgs : global::Pulumi.ResourceArgs
    {
        [Input("objectSizeGreaterThan")]
        public Input<int>? ObjectSizeGreaterThan { get; set; }

        [Input("objectSizeLessThan")]
        public Input<int>? ObjectSizeLessThan { get; set; }

        [Input("prefix")]
        public Input<string>? Prefix { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public BucketLifecycleConfigurationRuleFilterAndArgs()
        {
        }

        public static new BucketLifecycleConfigurationRuleFilterAndArgs Empty => new BucketLifecycleConfigurationRuleFilterAndArgs();
    }
}
