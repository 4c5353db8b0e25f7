// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:ec2/natGateway:NatGateway).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2
{
    /// <summary>Mirror of <c>aws:ec2/natGateway:NatGateway</c>.</summary>
    [AwsResourceType("aws:ec2/natGateway:NatGateway")]
    public partial class NatGateway : global::Pulumi.CustomResource
    {
        [Output("allocationId")]
        public Output<string?> AllocationId { get; private set; } = null!;

        [Output("associationId")]
        public Output<string> AssociationId { get; private set; } = null!;

        [Output("connectivityType")]
        public Output<string?> ConnectivityType { get; private set; } = null!;

        [Output("networkInterfaceId")]
        public Output<string> NetworkInterfaceId { get; private set; } = null!;

        [Output("privateIp")]
        public Output<string> PrivateIp { get; private set; } = null!;

        [Output("publicIp")]
        public Output<string> PublicIp { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("secondaryAllocationIds")]
        public Output<ImmutableArray<string>> SecondaryAllocationIds { get; private set; } = null!;

        [Output("secondaryPrivateIpAddressCount")]
        public Output<int> SecondaryPrivateIpAddressCount { get; private set; } = null!;

        [Output("secondaryPrivateIpAddresses")]
        public Output<ImmutableArray<string>> SecondaryPrivateIpAddresses { get; private set; } = null!;

        [Output("subnetId")]
        public Output<string?> SubnetId { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        public NatGateway(string name, NatGatewayArgs args, CustomResourceOptions? options = null)
            : base("aws:ec2/natGateway:NatGateway", name, args ?? new NatGatewayArgs(), MakeResourceOptions(options, ""))
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

    public sealed class NatGatewayArgs : global::Pulumi.ResourceArgs
    {
        [Input("allocationId")]
        public Input<string>? AllocationId { get; set; }

        [Input("connectivityType")]
        public Input<string>? ConnectivityType { get; set; }

        [Input("privateIp")]
        public Input<string>? PrivateIp { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("secondaryAllocationIds")]
        private InputList<string>? _secondaryAllocationIds;

        public InputList<string> SecondaryAllocationIds
        {
            get => _secondaryAllocationIds ?? (_secondaryAllocationIds = new InputList<string>());
            set => _secondaryAllocationIds = value;
        }

        [Input("secondaryPrivateIpAddressCount")]
        public Input<int>? SecondaryPrivateIpAddressCount { get; set; }

        [Input("secondaryPrivateIpAddresses")]
        private InputList<string>? _secondaryPrivateIpAddresses;

        public InputList<string> SecondaryPrivateIpAddresses
        {
            get => _secondaryPrivateIpAddresses ?? (_secondaryPrivateIpAddresses = new InputList<string>());
            set => _secondaryPrivateIpAddresses = value;
        }

        [Input("subnetId")]
        public Input<string>? SubnetId { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public NatGatewayArgs()
        {
        }

        public static new NatGatewayArgs Empty => new NatGatewayArgs();
    }
}
