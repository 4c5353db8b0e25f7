namespace Pulumi.Aws.AutoScaling.Inputs
{
    public sealed class GroupLaunchTemplateArgs : global::Pulumi.ResourceArgs
    {
        [Input("id")]
        public Input<string>? Id { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("version")]
        public Input<string>? Version { get; set; }

        public GroupLaunchTemplateArgs()
        {
        }
        public static new GroupLaunchTemplateArgs Empty => new GroupLaunchTemplateArgs();
    }
}
