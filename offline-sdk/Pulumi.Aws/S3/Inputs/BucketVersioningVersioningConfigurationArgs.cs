// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketVersioningVersioningConfigurationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketVersioningVersioningConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("mfaDelete")]
        public Input<string>? MfaDelete { get; set; }

        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        public BucketVersioningVersioningConfigurationArgs()
        {
        }

        public static new BucketVersioningVersioningConfigurationArgs Empty => new BucketVersioningVersioningConfigurationArgs();
    }
}
