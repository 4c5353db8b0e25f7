// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:ec2/eip:Eip).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2
{
    /// <summary>Mirror of <c>aws:ec2/eip:Eip</c>.</summary>
    [AwsResourceType("aws:ec2/eip:Eip")]
    public partial class Eip : global::Pulumi.CustomResource
    {
        [Output("address")]
        public Output<string?> Address { get; private set; } = null!;

        [Output("allocationId")]
        public Output<string> AllocationId { get; private set; } = null!;

        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("associateWithPrivateIp")]
        public Output<string?> AssociateWithPrivateIp { get; private set; } = null!;

        [Output("associationId")]
        public Output<string> AssociationId { get; private set; } = null!;

        [Output("carrierIp")]
        public Output<string> CarrierIp { get; private set; } = null!;

        [Output("customerOwnedIp")]
        public Output<string> CustomerOwnedIp { get; private set; } = null!;

        [Output("customerOwnedIpv4Pool")]
        public Output<string?> CustomerOwnedIpv4Pool { get; private set; } = null!;

        [Output("domain")]
        public Output<string> Domain { get; private set; } = null!;

        [Output("instance")]
        public Output<string> Instance { get; private set; } = null!;

        [Output("ipamPoolId")]
        public Output<string> IpamPoolId { get; private set; } = null!;

        [Output("networkBorderGroup")]
        public Output<string> NetworkBorderGroup { get; private set; } = null!;

        [Output("networkInterface")]
        public Output<string> NetworkInterface { get; private set; } = null!;

        [Output("privateDns")]
        public Output<string> PrivateDns { get; private set; } = null!;

        [Output("privateIp")]
        public Output<string> PrivateIp { get; private set; } = null!;

        [Output("ptrRecord")]
        public Output<string> PtrRecord { get; private set; } = null!;

        [Output("publicDns")]
        public Output<string> PublicDns { get; private set; } = null!;

        [Output("publicIp")]
        public Output<string> PublicIp { get; private set; } = null!;

        [Output("publicIpv4Pool")]
        public Output<string> PublicIpv4Pool { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        public Eip(string name, EipArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:ec2/eip:Eip", name, args ?? new EipArgs(), MakeResourceOptions(options, ""))
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

    public sealed class EipArgs : global::Pulumi.ResourceArgs
    {
        [Input("address")]
        public Input<string>? Address { get; set; }

        [Input("associateWithPrivateIp")]
        public Input<string>? AssociateWithPrivateIp { get; set; }

        [Input("customerOwnedIpv4Pool")]
        public Input<string>? CustomerOwnedIpv4Pool { get; set; }

        [Input("domain")]
        public Input<string>? Domain { get; set; }

        [Input("instance")]
        public Input<string>? Instance { get; set; }

        [Input("ipamPoolId")]
        public Input<string>? IpamPoolId { get; set; }

        [Input("networkBorderGroup")]
        public Input<string>? NetworkBorderGroup { get; set; }

        [Input("networkInterface")]
        public Input<string>? NetworkInterface { get; set; }

        [Input("publicIpv4Pool")]
        public Input<string>? PublicIpv4Pool { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public EipArgs()
        {
        }

        public static new EipArgs Empty => new EipArgs();
    }
}
