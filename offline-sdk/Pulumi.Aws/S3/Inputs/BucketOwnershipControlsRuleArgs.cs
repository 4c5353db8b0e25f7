// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketOwnershipControlsRuleArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketOwnershipControlsRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("objectOwnership", required: true)]
        public Input<string> ObjectOwnership { get; set; } = null!;

        public BucketOwnershipControlsRuleArgs()
        {
        }

        public static new BucketOwnershipControlsRuleArgs Empty => new BucketOwnershipControlsRuleArgs();
    }
}
