using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Rds;
using RdsCluster = Pulumi.Aws.Rds.Cluster;

namespace Numinia.Components.Data;

/// <summary>What the Aurora PostgreSQL cluster is built from.</summary>
public sealed record AuroraPostgresArgs
{
    /// <summary>The cluster's settings: identifier, engine version, instance class, database, master user, retentions.</summary>
    public required DatabaseSettings Settings { get; init; }

    /// <summary>The customer-managed KMS key for storage, the master secret and Performance Insights (the cluster key).</summary>
    public required Output<string> KmsKeyArn { get; init; }

    /// <summary>The VPC (for the security group).</summary>
    public required Output<string> VpcId { get; init; }

    /// <summary>The database subnets' ids, in zone order.</summary>
    public required ImmutableArray<Output<string>> DatabaseSubnetIds { get; init; }

    /// <summary>The database subnets' zones, in the same order; the writer goes to the first, the reader to the second.</summary>
    public required ImmutableArray<string> AvailabilityZones { get; init; }

    /// <summary>The private subnets' CIDR blocks (nodes and pods): the only sources admitted on the PostgreSQL port.</summary>
    public required ImmutableArray<Cidr> PrivateSubnetCidrs { get; init; }

    /// <summary>The VPC's block, which the adopted cluster's live rule admits until converging narrows it.</summary>
    public Cidr VpcCidr { get; init; }
}

