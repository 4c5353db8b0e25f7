// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Inputs.RecordLatencyRoutingPolicyArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Inputs
{
    public sealed class RecordLatencyRoutingPolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("region", required: true)]
        public Input<string> Region { get; set; } = null!;

        public RecordLatencyRoutingPolicyArgs()
        {
        }

        public static new RecordLatencyRoutingPolicyArgs Empty => new RecordLatencyRoutingPolicyArgs();
    }
}
