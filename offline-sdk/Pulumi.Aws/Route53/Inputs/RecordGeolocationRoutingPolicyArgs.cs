// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Inputs.RecordGeolocationRoutingPolicyArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Inputs
{
    public sealed class RecordGeolocationRoutingPolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("continent")]
        public Input<string>? Continent { get; set; }

        [Input("country")]
        public Input<string>? Country { get; set; }

        [Input("subdivision")]
        public Input<string>? Subdivision { get; set; }

        public RecordGeolocationRoutingPolicyArgs()
        {
        }

        public static new RecordGeolocationRoutingPolicyArgs Empty => new RecordGeolocationRoutingPolicyArgs();
    }
}
