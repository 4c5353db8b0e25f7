// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Outputs.RecordLatencyRoutingPolicy).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Outputs
{
    [OutputType]
    public sealed class RecordLatencyRoutingPolicy
    {
        public readonly string Region;

        [OutputConstructor]
        private RecordLatencyRoutingPolicy(
            string region)
        {
            Region = region;
        }
    }
}
