// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Inputs.RecordCidrRoutingPolicyArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Inputs
{
    public sealed class RecordCidrRoutingPolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("collectionId", required: true)]
        public Input<string> CollectionId { get; set; } = null!;

        [Input("locationName", required: true)]
        public Input<string> LocationName { get; set; } = null!;

        public RecordCidrRoutingPolicyArgs()
        {
        }

        public static new RecordCidrRoutingPolicyArgs Empty => new RecordCidrRoutingPolicyArgs();
    }
}
