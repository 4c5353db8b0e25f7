// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:ec2/flowLog:FlowLog).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2
{
    /// <summary>Mirror of <c>aws:ec2/flowLog:FlowLog</c>.</summary>
    [AwsResourceType("aws:ec2/flowLog:FlowLog")]
    public partial class FlowLog : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("deliverCrossAccountRole")]
        public Output<string?> DeliverCrossAccountRole { get; private set; } = null!;

        [Output("destinationOptions")]
        public Output<Outputs.FlowLogDestinationOptions?> DestinationOptions { get; private set; } = null!;

        [Output("eniId")]
        public Output<string?> EniId { get; private set; } = null!;

        [Output("iamRoleArn")]
        public Output<string?> IamRoleArn { get; private set; } = null!;

        [Output("logDestination")]
        public Output<string> LogDestination { get; private set; } = null!;

        [Output("logDestinationType")]
        public Output<string?> LogDestinationType { get; private set; } = null!;

        [Output("logFormat")]
        public Output<string> LogFormat { get; private set; } = null!;

        [Output("maxAggregationInterval")]
        public Output<int?> MaxAggregationInterval { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("subnetId")]
        public Output<string?> SubnetId { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("trafficType")]
        public Output<string?> TrafficType { get; private set; } = null!;

        [Output("transitGatewayAttachmentId")]
        public Output<string?> TransitGatewayAttachmentId { get; private set; } = null!;

        [Output("transitGatewayId")]
        public Output<string?> TransitGatewayId { get; private set; } = null!;

        [Output("vpcId")]
        public Output<string?> VpcId { get; private set; } = null!;

        public FlowLog(string name, FlowLogArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:ec2/flowLog:FlowLog", name, args ?? new FlowLogArgs(), MakeResourceOptions(options, ""))
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

    public sealed class FlowLogArgs : global::Pulumi.ResourceArgs
    {
        [Input("deliverCrossAccountRole")]
        public Input<string>? DeliverCrossAccountRole { get; set; }

        [Input("destinationOptions")]
        public Input<Inputs.FlowLogDestinationOptionsArgs>? DestinationOptions { get; set; }

        [Input("eniId")]
        public Input<string>? EniId { get; set; }

        [Input("iamRoleArn")]
        public Input<string>? IamRoleArn { get; set; }

        [Input("logDestination")]
        public Input<string>? LogDestination { get; set; }

        [Input("logDestinationType")]
        public Input<string>? LogDestinationType { get; set; }

        [Input("logFormat")]
        public Input<string>? LogFormat { get; set; }

        [Input("maxAggregationInterval")]
        public Input<int>? MaxAggregationInterval { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("subnetId")]
        public Input<string>? SubnetId { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("trafficType")]
        public Input<string>? TrafficType { get; set; }

        [Input("transitGatewayAttachmentId")]
        public Input<string>? TransitGatewayAttachmentId { get; set; }

        [Input("transitGatewayId")]
        public Input<string>? TransitGatewayId { get; set; }

        [Input("vpcId")]
        public Input<string>? VpcId { get; set; }

        public FlowLogArgs()
        {
        }

        public static new FlowLogArgs Empty => new FlowLogArgs();
    }
}
