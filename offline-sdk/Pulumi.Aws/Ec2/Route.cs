// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:ec2/route:Route).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2
{
    /// <summary>Mirror of <c>aws:ec2/route:Route</c>.</summary>
    [AwsResourceType("aws:ec2/route:Route")]
    public partial class Route : global::Pulumi.CustomResource
    {
        [Output("carrierGatewayId")]
        public Output<string?> CarrierGatewayId { get; private set; } = null!;

        [Output("coreNetworkArn")]
        public Output<string?> CoreNetworkArn { get; private set; } = null!;

        [Output("destinationCidrBlock")]
        public Output<string?> DestinationCidrBlock { get; private set; } = null!;

        [Output("destinationIpv6CidrBlock")]
        public Output<string?> DestinationIpv6CidrBlock { get; private set; } = null!;

        [Output("destinationPrefixListId")]
        public Output<string?> DestinationPrefixListId { get; private set; } = null!;

        [Output("egressOnlyGatewayId")]
        public Output<string?> EgressOnlyGatewayId { get; private set; } = null!;

        [Output("gatewayId")]
        public Output<string?> GatewayId { get; private set; } = null!;

        [Output("instanceId")]
        public Output<string> InstanceId { get; private set; } = null!;

        [Output("instanceOwnerId")]
        public Output<string> InstanceOwnerId { get; private set; } = null!;

        [Output("localGatewayId")]
        public Output<string?> LocalGatewayId { get; private set; } = null!;

        [Output("natGatewayId")]
        public Output<string?> NatGatewayId { get; private set; } = null!;

        [Output("networkInterfaceId")]
        public Output<string> NetworkInterfaceId { get; private set; } = null!;

        [Output("origin")]
        public Output<string> Origin { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("routeTableId")]
        public Output<string> RouteTableId { get; private set; } = null!;

        [Output("state")]
        public Output<string> State { get; private set; } = null!;

        [Output("transitGatewayId")]
        public Output<string?> TransitGatewayId { get; private set; } = null!;

        [Output("vpcEndpointId")]
        public Output<string?> VpcEndpointId { get; private set; } = null!;

        [Output("vpcPeeringConnectionId")]
        public Output<string?> VpcPeeringConnectionId { get; private set; } = null!;

        public Route(string name, RouteArgs args, CustomResourceOptions? options = null)
            : base("aws:ec2/route:Route", name, args ?? new RouteArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class RouteArgs : global::Pulumi.ResourceArgs
    {
        [Input("carrierGatewayId")]
        public Input<string>? CarrierGatewayId { get; set; }

        [Input("coreNetworkArn")]
        public Input<string>? CoreNetworkArn { get; set; }

        [Input("destinationCidrBlock")]
        public Input<string>? DestinationCidrBlock { get; set; }

        [Input("destinationIpv6CidrBlock")]
        public Input<string>? DestinationIpv6CidrBlock { get; set; }

        [Input("destinationPrefixListId")]
        public Input<string>? DestinationPrefixListId { get; set; }

        [Input("egressOnlyGatewayId")]
        public Input<string>? EgressOnlyGatewayId { get; set; }

        [Input("gatewayId")]
        public Input<string>? GatewayId { get; set; }

        [Input("localGatewayId")]
        public Input<string>? LocalGatewayId { get; set; }

        [Input("natGatewayId")]
        public Input<string>? NatGatewayId { get; set; }

        [Input("networkInterfaceId")]
        public Input<string>? NetworkInterfaceId { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("routeTableId", required: true)]
        public Input<string> RouteTableId { get; set; } = null!;

        [Input("transitGatewayId")]
        public Input<string>? TransitGatewayId { get; set; }

        [Input("vpcEndpointId")]
        public Input<string>? VpcEndpointId { get; set; }

        [Input("vpcPeeringConnectionId")]
        public Input<string>? VpcPeeringConnectionId { get; set; }

        public RouteArgs()
        {
        }

        public static new RouteArgs Empty => new RouteArgs();
    }
}
