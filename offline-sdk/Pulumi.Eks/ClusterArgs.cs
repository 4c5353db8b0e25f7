using System.Collections.Generic;
using System.Collections.Immutable;

namespace Pulumi.Eks
{
    /// <summary>Arguments of the eks:index:Cluster component.</summary>
    public sealed class ClusterArgs : global::Pulumi.ResourceArgs
    {
        [Input("accessEntries")]
        private Dictionary<string, Inputs.AccessEntryArgs>? _accessEntries;
        public Dictionary<string, Inputs.AccessEntryArgs> AccessEntries
        {
            get => _accessEntries ?? (_accessEntries = new Dictionary<string, Inputs.AccessEntryArgs>());
            set => _accessEntries = value;
        }

        [Input("authenticationMode")]
        public Pulumi.Eks.AuthenticationMode? AuthenticationMode { get; set; }

        [Input("autoMode")]
        public Inputs.AutoModeOptionsArgs? AutoMode { get; set; }

        [Input("bootstrapSelfManagedAddons")]
        public Input<bool>? BootstrapSelfManagedAddons { get; set; }

        [Input("clusterSecurityGroup")]
        public Input<Pulumi.Aws.Ec2.SecurityGroup>? ClusterSecurityGroup { get; set; }

        [Input("clusterSecurityGroupTags")]
        private InputMap<string>? _clusterSecurityGroupTags;
        public InputMap<string> ClusterSecurityGroupTags
        {
            get => _clusterSecurityGroupTags ?? (_clusterSecurityGroupTags = new InputMap<string>());
            set => _clusterSecurityGroupTags = value;
        }

        [Input("clusterTags")]
        private InputMap<string>? _clusterTags;
        public InputMap<string> ClusterTags
        {
            get => _clusterTags ?? (_clusterTags = new InputMap<string>());
            set => _clusterTags = value;
        }

        [Input("corednsAddonOptions")]
        public Inputs.CoreDnsAddonOptionsArgs? CorednsAddonOptions { get; set; }

        [Input("createInstanceRole")]
        public bool? CreateInstanceRole { get; set; }

        [Input("createOidcProvider")]
        public Input<bool>? CreateOidcProvider { get; set; }

        [Input("creationRoleProvider")]
        public Inputs.CreationRoleProviderArgs? CreationRoleProvider { get; set; }

        [Input("deletionProtection")]
        public Input<bool>? DeletionProtection { get; set; }

        [Input("desiredCapacity")]
        public Input<int>? DesiredCapacity { get; set; }

        [Input("enableConfigMapMutable")]
        public Input<bool>? EnableConfigMapMutable { get; set; }

        [Input("enabledClusterLogTypes")]
        private InputList<string>? _enabledClusterLogTypes;
        public InputList<string> EnabledClusterLogTypes
        {
            get => _enabledClusterLogTypes ?? (_enabledClusterLogTypes = new InputList<string>());
            set => _enabledClusterLogTypes = value;
        }

        [Input("encryptionConfigKeyArn")]
        public Input<string>? EncryptionConfigKeyArn { get; set; }

        [Input("endpointPrivateAccess")]
        public Input<bool>? EndpointPrivateAccess { get; set; }

        [Input("endpointPublicAccess")]
        public Input<bool>? EndpointPublicAccess { get; set; }

        [Input("fargate")]
        public InputUnion<bool, Inputs.FargateProfileArgs>? Fargate { get; set; }

        [Input("gpu")]
        public Input<bool>? Gpu { get; set; }

        [Input("instanceProfileName")]
        public Input<string>? InstanceProfileName { get; set; }

        [Input("instanceRole")]
        public Input<Pulumi.Aws.Iam.Role>? InstanceRole { get; set; }

        [Input("instanceRoles")]
        private InputList<Pulumi.Aws.Iam.Role>? _instanceRoles;
        public InputList<Pulumi.Aws.Iam.Role> InstanceRoles
        {
            get => _instanceRoles ?? (_instanceRoles = new InputList<Pulumi.Aws.Iam.Role>());
            set => _instanceRoles = value;
        }

        [Input("instanceType")]
        public Input<string>? InstanceType { get; set; }

        [Input("ipFamily")]
        public Input<string>? IpFamily { get; set; }

        [Input("kubeProxyAddonOptions")]
        public Inputs.KubeProxyAddonOptionsArgs? KubeProxyAddonOptions { get; set; }

        [Input("kubernetesServiceIpAddressRange")]
        public Input<string>? KubernetesServiceIpAddressRange { get; set; }

