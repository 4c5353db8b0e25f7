// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Inputs.DistributionOriginArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Inputs
{
    public sealed class DistributionOriginArgs : global::Pulumi.ResourceArgs
    {
        [Input("connectionAttempts")]
        public Input<int>? ConnectionAttempts { get; set; }

        [Input("connectionTimeout")]
        public Input<int>? ConnectionTimeout { get; set; }

        [Input("domainName", required: true)]
        public Input<string> DomainName { get; set; } = null!;

        [Input("originAccessControlId")]
        public Input<string>? OriginAccessControlId { get; set; }

        [Input("originId", required: true)]
        public Input<string> OriginId { get; set; } = null!;

        [Input("originPath")]
        public Input<string>? OriginPath { get; set; }

        public DistributionOriginArgs()
        {
        }

        public static new DistributionOriginArgs Empty => new DistributionOriginArgs();
    }
}
