// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Outputs.RecordGeolocationRoutingPolicy).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Outputs
{
    [OutputType]
    public sealed class RecordGeolocationRoutingPolicy
    {
        public readonly string? Continent;
        public readonly string? Country;
        public readonly string? Subdivision;

        [OutputConstructor]
        private RecordGeolocationRoutingPolicy(
            string? continent,
            string? country,
            string? subdivision)
        {
            Continent = continent;
            Country = country;
            Subdivision = subdivision;
        }
    }
}
