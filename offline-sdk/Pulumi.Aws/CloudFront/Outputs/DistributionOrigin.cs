// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Outputs.DistributionOrigin).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Outputs
{
    [OutputType]
    public sealed class DistributionOrigin
    {
        public readonly int? ConnectionAttempts;
        public readonly int? ConnectionTimeout;
        public readonly string DomainName;
        public readonly string? OriginAccessControlId;
        public readonly string OriginId;
        public readonly string? OriginPath;

        [OutputConstructor]
        private DistributionOrigin(
            int? connectionAttempts,
            int? connectionTimeout,
            string domainName,
            string? originAccessControlId,
            string originId,
            string? originPath)
        {
            ConnectionAttempts = connectionAttempts;
            ConnectionTimeout = connectionTimeout;
            DomainName = domainName;
            OriginAccessControlId = originAccessControlId;
            OriginId = originId;
            OriginPath = originPath;
        }
    }
}
