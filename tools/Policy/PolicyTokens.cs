#if PULUMI_OFFLINE
namespace Numinia.Infra.Policy;

/// <summary>
/// The type tokens the rules check, as the provider classes register them (the string each mirrored
/// constructor in offline-sdk/ passes to <c>base(...)</c>, the same as the real packages').
/// </summary>
public static class PolicyTokens
{
    /// <summary>Pulumi.Eks's cluster component (remote).</summary>
    public const string EksCluster = "eks:index:Cluster";

    /// <summary>Pulumi.Eks's managed node group component (remote).</summary>
    public const string EksManagedNodeGroup = "eks:index:ManagedNodeGroup";

    /// <summary>An EKS cluster declared directly with Pulumi.Aws.</summary>
    public const string AwsEksCluster = "aws:eks/cluster:Cluster";

    /// <summary>An EKS managed node group.</summary>
    public const string NodeGroup = "aws:eks/nodeGroup:NodeGroup";

    /// <summary>A KMS key.</summary>
    public const string KmsKey = "aws:kms/key:Key";

    /// <summary>An EC2 launch template.</summary>
    public const string LaunchTemplate = "aws:ec2/launchTemplate:LaunchTemplate";

    /// <summary>A VPC.</summary>
    public const string Vpc = "aws:ec2/vpc:Vpc";

    /// <summary>A subnet.</summary>
    public const string Subnet = "aws:ec2/subnet:Subnet";

    /// <summary>A VPC flow log.</summary>
    public const string FlowLog = "aws:ec2/flowLog:FlowLog";

    /// <summary>The VPC's default security group, adopted.</summary>
    public const string DefaultSecurityGroup = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";

    /// <summary>A security group (with inline rules).</summary>
    public const string SecurityGroup = "aws:ec2/securityGroup:SecurityGroup";

    /// <summary>A security group rule (the classic resource).</summary>
    public const string SecurityGroupRule = "aws:ec2/securityGroupRule:SecurityGroupRule";

    /// <summary>A security group ingress rule (the VPC resource).</summary>
    public const string SecurityGroupIngressRule = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

    /// <summary>A CloudWatch log group.</summary>
    public const string LogGroup = "aws:cloudwatch/logGroup:LogGroup";

    /// <summary>An IAM role.</summary>
    public const string IamRole = "aws:iam/role:Role";

    /// <summary>An inline policy of an IAM role.</summary>
    public const string IamRolePolicy = "aws:iam/rolePolicy:RolePolicy";

    /// <summary>A customer-managed IAM policy.</summary>
    public const string IamPolicy = "aws:iam/policy:Policy";

    /// <summary>A managed policy attached to a role.</summary>
    public const string IamRolePolicyAttachment = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";

    /// <summary>An AWS Backup vault.</summary>
    public const string BackupVault = "aws:backup/vault:Vault";

    /// <summary>An AWS Backup plan.</summary>
    public const string BackupPlan = "aws:backup/plan:Plan";

    /// <summary>An S3 bucket.</summary>
    public const string S3Bucket = "aws:s3/bucket:Bucket";

    /// <summary>A bucket's public access block.</summary>
    public const string S3PublicAccessBlock = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";

    /// <summary>A bucket's default encryption.</summary>
    public const string S3Encryption = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";

    /// <summary>A bucket's versioning.</summary>
    public const string S3Versioning = "aws:s3/bucketVersioning:BucketVersioning";

    /// <summary>An Aurora (RDS) cluster.</summary>
    public const string RdsCluster = "aws:rds/cluster:Cluster";

    /// <summary>An instance of an Aurora cluster.</summary>
    public const string RdsClusterInstance = "aws:rds/clusterInstance:ClusterInstance";

    /// <summary>A standalone RDS instance (not mirrored offline; the real package's token).</summary>
    public const string RdsInstance = "aws:rds/instance:Instance";

    /// <summary>An EFS file system.</summary>
    public const string EfsFileSystem = "aws:efs/fileSystem:FileSystem";

    /// <summary>A private key held in state (Pulumi.Tls).</summary>
    public const string TlsPrivateKey = "tls:index/privateKey:PrivateKey";

    /// <summary>A Kubernetes namespace.</summary>
    public const string Namespace = "kubernetes:core/v1:Namespace";

    /// <summary>A Kubernetes secret.</summary>
    public const string Secret = "kubernetes:core/v1:Secret";

    /// <summary>A namespace's quota.</summary>
    public const string ResourceQuota = "kubernetes:core/v1:ResourceQuota";

    /// <summary>A namespace's container defaults.</summary>
    public const string LimitRange = "kubernetes:core/v1:LimitRange";

    /// <summary>A network policy.</summary>
    public const string NetworkPolicy = "kubernetes:networking.k8s.io/v1:NetworkPolicy";

    /// <summary>A cluster-wide RBAC role.</summary>
    public const string ClusterRole = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";

    /// <summary>A namespaced RBAC role.</summary>
    public const string Role = "kubernetes:rbac.authorization.k8s.io/v1:Role";

    /// <summary>A cluster-wide RBAC binding.</summary>
    public const string ClusterRoleBinding = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";

    /// <summary>A namespaced RBAC binding.</summary>
    public const string RoleBinding = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";

    /// <summary>A Helm release (Helm v3 through the Kubernetes provider).</summary>
    public const string HelmRelease = "kubernetes:helm.sh/v3:Release";

    /// <summary>An EKS add-on (vpc-cni, kube-proxy, coredns, the CSI drivers).</summary>
    public const string EksAddon = "aws:eks/addon:Addon";
}
#endif
