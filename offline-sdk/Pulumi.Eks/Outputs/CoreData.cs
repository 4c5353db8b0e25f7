using System.Collections.Immutable;

namespace Pulumi.Eks.Outputs
{
    /// <summary>The EKS cluster and the resources around it.</summary>
    [OutputType]
    public sealed class CoreData
    {
        public readonly ImmutableArray<Outputs.AccessEntry> AccessEntries;
        public readonly Pulumi.Aws.Provider? AwsProvider;
        public readonly Pulumi.Aws.Eks.Cluster Cluster;
        public readonly Pulumi.Aws.Iam.Role ClusterIamRole;
        public readonly Pulumi.Aws.Ec2.SecurityGroup? ClusterSecurityGroup;
        public readonly Pulumi.Kubernetes.Core.V1.ConfigMap? EksNodeAccess;
        public readonly Pulumi.Aws.Eks.Outputs.ClusterEncryptionConfig? EncryptionConfig;
        public readonly string Endpoint;
        public readonly Pulumi.Aws.Eks.FargateProfile? FargateProfile;
        public readonly ImmutableArray<Pulumi.Aws.Iam.Role> InstanceRoles;
        public readonly object? Kubeconfig;
        public readonly Outputs.ClusterNodeGroupOptions NodeGroupOptions;
        public readonly ImmutableDictionary<string, string>? NodeSecurityGroupTags;
        public readonly Pulumi.Aws.Iam.OpenIdConnectProvider? OidcProvider;
        public readonly ImmutableArray<string> PrivateSubnetIds;
        public readonly Pulumi.Kubernetes.Provider Provider;
        public readonly ImmutableArray<string> PublicSubnetIds;
        public readonly ImmutableDictionary<string, Pulumi.Kubernetes.Storage.V1.StorageClass>? StorageClasses;
        public readonly ImmutableArray<string> SubnetIds;
        public readonly ImmutableDictionary<string, string>? Tags;
        public readonly Pulumi.Eks.VpcCniAddon? VpcCni;
        public readonly string VpcId;

        [OutputConstructor]
        private CoreData(
            ImmutableArray<Outputs.AccessEntry> accessEntries,
            Pulumi.Aws.Provider? awsProvider,
            Pulumi.Aws.Eks.Cluster cluster,
            Pulumi.Aws.Iam.Role clusterIamRole,
            Pulumi.Aws.Ec2.SecurityGroup? clusterSecurityGroup,
            Pulumi.Kubernetes.Core.V1.ConfigMap? eksNodeAccess,
            Pulumi.Aws.Eks.Outputs.ClusterEncryptionConfig? encryptionConfig,
            string endpoint,
            Pulumi.Aws.Eks.FargateProfile? fargateProfile,
            ImmutableArray<Pulumi.Aws.Iam.Role> instanceRoles,
            object? kubeconfig,
            Outputs.ClusterNodeGroupOptions nodeGroupOptions,
            ImmutableDictionary<string, string>? nodeSecurityGroupTags,
            Pulumi.Aws.Iam.OpenIdConnectProvider? oidcProvider,
            ImmutableArray<string> privateSubnetIds,
            Pulumi.Kubernetes.Provider provider,
            ImmutableArray<string> publicSubnetIds,
            ImmutableDictionary<string, Pulumi.Kubernetes.Storage.V1.StorageClass>? storageClasses,
            ImmutableArray<string> subnetIds,
            ImmutableDictionary<string, string>? tags,
            Pulumi.Eks.VpcCniAddon? vpcCni,
            string vpcId)
        {
            AccessEntries = accessEntries;
            AwsProvider = awsProvider;
            Cluster = cluster;
            ClusterIamRole = clusterIamRole;
            ClusterSecurityGroup = clusterSecurityGroup;
            EksNodeAccess = eksNodeAccess;
            EncryptionConfig = encryptionConfig;
            Endpoint = endpoint;
            FargateProfile = fargateProfile;
            InstanceRoles = instanceRoles;
            Kubeconfig = kubeconfig;
            NodeGroupOptions = nodeGroupOptions;
            NodeSecurityGroupTags = nodeSecurityGroupTags;
            OidcProvider = oidcProvider;
            PrivateSubnetIds = privateSubnetIds;
            Provider = provider;
            PublicSubnetIds = publicSubnetIds;
            StorageClasses = storageClasses;
            SubnetIds = subnetIds;
            Tags = tags;
            VpcCni = vpcCni;
            VpcId = vpcId;
        }
    }
}
