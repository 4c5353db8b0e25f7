namespace Pulumi.Aws.Ec2.Inputs
{
    public sealed class LaunchTemplateIamInstanceProfileArgs : global::Pulumi.ResourceArgs
    {
        [Input("arn")]
        public Input<string>? Arn { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        public LaunchTemplateIamInstanceProfileArgs()
        {
        }
        public static new LaunchTemplateIamInstanceProfileArgs Empty => new LaunchTemplateIamInstanceProfileArgs();
    }
}
