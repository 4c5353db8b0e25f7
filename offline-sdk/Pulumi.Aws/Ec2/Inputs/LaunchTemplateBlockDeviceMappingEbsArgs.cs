namespace Pulumi.Aws.Ec2.Inputs
{
    public sealed class LaunchTemplateBlockDeviceMappingEbsArgs : global::Pulumi.ResourceArgs
    {
        [Input("deleteOnTermination")]
        public Input<string>? DeleteOnTermination { get; set; }

        [Input("encrypted")]
        public Input<string>? Encrypted { get; set; }

        [Input("iops")]
        public Input<int>? Iops { get; set; }

        [Input("kmsKeyId")]
        public Input<string>? KmsKeyId { get; set; }

        [Input("snapshotId")]
        public Input<string>? SnapshotId { get; set; }

        [Input("throughput")]
        public Input<int>? Throughput { get; set; }

        [Input("volumeInitializationRate")]
        public Input<int>? VolumeInitializationRate { get; set; }

        [Input("volumeSize")]
        public Input<int>? VolumeSize { get; set; }

        [Input("volumeType")]
        public Input<string>? VolumeType { get; set; }

        public LaunchTemplateBlockDeviceMappingEbsArgs()
        {
        }
        public static new LaunchTemplateBlockDeviceMappingEbsArgs Empty => new LaunchTemplateBlockDeviceMappingEbsArgs();
    }
}
