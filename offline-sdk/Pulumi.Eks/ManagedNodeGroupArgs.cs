namespace Pulumi.Eks
{
    /// <summary>Arguments of the eks:index:ManagedNodeGroup component.</summary>
    public sealed class ManagedNodeGroupArgs : global::Pulumi.ResourceArgs
    {
        [Input("amiId")]
        public Input<string>? AmiId { get; set; }

        [Input("amiType")]
        public Input<string>? AmiType { get; set; }

        [Input("bootstrapExtraArgs")]
        public string? BootstrapExtraArgs { get; set; }

        [Input("bottlerocketSettings")]
        private InputMap<object>? _bottlerocketSettings;
        public InputMap<object> BottlerocketSettings
        {
            get => _bottlerocketSettings ?? (_bottlerocketSettings = new InputMap<object>());
            set => _bottlerocketSettings = value;
        }

        [Input("capacityType")]
        public Input<string>? CapacityType { get; set; }

        [Input("cluster", required: true)]
        public InputUnion<Pulumi.Eks.Cluster, Inputs.CoreDataArgs> Cluster { get; set; } = null!;

        [Input("clusterName")]
        public Input<string>? ClusterName { get; set; }

        [Input("diskSize")]
        public Input<int>? DiskSize { get; set; }

        [Input("enableEfaSupport")]
        public bool? EnableEfaSupport { get; set; }

        [Input("enableIMDSv2")]
        public bool? EnableIMDSv2 { get; set; }

        [Input("forceUpdateVersion")]
        public Input<bool>? ForceUpdateVersion { get; set; }

        [Input("gpu")]
        public Input<bool>? Gpu { get; set; }

        [Input("ignoreScalingChanges")]
        public bool? IgnoreScalingChanges { get; set; }

        [Input("instanceTypes")]
        private InputList<string>? _instanceTypes;
        public InputList<string> InstanceTypes
        {
            get => _instanceTypes ?? (_instanceTypes = new InputList<string>());
            set => _instanceTypes = value;
        }

        [Input("kubeletExtraArgs")]
        public string? KubeletExtraArgs { get; set; }

        [Input("labels")]
        private InputMap<string>? _labels;
        public InputMap<string> Labels
        {
            get => _labels ?? (_labels = new InputMap<string>());
            set => _labels = value;
        }

        [Input("launchTemplate")]
        public Input<Pulumi.Aws.Eks.Inputs.NodeGroupLaunchTemplateArgs>? LaunchTemplate { get; set; }

        [Input("nodeGroupName")]
        public Input<string>? NodeGroupName { get; set; }

        [Input("nodeGroupNamePrefix")]
        public Input<string>? NodeGroupNamePrefix { get; set; }

        [Input("nodeRole")]
        public Input<Pulumi.Aws.Iam.Role>? NodeRole { get; set; }

        [Input("nodeRoleArn")]
        public Input<string>? NodeRoleArn { get; set; }

        [Input("nodeadmExtraOptions")]
        private InputList<Inputs.NodeadmOptionsArgs>? _nodeadmExtraOptions;
        public InputList<Inputs.NodeadmOptionsArgs> NodeadmExtraOptions
        {
            get => _nodeadmExtraOptions ?? (_nodeadmExtraOptions = new InputList<Inputs.NodeadmOptionsArgs>());
            set => _nodeadmExtraOptions = value;
        }

        [Input("operatingSystem")]
        public Input<Pulumi.Eks.OperatingSystem>? OperatingSystem { get; set; }

        [Input("placementGroupAvailabilityZone")]
        public Input<string>? PlacementGroupAvailabilityZone { get; set; }

        [Input("releaseVersion")]
        public Input<string>? ReleaseVersion { get; set; }

        [Input("remoteAccess")]
        public Input<Pulumi.Aws.Eks.Inputs.NodeGroupRemoteAccessArgs>? RemoteAccess { get; set; }

        [Input("scalingConfig")]
        public Input<Pulumi.Aws.Eks.Inputs.NodeGroupScalingConfigArgs>? ScalingConfig { get; set; }

        [Input("subnetIds")]
        private InputList<string>? _subnetIds;
        public InputList<string> SubnetIds
        {
            get => _subnetIds ?? (_subnetIds = new InputList<string>());
            set => _subnetIds = value;
        }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("taints")]
        private InputList<Pulumi.Aws.Eks.Inputs.NodeGroupTaintArgs>? _taints;
        public InputList<Pulumi.Aws.Eks.Inputs.NodeGroupTaintArgs> Taints
        {
            get => _taints ?? (_taints = new InputList<Pulumi.Aws.Eks.Inputs.NodeGroupTaintArgs>());
            set => _taints = value;
        }

        [Input("userData")]
        public Input<string>? UserData { get; set; }

        [Input("version")]
        public Input<string>? Version { get; set; }

        public ManagedNodeGroupArgs()
        {
        }

        public static new ManagedNodeGroupArgs Empty => new ManagedNodeGroupArgs();
    }
}
