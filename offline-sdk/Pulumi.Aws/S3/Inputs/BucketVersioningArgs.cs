// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketVersioningArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketVersioningArgs : global::Pulumi.ResourceArgs
    {
        [Input("enabled")]
        public Input<bool>? Enabled { get; set; }

        [Input("mfaDelete")]
        public Input<bool>? MfaDelete { get; set; }

        public BucketVersioningArgs()
        {
        }

        public static new BucketVersioningArgs Empty => new BucketVersioningArgs();
    }
}
