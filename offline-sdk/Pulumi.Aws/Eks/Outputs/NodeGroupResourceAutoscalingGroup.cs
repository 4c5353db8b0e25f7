namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class NodeGroupResourceAutoscalingGroup
    {
        public readonly string? Name;

        [OutputConstructor]
        private NodeGroupResourceAutoscalingGroup(string? name)
        {
            Name = name;
        }
    }
}
