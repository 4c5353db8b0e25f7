// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Outputs.DistributionRestrictions).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Outputs
{
    [OutputType]
    public sealed class DistributionRestrictions
    {
        public readonly Outputs.DistributionRestrictionsGeoRestriction GeoRestriction;

        [OutputConstructor]
        private DistributionRestrictions(Outputs.DistributionRestrictionsGeoRestriction geoRestriction)
        {
            GeoRestriction = geoRestriction;
        }
    }
}
