// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Inputs.DistributionViewerCertificateArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Inputs
{
    public sealed class DistributionViewerCertificateArgs : global::Pulumi.ResourceArgs
    {
        [Input("acmCertificateArn")]
        public Input<string>? AcmCertificateArn { get; set; }

        [Input("cloudfrontDefaultCertificate")]
        public Input<bool>? CloudfrontDefaultCertificate { get; set; }

        [Input("minimumProtocolVersion")]
        public Input<string>? MinimumProtocolVersion { get; set; }

        [Input("sslSupportMethod")]
        public Input<string>? SslSupportMethod { get; set; }

        public DistributionViewerCertificateArgs()
        {
        }

        public static new DistributionViewerCertificateArgs Empty => new DistributionViewerCertificateArgs();
    }
}
