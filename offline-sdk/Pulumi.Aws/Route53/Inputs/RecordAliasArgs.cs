// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Inputs.RecordAliasArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Inputs
{
    public sealed class RecordAliasArgs : global::Pulumi.ResourceArgs
    {
        [Input("evaluateTargetHealth", required: true)]
        public Input<bool> EvaluateTargetHealth { get; set; } = null!;

        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        [Input("zoneId", required: true)]
        public Input<string> ZoneId { get; set; } = null!;

        public RecordAliasArgs()
        {
        }

        public static new RecordAliasArgs Empty => new RecordAliasArgs();
    }
}
