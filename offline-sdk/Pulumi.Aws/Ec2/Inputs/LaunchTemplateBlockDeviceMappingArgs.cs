namespace Pulumi.Aws.Ec2.Inputs
{
    public sealed class LaunchTemplateBlockDeviceMappingArgs : global::Pulumi.ResourceArgs
    {
        [Input("deviceName")]
        public Input<string>? DeviceName { get; set; }

        [Input("ebs")]
        public Input<Inputs.LaunchTemplateBlockDeviceMappingEbsArgs>? Ebs { get; set; }

        [Input("noDevice")]
        public Input<string>? NoDevice { get; set; }

        [Input("virtualName")]
        public Input<string>? VirtualName { get; set; }

        public LaunchTemplateBlockDeviceMappingArgs()
        {
        }
        public static new LaunchTemplateBlockDeviceMappingArgs Empty => new LaunchTemplateBlockDeviceMappingArgs();
    }
}
