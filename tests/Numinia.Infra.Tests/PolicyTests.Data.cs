#if PULUMI_OFFLINE
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>The policy rules of the data services (S3, RDS), the network and the logs.</summary>
public sealed partial class PolicyTests
{
    // S3

    private static void HardenedBucketParts(PlanFixture plan, ResourceRegistration bucket, bool blockAll = true, string algorithm = "aws:kms",
        string versioning = "Enabled")
    {
        plan.Add(PolicyTokens.S3PublicAccessBlock, $"{bucket.Name}-pab", new
        {
            bucket = bucket.Id,
            blockPublicAcls = true,
            blockPublicPolicy = blockAll,
            ignorePublicAcls = true,
            restrictPublicBuckets = true,
        }, dependsOn: [bucket]);
        plan.Add(PolicyTokens.S3Encryption, $"{bucket.Name}-sse", new
        {
            bucket = bucket.Id,
            rules = new[] { new { applyServerSideEncryptionByDefault = new { sseAlgorithm = algorithm } } },
        }, dependsOn: [bucket]);
        plan.Add(PolicyTokens.S3Versioning, $"{bucket.Name}-versioning", new
        {
            bucket = bucket.Id,
            versioningConfiguration = new { status = versioning },
        }, dependsOn: [bucket]);
    }

    [Test]
    public void S3BucketHardening_PassesABucketWithPublicAccessBlockedEncryptionAndVersioning()
    {
        var plan = new PlanFixture();
        var bucket = plan.Add(PolicyTokens.S3Bucket, "statics", new { bucket = "numinia-statics" }, protect: true, id: "numinia-statics");
        HardenedBucketParts(plan, bucket);
        Assert.That(plan.Check(new S3BucketHardening()), Is.Empty);
    }

    [Test]
    public void S3BucketHardening_FailsABareBucketAndOneWithAWeakAccessBlockOrSuspendedVersioning()
    {
        var plan = new PlanFixture();
        var bare = plan.Add(PolicyTokens.S3Bucket, "bare", new { bucket = "bare" }, id: "bare");
        var weak = plan.Add(PolicyTokens.S3Bucket, "weak", new { bucket = "weak" }, id: "weak");
        HardenedBucketParts(plan, weak, blockAll: false, versioning: "Suspended");
        var violations = plan.Check(new S3BucketHardening());
        AssertOffends(violations, bare.Urn, "has no public access block");
        AssertOffends(violations, bare.Urn, "has no default encryption");
        AssertOffends(violations, bare.Urn, "has no versioning");
        AssertOffends(violations, weak.Urn, "does not set blockPublicPolicy to true");
        AssertOffends(violations, weak.Urn, "versioningConfiguration.status is \"Suspended\"");
        AssertOnlyOffender(violations, bare, weak);
    }

    // RDS

    private static object RdsClusterInputs(bool encrypted = true, bool deletionProtection = true, int? retention = 7, bool iamAuth = true)
        => new
        {
            clusterIdentifier = "numinia",
            engine = "aurora-postgresql",
            storageEncrypted = encrypted,
            deletionProtection,
            backupRetentionPeriod = retention,
            iamDatabaseAuthenticationEnabled = iamAuth,
        };

    [Test]
    public void RdsHardening_PassesAnEncryptedProtectedBackedUpIamAuthClusterWithPrivateInstances()
    {
        var plan = new PlanFixture();
        var cluster = plan.Add(PolicyTokens.RdsCluster, "db", RdsClusterInputs(), protect: true, id: "numinia");
        plan.Add(PolicyTokens.RdsClusterInstance, "db-1", new { clusterIdentifier = "numinia", publiclyAccessible = false }, dependsOn: [cluster]);
        Assert.That(plan.Check(new RdsHardening()), Is.Empty);
    }

