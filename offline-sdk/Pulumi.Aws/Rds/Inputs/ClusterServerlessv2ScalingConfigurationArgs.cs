// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Rds.Inputs.ClusterServerlessv2ScalingConfigurationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Rds.Inputs
{
    public sealed class ClusterServerlessv2ScalingConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("maxCapacity", required: true)]
        public Input<double> MaxCapacity { get; set; } = null!;

        [Input("minCapacity", required: true)]
        public Input<double> MinCapacity { get; set; } = null!;

        [Input("secondsUntilAutoPause")]
        public Input<int>? SecondsUntilAutoPause { get; set; }

        public ClusterServerlessv2ScalingConfigurationArgs()
        {
        }

        public static new ClusterServerlessv2ScalingConfigurationArgs Empty => new ClusterServerlessv2ScalingConfigurationArgs();
    }
}
