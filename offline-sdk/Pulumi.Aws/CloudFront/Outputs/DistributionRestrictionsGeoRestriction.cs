// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Outputs.DistributionRestrictionsGeoRestriction).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Outputs
{
    [OutputType]
    public sealed class DistributionRestrictionsGeoRestriction
    {
        public readonly ImmutableArray<string> Locations;
        public readonly string RestrictionType;

        [OutputConstructor]
        private DistributionRestrictionsGeoRestriction(
            ImmutableArray<string> locations,
            string restrictionType)
        {
            Locations = locations;
            RestrictionType = restrictionType;
        }
    }
}