    [Test]
    public void RdsHardening_FailsEachMissingSafeguardAndAPublicInstance()
    {
        var plan = new PlanFixture();
        var weak = plan.Add(PolicyTokens.RdsCluster, "weak", RdsClusterInputs(encrypted: false, deletionProtection: false, retention: null, iamAuth: false), id: "weak");
        var exposed = plan.Add(PolicyTokens.RdsClusterInstance, "exposed", new { clusterIdentifier = "weak", publiclyAccessible = true });
        var violations = plan.Check(new RdsHardening());
        AssertOffends(violations, weak.Urn, "storageEncrypted is false");
        AssertOffends(violations, weak.Urn, "deletionProtection is false");
        AssertOffends(violations, weak.Urn, "iamDatabaseAuthenticationEnabled is false");
        AssertOffends(violations, weak.Urn, "backupRetentionPeriod is unset; it must be at least 7 days");
        AssertOffends(violations, exposed.Urn, "publiclyAccessible is true");
        AssertOnlyOffender(violations, weak, exposed);
    }

    [Test]
    public void RdsHardening_FailsABackupRetentionUnder7Days()
    {
        var plan = new PlanFixture();
        var short6 = plan.Add(PolicyTokens.RdsCluster, "short", RdsClusterInputs(retention: 6));
        AssertOffends(plan.Check(new RdsHardening()), short6.Urn, "backupRetentionPeriod is 6");
    }

