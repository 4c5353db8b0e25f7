// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Inputs.DistributionCustomErrorResponseArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Inputs
{
    public sealed class DistributionCustomErrorResponseArgs : global::Pulumi.ResourceArgs
    {
        [Input("errorCachingMinTtl")]
        public Input<int>? ErrorCachingMinTtl { get; set; }

        [Input("errorCode", required: true)]
        public Input<int> ErrorCode { get; set; } = null!;

        [Input("responseCode")]
        public Input<int>? ResponseCode { get; set; }

        [Input("responsePagePath")]
        public Input<string>? ResponsePagePath { get; set; }

        public DistributionCustomErrorResponseArgs()
        {
        }

        public static new DistributionCustomErrorResponseArgs Empty => new DistributionCustomErrorResponseArgs();
    }
}
