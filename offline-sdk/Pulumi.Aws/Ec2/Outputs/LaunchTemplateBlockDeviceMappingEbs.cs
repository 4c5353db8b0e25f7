namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class LaunchTemplateBlockDeviceMappingEbs
    {
        public readonly string? DeleteOnTermination;
        public readonly string? Encrypted;
        public readonly int? Iops;
        public readonly string? KmsKeyId;
        public readonly string? SnapshotId;
        public readonly int? Throughput;
        public readonly int? VolumeInitializationRate;
        public readonly int? VolumeSize;
        public readonly string? VolumeType;

        [OutputConstructor]
        private LaunchTemplateBlockDeviceMappingEbs(
            string? deleteOnTermination,
            string? encrypted,
            int? iops,
            string? kmsKeyId,
            string? snapshotId,
            int? throughput,
            int? volumeInitializationRate,
            int? volumeSize,
            string? volumeType)
        {
            DeleteOnTermination = deleteOnTermination;
            Encrypted = encrypted;
            Iops = iops;
            KmsKeyId = kmsKeyId;
            SnapshotId = snapshotId;
            Throughput = throughput;
            VolumeInitializationRate = volumeInitializationRate;
            VolumeSize = volumeSize;
            VolumeType = volumeType;
        }
    }
}
