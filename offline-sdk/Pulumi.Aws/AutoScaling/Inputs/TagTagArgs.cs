namespace Pulumi.Aws.AutoScaling.Inputs
{
    public sealed class TagTagArgs : global::Pulumi.ResourceArgs
    {
        [Input("key", required: true)]
        public Input<string> Key { get; set; } = null!;

        [Input("propagateAtLaunch", required: true)]
        public Input<bool> PropagateAtLaunch { get; set; } = null!;

        [Input("value", required: true)]
        public Input<string> Value { get; set; } = null!;

        public TagTagArgs()
        {
        }
        public static new TagTagArgs Empty => new TagTagArgs();
    }
}
