using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Data;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Rds;
using Pulumi.Aws.S3;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>The statics bucket and Aurora PostgreSQL, each rule on its own; and their config.</summary>
[NonParallelizable]
public sealed class DataServicesTests
{
    private const string KeyArn = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    private const string BucketName = "numinia-statics";
    private const string ClusterId = "numinia-postgres";

    private static readonly ImmutableArray<string> Zones = ImmutableArray.Create("eu-west-1a", "eu-west-1b", "eu-west-1c");
    private static readonly ImmutableArray<string> DatabaseSubnets = ImmutableArray.Create("subnet-0db00000000000001", "subnet-0db00000000000002", "subnet-0db00000000000003");
    private static readonly ImmutableArray<string> PrivateCidrs = ImmutableArray.Create("10.0.32.0/19", "10.0.64.0/19", "10.0.96.0/19");

    private static AuroraPostgresArgs DatabaseArgs(ImmutableArray<string>? zones = null) => new()
    {
        Settings = new DatabaseSettings
        {
            ClusterIdentifier = ClusterId,
            EngineVersion = "16.8",
            InstanceClass = "db.t4g.medium",
            DatabaseName = "numinia",
            MasterUsername = "numinia_admin",
            BackupRetentionDays = 7,
            PerformanceInsightsRetentionDays = 7,
            // A writer and a reader, so that the reader's rules are tested too (the default is the writer alone).
            InstanceCount = 2,
        },
        KmsKeyArn = Output.Create(KeyArn),
        VpcId = Output.Create("vpc-0123456789abcdef0"),
        DatabaseSubnetIds = DatabaseSubnets.Take((zones ?? Zones).Length).Select(Output.Create).ToImmutableArray(),
        AvailabilityZones = zones ?? Zones,
        PrivateSubnetCidrs = PrivateCidrs.Select(Cidr.Parse).ToImmutableArray(),
    };

    private static Task<ImmutableArray<Resource>> BuildAsync() => RunAsync(() =>
    {
        var bucket = new StaticsBucket("statics", new StaticsBucketArgs
        {
            Settings = new StaticsBucketSettings { Name = BucketName, NoncurrentVersionExpirationDays = 7, BackupsExpirationDays = 7 },
        });
        _ = new StaticsCdn("statics-cdn", new StaticsCdnArgs
        {
            Settings = new StaticsCdnSettings { Domain = "statics.numinia.xyz" },
            Bucket = bucket,
            ZoneId = Output.Create("Z0123456789ABCDEFGHIJ"),
        });
        _ = new AuroraPostgres("database", DatabaseArgs());
    });

    // ---- The statics bucket -------------------------------------------------------------------

