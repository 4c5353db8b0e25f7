namespace Numinia.Stacks.Contract;

/// <summary>
/// The names of the platform stack's outputs: the contract application repositories read through
/// <see cref="PlatformOutputs"/>. Renaming or removing one, or changing its shape, is a major change of
/// <see cref="PlatformContract.Version"/>; adding one is a minor change.
/// </summary>
public static class PlatformOutputNames
{
    /// <summary>The VPC id (string).</summary>
    public const string VpcId = "vpcId";

    /// <summary>The VPC CIDR block (string).</summary>
    public const string VpcCidr = "vpcCidr";

    /// <summary>Public subnet ids, in zone order (array of strings).</summary>
    public const string PublicSubnetIds = "publicSubnetIds";

    /// <summary>Private subnet ids (nodes and pods), in zone order (array of strings).</summary>
    public const string PrivateSubnetIds = "privateSubnetIds";

    /// <summary>Database subnet ids, in zone order (array of strings).</summary>
    public const string DatabaseSubnetIds = "databaseSubnetIds";

    /// <summary>The EKS cluster's name (string).</summary>
    public const string ClusterName = "clusterName";

    /// <summary>The cluster's private API endpoint (string).</summary>
    public const string ClusterEndpoint = "clusterEndpoint";

    /// <summary>The cluster's certificate authority data, base64 (string).</summary>
    public const string ClusterCertificateAuthority = "clusterCertificateAuthority";

    /// <summary>The IAM OIDC provider's ARN, for IRSA roles (string).</summary>
    public const string OidcProviderArn = "oidcProviderArn";

    /// <summary>The OIDC issuer URL (string).</summary>
    public const string OidcIssuerUrl = "oidcIssuerUrl";

    /// <summary>A kubeconfig that authenticates with <c>aws eks get-token</c> (secret string).</summary>
    public const string Kubeconfig = "kubeconfig";

    /// <summary>The cluster security group (string).</summary>
    public const string ClusterSecurityGroupId = "clusterSecurityGroupId";

    /// <summary>The node security group (string).</summary>
    public const string NodeSecurityGroupId = "nodeSecurityGroupId";

    /// <summary>The managed node groups' names (array of strings).</summary>
    public const string NodeGroupNames = "nodeGroupNames";

    /// <summary>The operators' Client VPN endpoint id (string; empty when the VPN is off). Not for applications.</summary>
    public const string VpnEndpointId = "vpnEndpointId";

    /// <summary>The operators' OpenVPN profile (secret string). Not for applications.</summary>
    public const string VpnClientConfiguration = "vpnClientConfiguration";

    /// <summary>
    /// A hostname that resolves to Kourier's load balancer (string): <c>kourier.&lt;baseDomain&gt;</c>, an alias of the
    /// NLB that external-dns writes beside the wildcard record, and what custom domains CNAME to. Before
    /// external-dns owned the records this was the NLB's own DNS name (<c>*.elb.&lt;region&gt;.amazonaws.com</c>);
    /// both resolve to the same addresses, and this one survives a replaced NLB.
    /// </summary>
    public const string KourierHostname = "kourierHostname";

    /// <summary>The base domain Knative services are published under (string).</summary>
    public const string BaseDomain = "baseDomain";

    /// <summary>The names of the cert-manager ClusterIssuers (array of strings).</summary>
    public const string ClusterIssuers = "clusterIssuers";

    /// <summary>The External Secrets ClusterSecretStore's name (string).</summary>
    public const string SecretStoreName = "secretStoreName";

    /// <summary>The statics bucket's name (string).</summary>
    public const string StaticsBucketName = "staticsBucketName";

    /// <summary>The statics bucket's ARN (string).</summary>
    public const string StaticsBucketArn = "staticsBucketArn";

    /// <summary>The Aurora PostgreSQL writer endpoint (string).</summary>
    public const string DatabaseEndpoint = "databaseEndpoint";

    /// <summary>The Aurora PostgreSQL reader endpoint (string).</summary>
    public const string DatabaseReaderEndpoint = "databaseReaderEndpoint";

    /// <summary>The Aurora PostgreSQL port (number).</summary>
    public const string DatabasePort = "databasePort";

    /// <summary>
    /// The tenants built by this stack (none with <c>tenancy: stacks</c>; each tenant stack then publishes its own
    /// under the same name and shape): organization name, then environment name, then a map with the keys
    /// <see cref="TenantKeys.Namespace"/>, <see cref="TenantKeys.ServiceAccount"/>, <see cref="TenantKeys.RoleArn"/>
    /// and <see cref="TenantKeys.SecretNamePrefix"/> (all strings).
    /// </summary>
    public const string Organizations = "organizations";

    /// <summary>The AWS account the platform runs in (string, 12 digits). Since 1.1.</summary>
    public const string AccountId = "accountId";

    /// <summary>The AWS region (string). Since 1.1.</summary>
    public const string Region = "region";

    /// <summary>The tags every AWS resource of the platform carries (map of strings). Since 1.1.</summary>
    public const string DefaultTags = "defaultTags";

    /// <summary>The cluster's customer-managed KMS key ARN (string): secrets, volumes, logs, the statics bucket. Since 1.1.</summary>
    public const string KmsKeyArn = "kmsKeyArn";

    /// <summary>The database subnets' CIDR blocks, in zone order (array of strings). Since 1.1.</summary>
    public const string DatabaseSubnetCidrs = "databaseSubnetCidrs";

    /// <summary>Where the tenant organizations live, <c>inline</c> or <c>stacks</c> (string). Since 1.1.</summary>
    public const string Tenancy = "tenancy";

    /// <summary>The cluster's Service address range (string, a CIDR block; the API server is its first address). Since 1.2.</summary>
    public const string ServiceCidr = "serviceCidr";

    /// <summary>The contract's version, <see cref="PlatformContract.Version"/> (string).</summary>
    public const string ContractVersion = "contractVersion";

    /// <summary>The keys of one organization environment's map in <see cref="Organizations"/>.</summary>
    public static class TenantKeys
    {
        /// <summary>The environment's namespace.</summary>
        public const string Namespace = "namespace";

        /// <summary>The environment's ServiceAccount (named after the namespace), bound to its IRSA role.</summary>
        public const string ServiceAccount = "serviceAccount";

        /// <summary>The ARN of the environment's IRSA role.</summary>
        public const string RoleArn = "roleArn";

        /// <summary>The prefix of the Secrets Manager secrets the environment may read.</summary>
        public const string SecretNamePrefix = "secretNamePrefix";
    }
}
