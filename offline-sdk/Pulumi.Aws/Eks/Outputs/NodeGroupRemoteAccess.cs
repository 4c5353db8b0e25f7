using System.Collections.Immutable;

namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class NodeGroupRemoteAccess
    {
        public readonly string? Ec2SshKey;
        public readonly ImmutableArray<string> SourceSecurityGroupIds;

        [OutputConstructor]
        private NodeGroupRemoteAccess(
            string? ec2SshKey,
            ImmutableArray<string> sourceSecurityGroupIds)
        {
            Ec2SshKey = ec2SshKey;
            SourceSecurityGroupIds = sourceSecurityGroupIds;
        }
    }
}