    [Test]
    public async Task TheBucketIsNamedFromItsArgsAndExposesNameAndArn()
    {
        var resources = await BuildAsync();
        var statics = resources.OfType<StaticsBucket>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(statics.Bucket.BucketName), Is.EqualTo(BucketName));
            Assert.That(await ValueAsync(statics.BucketName), Is.EqualTo(BucketName));
            Assert.That(await ValueAsync(statics.BucketArn), Is.EqualTo("arn:aws:s3:::numinia-statics"));
        });
    }

    [Test]
    public async Task TheBucketBlocksEveryKindOfPublicAccess()
    {
        var block = (await BuildAsync()).OfType<BucketPublicAccessBlock>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(block.Bucket), Is.EqualTo(BucketName));
            Assert.That(await ValueAsync(block.BlockPublicAcls), Is.True);
            Assert.That(await ValueAsync(block.IgnorePublicAcls), Is.True);
            Assert.That(await ValueAsync(block.BlockPublicPolicy), Is.True);
            Assert.That(await ValueAsync(block.RestrictPublicBuckets), Is.True);
        });
    }

    // The live bucket uses S3-managed keys (../shared/LIVE.md 4.2: SSE-S3, AES256, no bucket key), and CloudFront reads it
    // through an origin access control, which a KMS key would have to grant decryption to.
    [Test]
    public async Task ObjectsAreEncryptedWithS3ManagedKeysAsTheLiveBucket()
    {
        var encryption = (await BuildAsync()).OfType<BucketServerSideEncryptionConfiguration>().Single();
        var rule = (await ValueAsync(encryption.Rules)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(encryption.Bucket), Is.EqualTo(BucketName));
            Assert.That(rule.ApplyServerSideEncryptionByDefault!.SseAlgorithm, Is.EqualTo("AES256"));
            Assert.That(rule.ApplyServerSideEncryptionByDefault.KmsMasterKeyId, Is.Null);
            Assert.That(rule.BucketKeyEnabled, Is.Null, "the live rule sets no bucket key (an import must match)");
        });
    }

    [Test]
    public async Task VersioningIsEnabled()
    {
        var versioning = (await BuildAsync()).OfType<BucketVersioning>().Single();
        Assert.That(await ValueAsync(versioning.Bucket), Is.EqualTo(BucketName));
        Assert.That((await ValueAsync(versioning.VersioningConfiguration)).Status, Is.EqualTo("Enabled"));
    }

    // The live rules, from ../shared/LIVE.md 4.2 (TG s3/statics-bucket at 0e891b1), written here independently of the code.
    [Test]
    public async Task TheLifecycleRulesAreExactlyTheLiveOnes()
    {
        var lifecycle = (await BuildAsync()).OfType<BucketLifecycleConfiguration>().Single();
        var rules = (await ValueAsync(lifecycle.Rules)).ToDictionary(r => r.Id);
        Assert.That(await ValueAsync(lifecycle.Bucket), Is.EqualTo(BucketName));
        Assert.That(rules.Keys, Is.EquivalentTo(new[] { "expire-world-backups", "expire-noncurrent-versions-global", "cleanup-expired-delete-markers" }));

        var backups = rules["expire-world-backups"];
        Assert.Multiple(() =>
        {
            Assert.That(backups.Status, Is.EqualTo("Enabled"));
            Assert.That(backups.Filter!.Prefix, Is.EqualTo("backups/"));
            Assert.That(backups.Expiration!.Days, Is.EqualTo(7));
            Assert.That(backups.NoncurrentVersionExpiration!.NoncurrentDays, Is.EqualTo(1));
            Assert.That(backups.AbortIncompleteMultipartUpload!.DaysAfterInitiation, Is.EqualTo(7));
            Assert.That(backups.Transitions.OrEmpty(), Is.Empty);
        });

        var noncurrent = rules["expire-noncurrent-versions-global"];
        Assert.Multiple(() =>
        {
            Assert.That(noncurrent.Status, Is.EqualTo("Enabled"));
            Assert.That(noncurrent.Filter!.Prefix, Is.Empty, "an empty prefix: the whole bucket");
            Assert.That(noncurrent.NoncurrentVersionExpiration!.NoncurrentDays, Is.EqualTo(7));
            Assert.That(noncurrent.AbortIncompleteMultipartUpload!.DaysAfterInitiation, Is.EqualTo(7));
            Assert.That(noncurrent.Expiration, Is.Null, "current objects outside backups/ (world assets, the engine image) never expire");
        });

        var markers = rules["cleanup-expired-delete-markers"];
        Assert.Multiple(() =>
        {
            Assert.That(markers.Status, Is.EqualTo("Enabled"));
            Assert.That(markers.Filter!.Prefix, Is.Empty);
            Assert.That(markers.Expiration!.ExpiredObjectDeleteMarker, Is.True);
            Assert.That(markers.Expiration.Days, Is.Null);
        });
    }

    [Test]
    public async Task TheLifecycleExpirationsComeFromTheArgs()
    {
        var resources = await RunAsync(() => _ = new StaticsBucket("statics", new StaticsBucketArgs
        {
            Settings = new StaticsBucketSettings { Name = BucketName, NoncurrentVersionExpirationDays = 60, BackupsExpirationDays = 14 },
        }));
        var rules = (await ValueAsync(resources.OfType<BucketLifecycleConfiguration>().Single().Rules)).ToDictionary(r => r.Id);
        Assert.That(rules["expire-world-backups"].Expiration!.Days, Is.EqualTo(14));
        Assert.That(rules["expire-noncurrent-versions-global"].NoncurrentVersionExpiration!.NoncurrentDays, Is.EqualTo(60));
    }

    [Test]
    public async Task ObjectOwnershipIsBucketOwnerEnforcedSoAclsAreOff()
    {
        var ownership = (await BuildAsync()).OfType<BucketOwnershipControls>().Single();
        Assert.That(await ValueAsync(ownership.Bucket), Is.EqualTo(BucketName));
        Assert.That((await ValueAsync(ownership.Rule)).ObjectOwnership, Is.EqualTo("BucketOwnerEnforced"));
    }

    [Test]
    public async Task TheBucketPolicyDeniesEveryRequestWithoutTls()
    {
        var policy = (await BuildAsync()).OfType<BucketPolicy>().Single();
        var document = PolicyDocument.FromJson(await ValueAsync(policy.Policy));
        var statement = document.Statement.Single(s => s.Effect == "Deny");
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(policy.Bucket), Is.EqualTo(BucketName));
            Assert.That(statement.Effect, Is.EqualTo("Deny"));
            Assert.That(statement.Principal, Is.EquivalentTo(new Dictionary<string, ImmutableArray<string>> { ["AWS"] = ImmutableArray.Create("*") }));
            Assert.That(statement.Action, Is.EqualTo(new[] { "s3:*" }));
            Assert.That(statement.Resource, Is.EquivalentTo(new[] { "arn:aws:s3:::numinia-statics", "arn:aws:s3:::numinia-statics/*" }));
            Assert.That(statement.Condition!.Keys, Is.EqualTo(new[] { "Bool" }));
            Assert.That(statement.Condition["Bool"], Is.EquivalentTo(new Dictionary<string, ImmutableArray<string>>
            {
                ["aws:SecureTransport"] = ImmutableArray.Create("false"),
            }));
        });
    }

    [Test]
    public async Task TheBucketIsNeverForceDestroyed()
    {
        var bucket = (await BuildAsync()).OfType<Bucket>().Single();
        Assert.That(await ValueAsync(bucket.ForceDestroy), Is.False);
#if PULUMI_OFFLINE
        Assert.That(Registrations.Of(bucket).Inputs["forceDestroy"], Is.False, "set explicitly, not left to a default");
#endif
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheBucketIsProtected()
    {
        var bucket = (await BuildAsync()).OfType<Bucket>().Single();
        Assert.That(Registrations.Of(bucket).Options.Protect, Is.True);
    }

    [Test]
    public async Task TheLifecycleWaitsForVersioningAndThePolicyForThePublicAccessBlock()
    {
        var resources = await BuildAsync();
        Assert.That(Registrations.Of(resources.OfType<BucketLifecycleConfiguration>().Single()).DependencyUrns,
            Does.Contain(Registrations.Of(resources.OfType<BucketVersioning>().Single()).Urn));
        Assert.That(Registrations.Of(resources.OfType<BucketPolicy>().Single()).DependencyUrns,
            Does.Contain(Registrations.Of(resources.OfType<BucketPublicAccessBlock>().Single()).Urn));
    }
#endif

    [Test]
    public void TenantPrefixesAreHyperfySpacesPerOrganization()
        => Assert.That(StaticsBucket.TenantPrefix("numinia"), Is.EqualTo("hyperfy-spaces/numinia/"));

    // ---- Aurora PostgreSQL --------------------------------------------------------------------

    private static async Task<(ImmutableArray<Resource> Resources, AuroraPostgres Database)> BuildDatabaseAsync()
    {
        var resources = await BuildAsync();
        return (resources, resources.OfType<AuroraPostgres>().Single());
    }

    [Test]
    public async Task TheClusterRunsAuroraPostgresqlAtTheConfiguredVersion()
    {
        var cluster = (await BuildDatabaseAsync()).Database.Cluster;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(cluster.ClusterIdentifier), Is.EqualTo(ClusterId));
            Assert.That(await ValueAsync(cluster.Engine), Is.EqualTo("aurora-postgresql"));
            Assert.That(await ValueAsync(cluster.EngineVersion), Is.EqualTo("16.8"));
            Assert.That(await ValueAsync(cluster.DatabaseName), Is.EqualTo("numinia"));
            Assert.That(await ValueAsync(cluster.MasterUsername), Is.EqualTo("numinia_admin"));
        });
    }

    [Test]
    public async Task StorageIsEncryptedWithTheClusterKey()
    {
        var cluster = (await BuildDatabaseAsync()).Database.Cluster;
        Assert.That(await ValueAsync(cluster.StorageEncrypted), Is.True);
        Assert.That(await ValueAsync(cluster.KmsKeyId), Is.EqualTo(KeyArn));
    }

    [Test]
    public async Task IamDatabaseAuthenticationIsOn()
        => Assert.That(await ValueAsync((await BuildDatabaseAsync()).Database.Cluster.IamDatabaseAuthenticationEnabled), Is.True);

    [Test]
    public async Task BackupsAreKeptAtLeastAWeek()
    {
        var cluster = (await BuildDatabaseAsync()).Database.Cluster;
        Assert.That(await ValueAsync(cluster.BackupRetentionPeriod), Is.EqualTo(7));
        Assert.That(await ValueAsync(cluster.CopyTagsToSnapshot), Is.True);
    }

    [Test]
    public async Task TheClusterHasDeletionProtectionAndAFinalSnapshot()
    {
        var cluster = (await BuildDatabaseAsync()).Database.Cluster;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(cluster.DeletionProtection), Is.True);
            Assert.That(await ValueAsync(cluster.SkipFinalSnapshot), Is.False);
            Assert.That(await ValueAsync(cluster.FinalSnapshotIdentifier), Is.EqualTo("numinia-postgres-final"));
        });
    }

    [Test]
    public async Task TheMasterPasswordIsManagedBySecretsManagerWithTheClusterKey()
    {
        var database = (await BuildDatabaseAsync()).Database;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(database.Cluster.ManageMasterUserPassword), Is.True);
            Assert.That(await ValueAsync(database.Cluster.MasterUserSecretKmsKeyId), Is.EqualTo(KeyArn));
            Assert.That(await ValueAsync(database.Cluster.MasterPassword), Is.Null, "no password is given, so none is in the state");
            Assert.That(await ValueAsync(database.MasterUserSecretArn),
                Does.StartWith("arn:aws:secretsmanager:eu-west-1:111122223333:secret:rds!cluster-"));
        });
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task NoResourceHasAPasswordInput()
    {
        var resources = (await BuildDatabaseAsync()).Resources;
        foreach (var resource in resources.Where(r => r is CustomResource))
        {
            var keys = Registrations.Of(resource).Inputs.Keys.Where(k => k.Contains("password", StringComparison.OrdinalIgnoreCase));
            Assert.That(keys, Is.Empty.Or.EqualTo(new[] { "manageMasterUserPassword" }), resource.GetResourceName());
        }
    }
