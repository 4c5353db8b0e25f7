namespace Pulumi.Aws.Ec2.Inputs
{
    public sealed class LaunchTemplateTagSpecificationArgs : global::Pulumi.ResourceArgs
    {
        [Input("resourceType")]
        public Input<string>? ResourceType { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public LaunchTemplateTagSpecificationArgs()
        {
        }
        public static new LaunchTemplateTagSpecificationArgs Empty => new LaunchTemplateTagSpecificationArgs();
    }
}
