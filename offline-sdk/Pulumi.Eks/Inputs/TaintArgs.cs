namespace Pulumi.Eks.Inputs
{
    /// <summary>A Kubernetes taint of a self-managed node group.</summary>
    public sealed class TaintArgs : global::Pulumi.ResourceArgs
    {
        [Input("effect", required: true)]
        public Input<string> Effect { get; set; } = null!;

        [Input("value", required: true)]
        public Input<string> Value { get; set; } = null!;

        public TaintArgs()
        {
        }

        public static new TaintArgs Empty => new TaintArgs();
    }
}
