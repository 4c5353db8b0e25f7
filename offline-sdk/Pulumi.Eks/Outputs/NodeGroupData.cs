using System.Collections.Immutable;

namespace Pulumi.Eks.Outputs
{
    /// <summary>The default node group of a cluster.</summary>
    [OutputType]
    public sealed class NodeGroupData
    {
        public readonly Pulumi.Aws.AutoScaling.Group AutoScalingGroup;
        public readonly ImmutableArray<Pulumi.Aws.Ec2.SecurityGroup> ExtraNodeSecurityGroups;
        public readonly Pulumi.Aws.Ec2.SecurityGroup NodeSecurityGroup;

        [OutputConstructor]
        private NodeGroupData(
            Pulumi.Aws.AutoScaling.Group autoScalingGroup,
            ImmutableArray<Pulumi.Aws.Ec2.SecurityGroup> extraNodeSecurityGroups,
            Pulumi.Aws.Ec2.SecurityGroup nodeSecurityGroup)
        {
            AutoScalingGroup = autoScalingGroup;
            ExtraNodeSecurityGroups = extraNodeSecurityGroups;
            NodeSecurityGroup = nodeSecurityGroup;
        }
    }
}
