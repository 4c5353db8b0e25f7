using System.Collections.Immutable;

namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class NodeGroupResource
    {
        public readonly ImmutableArray<Outputs.NodeGroupResourceAutoscalingGroup> AutoscalingGroups;
        public readonly string? RemoteAccessSecurityGroupId;

        [OutputConstructor]
        private NodeGroupResource(
            ImmutableArray<Outputs.NodeGroupResourceAutoscalingGroup> autoscalingGroups,
            string? remoteAccessSecurityGroupId)
        {
            AutoscalingGroups = autoscalingGroups;
            RemoteAccessSecurityGroupId = remoteAccessSecurityGroupId;
        }
    }
}
