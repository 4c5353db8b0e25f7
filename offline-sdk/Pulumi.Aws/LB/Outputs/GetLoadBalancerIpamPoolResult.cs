// Offline mirror of the public API of Pulumi.Aws 7.48.0 (LB.Outputs.GetLoadBalancerIpamPoolResult).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.LB.Outputs
{
    [OutputType]
    public sealed class GetLoadBalancerIpamPoolResult
    {
        public readonly string Ipv4IpamPoolId;

        [OutputConstructor]
        private GetLoadBalancerIpamPoolResult(string ipv4IpamPoolId)
        {
            Ipv4IpamPoolId = ipv4IpamPoolId;
        }
    }
}
