namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class NodeGroupUpdateConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("maxUnavailable")]
        public Input<int>? MaxUnavailable { get; set; }

        [Input("maxUnavailablePercentage")]
        public Input<int>? MaxUnavailablePercentage { get; set; }

        public NodeGroupUpdateConfigArgs()
        {
        }
        public static new NodeGroupUpdateConfigArgs Empty => new NodeGroupUpdateConfigArgs();
    }
}
