// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Ec2.Outputs.DefaultSecurityGroupEgress).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class DefaultSecurityGroupEgress
    {
        public readonly ImmutableArray<string> CidrBlocks;
        public readonly string? Description;
        public readonly int FromPort;
        public readonly ImmutableArray<string> Ipv6CidrBlocks;
        public readonly ImmutableArray<string> PrefixListIds;
        public readonly string Protocol;
        public readonly ImmutableArray<string> SecurityGroups;
        public readonly bool? Self;
        public readonly int ToPort;

        [OutputConstructor]
        private DefaultSecurityGroupEgress(
            ImmutableArray<string> cidrBlocks,

            string? description,

            int fromPort,

            ImmutableArray<string> ipv6CidrBlocks,

            ImmutableArray<string> prefixListIds,

            string protocol,

            ImmutableArray<string> securityGroups,

            bool? self,

            int toPort)
        {
            CidrBlocks = cidrBlocks;
            Description = description;
            FromPort = fromPort;
            Ipv6CidrBlocks = ipv6CidrBlocks;
            PrefixListIds = prefixListIds;
            Protocol = protocol;
            SecurityGroups = securityGroups;
            Self = self;
            ToPort = toPort;
        }
    }
}
