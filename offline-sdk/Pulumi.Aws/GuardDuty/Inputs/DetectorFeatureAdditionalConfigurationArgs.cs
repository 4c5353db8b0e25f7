// Offline mirror of the public API of Pulumi.Aws 7.48.0 (GuardDuty.Inputs.DetectorFeatureAdditionalConfigurationArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.GuardDuty.Inputs
{
    public sealed class DetectorFeatureAdditionalConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        public DetectorFeatureAdditionalConfigurationArgs()
        {
        }

        public static new DetectorFeatureAdditionalConfigurationArgs Empty => new DetectorFeatureAdditionalConfigurationArgs();
    }
}