    [Test]
    public void RdsMultiAz_PassesInstancesInTwoZones()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.RdsCluster, "db", RdsClusterInputs(), id: "numinia");
        plan.Add(PolicyTokens.RdsClusterInstance, "db-1", new { clusterIdentifier = "numinia", availabilityZone = "eu-west-1a" });
        plan.Add(PolicyTokens.RdsClusterInstance, "db-2", new { clusterIdentifier = "numinia", availabilityZone = "eu-west-1b" });
        Assert.That(plan.Check(new RdsMultiAz()), Is.Empty);
        Assert.That(new RdsMultiAz().Severity, Is.EqualTo(PolicySeverity.Advisory));
    }

    [Test]
    public void RdsMultiAz_WarnsOfASingleZoneOrUnplacedInstances()
    {
        var plan = new PlanFixture();
        var single = plan.Add(PolicyTokens.RdsCluster, "single", RdsClusterInputs(), id: "single");
        plan.Add(PolicyTokens.RdsClusterInstance, "single-1", new { clusterIdentifier = "single", availabilityZone = "eu-west-1a" });
        plan.Add(PolicyTokens.RdsClusterInstance, "single-2", new { clusterIdentifier = "single" });
        var violations = plan.Check(new RdsMultiAz());
        AssertOffends(violations, single.Urn, "has 2 instance(s) placed in 1 availability zone(s) (eu-west-1a)");
        AssertOnlyOffender(violations, single);
    }

    // Network and logs

    [Test]
    public void LogGroupRetention_PassesAGroupWithRetention()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.LogGroup, "logs", new { name = "/aws/eks/x/cluster", retentionInDays = 90 });
        Assert.That(plan.Check(new LogGroupRetention()), Is.Empty);
    }

    [Test]
    public void LogGroupRetention_FailsAGroupKeptForever()
    {
        var plan = new PlanFixture();
        var forever = plan.Add(PolicyTokens.LogGroup, "forever", new { name = "/forever" });
        var zero = plan.Add(PolicyTokens.LogGroup, "zero", new { name = "/zero", retentionInDays = 0 });
        var violations = plan.Check(new LogGroupRetention());
        AssertOffends(violations, forever.Urn, "retentionInDays is unset");
        AssertOffends(violations, zero.Urn, "retentionInDays is 0");
        AssertOnlyOffender(violations, forever, zero);
    }

    [Test]
    public void VpcFlowLogs_PassesAVpcWithAFlowLog()
    {
        var plan = new PlanFixture();
        var vpc = plan.Add(PolicyTokens.Vpc, "vpc", new { cidrBlock = "10.0.0.0/16" }, id: "vpc-1");
        plan.Add(PolicyTokens.FlowLog, "flow", new { vpcId = "vpc-1", trafficType = "ALL" }, dependsOn: [vpc]);
        Assert.That(plan.Check(new VpcFlowLogs()), Is.Empty);
    }

    [Test]
    public void VpcFlowLogs_FailsAVpcWhoseOnlyFlowLogIsAnotherVpcs()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.Vpc, "logged", new { cidrBlock = "10.0.0.0/16" }, id: "vpc-1");
        var silent = plan.Add(PolicyTokens.Vpc, "silent", new { cidrBlock = "10.1.0.0/16" }, id: "vpc-2");
        plan.Add(PolicyTokens.FlowLog, "flow", new { vpcId = "vpc-1", trafficType = "ALL" });
        var violations = plan.Check(new VpcFlowLogs());
        AssertOffends(violations, silent.Urn, "has no flow log");
        AssertOnlyOffender(violations, silent);
    }

    [Test]
    public void DefaultSecurityGroupClosed_PassesAnAdoptedGroupWithoutRules()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.Vpc, "vpc", new { cidrBlock = "10.0.0.0/16" }, id: "vpc-1");
        plan.Add(PolicyTokens.DefaultSecurityGroup, "default", new { vpcId = "vpc-1", ingress = Array.Empty<object>(), egress = Array.Empty<object>() });
        Assert.That(plan.Check(new DefaultSecurityGroupClosed()), Is.Empty);
    }

    [Test]
    public void DefaultSecurityGroupClosed_FailsAGroupWithRulesAndAVpcThatDoesNotAdoptIt()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.Vpc, "vpc", new { cidrBlock = "10.0.0.0/16" }, id: "vpc-1");
        var unadopted = plan.Add(PolicyTokens.Vpc, "unadopted", new { cidrBlock = "10.1.0.0/16" }, id: "vpc-2");
        var open = plan.Add(PolicyTokens.DefaultSecurityGroup, "default", new
        {
            vpcId = "vpc-1",
            ingress = new[] { new { protocol = "-1", fromPort = 0, toPort = 0, self = true } },
        });
        var violations = plan.Check(new DefaultSecurityGroupClosed());
        AssertOffends(violations, open.Urn, "has ingress rules");
        AssertOffends(violations, unadopted.Urn, "its default security group is not adopted");
        AssertOnlyOffender(violations, open, unadopted);
    }

    [Test]
    public void AdminPortsClosedToInternet_PassesHttpsFromTheInternetAndSshFromTheVpc()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.SecurityGroup, "web", new
        {
            ingress = new object[]
            {
                new { protocol = "tcp", fromPort = 443, toPort = 443, cidrBlocks = new[] { "0.0.0.0/0" } },
                new { protocol = "tcp", fromPort = 22, toPort = 22, cidrBlocks = new[] { "10.0.0.0/16" } },
            },
        });
        plan.Add(PolicyTokens.SecurityGroupRule, "egress-all", new { type = "egress", protocol = "-1", fromPort = 0, toPort = 0, cidrBlocks = new[] { "0.0.0.0/0" } });
        plan.Add(PolicyTokens.SecurityGroupIngressRule, "icmp", new { ipProtocol = "icmp", fromPort = -1, toPort = -1, cidrIpv4 = "0.0.0.0/0" });
        Assert.That(plan.Check(new AdminPortsClosedToInternet()), Is.Empty);
    }

    [Test]
    public void AdminPortsClosedToInternet_FailsSshOrRdpFromTheInternetIncludingCoveringRanges()
    {
        var plan = new PlanFixture();
        var ssh = plan.Add(PolicyTokens.SecurityGroup, "ssh", new
        {
            ingress = new[] { new { protocol = "tcp", fromPort = 22, toPort = 22, cidrBlocks = new[] { "0.0.0.0/0" } } },
        });
        var range = plan.Add(PolicyTokens.SecurityGroupRule, "range", new { type = "ingress", protocol = "tcp", fromPort = 3000, toPort = 4000, ipv6CidrBlocks = new[] { "::/0" } });
        var all = plan.Add(PolicyTokens.SecurityGroupIngressRule, "all", new { ipProtocol = "-1", cidrIpv4 = "0.0.0.0/0" });
        var violations = plan.Check(new AdminPortsClosedToInternet());
        AssertOffends(violations, ssh.Urn, "ingress[0] admits port 22 (SSH) from 0.0.0.0/0");
        AssertOffends(violations, range.Urn, "admits port 3389 (RDP) from ::/0");
        AssertOffends(violations, all.Urn, "admits port 22 (SSH)");
        AssertOffends(violations, all.Urn, "admits port 3389 (RDP)");
        AssertOnlyOffender(violations, ssh, range, all);
    }

    // AWS Backup

    private static (ResourceRegistration Vault, ResourceRegistration Copy) Vaults(PlanFixture plan, string? copyRegion = "eu-central-1", bool keyed = true)
    {
        var key = plan.Add(PolicyTokens.KmsKey, "vault-key", new { enableKeyRotation = true }, protect: true, id: "key-1",
            outputs: new { arn = "arn:aws:kms:eu-west-1:111122223333:key/key-1" });
        var copyKey = plan.Add(PolicyTokens.KmsKey, "copy-key", new { enableKeyRotation = true, region = copyRegion }, protect: true, id: "key-2",
            outputs: new { arn = $"arn:aws:kms:{copyRegion}:111122223333:key/key-2" });
        var vault = plan.Add(PolicyTokens.BackupVault, "vault", new { name = "db-backups", kmsKeyArn = keyed ? "arn:aws:kms:eu-west-1:111122223333:key/key-1" : null },
            protect: true, id: "db-backups", dependsOn: [key]);
        var copy = plan.Add(PolicyTokens.BackupVault, "copy", new { name = "db-backups-copy", kmsKeyArn = $"arn:aws:kms:{copyRegion}:111122223333:key/key-2", region = copyRegion },
            protect: true, id: "db-backups-copy", outputs: new { arn = $"arn:aws:backup:{copyRegion}:111122223333:backup-vault:db-backups-copy" }, dependsOn: [copyKey]);
        return (vault, copy);
    }

    [Test]
    public void BackupVaults_PassesKeyedVaultsAndAPlanCopyingToAnotherRegion()
    {
        var plan = new PlanFixture();
        var (vault, copy) = Vaults(plan);
        plan.Add(PolicyTokens.BackupPlan, "plan", new
        {
            rules = new[] { new { ruleName = "daily", targetVaultName = "db-backups", copyActions = new[] { new { destinationVaultArn = "arn:aws:backup:eu-central-1:111122223333:backup-vault:db-backups-copy" } } } },
        }, dependsOn: [vault, copy]);
        Assert.That(plan.Check(new BackupVaultsEncryptedAndCopied()), Is.Empty);
    }

    [Test]
    public void BackupVaults_FailsAVaultWithoutItsKeyAPlanWithoutCopyAndACopyInTheSameRegion()
    {
        var plan = new PlanFixture();
        var (vault, copy) = Vaults(plan, copyRegion: null, keyed: false);
        var uncopied = plan.Add(PolicyTokens.BackupPlan, "uncopied", new { rules = new[] { new { ruleName = "daily", targetVaultName = "db-backups" } } }, dependsOn: [vault]);
        var sameRegion = plan.Add(PolicyTokens.BackupPlan, "same-region", new
        {
            rules = new[] { new { ruleName = "daily", targetVaultName = "db-backups", copyActions = new[] { new { destinationVaultArn = "db-backups-copy" } } } },
        }, dependsOn: [vault, copy]);
        var violations = plan.Check(new BackupVaultsEncryptedAndCopied());
        AssertOffends(violations, vault.Urn, "kmsKeyArn is");
        AssertOffends(violations, uncopied.Urn, "rule daily has no copyActions");
        AssertOffends(violations, sameRegion.Urn, "rule daily copies only to vaults in its own vault's region");
        AssertOnlyOffender(violations, vault, uncopied, sameRegion);
    }
}
#endif
