// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Inputs.ZoneVpcArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Inputs
{
    public sealed class ZoneVpcArgs : global::Pulumi.ResourceArgs
    {
        [Input("vpcId", required: true)]
        public Input<string> VpcId { get; set; } = null!;

        [Input("vpcRegion")]
        public Input<string>? VpcRegion { get; set; }

        public ZoneVpcArgs()
        {
        }

        public static new ZoneVpcArgs Empty => new ZoneVpcArgs();
    }
}