        [Input("maxSize")]
        public Input<int>? MaxSize { get; set; }

        [Input("minSize")]
        public Input<int>? MinSize { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("nodeAmiId")]
        public Input<string>? NodeAmiId { get; set; }

        [Input("nodeAssociatePublicIpAddress")]
        public bool? NodeAssociatePublicIpAddress { get; set; }

        [Input("nodeGroupOptions")]
        public Inputs.ClusterNodeGroupOptionsArgs? NodeGroupOptions { get; set; }

        [Input("nodePublicKey")]
        public Input<string>? NodePublicKey { get; set; }

        [Input("nodeRootVolumeEncrypted")]
        public Input<bool>? NodeRootVolumeEncrypted { get; set; }

        [Input("nodeRootVolumeSize")]
        public Input<int>? NodeRootVolumeSize { get; set; }

        [Input("nodeSecurityGroupTags")]
        private InputMap<string>? _nodeSecurityGroupTags;
        public InputMap<string> NodeSecurityGroupTags
        {
            get => _nodeSecurityGroupTags ?? (_nodeSecurityGroupTags = new InputMap<string>());
            set => _nodeSecurityGroupTags = value;
        }

        [Input("nodeSubnetIds")]
        private InputList<string>? _nodeSubnetIds;
        public InputList<string> NodeSubnetIds
        {
            get => _nodeSubnetIds ?? (_nodeSubnetIds = new InputList<string>());
            set => _nodeSubnetIds = value;
        }

        [Input("nodeUserData")]
        public Input<string>? NodeUserData { get; set; }

        [Input("privateSubnetIds")]
        private InputList<string>? _privateSubnetIds;
        public InputList<string> PrivateSubnetIds
        {
            get => _privateSubnetIds ?? (_privateSubnetIds = new InputList<string>());
            set => _privateSubnetIds = value;
        }

        [Input("providerCredentialOpts")]
        public Input<Inputs.KubeconfigOptionsArgs>? ProviderCredentialOpts { get; set; }

        [Input("proxy")]
        public string? Proxy { get; set; }

        [Input("publicAccessCidrs")]
        private InputList<string>? _publicAccessCidrs;
        public InputList<string> PublicAccessCidrs
        {
            get => _publicAccessCidrs ?? (_publicAccessCidrs = new InputList<string>());
            set => _publicAccessCidrs = value;
        }

        [Input("publicSubnetIds")]
        private InputList<string>? _publicSubnetIds;
        public InputList<string> PublicSubnetIds
        {
            get => _publicSubnetIds ?? (_publicSubnetIds = new InputList<string>());
            set => _publicSubnetIds = value;
        }

        [Input("roleMappings")]
        private InputList<Inputs.RoleMappingArgs>? _roleMappings;
        public InputList<Inputs.RoleMappingArgs> RoleMappings
        {
            get => _roleMappings ?? (_roleMappings = new InputList<Inputs.RoleMappingArgs>());
            set => _roleMappings = value;
        }

        [Input("serviceRole")]
        public Input<Pulumi.Aws.Iam.Role>? ServiceRole { get; set; }

        [Input("skipDefaultNodeGroup")]
        public bool? SkipDefaultNodeGroup { get; set; }

        [Input("skipDefaultSecurityGroups")]
        public bool? SkipDefaultSecurityGroups { get; set; }

        [Input("storageClasses")]
        public Union<string, ImmutableDictionary<string, Inputs.StorageClassArgs>>? StorageClasses { get; set; }

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

        [Input("upgradePolicy")]
        public Input<Pulumi.Aws.Eks.Inputs.ClusterUpgradePolicyArgs>? UpgradePolicy { get; set; }

        [Input("useDefaultVpcCni")]
        public bool? UseDefaultVpcCni { get; set; }

        [Input("userMappings")]
        private InputList<Inputs.UserMappingArgs>? _userMappings;
        public InputList<Inputs.UserMappingArgs> UserMappings
        {
            get => _userMappings ?? (_userMappings = new InputList<Inputs.UserMappingArgs>());
            set => _userMappings = value;
        }

        [Input("version")]
        public Input<string>? Version { get; set; }

        [Input("vpcCniOptions")]
        public Inputs.VpcCniOptionsArgs? VpcCniOptions { get; set; }

        [Input("vpcId")]
        public Input<string>? VpcId { get; set; }

        public ClusterArgs()
        {
        }

        public static new ClusterArgs Empty => new ClusterArgs();
    }
}
