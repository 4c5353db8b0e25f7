using System.Collections.Immutable;
using Numinia.Components.Access;
using Numinia.Components.Cluster;
using Numinia.Components.Compute;
using Numinia.Components.Network;
using Numinia.Stacks.Config;
using Pulumi;

namespace Numinia.Stacks;

/// <summary>
/// The Numinia platform: one dependency graph from the VPC to each tenant's namespace. It reads and
/// validates its config once, then wires the components together.
/// </summary>
public sealed class PlatformStack : Stack
{
    /// <summary>The VPC id.</summary>
    [Output("vpcId")]
    public Output<string> VpcId { get; private set; }

    /// <summary>The VPC CIDR block.</summary>
    [Output("vpcCidr")]
    public Output<string> VpcCidr { get; private set; }

    /// <summary>Public subnet ids (load balancers), in zone order.</summary>
    [Output("publicSubnetIds")]
    public Output<ImmutableArray<string>> PublicSubnetIds { get; private set; }

    /// <summary>Private subnet ids (nodes and pods), in zone order.</summary>
    [Output("privateSubnetIds")]
    public Output<ImmutableArray<string>> PrivateSubnetIds { get; private set; }

    /// <summary>Database subnet ids, in zone order.</summary>
    [Output("databaseSubnetIds")]
    public Output<ImmutableArray<string>> DatabaseSubnetIds { get; private set; }

