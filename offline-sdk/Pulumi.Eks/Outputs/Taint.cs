namespace Pulumi.Eks.Outputs
{
    /// <summary>A Kubernetes taint of a node group.</summary>
    [OutputType]
    public sealed class Taint
    {
        public readonly string Effect;
        public readonly string Value;

        [OutputConstructor]
        private Taint(
            string effect,
            string value)
        {
            Effect = effect;
            Value = value;
        }
    }
}
