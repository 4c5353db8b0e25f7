namespace Pulumi.Aws.Ec2ClientVpn
{
    /// <summary>Associates a subnet with a Client VPN endpoint (<c>aws:ec2clientvpn/networkAssociation:NetworkAssociation</c>).</summary>
    [AwsResourceType("aws:ec2clientvpn/networkAssociation:NetworkAssociation")]
    public partial class NetworkAssociation : global::Pulumi.CustomResource
    {
        [Output("associationId")]
        public Output<string> AssociationId { get; private set; } = null!;

        [Output("clientVpnEndpointId")]
        public Output<string> ClientVpnEndpointId { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("subnetId")]
        public Output<string> SubnetId { get; private set; } = null!;

        [Output("vpcId")]
        public Output<string> VpcId { get; private set; } = null!;

        public NetworkAssociation(string name, NetworkAssociationArgs args, CustomResourceOptions? options = null)
            : base("aws:ec2clientvpn/networkAssociation:NetworkAssociation", name, args ?? new NetworkAssociationArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class NetworkAssociationArgs : global::Pulumi.ResourceArgs
    {
        [Input("clientVpnEndpointId", required: true)]
        public Input<string> ClientVpnEndpointId { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("subnetId", required: true)]
        public Input<string> SubnetId { get; set; } = null!;

        public NetworkAssociationArgs()
        {
        }
        public static new NetworkAssociationArgs Empty => new NetworkAssociationArgs();
    }
}
