// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Ec2.Inputs.RouteTableRouteArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2.Inputs
{
    public sealed class RouteTableRouteArgs : global::Pulumi.ResourceArgs
    {
        [Input("carrierGatewayId")]
        public Input<string>? CarrierGatewayId { get; set; }

        [Input("cidrBlock")]
        public Input<string>? CidrBlock { get; set; }

        [Input("coreNetworkArn")]
        public Input<string>? CoreNetworkArn { get; set; }

        [Input("destinationPrefixListId")]
        public Input<string>? DestinationPrefixListId { get; set; }

        [Input("egressOnlyGatewayId")]
        public Input<string>? EgressOnlyGatewayId { get; set; }

        [Input("gatewayId")]
        public Input<string>? GatewayId { get; set; }

        [Input("ipv6CidrBlock")]
        public Input<string>? Ipv6CidrBlock { get; set; }

        [Input("localGatewayId")]
        public Input<string>? LocalGatewayId { get; set; }

        [Input("natGatewayId")]
        public Input<string>? NatGatewayId { get; set; }

        [Input("networkInterfaceId")]
        public Input<string>? NetworkInterfaceId { get; set; }

        [Input("transitGatewayId")]
        public Input<string>? TransitGatewayId { get; set; }

        [Input("vpcEndpointId")]
        public Input<string>? VpcEndpointId { get; set; }

        [Input("vpcPeeringConnectionId")]
        public Input<string>? VpcPeeringConnectionId { get; set; }

        public RouteTableRouteArgs()
        {
        }

        public static new RouteTableRouteArgs Empty => new RouteTableRouteArgs();
    }
}
