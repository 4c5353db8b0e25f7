// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Inputs.DistributionRestrictionsArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Inputs
{
    public sealed class DistributionRestrictionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("geoRestriction", required: true)]
        public Input<Inputs.DistributionRestrictionsGeoRestrictionArgs> GeoRestriction { get; set; } = null!;

        public DistributionRestrictionsArgs()
        {
        }

        public static new DistributionRestrictionsArgs Empty => new DistributionRestrictionsArgs();
    }
}
