namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class NodeGroupTaintArgs : global::Pulumi.ResourceArgs
    {
        [Input("effect", required: true)]
        public Input<string> Effect { get; set; } = null!;

        [Input("key", required: true)]
        public Input<string> Key { get; set; } = null!;

        [Input("value")]
        public Input<string>? Value { get; set; }

        public NodeGroupTaintArgs()
        {
        }
        public static new NodeGroupTaintArgs Empty => new NodeGroupTaintArgs();
    }
}
