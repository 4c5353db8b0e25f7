namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class NodeGroupScalingConfig
    {
        public readonly int DesiredSize;
        public readonly int MaxSize;
        public readonly int MinSize;

        [OutputConstructor]
        private NodeGroupScalingConfig(
            int desiredSize,
            int maxSize,
            int minSize)
        {
            DesiredSize = desiredSize;
            MaxSize = maxSize;
            MinSize = minSize;
        }
    }
}
