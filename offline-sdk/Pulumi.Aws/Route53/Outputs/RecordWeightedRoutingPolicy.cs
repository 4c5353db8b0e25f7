// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Outputs.RecordWeightedRoutingPolicy).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Outputs
{
    [OutputType]
    public sealed class RecordWeightedRoutingPolicy
    {
        public readonly int Weight;

        [OutputConstructor]
        private RecordWeightedRoutingPolicy(
            int weight)
        {
            Weight = weight;
        }
    }
}
