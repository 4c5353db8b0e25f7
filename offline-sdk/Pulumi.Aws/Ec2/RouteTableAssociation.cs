// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:ec2/routeTableAssociation:RouteTableAssociation).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2
{
    /// <summary>Mirror of <c>aws:ec2/routeTableAssociation:RouteTableAssociation</c>.</summary>
    [AwsResourceType("aws:ec2/routeTableAssociation:RouteTableAssociation")]
    public partial class RouteTableAssociation : global::Pulumi.CustomResource
    {
        [Output("gatewayId")]
        public Output<string?> GatewayId { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("routeTableId")]
        public Output<string> RouteTableId { get; private set; } = null!;

        [Output("subnetId")]
        public Output<string?> SubnetId { get; private set; } = null!;

        public RouteTableAssociation(string name, RouteTableAssociationArgs args, CustomResourceOptions? options = null)
            : base("aws:ec2/routeTableAssociation:RouteTableAssociation", name, args ?? new RouteTableAssociationArgs(), MakeResourceOptions(options, ""))
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

    public sealed class RouteTableAssociationArgs : global::Pulumi.ResourceArgs
    {
        [Input("gatewayId")]
        public Input<string>? GatewayId { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("routeTableId", required: true)]
        public Input<string> RouteTableId { get; set; } = null!;

        [Input("subnetId")]
        public Input<string>? SubnetId { get; set; }

        public RouteTableAssociationArgs()
        {
        }

        public static new RouteTableAssociationArgs Empty => new RouteTableAssociationArgs();
    }
}
