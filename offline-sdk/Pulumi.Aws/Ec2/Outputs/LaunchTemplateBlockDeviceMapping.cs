namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class LaunchTemplateBlockDeviceMapping
    {
        public readonly string? DeviceName;
        public readonly Outputs.LaunchTemplateBlockDeviceMappingEbs? Ebs;
        public readonly string? NoDevice;
        public readonly string? VirtualName;

        [OutputConstructor]
        private LaunchTemplateBlockDeviceMapping(
            string? deviceName,
            Outputs.LaunchTemplateBlockDeviceMappingEbs? ebs,
            string? noDevice,
            string? virtualName)
        {
            DeviceName = deviceName;
            Ebs = ebs;
            NoDevice = noDevice;
            VirtualName = virtualName;
        }
    }
}
