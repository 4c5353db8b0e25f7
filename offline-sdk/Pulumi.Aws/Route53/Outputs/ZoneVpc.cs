// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Outputs.ZoneVpc).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Outputs
{
    [OutputType]
    public sealed class ZoneVpc
    {
        public readonly string VpcId;
        public readonly string? VpcRegion;

        [OutputConstructor]
        private ZoneVpc(
            string vpcId,
            string? vpcRegion)
        {
            VpcId = vpcId;
            VpcRegion = vpcRegion;
        }
    }
}
