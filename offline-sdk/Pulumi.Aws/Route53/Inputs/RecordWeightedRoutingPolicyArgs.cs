// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Inputs.RecordWeightedRoutingPolicyArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Inputs
{
    public sealed class RecordWeightedRoutingPolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("weight", required: true)]
        public Input<int> Weight { get; set; } = null!;

        public RecordWeightedRoutingPolicyArgs()
        {
        }

        public static new RecordWeightedRoutingPolicyArgs Empty => new RecordWeightedRoutingPolicyArgs();
    }
}
