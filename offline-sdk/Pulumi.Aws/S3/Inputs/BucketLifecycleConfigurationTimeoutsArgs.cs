// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketLifecycleConfigurationTimeoutsArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketLifecycleConfigurationTimeoutsArgs : global::Pulumi.ResourceArgs
    {
        [Input("create")]
        public Input<string>? Create { get; set; }

        [Input("update")]
        public Input<string>? Update { get; set; }

        public BucketLifecycleConfigurationTimeoutsArgs()
        {
        }

        public static new BucketLifecycleConfigurationTimeoutsArgs Empty => new BucketLifecycleConfigurationTimeoutsArgs();
    }
}
