// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Inputs.RecordFailoverRoutingPolicyArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Inputs
{
    public sealed class RecordFailoverRoutingPolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("type", required: true)]
        public Input<string> Type { get; set; } = null!;

        public RecordFailoverRoutingPolicyArgs()
        {
        }

        public static new RecordFailoverRoutingPolicyArgs Empty => new RecordFailoverRoutingPolicyArgs();
    }
}