    /// <summary>The EKS cluster's name.</summary>
    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; }

    /// <summary>The private API endpoint.</summary>
    [Output("clusterEndpoint")]
    public Output<string> ClusterEndpoint { get; private set; }

    /// <summary>The cluster's certificate authority data (base64).</summary>
    [Output("clusterCertificateAuthority")]
    public Output<string> ClusterCertificateAuthority { get; private set; }

    /// <summary>The IAM OIDC provider ARN, for IRSA roles in application repositories.</summary>
    [Output("oidcProviderArn")]
    public Output<string> OidcProviderArn { get; private set; }

    /// <summary>The OIDC issuer URL.</summary>
    [Output("oidcIssuerUrl")]
    public Output<string> OidcIssuerUrl { get; private set; }

    /// <summary>A kubeconfig that authenticates with <c>aws eks get-token</c> (secret).</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; }

    /// <summary>The cluster security group (control plane and managed nodes).</summary>
    [Output("clusterSecurityGroupId")]
    public Output<string> ClusterSecurityGroupId { get; private set; }

    /// <summary>The node security group.</summary>
    [Output("nodeSecurityGroupId")]
    public Output<string> NodeSecurityGroupId { get; private set; }

    /// <summary>The managed node groups' names.</summary>
    [Output("nodeGroupNames")]
    public Output<ImmutableArray<string>> NodeGroupNames { get; private set; }

    /// <summary>The Client VPN endpoint id (empty when the VPN is off).</summary>
    [Output("vpnEndpointId")]
    public Output<string> VpnEndpointId { get; private set; }

    /// <summary>The operators' OpenVPN profile (secret; empty when the VPN is off).</summary>
    [Output("vpnClientConfiguration")]
    public Output<string> VpnClientConfiguration { get; private set; }

    /// <summary>Builds the platform from the stack's config.</summary>
    public PlatformStack()
    {
        var config = ConfigReader.Read(ReadConfigValue);

        var aws = new Pulumi.Aws.Provider("aws", new Pulumi.Aws.ProviderArgs
        {
            Region = config.Region,
            AllowedAccountIds = { config.AccountId },
            DefaultTags = new Pulumi.Aws.Inputs.ProviderDefaultTagsArgs { Tags = config.DefaultTags },
        });
        var awsOptions = new ComponentResourceOptions { Providers = { aws } };

        var network = new Network("network", new NetworkArgs
        {
            VpcName = config.Network.VpcName,
            Layout = config.Network.Layout,
            ClusterName = config.Cluster.Name,
            NatGateways = config.Network.NatGateways,
            FlowLogRetentionDays = config.Network.FlowLogRetentionDays,
        }, awsOptions);

        var cluster = new EksCluster("cluster", new EksClusterArgs
        {
            ClusterName = config.Cluster.Name,
            KubernetesVersion = config.Cluster.KubernetesVersion,
            AccountId = config.AccountId,
            Region = config.Region,
            VpcId = network.VpcId,
            PrivateSubnetIds = network.PrivateSubnetIds,
            LogRetentionDays = config.Cluster.LogRetentionDays,
            Access = config.Cluster.Access,
        }, awsOptions);

        // Nodes need their network plugin to become Ready; coredns and the storage drivers need nodes.
        var networkingAddons = new NetworkingAddons("cluster-networking", new NetworkingAddonsArgs
        {
            ClusterName = config.Cluster.Name,
            Cluster = cluster,
            Versions = config.Cluster.AddonVersions,
        }, awsOptions);

        var nodeGroups = new NodeGroups("nodes", new NodeGroupsArgs
        {
            ClusterName = config.Cluster.Name,
            ClusterNameOutput = cluster.ClusterName,
            Groups = config.Cluster.NodeGroups,
            PrivateSubnetIdsByZone = network.PrivateSubnetIdsByZone,
            KmsKeyArn = cluster.KmsKeyArn,
            Oidc = cluster.Oidc,
            KubernetesVersion = Output.Create(config.Cluster.KubernetesVersion),
            // With a launch template naming groups, EKS attaches exactly these: the cluster group (node to
            // control plane) and the node group (node to node).
            SecurityGroupIds = ImmutableArray.Create(cluster.ClusterSecurityGroupId, cluster.NodeSecurityGroupId),
            DependsOn = ImmutableArray.Create<Resource>(networkingAddons.VpcCni, networkingAddons.KubeProxy),
        }, awsOptions);

        _ = new ManagedAddons("cluster-addons", new ManagedAddonsArgs
        {
            ClusterName = config.Cluster.Name,
            Cluster = cluster,
            Versions = config.Cluster.AddonVersions,
            NodeGroups = nodeGroups.Groups.CastArray<Resource>(),
            EfsEnabled = config.Cluster.EfsEnabled,
            VpcId = network.VpcId,
            VpcCidr = config.Network.Layout.Vpc.ToString(),
            PrivateSubnetIdsByZone = network.PrivateSubnetIdsByZone,
        }, awsOptions);

        var vpn = config.Cluster.Vpn.Enabled
            ? new ClientVpn("vpn", new ClientVpnArgs
            {
                VpcId = network.VpcId,
                VpcCidr = config.Network.Layout.Vpc.ToString(),
                PrivateSubnetIdsByZone = network.PrivateSubnetIdsByZone,
                ClientCidr = config.Cluster.Vpn.ClientCidr,
                ServerName = config.Cluster.Vpn.ServerName,
                LogRetentionDays = config.Cluster.Vpn.LogRetentionDays,
                ClusterApiSecurityGroupId = cluster.ClusterSecurityGroupId,
            }, awsOptions)
            : null;

        VpcId = network.VpcId;
        VpcCidr = network.VpcCidr;
        PublicSubnetIds = network.PublicSubnetIds;
        PrivateSubnetIds = network.PrivateSubnetIds;
        DatabaseSubnetIds = network.DatabaseSubnetIds;
        ClusterName = cluster.ClusterName;
        ClusterEndpoint = cluster.Endpoint;
        ClusterCertificateAuthority = cluster.CertificateAuthority;
        OidcProviderArn = cluster.OidcProviderArn;
        OidcIssuerUrl = cluster.OidcIssuerUrl;
        Kubeconfig = cluster.Kubeconfig;
        ClusterSecurityGroupId = cluster.ClusterSecurityGroupId;
        NodeSecurityGroupId = cluster.NodeSecurityGroupId;
        NodeGroupNames = nodeGroups.NodeGroupNames;
        VpnEndpointId = vpn?.EndpointId ?? Output.Create(string.Empty);
        VpnClientConfiguration = vpn?.ClientConfiguration ?? Output.CreateSecret(string.Empty);
    }

    private static string? ReadConfigValue(string fullKey)
    {
        var colon = fullKey.IndexOf(':', StringComparison.Ordinal);
        return new Pulumi.Config(fullKey[..colon]).Get(fullKey[(colon + 1)..]);
    }
}