#endif

    [Test]
    public async Task TheWriterAndTheReaderAreInTwoDifferentZones()
    {
        var database = (await BuildDatabaseAsync()).Database;
        var writerZone = await ValueAsync(database.Writer.AvailabilityZone);
        var readerZone = await ValueAsync(database.Reader!.AvailabilityZone);
        Assert.Multiple(async () =>
        {
            Assert.That(writerZone, Is.EqualTo("eu-west-1a"));
            Assert.That(readerZone, Is.EqualTo("eu-west-1b"));
            Assert.That(await ValueAsync(database.Writer.ClusterIdentifier), Is.EqualTo(ClusterId));
            Assert.That(await ValueAsync(database.Reader!.ClusterIdentifier), Is.EqualTo(ClusterId));
            Assert.That(await ValueAsync(database.Writer.Identifier), Is.EqualTo("numinia-postgres-1"));
            Assert.That(await ValueAsync(database.Reader!.Identifier), Is.EqualTo("numinia-postgres-2"));
        });
        Assert.That(database.Reader, Is.Not.SameAs(database.Writer));
    }

    [Test]
    public async Task EveryInstanceIsPrivateOfTheConfiguredClassWithEncryptedPerformanceInsights()
    {
        var resources = (await BuildDatabaseAsync()).Resources;
        var instances = resources.OfType<ClusterInstance>().ToArray();
        Assert.That(instances, Has.Length.EqualTo(2));
        foreach (var instance in instances)
        {
            var name = instance.GetResourceName();
            Assert.That(await ValueAsync(instance.PubliclyAccessible), Is.False, name);
            Assert.That(await ValueAsync(instance.InstanceClass), Is.EqualTo("db.t4g.medium"), name);
            Assert.That((string)await ValueAsync(instance.Engine), Is.EqualTo("aurora-postgresql"), name);
            Assert.That(await ValueAsync(instance.PerformanceInsightsEnabled), Is.True, name);
            Assert.That(await ValueAsync(instance.PerformanceInsightsKmsKeyId), Is.EqualTo(KeyArn), name);
            Assert.That(await ValueAsync(instance.PerformanceInsightsRetentionPeriod), Is.EqualTo(7), name);
            Assert.That(await ValueAsync(instance.CopyTagsToSnapshot), Is.True, name);
            Assert.That(await ValueAsync(instance.DbSubnetGroupName), Is.EqualTo("numinia-postgres-subnets"), name);
        }
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheClusterAndItsInstancesAreProtectedAndTheReaderFollowsTheWriter()
    {
        var database = (await BuildDatabaseAsync()).Database;
        Assert.Multiple(() =>
        {
            Assert.That(Registrations.Of(database.Cluster).Options.Protect, Is.True, "cluster");
            Assert.That(Registrations.Of(database.Writer).Options.Protect, Is.True, "writer");
            Assert.That(Registrations.Of(database.Reader!).Options.Protect, Is.True, "reader");
            Assert.That(Registrations.Of(database.Reader!).DependencyUrns, Does.Contain(Registrations.Of(database.Writer).Urn),
                "the first instance Aurora creates is the writer");
        });
    }
#endif

    [Test]
    public async Task TheDatabaseLivesInTheDatabaseSubnets()
    {
        var (resources, database) = await BuildDatabaseAsync();
        var subnetGroup = resources.OfType<SubnetGroup>().Single();
        Assert.That(await ValueAsync(subnetGroup.SubnetIds), Is.EqualTo(DatabaseSubnets));
        Assert.That(await ValueAsync(database.Cluster.DbSubnetGroupName), Is.EqualTo(await ValueAsync(subnetGroup.Name)));
    }

    [Test]
    public async Task OnlyThePrivateSubnetsReachThePostgresPort()
    {
        var (resources, database) = await BuildDatabaseAsync();
        var group = resources.OfType<SecurityGroup>().Single();
        var ingress = (await ValueAsync(group.Ingress)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(ingress.Protocol, Is.EqualTo("tcp"));
            Assert.That(ingress.FromPort, Is.EqualTo(5432));
            Assert.That(ingress.ToPort, Is.EqualTo(5432));
            Assert.That(ingress.CidrBlocks, Is.EqualTo(PrivateCidrs));
            Assert.That(ingress.CidrBlocks, Has.None.EqualTo("0.0.0.0/0"));
            Assert.That(ingress.Ipv6CidrBlocks.OrEmpty(), Is.Empty);
            Assert.That(ingress.SecurityGroups.OrEmpty(), Is.Empty);
            Assert.That(ingress.PrefixListIds.OrEmpty(), Is.Empty);
            Assert.That((await ValueAsync(group.Egress)).OrEmpty(), Is.Empty, "stateful: replies need no egress rule");
            Assert.That(await ValueAsync(group.VpcId), Is.EqualTo("vpc-0123456789abcdef0"));
            Assert.That(await ValueAsync(database.Cluster.VpcSecurityGroupIds), Is.EqualTo(new[] { await ValueAsync(group.Id) }));
        });
    }

    [Test]
    public async Task TheOutputsAreTheEndpointsPortSecretAndIdentifier()
    {
        var database = (await BuildDatabaseAsync()).Database;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(database.Endpoint), Does.Match(@"^numinia-postgres\.cluster-[a-z0-9]{12}\.eu-west-1\.rds\.amazonaws\.com$"));
            Assert.That(await ValueAsync(database.ReaderEndpoint), Does.Match(@"^numinia-postgres\.cluster-ro-[a-z0-9]{12}\.eu-west-1\.rds\.amazonaws\.com$"));
            Assert.That(await ValueAsync(database.Port), Is.EqualTo(5432));
            Assert.That(await ValueAsync(database.ClusterIdentifier), Is.EqualTo(ClusterId));
            Assert.That(await ValueAsync(database.ClusterResourceId), Does.StartWith("cluster-"));
        });
    }

    [Test]
    public async Task ARestoredClusterIsCreatedFromItsSnapshotWithTheSnapshotsDatabaseAndUser()
    {
        const string snapshot = "arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:awsbackup:job-0123";
        var args = DatabaseArgs();
        var resources = await RunAsync(() => _ = new AuroraPostgres("database", args with { Settings = args.Settings with { RestoreSnapshotArn = snapshot } }));
        var cluster = resources.OfType<AuroraPostgres>().Single().Cluster;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(cluster.SnapshotIdentifier), Is.EqualTo(snapshot));
            Assert.That(await ValueAsync(cluster.DatabaseName), Is.Null.Or.Empty, "RestoreDBClusterFromSnapshot takes no database name");
            Assert.That(await ValueAsync(cluster.KmsKeyId), Is.EqualTo(KeyArn), "re-encrypted with this platform's key");
        });
    }

    [Test]
    public void ADatabaseInOneZoneIsRejected()
    {
        var error = Assert.CatchAsync(async () => await RunAsync(() => _ = new AuroraPostgres("database", DatabaseArgs(ImmutableArray.Create("eu-west-1a")))));
        Assert.That(error!.ToString(), Does.Contain("two different availability zones"));
    }

    // ---- Config -------------------------------------------------------------------------------

    private static Func<string, string?> Config(params (string Key, string Value)[] values) => Harness.ConfigLookup(values);

    [Test]
    public void TheDataDefaultsAreTheLivePlatform()
    {
        var data = ConfigReader.ReadDataOnly(Config());
        Assert.Multiple(() =>
        {
            Assert.That(data.Statics.Name, Is.EqualTo("numinia-statics"));
            Assert.That(data.Statics.NoncurrentVersionExpirationDays, Is.EqualTo(7));
            Assert.That(data.Statics.BackupsExpirationDays, Is.EqualTo(7));
            Assert.That(data.Database.ClusterIdentifier, Is.EqualTo("numinia-postgres"));
            Assert.That(data.Database.EngineVersion, Does.StartWith("16."));
            Assert.That(data.Database.InstanceClass, Is.EqualTo("db.t4g.medium"));
            Assert.That(data.Database.BackupRetentionDays, Is.EqualTo(7));
            Assert.That(data.Database.DatabaseName, Is.EqualTo("numinia"));
            Assert.That(data.Database.MasterUsername, Is.EqualTo("numinia_admin"));
            Assert.That(data.Database.PerformanceInsightsRetentionDays, Is.EqualTo(7));
        });
    }

    [Test]
    public void GoodDataValuesAreRead()
    {
        var data = ConfigReader.ReadDataOnly(Config(("staticsBucketName", "numinia-statics-eu"), ("databaseEngineVersion", "17.4"),
            ("databaseBackupRetentionDays", "35"), ("databaseInstanceClass", "db.r7g.large"), ("databasePerformanceInsightsRetentionDays", "62")));
        Assert.Multiple(() =>
        {
            Assert.That(data.Statics.Name, Is.EqualTo("numinia-statics-eu"));
            Assert.That(data.Database.EngineVersion, Is.EqualTo("17.4"));
            Assert.That(data.Database.BackupRetentionDays, Is.EqualTo(35));
            Assert.That(data.Database.InstanceClass, Is.EqualTo("db.r7g.large"));
            Assert.That(data.Database.PerformanceInsightsRetentionDays, Is.EqualTo(62));
        });
    }

    [TestCase("staticsBucketName", "Numinia_Statics", "numinia-infra:staticsBucketName: 'Numinia_Statics' is not an S3 bucket name")]
    [TestCase("staticsBucketName", "ab", "numinia-infra:staticsBucketName: 'ab' is not an S3 bucket name")]
    [TestCase("staticsBucketName", "numinia-statics-", "numinia-infra:staticsBucketName: 'numinia-statics-' is not an S3 bucket name")]
    [TestCase("staticsBucketName", "statics.numinia.xyz", "numinia-infra:staticsBucketName: 'statics.numinia.xyz' contains a dot")]
    [TestCase("staticsBucketName", "xn--statics", "numinia-infra:staticsBucketName: 'xn--statics' starts with 'xn--', a prefix S3 reserves")]
    [TestCase("staticsBucketName", "statics-s3alias", "numinia-infra:staticsBucketName: 'statics-s3alias' ends with '-s3alias', a suffix S3 reserves")]
    [TestCase("staticsNoncurrentVersionExpirationDays", "0", "numinia-infra:staticsNoncurrentVersionExpirationDays: '0' must be at least 1 day")]
    [TestCase("staticsBackupsExpirationDays", "seven", "numinia-infra:staticsBackupsExpirationDays: 'seven' is not a whole number")]
    [TestCase("databaseBackupRetentionDays", "6", "numinia-infra:databaseBackupRetentionDays: '6' must be 7 to 35 days")]
    [TestCase("databaseBackupRetentionDays", "36", "numinia-infra:databaseBackupRetentionDays: '36' must be 7 to 35 days")]
    [TestCase("databaseEngineVersion", "15.4", "numinia-infra:databaseEngineVersion: '15.4' is older than PostgreSQL 16")]
    [TestCase("databaseEngineVersion", "16", "numinia-infra:databaseEngineVersion: '16' is not an Aurora PostgreSQL version (expected MAJOR.MINOR, e.g. 16.8)")]
    [TestCase("databaseEngineVersion", "latest", "numinia-infra:databaseEngineVersion: 'latest' is not an Aurora PostgreSQL version")]
    [TestCase("databaseInstanceClass", "t4g.medium", "numinia-infra:databaseInstanceClass: 't4g.medium' is not an RDS instance class")]
    [TestCase("databaseInstanceClass", "db.serverless", "numinia-infra:databaseInstanceClass: 'db.serverless' is Serverless v2")]
    [TestCase("databaseName", "1numinia", "numinia-infra:databaseName: '1numinia' is not a database name")]
    [TestCase("databaseName", "postgres", "numinia-infra:databaseName: 'postgres' is a database PostgreSQL or RDS already has")]
    [TestCase("databaseMasterUsername", "numinia-admin", "numinia-infra:databaseMasterUsername: 'numinia-admin' is not a PostgreSQL user name")]
    [TestCase("databaseMasterUsername", "rdsadmin", "numinia-infra:databaseMasterUsername: 'rdsadmin' is reserved")]
    [TestCase("databaseMasterUsername", "admin", "numinia-infra:databaseMasterUsername: 'admin' is reserved")]
    [TestCase("databasePerformanceInsightsRetentionDays", "30", "numinia-infra:databasePerformanceInsightsRetentionDays: '30' is not a Performance Insights retention")]
    [TestCase("databaseClusterIdentifier", "Numinia--db", "numinia-infra:databaseClusterIdentifier: 'Numinia--db' is not an RDS cluster identifier")]
    public void ABadDataValueIsRejectedNamingItsKeyAndValue(string key, string value, string message)
    {
        var error = Assert.Throws<ConfigValidationException>(() => ConfigReader.ReadDataOnly(Config((key, value))))!;
        Assert.That(error.Message, Does.Contain(message));
        Assert.That(error.Problems, Has.Length.EqualTo(1), "one bad value, one problem");
    }
}
