// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Outputs.DistributionCustomErrorResponse).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Outputs
{
    [OutputType]
    public sealed class DistributionCustomErrorResponse
    {
        public readonly int? ErrorCachingMinTtl;
        public readonly int ErrorCode;
        public readonly int? ResponseCode;
        public readonly string? ResponsePagePath;

        [OutputConstructor]
        private DistributionCustomErrorResponse(
            int? errorCachingMinTtl,
            int errorCode,
            int? responseCode,
            string? responsePagePath)
        {
            ErrorCachingMinTtl = errorCachingMinTtl;
            ErrorCode = errorCode;
            ResponseCode = responseCode;
            ResponsePagePath = responsePagePath;
        }
    }
}
