// Offline mirror of the public API of Pulumi.Aws 7.48.0 (LB.Outputs.GetLoadBalancerHealthCheckLogResult).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.LB.Outputs
{
    [OutputType]
    public sealed class GetLoadBalancerHealthCheckLogResult
    {
        public readonly string Bucket;
        public readonly bool Enabled;
        public readonly string Prefix;

        [OutputConstructor]
        private GetLoadBalancerHealthCheckLogResult(
            string bucket,
            bool enabled,
            string prefix)
        {
            Bucket = bucket;
            Enabled = enabled;
            Prefix = prefix;
        }
    }
}
