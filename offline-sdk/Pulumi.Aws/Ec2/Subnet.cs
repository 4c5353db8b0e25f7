// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:ec2/subnet:Subnet).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2
{
    /// <summary>Mirror of <c>aws:ec2/subnet:Subnet</c>.</summary>
    [AwsResourceType("aws:ec2/subnet:Subnet")]
    public partial class Subnet : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("assignIpv6AddressOnCreation")]
        public Output<bool?> AssignIpv6AddressOnCreation { get; private set; } = null!;

        [Output("availabilityZone")]
        public Output<string> AvailabilityZone { get; private set; } = null!;

        [Output("availabilityZoneId")]
        public Output<string> AvailabilityZoneId { get; private set; } = null!;

        [Output("cidrBlock")]
        public Output<string> CidrBlock { get; private set; } = null!;

        [Output("customerOwnedIpv4Pool")]
        public Output<string?> CustomerOwnedIpv4Pool { get; private set; } = null!;

        [Output("enableDns64")]
        public Output<bool?> EnableDns64 { get; private set; } = null!;

        [Output("enableLniAtDeviceIndex")]
        public Output<int?> EnableLniAtDeviceIndex { get; private set; } = null!;

        [Output("enableResourceNameDnsARecordOnLaunch")]
        public Output<bool?> EnableResourceNameDnsARecordOnLaunch { get; private set; } = null!;

        [Output("enableResourceNameDnsAaaaRecordOnLaunch")]
        public Output<bool?> EnableResourceNameDnsAaaaRecordOnLaunch { get; private set; } = null!;

        [Output("ipv6CidrBlock")]
        public Output<string> Ipv6CidrBlock { get; private set; } = null!;

        [Output("ipv6CidrBlockAssociationId")]
        public Output<string> Ipv6CidrBlockAssociationId { get; private set; } = null!;

        [Output("ipv6Native")]
        public Output<bool?> Ipv6Native { get; private set; } = null!;

        [Output("mapCustomerOwnedIpOnLaunch")]
        public Output<bool?> MapCustomerOwnedIpOnLaunch { get; private set; } = null!;

        [Output("mapPublicIpOnLaunch")]
        public Output<bool?> MapPublicIpOnLaunch { get; private set; } = null!;

        [Output("outpostArn")]
        public Output<string?> OutpostArn { get; private set; } = null!;

        [Output("ownerId")]
        public Output<string> OwnerId { get; private set; } = null!;

        [Output("privateDnsHostnameTypeOnLaunch")]
        public Output<string> PrivateDnsHostnameTypeOnLaunch { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("vpcId")]
        public Output<string> VpcId { get; private set; } = null!;

        public Subnet(string name, SubnetArgs args, CustomResourceOptions? options = null)
            : base("aws:ec2/subnet:Subnet", name, args ?? new SubnetArgs(), MakeResourceOptions(options, ""))
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

    public sealed class SubnetArgs : global::Pulumi.ResourceArgs
    {
        [Input("assignIpv6AddressOnCreation")]
        public Input<bool>? AssignIpv6AddressOnCreation { get; set; }

        [Input("availabilityZone")]
        public Input<string>? AvailabilityZone { get; set; }

        [Input("availabilityZoneId")]
        public Input<string>? AvailabilityZoneId { get; set; }

        [Input("cidrBlock")]
        public Input<string>? CidrBlock { get; set; }

        [Input("customerOwnedIpv4Pool")]
        public Input<string>? CustomerOwnedIpv4Pool { get; set; }

        [Input("enableDns64")]
        public Input<bool>? EnableDns64 { get; set; }

        [Input("enableLniAtDeviceIndex")]
        public Input<int>? EnableLniAtDeviceIndex { get; set; }

        [Input("enableResourceNameDnsARecordOnLaunch")]
        public Input<bool>? EnableResourceNameDnsARecordOnLaunch { get; set; }

        [Input("enableResourceNameDnsAaaaRecordOnLaunch")]
        public Input<bool>? EnableResourceNameDnsAaaaRecordOnLaunch { get; set; }

        [Input("ipv6CidrBlock")]
        public Input<string>? Ipv6CidrBlock { get; set; }

        [Input("ipv6Native")]
        public Input<bool>? Ipv6Native { get; set; }

        [Input("mapCustomerOwnedIpOnLaunch")]
        public Input<bool>? MapCustomerOwnedIpOnLaunch { get; set; }

        [Input("mapPublicIpOnLaunch")]
        public Input<bool>? MapPublicIpOnLaunch { get; set; }

        [Input("outpostArn")]
        public Input<string>? OutpostArn { get; set; }

        [Input("privateDnsHostnameTypeOnLaunch")]
        public Input<string>? PrivateDnsHostnameTypeOnLaunch { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("vpcId", required: true)]
        public Input<string> VpcId { get; set; } = null!;

        public SubnetArgs()
        {
        }

        public static new SubnetArgs Empty => new SubnetArgs();
    }
}
