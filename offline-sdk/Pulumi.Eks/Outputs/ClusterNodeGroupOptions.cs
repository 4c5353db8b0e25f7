using System.Collections.Immutable;

namespace Pulumi.Eks.Outputs
{
    /// <summary>Options of the cluster's node groups, as returned by the component.</summary>
    [OutputType]
    public sealed class ClusterNodeGroupOptions
    {
        public readonly string? AmiId;
        public readonly string? AmiType;
        public readonly ImmutableDictionary<string, string>? AutoScalingGroupTags;
        public readonly string? BootstrapExtraArgs;
        public readonly ImmutableDictionary<string, object>? BottlerocketSettings;
        public readonly ImmutableDictionary<string, string>? CloudFormationTags;
        public readonly Pulumi.Aws.Ec2.SecurityGroupRule? ClusterIngressRule;
        public readonly string? ClusterIngressRuleId;
        public readonly int? DesiredCapacity;
        public readonly bool? EnableDetailedMonitoring;
        public readonly bool? EncryptRootBlockDevice;
        public readonly ImmutableArray<Pulumi.Aws.Ec2.SecurityGroup> ExtraNodeSecurityGroups;
        public readonly bool? Gpu;
        public readonly bool? IgnoreScalingChanges;
        public readonly Pulumi.Aws.Iam.InstanceProfile? InstanceProfile;
        public readonly string? InstanceProfileName;
        public readonly string? InstanceType;
        public readonly string? KeyName;
        public readonly string? KubeletExtraArgs;
        public readonly ImmutableDictionary<string, string>? Labels;
        public readonly ImmutableArray<Pulumi.Aws.Ec2.Outputs.LaunchTemplateTagSpecification> LaunchTemplateTagSpecifications;
        public readonly int? MaxSize;
        public readonly int? MinRefreshPercentage;
        public readonly int? MinSize;
        public readonly bool? NodeAssociatePublicIpAddress;
        public readonly string? NodePublicKey;
        public readonly bool? NodeRootVolumeDeleteOnTermination;
        public readonly bool? NodeRootVolumeEncrypted;
        public readonly int? NodeRootVolumeIops;
        public readonly int? NodeRootVolumeSize;
        public readonly int? NodeRootVolumeThroughput;
        public readonly string? NodeRootVolumeType;
        public readonly Pulumi.Aws.Ec2.SecurityGroup? NodeSecurityGroup;
        public readonly string? NodeSecurityGroupId;
        public readonly ImmutableArray<string> NodeSubnetIds;
        public readonly string? NodeUserData;
        public readonly string? NodeUserDataOverride;
        public readonly ImmutableArray<Outputs.NodeadmOptions> NodeadmExtraOptions;
        public readonly Pulumi.Eks.OperatingSystem? OperatingSystem;
        public readonly string? SpotPrice;
        public readonly ImmutableDictionary<string, Outputs.Taint>? Taints;
        public readonly string? Version;

        [OutputConstructor]
        private ClusterNodeGroupOptions(
            string? amiId,
            string? amiType,
            ImmutableDictionary<string, string>? autoScalingGroupTags,
            string? bootstrapExtraArgs,
            ImmutableDictionary<string, object>? bottlerocketSettings,
            ImmutableDictionary<string, string>? cloudFormationTags,
            Pulumi.Aws.Ec2.SecurityGroupRule? clusterIngressRule,
            string? clusterIngressRuleId,
            int? desiredCapacity,
            bool? enableDetailedMonitoring,
            bool? encryptRootBlockDevice,
            ImmutableArray<Pulumi.Aws.Ec2.SecurityGroup> extraNodeSecurityGroups,
            bool? gpu,
            bool? ignoreScalingChanges,
            Pulumi.Aws.Iam.InstanceProfile? instanceProfile,
            string? instanceProfileName,
            string? instanceType,
            string? keyName,
            string? kubeletExtraArgs,
            ImmutableDictionary<string, string>? labels,
            ImmutableArray<Pulumi.Aws.Ec2.Outputs.LaunchTemplateTagSpecification> launchTemplateTagSpecifications,
            int? maxSize,
            int? minRefreshPercentage,
            int? minSize,
            bool? nodeAssociatePublicIpAddress,
            string? nodePublicKey,
            bool? nodeRootVolumeDeleteOnTermination,
            bool? nodeRootVolumeEncrypted,
            int? nodeRootVolumeIops,
            int? nodeRootVolumeSize,
            int? nodeRootVolumeThroughput,
            string? nodeRootVolumeType,
            Pulumi.Aws.Ec2.SecurityGroup? nodeSecurityGroup,
            string? nodeSecurityGroupId,
            ImmutableArray<string> nodeSubnetIds,
            string? nodeUserData,
            string? nodeUserDataOverride,
            ImmutableArray<Outputs.NodeadmOptions> nodeadmExtraOptions,
            Pulumi.Eks.OperatingSystem? operatingSystem,
            string? spotPrice,
            ImmutableDictionary<string, Outputs.Taint>? taints,
            string? version)
        {
            AmiId = amiId;
            AmiType = amiType;
            AutoScalingGroupTags = autoScalingGroupTags;
            BootstrapExtraArgs = bootstrapExtraArgs;
            BottlerocketSettings = bottlerocketSettings;
            CloudFormationTags = cloudFormationTags;
            ClusterIngressRule = clusterIngressRule;
            ClusterIngressRuleId = clusterIngressRuleId;
            DesiredCapacity = desiredCapacity;
            EnableDetailedMonitoring = enableDetailedMonitoring;
            EncryptRootBlockDevice = encryptRootBlockDevice;
            ExtraNodeSecurityGroups = extraNodeSecurityGroups;
            Gpu = gpu;
            IgnoreScalingChanges = ignoreScalingChanges;
            InstanceProfile = instanceProfile;
            InstanceProfileName = instanceProfileName;
            InstanceType = instanceType;
            KeyName = keyName;
            KubeletExtraArgs = kubeletExtraArgs;
            Labels = labels;
            LaunchTemplateTagSpecifications = launchTemplateTagSpecifications;
            MaxSize = maxSize;
            MinRefreshPercentage = minRefreshPercentage;
            MinSize = minSize;
            NodeAssociatePublicIpAddress = nodeAssociatePublicIpAddress;
            NodePublicKey = nodePublicKey;
            NodeRootVolumeDeleteOnTermination = nodeRootVolumeDeleteOnTermination;
            NodeRootVolumeEncrypted = nodeRootVolumeEncrypted;
            NodeRootVolumeIops = nodeRootVolumeIops;
            NodeRootVolumeSize = nodeRootVolumeSize;
            NodeRootVolumeThroughput = nodeRootVolumeThroughput;
            NodeRootVolumeType = nodeRootVolumeType;
            NodeSecurityGroup = nodeSecurityGroup;
            NodeSecurityGroupId = nodeSecurityGroupId;
            NodeSubnetIds = nodeSubnetIds;
            NodeUserData = nodeUserData;
            NodeUserDataOverride = nodeUserDataOverride;
            NodeadmExtraOptions = nodeadmExtraOptions;
            OperatingSystem = operatingSystem;
            SpotPrice = spotPrice;
            Taints = taints;
            Version = version;
        }
    }
}
