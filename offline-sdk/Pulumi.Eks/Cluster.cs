using System.Collections.Immutable;

namespace Pulumi.Eks
{
    /// <summary>
    /// The eks:index:Cluster multi-language component: an EKS cluster with its roles, security groups,
    /// addons and (optionally) a default node group, constructed remotely by the eks provider.
    /// </summary>
    [EksResourceType("eks:index:Cluster")]
    public partial class Cluster : global::Pulumi.ComponentResource
    {
        [Output("autoModeNodeRoleName")]
        public Output<string> AutoModeNodeRoleName { get; private set; } = null!;

        [Output("awsProvider")]
        public Output<Pulumi.Aws.Provider> AwsProvider { get; private set; } = null!;

        [Output("clusterIngressRuleId")]
        public Output<string> ClusterIngressRuleId { get; private set; } = null!;

        [Output("clusterSecurityGroup")]
        public Output<Pulumi.Aws.Ec2.SecurityGroup?> ClusterSecurityGroup { get; private set; } = null!;

        [Output("clusterSecurityGroupId")]
        public Output<string> ClusterSecurityGroupId { get; private set; } = null!;

        [Output("core")]
        public Output<Outputs.CoreData> Core { get; private set; } = null!;

        [Output("defaultNodeGroup")]
        public Output<Outputs.NodeGroupData?> DefaultNodeGroup { get; private set; } = null!;

        [Output("defaultNodeGroupAsgName")]
        public Output<string> DefaultNodeGroupAsgName { get; private set; } = null!;

        [Output("eksCluster")]
        public Output<Pulumi.Aws.Eks.Cluster> EksCluster { get; private set; } = null!;

        [Output("eksClusterIngressRule")]
        public Output<Pulumi.Aws.Ec2.SecurityGroupRule?> EksClusterIngressRule { get; private set; } = null!;

        [Output("fargateProfileId")]
        public Output<string> FargateProfileId { get; private set; } = null!;

        [Output("fargateProfileStatus")]
        public Output<string> FargateProfileStatus { get; private set; } = null!;

        [Output("instanceRoles")]
        public Output<ImmutableArray<Pulumi.Aws.Iam.Role>> InstanceRoles { get; private set; } = null!;

        [Output("kubeconfig")]
        public Output<object> Kubeconfig { get; private set; } = null!;

        [Output("kubeconfigJson")]
        public Output<string> KubeconfigJson { get; private set; } = null!;

        [Output("nodeSecurityGroup")]
        public Output<Pulumi.Aws.Ec2.SecurityGroup?> NodeSecurityGroup { get; private set; } = null!;

        [Output("nodeSecurityGroupId")]
        public Output<string> NodeSecurityGroupId { get; private set; } = null!;

        [Output("oidcIssuer")]
        public Output<string> OidcIssuer { get; private set; } = null!;

        [Output("oidcProviderArn")]
        public Output<string> OidcProviderArn { get; private set; } = null!;

        [Output("oidcProviderUrl")]
        public Output<string> OidcProviderUrl { get; private set; } = null!;

        public Cluster(string name, ClusterArgs? args = null, ComponentResourceOptions? options = null)
            : base("eks:index:Cluster", name, args ?? new ClusterArgs(), MakeResourceOptions(options, ""), remote: true)
        {
        }

        private static ComponentResourceOptions MakeResourceOptions(ComponentResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new ComponentResourceOptions();
            var merged = ComponentResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        /// <summary>Calls the component's getKubeconfig method.</summary>
        public global::Pulumi.Output<string> GetKubeconfig(ClusterGetKubeconfigArgs? args = null)
            => global::Pulumi.Deployment.Instance.Call<ClusterGetKubeconfigResult>("eks:index:Cluster/getKubeconfig", args ?? new ClusterGetKubeconfigArgs(), this).Apply(v => v.Result);
    }

    public sealed class ClusterGetKubeconfigArgs : global::Pulumi.CallArgs
    {
        [Input("profileName")]
        public Input<string>? ProfileName { get; set; }

        [Input("roleArn")]
        public Input<string>? RoleArn { get; set; }

        public ClusterGetKubeconfigArgs()
        {
        }

        public static new ClusterGetKubeconfigArgs Empty => new ClusterGetKubeconfigArgs();
    }

    [OutputType]
    internal sealed class ClusterGetKubeconfigResult
    {
        public readonly string Result;

        [OutputConstructor]
        private ClusterGetKubeconfigResult(string result)
        {
            Result = result;
        }
    }
}
