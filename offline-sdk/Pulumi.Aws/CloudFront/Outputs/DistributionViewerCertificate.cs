// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Outputs.DistributionViewerCertificate).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Outputs
{
    [OutputType]
    public sealed class DistributionViewerCertificate
    {
        public readonly string? AcmCertificateArn;
        public readonly bool? CloudfrontDefaultCertificate;
        public readonly string? MinimumProtocolVersion;
        public readonly string? SslSupportMethod;

        [OutputConstructor]
        private DistributionViewerCertificate(
            string? acmCertificateArn,
            bool? cloudfrontDefaultCertificate,
            string? minimumProtocolVersion,
            string? sslSupportMethod)
        {
            AcmCertificateArn = acmCertificateArn;
            CloudfrontDefaultCertificate = cloudfrontDefaultCertificate;
            MinimumProtocolVersion = minimumProtocolVersion;
            SslSupportMethod = sslSupportMethod;
        }
    }
}