/// <summary>
/// Aurora PostgreSQL in the database subnets: a writer and a reader in two zones, encrypted with the
/// cluster KMS key, IAM database authentication, a master password that only Secrets Manager knows,
/// a week of backups at least, deletion protection and a final snapshot. Reachable only from the
/// private subnets, on 5432.
/// </summary>
public sealed class AuroraPostgres : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:data:AuroraPostgres";

    /// <summary>The PostgreSQL port.</summary>
    public const int PostgresPort = 5432;

    /// <summary>The daily backup window (UTC), before the maintenance window.</summary>
    public const string BackupWindow = "02:00-03:00";

    /// <summary>The weekly maintenance window (UTC).</summary>
    public const string MaintenanceWindow = "sun:03:30-sun:04:30";

    /// <summary>The writer endpoint.</summary>
    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; }

    /// <summary>The reader endpoint (balanced over the readers).</summary>
    [Output("readerEndpoint")]
    public Output<string> ReaderEndpoint { get; private set; }

    /// <summary>The port the endpoints listen on.</summary>
    [Output("port")]
    public Output<int> Port { get; private set; }

    /// <summary>The Secrets Manager secret RDS keeps the master credentials in.</summary>
    [Output("masterUserSecretArn")]
    public Output<string> MasterUserSecretArn { get; private set; }

    /// <summary>The cluster's identifier.</summary>
    [Output("clusterIdentifier")]
    public Output<string> ClusterIdentifier { get; private set; }

    /// <summary>The cluster's resource id, which IAM database authentication policies name (<c>rds-db:connect</c>).</summary>
    [Output("clusterResourceId")]
    public Output<string> ClusterResourceId { get; private set; }

    /// <summary>The security group of the cluster's instances.</summary>
    [Output("securityGroupId")]
    public Output<string> SecurityGroupId { get; private set; }

    /// <summary>The cluster.</summary>
    public RdsCluster Cluster { get; }

    /// <summary>The instance created first, hence the writer (after a failover, the roles may swap).</summary>
    public ClusterInstance Writer { get; }

    /// <summary>The first reader, in another zone: the failover target (null with one instance).</summary>
    public ClusterInstance? Reader { get; }

    /// <summary>Every instance, the writer first.</summary>
    public ImmutableArray<ClusterInstance> Instances { get; }

    /// <summary>Builds the cluster.</summary>
    public AuroraPostgres(string name, AuroraPostgresArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        if (args.DatabaseSubnetIds.IsDefaultOrEmpty || args.AvailabilityZones.IsDefault || args.DatabaseSubnetIds.Length != args.AvailabilityZones.Length)
        {
            throw new ArgumentException("Give one database subnet per availability zone, in the same order.", nameof(args));
        }

        if (args.AvailabilityZones.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new ArgumentException("The writer and the reader need two different availability zones.", nameof(args));
        }

        if (args.PrivateSubnetCidrs.IsDefaultOrEmpty || args.PrivateSubnetCidrs.Any(c => c.PrefixLength == 0))
        {
            throw new ArgumentException("The database admits the private subnets' CIDR blocks only.", nameof(args));
        }

        var id = args.Settings.ClusterIdentifier;
        var imports = args.Settings.Imports;
        var converging = imports is null or { Phase: AdoptionPhase.Converge };
        var restore = args.Settings.RestoreSnapshotArn;

        // Adopted, the subnet group is the module's (named as the cluster; its name forces a new group, and the cluster's
        // subnet group forces a new cluster).
        var subnetGroup = new SubnetGroup($"{name}-subnets", new SubnetGroupArgs
        {
            Name = imports is null ? $"{id}-subnets" : id,
            Description = imports is null ? $"Database subnets of {id}." : $"For Aurora cluster {id}",
            SubnetIds = args.DatabaseSubnetIds.Select(s => (Input<string>)s).ToList(),
            Tags = imports is null ? new InputMap<string> { { "Name", $"{id}-subnets" } } : new InputMap<string>(),
        }, Options(imports is null ? null : id, protect: false));

        // No egress rules: security groups are stateful, so replies to admitted connections leave
        // anyway, and Aurora opens no connections of its own here (no S3 import/export, no Lambda).
        // Without an egress block, the provider removes the allow-all rule AWS adds to a new group.
        var securityGroup = new SecurityGroup($"{name}-sg", new SecurityGroupArgs
        {
            VpcId = args.VpcId,
            // Name and description force a new group: an adopted one keeps the module's.
            Name = imports is null ? (Input<string>?)null : imports.SecurityGroupName,
            Description = imports is null ? $"PostgreSQL from the private subnets to {id}." : $"Control traffic to/from RDS Aurora {id}",
            Ingress = { converging ? PrivateSubnetsRule(args) : LiveVpcRule(args) },
            Tags = { { "Name", imports is null ? $"{id}-postgres" : id } },
        }, Options(imports?.SecurityGroupId, protect: false));

        Cluster = new RdsCluster($"{name}-cluster", new ClusterArgs
        {
            ClusterIdentifier = id,
            Engine = EngineType.AuroraPostgresql,
            EngineMode = EngineMode.Provisioned,
            EngineVersion = args.Settings.EngineVersion,
            // A restore takes the database and the master user from the snapshot (RDS RestoreDBClusterFromSnapshot has neither).
            SnapshotIdentifier = restore is null ? (Input<string>?)null : restore,
            DatabaseName = restore is null && args.Settings.DatabaseName is { } database ? database : (Input<string>?)null,
            MasterUsername = restore is null ? args.Settings.MasterUsername : (Input<string>?)null,
            // RDS generates the password and keeps it in Secrets Manager, encrypted with our key: no
            // password is an input, so none is in the state. The adopted cluster keeps its secret's key and its
            // storage key (aws/rds): a storage key forces a new cluster, so changing it is a restore, not an update.
            ManageMasterUserPassword = true,
            MasterUserSecretKmsKeyId = imports is null ? args.KmsKeyArn : (Input<string>?)null,
            IamDatabaseAuthenticationEnabled = true,
            StorageEncrypted = true,
            KmsKeyId = imports is null ? args.KmsKeyArn : (Input<string>?)null,
            DbSubnetGroupName = subnetGroup.Name,
            VpcSecurityGroupIds = { securityGroup.Id },
            Port = PostgresPort,
            BackupRetentionPeriod = imports is { Phase: AdoptionPhase.Import } ? imports.LiveBackupRetentionDays : args.Settings.BackupRetentionDays,
            PreferredBackupWindow = imports is null ? BackupWindow : DatabaseImports.LiveBackupWindow,
            PreferredMaintenanceWindow = imports is null ? MaintenanceWindow : DatabaseImports.LiveMaintenanceWindow,
            CopyTagsToSnapshot = imports is null ? true : (Input<bool>?)null,
            DeletionProtection = true,
            SkipFinalSnapshot = false,
            // Only the program knows a final snapshot's name (AWS reports none), so an import declares none.
            FinalSnapshotIdentifier = converging ? (imports is null ? $"{id}-final" : id) : (Input<string>?)null,
            Tags = imports is null ? new InputMap<string> { { "Name", id } } : new InputMap<string>(),
        }, Options(imports is null ? null : id, protect: true));

        var instances = ImmutableArray.CreateBuilder<ClusterInstance>();
        for (var i = 0; i < args.Settings.InstanceCount; i++)
        {
            // Created one after another, so that Aurora makes the first instance the writer; readers are promoted in order.
            instances.Add(Instance(name, i == 0 ? "writer" : i == 1 ? "reader" : $"reader-{i}", i, args, i == 0 ? null : instances[i - 1]));
        }

        Instances = instances.ToImmutable();
        Writer = Instances[0];
        Reader = Instances.Length > 1 ? Instances[1] : null;

        Endpoint = Cluster.Endpoint;
        ReaderEndpoint = Cluster.ReaderEndpoint;
        Port = Cluster.Port;
        MasterUserSecretArn = Cluster.MasterUserSecrets.Apply(secrets => secrets.IsDefaultOrEmpty ? string.Empty : secrets[0].SecretArn ?? string.Empty);
        ClusterIdentifier = Cluster.ClusterIdentifier;
        ClusterResourceId = Cluster.ClusterResourceId;
        SecurityGroupId = securityGroup.Id;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["endpoint"] = Endpoint,
            ["readerEndpoint"] = ReaderEndpoint,
            ["port"] = Port,
            ["masterUserSecretArn"] = MasterUserSecretArn,
            ["clusterIdentifier"] = ClusterIdentifier,
            ["clusterResourceId"] = ClusterResourceId,
            ["securityGroupId"] = SecurityGroupId,
        });
    }

    private ClusterInstance Instance(string name, string role, int index, AuroraPostgresArgs args, Resource? after)
    {
        var imports = args.Settings.Imports;
        var id = args.Settings.ClusterIdentifier;
        var identifier = imports is null ? $"{id}-{index + 1}" : DatabaseImports.InstanceIdentifier(id, index);
        var options = Options(imports is null ? null : identifier, protect: true);
        if (after is not null)
        {
            options.DependsOn = new InputList<Resource> { after };
        }

        return new ClusterInstance($"{name}-{role}", new ClusterInstanceArgs
        {
            Identifier = identifier,
            ClusterIdentifier = Cluster.Id,
            Engine = EngineType.AuroraPostgresql,
            EngineVersion = Cluster.EngineVersion,
            InstanceClass = args.Settings.InstanceClass,
            DbSubnetGroupName = Cluster.DbSubnetGroupName,
            // A zone forces a new instance: an adopted one stays where it is.
            AvailabilityZone = imports is null ? args.AvailabilityZones[index % args.AvailabilityZones.Length] : (Input<string>?)null,
            PubliclyAccessible = false,
            PromotionTier = imports is null ? index : (Input<int>?)null,
            PerformanceInsightsEnabled = true,
            PerformanceInsightsKmsKeyId = imports is null ? args.KmsKeyArn : (Input<string>?)null,
            PerformanceInsightsRetentionPeriod = args.Settings.PerformanceInsightsRetentionDays,
            // The version is pinned in config: minor upgrades happen when the config says so, not
            // behind the program's back (which would leave the cluster differing from its code). The live instance
            // has AWS's default (true) until converging.
            AutoMinorVersionUpgrade = imports is { Phase: AdoptionPhase.Import },
            CopyTagsToSnapshot = imports is null ? true : (Input<bool>?)null,
            Tags = imports is null ? new InputMap<string> { { "Name", identifier } } : new InputMap<string>(),
        }, options);
    }

    /// <summary>The program's rule: PostgreSQL from the private subnets (nodes and pods) only.</summary>
    private static SecurityGroupIngressArgs PrivateSubnetsRule(AuroraPostgresArgs args) => new()
    {
        Description = "PostgreSQL from the private subnets (nodes and pods)",
        Protocol = "tcp",
        FromPort = PostgresPort,
        ToPort = PostgresPort,
        CidrBlocks = args.PrivateSubnetCidrs.Select(c => (Input<string>)c.ToString()).ToList(),
    };

    /// <summary>The live rule (TG rds/hyperfy <c>security_group_rules.vpc_ingress</c>): PostgreSQL from the whole VPC.</summary>
    private static SecurityGroupIngressArgs LiveVpcRule(AuroraPostgresArgs args) => new()
    {
        Description = "PostgreSQL from VPC (nodes + VPN)",
        Protocol = "tcp",
        FromPort = PostgresPort,
        ToPort = PostgresPort,
        CidrBlocks = { args.VpcCidr.ToString() },
    };

    // An adopted resource is protected too: the live database depends on each.
    private CustomResourceOptions Options(string? importId, bool protect)
        => new() { Parent = this, Protect = protect || importId is not null, ImportId = importId };
}
