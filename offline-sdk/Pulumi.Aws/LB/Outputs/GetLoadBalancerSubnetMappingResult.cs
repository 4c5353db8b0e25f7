// Offline mirror of the public API of Pulumi.Aws 7.48.0 (LB.Outputs.GetLoadBalancerSubnetMappingResult).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.LB.Outputs
{
    [OutputType]
    public sealed class GetLoadBalancerSubnetMappingResult
    {
        public readonly string AllocationId;
        public readonly string Ipv6Address;
        public readonly string OutpostId;
        public readonly string PrivateIpv4Address;
        public readonly string SubnetId;

        [OutputConstructor]
        private GetLoadBalancerSubnetMappingResult(
            string allocationId,
            string ipv6Address,
            string outpostId,
            string privateIpv4Address,
            string subnetId)
        {
            AllocationId = allocationId;
            Ipv6Address = ipv6Address;
            OutpostId = outpostId;
            PrivateIpv4Address = privateIpv4Address;
            SubnetId = subnetId;
        }
    }
}
