namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class NodeGroupLaunchTemplateArgs : global::Pulumi.ResourceArgs
    {
        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("version", required: true)]
        public Input<string> Version { get; set; } = null!;

        public NodeGroupLaunchTemplateArgs()
        {
        }
        public static new NodeGroupLaunchTemplateArgs Empty => new NodeGroupLaunchTemplateArgs();
    }
}
