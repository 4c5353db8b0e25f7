// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Inputs.DistributionRestrictionsGeoRestrictionArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Inputs
{
    public sealed class DistributionRestrictionsGeoRestrictionArgs : global::Pulumi.ResourceArgs
    {
        [Input("locations")]
        private InputList<string>? _locations;

        public InputList<string> Locations
        {
            get => _locations ?? (_locations = new InputList<string>());
            set => _locations = value;
        }

        [Input("restrictionType", required: true)]
        public Input<string> RestrictionType { get; set; } = null!;

        public DistributionRestrictionsGeoRestrictionArgs()
        {
        }

        public static new DistributionRestrictionsGeoRestrictionArgs Empty => new DistributionRestrictionsGeoRestrictionArgs();
    }
}
