using System.Collections.Immutable;
using Numinia.Components.Access;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Addons.SealedSecrets;
using Numinia.Components.Addons.Velero;
using Numinia.Components.Cluster;
using Numinia.Components.Compute;
using Numinia.Components.Data;
using Numinia.Components.Network;
using Numinia.Components.Tenants;
using Numinia.Stacks.Config;
using Numinia.Stacks.Contract;
using Pulumi;

namespace Numinia.Stacks;

/// <summary>
/// The Numinia platform: one dependency graph from the VPC to each tenant's namespace. It reads and
/// validates its config once, then wires the components together.
/// </summary>
public sealed partial class PlatformStack : Stack
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

    /// <summary>
    /// <c>kourier.&lt;baseDomain&gt;</c>: the platform's name for Kourier's internet-facing NLB, which external-dns
    /// writes as an alias of it beside the wildcard record (the CNAME target of custom domains).
    /// </summary>
    [Output(PlatformOutputNames.KourierHostname)]
    public Output<string> KourierHostname { get; private set; }

    /// <summary>The platform's base domain (live: numinia.xyz).</summary>
    [Output(PlatformOutputNames.BaseDomain)]
    public Output<string> BaseDomain { get; private set; }

    /// <summary>The platform's ClusterIssuers (letsencrypt-prod, letsencrypt-staging, selfsigned).</summary>
    [Output(PlatformOutputNames.ClusterIssuers)]
    public Output<ImmutableArray<string>> ClusterIssuers { get; private set; }

    /// <summary>The ClusterSecretStore of the platform's namespaces (aws-secrets-manager).</summary>
    [Output(PlatformOutputNames.SecretStoreName)]
    public Output<string> SecretStoreName { get; private set; }

    /// <summary>The statics bucket's name.</summary>
    [Output(PlatformOutputNames.StaticsBucketName)]
    public Output<string> StaticsBucketName { get; private set; }

    /// <summary>The statics bucket's ARN.</summary>
    [Output(PlatformOutputNames.StaticsBucketArn)]
    public Output<string> StaticsBucketArn { get; private set; }

    /// <summary>The database's writer endpoint.</summary>
    [Output(PlatformOutputNames.DatabaseEndpoint)]
    public Output<string> DatabaseEndpoint { get; private set; }

    /// <summary>The database's reader endpoint.</summary>
    [Output(PlatformOutputNames.DatabaseReaderEndpoint)]
    public Output<string> DatabaseReaderEndpoint { get; private set; }

    /// <summary>The database's port.</summary>
    [Output(PlatformOutputNames.DatabasePort)]
    public Output<int> DatabasePort { get; private set; }

    /// <summary>Per organization and environment: namespace, service account, role ARN, secret name prefix.</summary>
    [Output(PlatformOutputNames.Organizations)]
    public Output<ImmutableDictionary<string, ImmutableDictionary<string, ImmutableDictionary<string, string>>>> Organizations { get; private set; }

    /// <summary>The AWS account (contract 1.1; tenant stacks read it).</summary>
    [Output(PlatformOutputNames.AccountId)]
    public Output<string> AccountId { get; private set; }

    /// <summary>The AWS region (contract 1.1).</summary>
    [Output(PlatformOutputNames.Region)]
    public Output<string> Region { get; private set; }

    /// <summary>The tags every AWS resource carries, the AWS provider's default tags (contract 1.1).</summary>
    [Output(PlatformOutputNames.DefaultTags)]
    public Output<ImmutableDictionary<string, string>> DefaultTags { get; private set; }

    /// <summary>The cluster's customer-managed KMS key (contract 1.1).</summary>
    [Output(PlatformOutputNames.KmsKeyArn)]
    public Output<string> KmsKeyArn { get; private set; }

    /// <summary>The database subnets' CIDR blocks, in zone order (contract 1.1).</summary>
    [Output(PlatformOutputNames.DatabaseSubnetCidrs)]
    public Output<ImmutableArray<string>> DatabaseSubnetCidrs { get; private set; }

    /// <summary>The cluster's Service address range; the API server is its first address (contract 1.2).</summary>
    [Output(PlatformOutputNames.ServiceCidr)]
    public Output<string> ServiceCidr { get; private set; }

    /// <summary>Where the tenants live: <c>inline</c> or <c>stacks</c> (contract 1.1).</summary>
    [Output(PlatformOutputNames.Tenancy)]
    public Output<string> Tenancy { get; private set; }

    /// <summary>The version of the outputs contract (<see cref="PlatformContract.Version"/>).</summary>
    [Output(PlatformOutputNames.ContractVersion)]
    public Output<string> ContractVersion { get; private set; }

    /// <summary>Builds the platform from the stack's config.</summary>
    public PlatformStack()
    {
        var config = ConfigReader.Read(ReadConfigValue, ConfigKeys.FromEnvironment(), ConfigKeys.SecretKeysFromEnvironment());

        var aws = new Pulumi.Aws.Provider("aws", new Pulumi.Aws.ProviderArgs
        {
            Region = config.Region,
            AllowedAccountIds = { config.AccountId },
            DefaultTags = new Pulumi.Aws.Inputs.ProviderDefaultTagsArgs { Tags = config.DefaultTags },
        });
        var awsOptions = new ComponentResourceOptions { Providers = { aws } };
        RunPreflight(config, aws);
        var adoptedAws = AdoptedProvider(config, "aws-adopted", config.Region);

        // Paused (README, "Pausing the platform"), the stack keeps what holds data and the names, and drops what bills by
        // the hour without holding any: the cluster and all on it, the NAT gateways, the VPN's subnet associations.
        var paused = config.Cluster.Paused;
        var network = new Network("network", new NetworkArgs { Settings = config.Network, ClusterName = config.Cluster.Name, TagProvider = aws, Paused = paused },
            OptionsFor(config.Network.Imports is not null, adoptedAws, awsOptions));

        var cluster = new EksCluster("cluster", new EksClusterArgs
        {
            Settings = config.Cluster,
            AccountId = config.AccountId,
            Region = config.Region,
            VpcId = network.VpcId,
            PrivateSubnetIds = network.PrivateSubnetIds,
            Paused = paused,
        }, awsOptions);
        var zone = Zone(config, aws, adoptedAws);

        var vpn = config.Vpn.Enabled
            ? new ClientVpn("vpn", new ClientVpnArgs
            {
                Settings = config.Vpn,
                VpcId = network.VpcId,
                VpcCidr = config.Network.Layout.Vpc,
                PrivateSubnetIdsByZone = network.PrivateSubnetIdsByZone,
                ClusterApiSecurityGroupId = paused ? null : cluster.ClusterSecurityGroupId,
                Paused = paused,
            }, awsOptions)
            : null;

        var statics = new StaticsBucket("statics", new StaticsBucketArgs
        {
            Settings = config.Statics,
        }, OptionsFor(config.Statics.Import, adoptedAws, awsOptions));
        if (StaticsReplica.Replicates(config.Statics))
        {
            _ = new StaticsReplica("statics-replica", new StaticsReplicaArgs { Source = statics, Region = config.Database.BackupCopyRegion }, awsOptions);
        }

        _ = new StaticsCdn("statics-cdn", new StaticsCdnArgs
        {
            Settings = config.StaticsCdn,
            Bucket = statics,
            ZoneId = zone.ZoneId,
            ImportZoneId = config.Dns.ImportZoneId,
        }, OptionsFor(config.StaticsCdn.Import, adoptedAws, awsOptions));

        var database = new AuroraPostgres("database", new AuroraPostgresArgs
        {
            Settings = config.Database,
            KmsKeyArn = cluster.KmsKeyArn,
            VpcId = network.VpcId,
            VpcCidr = config.Network.Layout.Vpc,
            DatabaseSubnetIds = network.DatabaseSubnetIdsByZone,
            AvailabilityZones = network.AvailabilityZones,
            PrivateSubnetCidrs = network.PrivateSubnetCidrs,
        }, OptionsFor(config.Database.Imports is not null, adoptedAws, awsOptions));
        _ = new DatabaseBackup("database-backup", new DatabaseBackupArgs
        {
            ClusterArn = database.Cluster.Arn,
            ClusterIdentifier = config.Database.ClusterIdentifier,
            CopyRegion = config.Database.BackupCopyRegion,
            RetentionDays = config.Database.BackupRetentionDays,
        }, awsOptions);

        var inline = config.Tenants.Tenancy == Components.Tenants.Tenancy.Inline ? config.Tenants.Organizations : ImmutableArray<OrganizationSpec>.Empty;
        var (organizations, nodeGroupNames, kourierHostname, baseDomain, clusterIssuers, secretStoreName) = paused
            ? Paused(config, cluster, inline, awsOptions)
            : Running(config, awsOptions, network, cluster, zone, statics, inline);
        NodeGroupNames = nodeGroupNames;
        KourierHostname = kourierHostname;
        BaseDomain = baseDomain;
        ClusterIssuers = clusterIssuers;
        SecretStoreName = secretStoreName;

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
        VpnEndpointId = vpn?.EndpointId ?? Output.Create(string.Empty);
        VpnClientConfiguration = vpn?.ClientConfiguration ?? Output.CreateSecret(string.Empty);
        StaticsBucketName = statics.BucketName;
        StaticsBucketArn = statics.BucketArn;
        DatabaseEndpoint = database.Endpoint;
        DatabaseReaderEndpoint = database.ReaderEndpoint;
        DatabasePort = database.Port;
        Organizations = Output.All(organizations.Select(o => o.Contract.Apply(c => KeyValuePair.Create(o.GetResourceName(), c))))
            .Apply(entries => entries.ToImmutableDictionary(StringComparer.Ordinal));
        AccountId = Output.Create(config.AccountId);
        Region = Output.Create(config.Region);
        DefaultTags = Output.Create(config.DefaultTags);
        KmsKeyArn = cluster.KmsKeyArn;
        DatabaseSubnetCidrs = Output.Create(config.Network.Layout.Database.Select(c => c.ToString()).ToImmutableArray());
        ServiceCidr = Output.Create(config.Cluster.ServiceRange.ToString());
        Tenancy = Output.Create(TenantsSettings.TenancyName(config.Tenants.Tenancy));
        ContractVersion = Output.Create(PlatformContract.Version);
    }

    /// <summary>What runs on the cluster gives the stack: the organizations and the outputs of the cluster's parts.</summary>
    private sealed record ClusterParts(ImmutableArray<Organization> Organizations, Output<ImmutableArray<string>> NodeGroupNames, Output<string> KourierHostname,
        Output<string> BaseDomain, Output<ImmutableArray<string>> ClusterIssuers, Output<string> SecretStoreName);

    /// <summary>
    /// The running platform on top of the network, the cluster and the data services: the node groups, the cluster's
    /// add-ons, the shared services and the organizations.
    /// </summary>
    private static ClusterParts Running(PlatformConfig config, ComponentResourceOptions awsOptions, Network network, EksCluster cluster,
        Components.Addons.HostedZone zone, StaticsBucket statics, ImmutableArray<OrganizationSpec> inline)
    {
        // Nodes need their network plugin to become Ready; coredns and the storage drivers need nodes.
        var networkingAddons = new NetworkingAddons("cluster-networking", new NetworkingAddonsArgs { Settings = config.Cluster, Cluster = cluster }, awsOptions);

        var nodeGroups = new NodeGroups("nodes", new NodeGroupsArgs
        {
            ClusterName = config.Cluster.Name,
            ClusterNameOutput = cluster.ClusterName,
            Groups = config.NodeGroups,
            PrivateSubnetIdsByZone = network.PrivateSubnetIdsByZone,
            Zones = network.AvailabilityZones,
            KmsKeyArn = cluster.KmsKeyArn,
            Oidc = cluster.Oidc,
            KubernetesVersion = Output.Create(config.Cluster.KubernetesVersion),
            // With a launch template naming groups, EKS attaches exactly these: the cluster group (node to
            // control plane) and the node group (node to node).
            SecurityGroupIds = ImmutableArray.Create(cluster.ClusterSecurityGroupId, cluster.NodeSecurityGroupId),
            DependsOn = ImmutableArray.Create<Resource>(networkingAddons.VpcCni, networkingAddons.KubeProxy),
        }, awsOptions);

        var managedAddons = new ManagedAddons("cluster-addons", new ManagedAddonsArgs
        {
            Settings = config.Cluster,
            Cluster = cluster,
            NodeGroups = nodeGroups.Groups.CastArray<Resource>(),
            VpcId = network.VpcId,
            VpcCidr = config.Network.Layout.Vpc,
            PrivateSubnetIdsByZone = network.PrivateSubnetIdsByZone,
        }, awsOptions);

        var services = SharedServices(config, awsOptions, network, cluster, nodeGroups, managedAddons, zone);

        // One Organization per config entry (none when each has its own tenant stack): adding an organization is
        // one entry in the stack config.
        var tenantPlatform = new TenantWiring.Platform(OrganizationCluster.Of(services.Context), cluster.ClusterName, statics.BucketArn,
            Output.Create(config.Network.Layout.Vpc), Output.Create(config.Network.Layout.Database), Output.Create(config.Cluster.ServiceRange));
        var organizations = inline.Select(spec => new Organization(spec.Name, TenantWiring.Args(spec, tenantPlatform) with
        {
            RbacDependsOn = ImmutableArray.Create<Resource>(services.Rbac),
            IssuerDependsOn = ImmutableArray.Create<Resource>(services.CertManager.Release),
            SecretStoreDependsOn = ImmutableArray.Create<Resource>(services.ExternalSecrets.Release),
            Flux = services.Flux?.Sync,
        }, awsOptions)).ToImmutableArray();

        return new ClusterParts(organizations, nodeGroups.NodeGroupNames, services.Knative.KourierHostname, services.Knative.BaseDomain,
            services.CertManager.IssuerNames, services.ExternalSecrets.SecretStoreName);
    }

    /// <summary>
    /// The paused platform's part of what runs: the Sealed Secrets key pair, Velero's backup bucket, alerting's AWS side and each organization's secrets (what holds
    /// data, under the same URNs); the outputs of what is gone are empty, the base domain stays.
    /// </summary>
    private static ClusterParts Paused(PlatformConfig config, EksCluster cluster, ImmutableArray<OrganizationSpec> inline,
        ComponentResourceOptions awsOptions)
    {
        _ = new SealedSecretsKeyPair(new SealedSecretsService().Name, new SealedSecretsKeyPairArgs(), awsOptions);
        _ = new AlertsStore(new MonitoringService().Name, new AlertsStoreArgs
        {
            ClusterName = config.Cluster.Name,
            Region = config.Region,
            AccountId = config.AccountId,
            Settings = config.Service<MonitoringSettings>().Alerting,
        }, awsOptions);
        _ = new VeleroBackupStore(new VeleroService().Name, new VeleroBackupStoreArgs
        {
            ClusterName = config.Cluster.Name,
            AccountId = config.AccountId,
            Settings = config.Service<VeleroSettings>(),
        }, awsOptions);
        var organizations = inline.Select(spec => new Organization(spec.Name, new PausedOrganizationArgs { Spec = spec, KmsKeyArn = cluster.KmsKeyArn }, awsOptions))
            .ToImmutableArray();
        return new ClusterParts(organizations, Output.Create(ImmutableArray<string>.Empty), Output.Create(string.Empty), Output.Create(config.Dns.BaseDomain),
            Output.Create(ImmutableArray<string>.Empty), Output.Create(string.Empty));
    }

    /// <summary>A config value by its full key (<c>namespace:key</c>), as Pulumi hands it to the program.</summary>
    internal static string? ReadConfigValue(string fullKey)
    {
        var colon = fullKey.IndexOf(':', StringComparison.Ordinal);
        return new Pulumi.Config(fullKey[..colon]).Get(fullKey[(colon + 1)..]);
    }
}
