namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class NodeGroupTaint
    {
        public readonly string Effect;
        public readonly string Key;
        public readonly string? Value;

        [OutputConstructor]
        private NodeGroupTaint(
            string effect,
            string key,
            string? value)
        {
            Effect = effect;
            Key = key;
            Value = value;
        }
    }
}
