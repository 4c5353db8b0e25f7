namespace Pulumi.Eks.Inputs
{
    /// <summary>Options of the cluster's default node group and of node groups created from the cluster.</summary>
    public sealed class ClusterNodeGroupOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("amiId")]
        public Input<string>? AmiId { get; set; }

        [Input("amiType")]
        public Input<string>? AmiType { get; set; }

        [Input("autoScalingGroupTags")]
        private InputMap<string>? _autoScalingGroupTags;
        public InputMap<string> AutoScalingGroupTags
        {
            get => _autoScalingGroupTags ?? (_autoScalingGroupTags = new InputMap<string>());
            set => _autoScalingGroupTags = value;
        }

        [Input("bootstrapExtraArgs")]
        public Input<string>? BootstrapExtraArgs { get; set; }

        [Input("bottlerocketSettings")]
        private InputMap<object>? _bottlerocketSettings;
        public InputMap<object> BottlerocketSettings
        {
            get => _bottlerocketSettings ?? (_bottlerocketSettings = new InputMap<object>());
            set => _bottlerocketSettings = value;
        }

        [Input("cloudFormationTags")]
        private InputMap<string>? _cloudFormationTags;
        public InputMap<string> CloudFormationTags
        {
            get => _cloudFormationTags ?? (_cloudFormationTags = new InputMap<string>());
            set => _cloudFormationTags = value;
        }

        [Input("clusterIngressRule")]
        public Input<Pulumi.Aws.Ec2.SecurityGroupRule>? ClusterIngressRule { get; set; }

        [Input("clusterIngressRuleId")]
        public Input<string>? ClusterIngressRuleId { get; set; }

        [Input("desiredCapacity")]
        public Input<int>? DesiredCapacity { get; set; }

        [Input("enableDetailedMonitoring")]
        public Input<bool>? EnableDetailedMonitoring { get; set; }

        [Input("encryptRootBlockDevice")]
        public Input<bool>? EncryptRootBlockDevice { get; set; }

        [Input("extraNodeSecurityGroups")]
        private InputList<Pulumi.Aws.Ec2.SecurityGroup>? _extraNodeSecurityGroups;
        public InputList<Pulumi.Aws.Ec2.SecurityGroup> ExtraNodeSecurityGroups
        {
            get => _extraNodeSecurityGroups ?? (_extraNodeSecurityGroups = new InputList<Pulumi.Aws.Ec2.SecurityGroup>());
            set => _extraNodeSecurityGroups = value;
        }

        [Input("gpu")]
        public Input<bool>? Gpu { get; set; }

        [Input("ignoreScalingChanges")]
        public bool? IgnoreScalingChanges { get; set; }

        [Input("instanceProfile")]
        public Pulumi.Aws.Iam.InstanceProfile? InstanceProfile { get; set; }

        [Input("instanceProfileName")]
        public Input<string>? InstanceProfileName { get; set; }

        [Input("instanceType")]
        public Input<string>? InstanceType { get; set; }

        [Input("keyName")]
        public Input<string>? KeyName { get; set; }

        [Input("kubeletExtraArgs")]
        public Input<string>? KubeletExtraArgs { get; set; }

        [Input("labels")]
        private InputMap<string>? _labels;
        public InputMap<string> Labels
        {
            get => _labels ?? (_labels = new InputMap<string>());
            set => _labels = value;
        }

        [Input("launchTemplateTagSpecifications")]
        private InputList<Pulumi.Aws.Ec2.Inputs.LaunchTemplateTagSpecificationArgs>? _launchTemplateTagSpecifications;
        public InputList<Pulumi.Aws.Ec2.Inputs.LaunchTemplateTagSpecificationArgs> LaunchTemplateTagSpecifications
        {
            get => _launchTemplateTagSpecifications ?? (_launchTemplateTagSpecifications = new InputList<Pulumi.Aws.Ec2.Inputs.LaunchTemplateTagSpecificationArgs>());
            set => _launchTemplateTagSpecifications = value;
        }

        [Input("maxSize")]
        public Input<int>? MaxSize { get; set; }

        [Input("minRefreshPercentage")]
        public Input<int>? MinRefreshPercentage { get; set; }

        [Input("minSize")]
        public Input<int>? MinSize { get; set; }

        [Input("nodeAssociatePublicIpAddress")]
        public Input<bool>? NodeAssociatePublicIpAddress { get; set; }

        [Input("nodePublicKey")]
        public Input<string>? NodePublicKey { get; set; }

        [Input("nodeRootVolumeDeleteOnTermination")]
        public Input<bool>? NodeRootVolumeDeleteOnTermination { get; set; }

        [Input("nodeRootVolumeEncrypted")]
        public Input<bool>? NodeRootVolumeEncrypted { get; set; }

        [Input("nodeRootVolumeIops")]
        public Input<int>? NodeRootVolumeIops { get; set; }

        [Input("nodeRootVolumeSize")]
        public Input<int>? NodeRootVolumeSize { get; set; }

        [Input("nodeRootVolumeThroughput")]
        public Input<int>? NodeRootVolumeThroughput { get; set; }

        [Input("nodeRootVolumeType")]
        public Input<string>? NodeRootVolumeType { get; set; }

        [Input("nodeSecurityGroup")]
        public Input<Pulumi.Aws.Ec2.SecurityGroup>? NodeSecurityGroup { get; set; }

        [Input("nodeSecurityGroupId")]
        public Input<string>? NodeSecurityGroupId { get; set; }

        [Input("nodeSubnetIds")]
        private InputList<string>? _nodeSubnetIds;
        public InputList<string> NodeSubnetIds
        {
            get => _nodeSubnetIds ?? (_nodeSubnetIds = new InputList<string>());
            set => _nodeSubnetIds = value;
        }

        [Input("nodeUserData")]
        public Input<string>? NodeUserData { get; set; }

        [Input("nodeUserDataOverride")]
        public Input<string>? NodeUserDataOverride { get; set; }

        [Input("nodeadmExtraOptions")]
        private InputList<Inputs.NodeadmOptionsArgs>? _nodeadmExtraOptions;
        public InputList<Inputs.NodeadmOptionsArgs> NodeadmExtraOptions
        {
            get => _nodeadmExtraOptions ?? (_nodeadmExtraOptions = new InputList<Inputs.NodeadmOptionsArgs>());
            set => _nodeadmExtraOptions = value;
        }

        [Input("operatingSystem")]
        public Input<Pulumi.Eks.OperatingSystem>? OperatingSystem { get; set; }

        [Input("spotPrice")]
        public Input<string>? SpotPrice { get; set; }

        [Input("taints")]
        private InputMap<Inputs.TaintArgs>? _taints;
        public InputMap<Inputs.TaintArgs> Taints
        {
            get => _taints ?? (_taints = new InputMap<Inputs.TaintArgs>());
            set => _taints = value;
        }

        [Input("version")]
        public Input<string>? Version { get; set; }

        public ClusterNodeGroupOptionsArgs()
        {
        }

        public static new ClusterNodeGroupOptionsArgs Empty => new ClusterNodeGroupOptionsArgs();
    }
}
