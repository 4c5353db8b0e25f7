// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Ec2.Inputs.FlowLogDestinationOptionsArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2.Inputs
{
    public sealed class FlowLogDestinationOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("fileFormat")]
        public Input<string>? FileFormat { get; set; }

        [Input("hiveCompatiblePartitions")]
        public Input<bool>? HiveCompatiblePartitions { get; set; }

        [Input("perHourPartition")]
        public Input<bool>? PerHourPartition { get; set; }

        public FlowLogDestinationOptionsArgs()
        {
        }

        public static new FlowLogDestinationOptionsArgs Empty => new FlowLogDestinationOptionsArgs();
    }
}
