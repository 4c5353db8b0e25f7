using System.Collections.Immutable;

namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterVpcConfig
    {
        public readonly string? ClusterSecurityGroupId;
        public readonly bool? EndpointPrivateAccess;
        public readonly bool? EndpointPublicAccess;
        public readonly ImmutableArray<string> PublicAccessCidrs;
        public readonly ImmutableArray<string> SecurityGroupIds;
        public readonly ImmutableArray<string> SubnetIds;
        public readonly string? VpcId;

        [OutputConstructor]
        private ClusterVpcConfig(
            string? clusterSecurityGroupId,
            bool? endpointPrivateAccess,
            bool? endpointPublicAccess,
            ImmutableArray<string> publicAccessCidrs,
            ImmutableArray<string> securityGroupIds,
            ImmutableArray<string> subnetIds,
            string? vpcId)
        {
            ClusterSecurityGroupId = clusterSecurityGroupId;
            EndpointPrivateAccess = endpointPrivateAccess;
            EndpointPublicAccess = endpointPublicAccess;
            PublicAccessCidrs = publicAccessCidrs;
            SecurityGroupIds = securityGroupIds;
            SubnetIds = subnetIds;
            VpcId = vpcId;
        }
    }
}
