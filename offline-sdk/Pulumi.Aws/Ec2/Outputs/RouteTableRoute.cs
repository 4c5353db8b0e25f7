// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Ec2.Outputs.RouteTableRoute).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class RouteTableRoute
    {
        public readonly string? CarrierGatewayId;
        public readonly string? CidrBlock;
        public readonly string? CoreNetworkArn;
        public readonly string? DestinationPrefixListId;
        public readonly string? EgressOnlyGatewayId;
        public readonly string? GatewayId;
        public readonly string? Ipv6CidrBlock;
        public readonly string? LocalGatewayId;
        public readonly string? NatGatewayId;
        public readonly string? NetworkInterfaceId;
        public readonly string? TransitGatewayId;
        public readonly string? VpcEndpointId;
        public readonly string? VpcPeeringConnectionId;

        [OutputConstructor]
        private RouteTableRoute(
            string? carrierGatewayId,

            string? cidrBlock,

            string? coreNetworkArn,

            string? destinationPrefixListId,

            string? egressOnlyGatewayId,

            string? gatewayId,

            string? ipv6CidrBlock,

            string? localGatewayId,

            string? natGatewayId,

            string? networkInterfaceId,

            string? transitGatewayId,

            string? vpcEndpointId,

            string? vpcPeeringConnectionId)
        {
            CarrierGatewayId = carrierGatewayId;
            CidrBlock = cidrBlock;
            CoreNetworkArn = coreNetworkArn;
            DestinationPrefixListId = destinationPrefixListId;
            EgressOnlyGatewayId = egressOnlyGatewayId;
            GatewayId = gatewayId;
            Ipv6CidrBlock = ipv6CidrBlock;
            LocalGatewayId = localGatewayId;
            NatGatewayId = natGatewayId;
            NetworkInterfaceId = networkInterfaceId;
            TransitGatewayId = transitGatewayId;
            VpcEndpointId = vpcEndpointId;
            VpcPeeringConnectionId = vpcPeeringConnectionId;
        }
    }
}
