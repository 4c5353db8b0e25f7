#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using NUnit.Framework;
using Pulumi.Offline;
using static Numinia.Infra.Tests.PlanFixture;

namespace Numinia.Infra.Tests;

/// <summary>
/// Each policy rule against a compliant plan (no violation) and a plan that breaks it (the offending
/// URN reported, and only it). Fixtures are hand-built registrations (<see cref="PlanFixture"/>).
/// </summary>
public sealed class PolicyTests
{
    private static void AssertOffends(ImmutableArray<PolicyViolation> violations, string urn, string because)
    {
        Assert.That(violations.Select(v => v.Urn), Does.Contain(urn), "the offending resource is named");
        Assert.That(violations.Where(v => v.Urn == urn).Select(v => v.Message), Has.Some.Contains(because));
    }

    private static void AssertOnlyOffender(ImmutableArray<PolicyViolation> violations, params ResourceRegistration[] offenders)
        => Assert.That(violations.Select(v => v.Urn).Distinct(), Is.EquivalentTo(offenders.Select(o => o.Urn)));

    // EKS

    private static object EksInputs(bool? publicAccess = false, bool? privateAccess = true, string? keyArn = "arn:aws:kms:eu-west-1:111122223333:key/key-key-id",
        string[]? logs = null)
        => new
        {
            endpointPublicAccess = publicAccess,
            endpointPrivateAccess = privateAccess,
            encryptionConfigKeyArn = keyArn,
            enabledClusterLogTypes = logs ?? ["api", "audit", "authenticator", "controllerManager", "scheduler"],
        };

    [Test]
    public void EksEndpointPrivate_PassesAPrivateOnlyCluster()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.EksCluster, "eks", EksInputs(), protect: true);
        plan.Add(PolicyTokens.AwsEksCluster, "raw", new { vpcConfig = new { endpointPublicAccess = false, endpointPrivateAccess = true } });
        Assert.That(plan.Check(new EksEndpointPrivate()), Is.Empty);
    }

    [Test]
    public void EksEndpointPrivate_FailsAPublicOrDefaultedEndpoint()
    {
        var plan = new PlanFixture();
        var open = plan.Add(PolicyTokens.EksCluster, "open", EksInputs(publicAccess: true));
        var defaulted = plan.Add(PolicyTokens.AwsEksCluster, "defaulted", new { vpcConfig = new { subnetIds = new[] { "subnet-1" } } });
        var violations = plan.Check(new EksEndpointPrivate());
        AssertOffends(violations, open.Urn, "endpointPublicAccess is true");
        AssertOffends(violations, defaulted.Urn, "vpcConfig.endpointPublicAccess is unset");
        AssertOffends(violations, defaulted.Urn, "vpcConfig.endpointPrivateAccess is unset");
        AssertOnlyOffender(violations, open, defaulted);
    }

    [Test]
    public void EksSecretsEncryption_PassesAClusterEncryptedWithAKeyOfTheStack()
    {
        var plan = new PlanFixture();
        plan.KmsKey();
        plan.Add(PolicyTokens.EksCluster, "eks", EksInputs());
        Assert.That(plan.Check(new EksSecretsEncryption()), Is.Empty);
    }

    [Test]
    public void EksSecretsEncryption_FailsAClusterWithoutAKeyOrWithAForeignKey()
    {
        var plan = new PlanFixture();
        plan.KmsKey();
        var none = plan.Add(PolicyTokens.EksCluster, "none", EksInputs(keyArn: null));
        var foreign = plan.Add(PolicyTokens.EksCluster, "foreign", EksInputs(keyArn: "arn:aws:kms:eu-west-1:999999999999:key/other"));
        var violations = plan.Check(new EksSecretsEncryption());
        AssertOffends(violations, none.Urn, "encryptionConfigKeyArn is unset");
        AssertOffends(violations, foreign.Urn, "not a KMS key (aws:kms/key:Key) of this stack");
        AssertOnlyOffender(violations, none, foreign);
    }

    [Test]
    public void EksControlPlaneLogs_PassesAllFiveLogTypes()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.EksCluster, "eks", EksInputs());
        Assert.That(plan.Check(new EksControlPlaneLogs()), Is.Empty);
    }

    [Test]
    public void EksControlPlaneLogs_FailsAMissingLogType()
    {
        var plan = new PlanFixture();
        var partial = plan.Add(PolicyTokens.EksCluster, "partial", EksInputs(logs: ["api", "authenticator"]));
        var violations = plan.Check(new EksControlPlaneLogs());
        AssertOffends(violations, partial.Urn, "lacks audit, controllerManager, scheduler");
        AssertOnlyOffender(violations, partial);
    }

    // KMS

    [Test]
    public void KmsKeyRotation_PassesARotatingKeyAndExemptsAsymmetricKeys()
    {
        var plan = new PlanFixture();
        plan.KmsKey();
        plan.Add(PolicyTokens.KmsKey, "signing", new { customerMasterKeySpec = "RSA_2048", keyUsage = "SIGN_VERIFY" });
        Assert.That(plan.Check(new KmsKeyRotation()), Is.Empty);
    }

    [Test]
    public void KmsKeyRotation_FailsASymmetricKeyWithoutRotation()
    {
        var plan = new PlanFixture();
        var still = plan.KmsKey("still", rotate: false);
        var unset = plan.Add(PolicyTokens.KmsKey, "unset", new { description = "no rotation set" });
        var violations = plan.Check(new KmsKeyRotation());
        AssertOffends(violations, still.Urn, "enableKeyRotation is false");
        AssertOffends(violations, unset.Urn, "enableKeyRotation is unset");
        AssertOnlyOffender(violations, still, unset);
    }

    // Nodes

    private static object LaunchTemplateInputs(string tokens = "required", int hops = 1, string encrypted = "true")
        => new
        {
            metadataOptions = new { httpEndpoint = "enabled", httpTokens = tokens, httpPutResponseHopLimit = hops },
            blockDeviceMappings = new[] { new { deviceName = "/dev/xvda", ebs = new { encrypted, volumeType = "gp3", volumeSize = 50 } } },
        };

    [Test]
    public void LaunchTemplateHardening_PassesAnImdsV2EncryptedTemplateUsedByTheNodeGroup()
    {
        var plan = new PlanFixture();
        var template = plan.Add(PolicyTokens.LaunchTemplate, "lt", LaunchTemplateInputs(), id: "lt-1");
        plan.Add(PolicyTokens.NodeGroup, "nodes", new { launchTemplate = new { id = "lt-1", version = "1" } }, dependsOn: [template]);
        Assert.That(plan.Check(new LaunchTemplateHardening()), Is.Empty);
    }

    [Test]
    public void LaunchTemplateHardening_FailsImdsV1AHopLimitAbove1AnUnencryptedVolumeAndAGroupWithoutTemplate()
    {
        var plan = new PlanFixture();
        var imdsV1 = plan.Add(PolicyTokens.LaunchTemplate, "imds-v1", LaunchTemplateInputs(tokens: "optional"));
        var hops = plan.Add(PolicyTokens.LaunchTemplate, "hops", LaunchTemplateInputs(hops: 2));
        var plain = plan.Add(PolicyTokens.LaunchTemplate, "plain", LaunchTemplateInputs(encrypted: "false"));
        var noVolumes = plan.Add(PolicyTokens.LaunchTemplate, "no-volumes", new { metadataOptions = new { httpTokens = "required", httpPutResponseHopLimit = 1 } });
        var bare = plan.Add(PolicyTokens.NodeGroup, "bare", new { subnetIds = new[] { "subnet-a" } });
        var violations = plan.Check(new LaunchTemplateHardening());
        AssertOffends(violations, imdsV1.Urn, "httpTokens is \"optional\"");
        AssertOffends(violations, hops.Urn, "httpPutResponseHopLimit is 2");
        AssertOffends(violations, plain.Urn, "blockDeviceMappings[0].ebs.encrypted is \"false\"");
        AssertOffends(violations, noVolumes.Urn, "declares no EBS volume");
        AssertOffends(violations, bare.Urn, "not a launch template of this stack");
        AssertOnlyOffender(violations, imdsV1, hops, plain, noVolumes, bare);
    }

    [Test]
    public void NodeGroupPlacement_PassesPrivateSubnetsInTwoZones()
    {
        var plan = new PlanFixture();
        var a = plan.Subnet("private-a", "eu-west-1a", privateTier: true);
        var b = plan.Subnet("private-b", "eu-west-1b", privateTier: true);
        plan.Add(PolicyTokens.NodeGroup, "nodes", new { subnetIds = new[] { a.Id, b.Id } }, dependsOn: [a, b]);
        Assert.That(plan.Check(new NodeGroupPlacement()), Is.Empty);
    }

    [Test]
    public void NodeGroupPlacement_PassesOneGroupPerZoneThatTogetherSpanTwoZones()
    {
        var plan = new PlanFixture();
        foreach (var zone in new[] { "a", "b" })
        {
            var subnet = plan.Subnet($"private-{zone}", $"eu-west-1{zone}", privateTier: true);
            plan.Add(PolicyTokens.NodeGroup, $"nodes-general-{zone}", new
            {
                subnetIds = new[] { subnet.Id },
                labels = new Dictionary<string, string> { [Numinia.Components.Compute.NodeGroupSpec.GroupLabel] = "general" },
            });
        }

        Assert.That(plan.Check(new NodeGroupPlacement()), Is.Empty);
    }

    [Test]
    public void NodeGroupPlacement_FailsGroupsOfOneLabelThatTogetherSpanOneZone()
    {
        var plan = new PlanFixture();
        var subnet = plan.Subnet("private-a", "eu-west-1a", privateTier: true);
        var groups = new[] { "1", "2" }.Select(n => plan.Add(PolicyTokens.NodeGroup, $"nodes-general-{n}", new
        {
            subnetIds = new[] { subnet.Id },
            labels = new Dictionary<string, string> { [Numinia.Components.Compute.NodeGroupSpec.GroupLabel] = "general" },
        })).ToArray();
        var violations = plan.Check(new NodeGroupPlacement());
        AssertOffends(violations, groups[0].Urn, "spans with the other node groups of numinia.xyz/node-group=general 1 availability zone(s) (eu-west-1a)");
        AssertOnlyOffender(violations, groups);
    }

    [Test]
    public void NodeGroupPlacement_FailsAPublicSubnetAnUnknownSubnetAndASingleZone()
    {
        var plan = new PlanFixture();
        var privateA = plan.Subnet("private-a", "eu-west-1a", privateTier: true);
        var publicB = plan.Subnet("public-b", "eu-west-1b", privateTier: false);
        var exposed = plan.Add(PolicyTokens.NodeGroup, "exposed", new { subnetIds = new[] { privateA.Id, publicB.Id } });
        var foreign = plan.Add(PolicyTokens.NodeGroup, "foreign", new { subnetIds = new[] { privateA.Id, "subnet-elsewhere" } });
        var oneZone = plan.Add(PolicyTokens.NodeGroup, "one-zone", new { subnetIds = new[] { privateA.Id } });
        var violations = plan.Check(new NodeGroupPlacement());
        AssertOffends(violations, exposed.Urn, $"subnet {publicB.Id} (public-b) is not private-tier");
        AssertOffends(violations, foreign.Urn, "subnet subnet-elsewhere is not a subnet of this stack");
        AssertOffends(violations, oneZone.Urn, "spans 1 availability zone(s) (eu-west-1a)");
        AssertOnlyOffender(violations, exposed, foreign, oneZone);
    }

    // IAM

    [Test]
    public void IrsaTrustScoped_PassesAnIrsaRoleForOneServiceAccountAndAServiceRole()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.IamRole, "irsa", new { assumeRolePolicy = IrsaTrust() });
        plan.Add(PolicyTokens.IamRole, "nodes", new
        {
            assumeRolePolicy = Document(new { Effect = "Allow", Principal = new { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }),
        });
        Assert.That(plan.Check(new IrsaTrustScoped()), Is.Empty);
    }

    [Test]
    public void IrsaTrustScoped_FailsAWildcardSubjectAMissingAudienceTwoServiceAccountsAndAWildcardPrincipal()
    {
        var plan = new PlanFixture();
        var wildcardSubject = plan.Add(PolicyTokens.IamRole, "any-pod", new { assumeRolePolicy = IrsaTrust("system:serviceaccount:kube-system:*", op: "StringLike") });
        var wrongAudience = plan.Add(PolicyTokens.IamRole, "wrong-aud", new { assumeRolePolicy = IrsaTrust(audience: "sts.example.com") });
        var unconditioned = plan.Add(PolicyTokens.IamRole, "unconditioned", new
        {
            assumeRolePolicy = Document(new { Effect = "Allow", Principal = new { Federated = OidcProviderArn }, Action = "sts:AssumeRoleWithWebIdentity" }),
        });
        var twoAccounts = plan.Add(PolicyTokens.IamRole, "two-accounts", new
        {
            assumeRolePolicy = Document(
                System.Text.Json.JsonDocument.Parse(IrsaTrust("system:serviceaccount:a:one")).RootElement.GetProperty("Statement")[0],
                System.Text.Json.JsonDocument.Parse(IrsaTrust("system:serviceaccount:b:two")).RootElement.GetProperty("Statement")[0]),
        });
        var anyone = plan.Add(PolicyTokens.IamRole, "anyone", new
        {
            assumeRolePolicy = Document(new { Effect = "Allow", Principal = new { AWS = "*" }, Action = "sts:AssumeRole" }),
        });
        var everyone = plan.Add(PolicyTokens.IamRole, "everyone", new
        {
            assumeRolePolicy = Document(new { Effect = "Allow", Principal = "*", Action = "sts:AssumeRole" }),
        });
        var violations = plan.Check(new IrsaTrustScoped());
        AssertOffends(violations, wildcardSubject.Urn, $"needs StringEquals {OidcIssuer}:sub with exactly one service account");
        AssertOffends(violations, wrongAudience.Urn, $"needs StringEquals {OidcIssuer}:aud = sts.amazonaws.com (has sts.example.com)");
        AssertOffends(violations, unconditioned.Urn, "(has 0)");
        AssertOffends(violations, twoAccounts.Urn, "trusts 2 service accounts");
        AssertOffends(violations, anyone.Urn, "trusts any principal");
        AssertOffends(violations, everyone.Urn, "trusts any principal");
        AssertOnlyOffender(violations, wildcardSubject, wrongAudience, unconditioned, twoAccounts, anyone, everyone);
    }

    [Test]
    public void IamLeastPrivilege_PassesScopedWritesUnscopedReadsAllowedConditionsAndManagedAttachments()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.IamRolePolicy, "scoped", new
        {
            policy = Document(
                new { Effect = "Allow", Action = new[] { "ec2:DescribeInstances", "autoscaling:Describe*", "ec2:GetInstanceTypesFromInstanceRequirements" }, Resource = "*" },
                new { Effect = "Allow", Action = new[] { "logs:PutLogEvents" }, Resource = "arn:aws:logs:eu-west-1:111122223333:log-group:/x:*" },
                new
                {
                    Effect = "Allow",
                    Action = new[] { "autoscaling:SetDesiredCapacity" },
                    Resource = "*",
                    Condition = new { StringEquals = new Dictionary<string, string> { ["aws:ResourceTag/k8s.io/cluster-autoscaler/production-numinia"] = "owned" } },
                },
                new { Effect = "Deny", Action = "*", Resource = "*" }),
        });
        plan.Add(PolicyTokens.IamPolicy, "alb", new
        {
            policy = Document(new
            {
                Effect = "Allow",
                Action = new[] { "elasticloadbalancing:DeleteLoadBalancer" },
                Resource = "*",
                Condition = new { Null = new Dictionary<string, string> { ["aws:ResourceTag/elbv2.k8s.aws/cluster"] = "false" } },
            }),
        });
        plan.Add(PolicyTokens.IamRolePolicyAttachment, "managed", new { policyArn = "arn:aws:iam::aws:policy/AdministratorAccess", role = "r" });
        Assert.That(plan.Check(new IamLeastPrivilege()), Is.Empty);
    }

    [Test]
    public void IamLeastPrivilege_FailsWildcardActionsUnscopedWritesAndConditionsThatDoNotScope()
    {
        var plan = new PlanFixture();
        var admin = plan.Add(PolicyTokens.IamRolePolicy, "admin", new { policy = Document(new { Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::bucket" }) });
        var wholeService = plan.Add(PolicyTokens.IamPolicy, "s3-all", new { policy = Document(new { Effect = "Allow", Action = new[] { "s3:*" }, Resource = "arn:aws:s3:::bucket/*" }) });
        var unscoped = plan.Add(PolicyTokens.IamRolePolicy, "unscoped", new
        {
            policy = Document(new { Effect = "Allow", Action = new[] { "ec2:DescribeVpcs", "ec2:CreateSecurityGroup" }, Resource = "*" }),
        });
        var absentTag = plan.Add(PolicyTokens.IamRolePolicy, "absent-tag", new
        {
            policy = Document(new
            {
                Sid = "NullTrue",
                Effect = "Allow",
                Action = new[] { "ec2:DeleteSecurityGroup" },
                Resource = "*",
                Condition = new { Null = new Dictionary<string, string> { ["aws:ResourceTag/elbv2.k8s.aws/cluster"] = "true" } },
            }),
        });
        var inline = plan.Add(PolicyTokens.IamRole, "inline", new
        {
            assumeRolePolicy = IrsaTrust(),
            inlinePolicies = new[] { new { name = "everything", policy = Document(new { Effect = "Allow", NotAction = "iam:*", Resource = "*" }) } },
        });
        var violations = plan.Check(new IamLeastPrivilege());
        AssertOffends(violations, admin.Urn, "allows every action of \"*\"");
        AssertOffends(violations, wholeService.Urn, "allows every action of \"s3:*\"");
        AssertOffends(violations, unscoped.Urn, "allows write actions on every resource (\"*\"): ec2:CreateSecurityGroup;");
        AssertOffends(violations, absentTag.Urn, "statement 'NullTrue' allows write actions on every resource");
        AssertOffends(violations, inline.Urn, "inlinePolicies[everything]: statement 1 allows every action but some (NotAction)");
        AssertOnlyOffender(violations, admin, wholeService, unscoped, absentTag, inline);
    }

    [Test]
    public void IamLeastPrivilege_ReadsAreDescribeListAndGetButNotDataReads()
    {
        Assert.That(IamLeastPrivilege.IsRead("ec2:DescribeInstances"), Is.True);
        Assert.That(IamLeastPrivilege.IsRead("route53:ListHostedZones"), Is.True);
        Assert.That(IamLeastPrivilege.IsRead("eks:DescribeNodegroup"), Is.True);
        Assert.That(IamLeastPrivilege.IsRead("secretsmanager:GetSecretValue"), Is.False, "a data read counts as a write");
        Assert.That(IamLeastPrivilege.IsRead("s3:Get*"), Is.False, "a wildcard covering s3:GetObject counts as a write");
        Assert.That(IamLeastPrivilege.IsRead("s3:GetBucketLocation"), Is.True);
        Assert.That(IamLeastPrivilege.IsRead("route53:ChangeResourceRecordSets"), Is.False);
        Assert.That(IamLeastPrivilege.IsRead("ec2:CreateTags"), Is.False);
    }

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

    // Kubernetes

    private static readonly Dictionary<string, string> s_restricted = new()
    {
        ["pod-security.kubernetes.io/enforce"] = "restricted",
        ["pod-security.kubernetes.io/audit"] = "restricted",
        ["pod-security.kubernetes.io/warn"] = "restricted",
        [Numinia.Components.Kubernetes.NamespaceLabels.Organization] = "numen-games",
    };

    private static ResourceRegistration TenantNamespace(PlanFixture plan, string name, Dictionary<string, string>? labels = null,
        bool denyAll = true, bool quota = true, bool limits = true)
    {
        var ns = plan.Add(PolicyTokens.Namespace, name, Object(name, labels: labels ?? s_restricted));
        if (denyAll)
        {
            plan.Add(PolicyTokens.NetworkPolicy, $"{name}-deny", Object("default-deny", name, rest: new()
            {
                ["spec"] = new { podSelector = new { }, policyTypes = new[] { "Ingress", "Egress" } },
            }), dependsOn: [ns]);
        }

        if (quota)
        {
            plan.Add(PolicyTokens.ResourceQuota, $"{name}-quota", Object("quota", name, rest: new()
            {
                ["spec"] = new { hard = new Dictionary<string, string> { ["requests.cpu"] = "4" } },
            }), dependsOn: [ns]);
        }

        if (limits)
        {
            plan.Add(PolicyTokens.LimitRange, $"{name}-limits", Object("limits", name, rest: new()
            {
                ["spec"] = new { limits = new[] { new { type = "Container" } } },
            }), dependsOn: [ns]);
        }

        return ns;
    }

    [Test]
    public void TenantNamespaceIsolation_PassesARestrictedDefaultDenyQuotaedNamespace()
    {
        var plan = new PlanFixture();
        TenantNamespace(plan, "numen-games");
        // A shared-service namespace needs only the default-deny (PSA, quota and limit range are checked for tenants).
        TenantNamespace(plan, "monitoring", labels: new(), quota: false, limits: false);
        Assert.That(plan.Check(new TenantNamespaceIsolation()), Is.Empty);
    }

    [Test]
    public void TenantNamespaceIsolation_FailsAnyNamespaceWithoutADefaultDenyBothWays()
    {
        var plan = new PlanFixture();
        TenantNamespace(plan, "numen-games");
        var open = plan.Add(PolicyTokens.Namespace, "cert-manager", Object("cert-manager"));
        var ingressOnly = TenantNamespace(plan, "external-dns", labels: new(), denyAll: false, quota: false, limits: false);
        plan.Add(PolicyTokens.NetworkPolicy, "external-dns-deny-ingress", Object("default-deny", "external-dns", rest: new()
        {
            ["spec"] = new { podSelector = new { }, policyTypes = new[] { "Ingress" } },
        }), dependsOn: [ingressOnly]);
        var violations = plan.Check(new TenantNamespaceIsolation());
        AssertOffends(violations, open.Urn, "has no default-deny NetworkPolicy");
        AssertOffends(violations, ingressOnly.Urn, "has no default-deny NetworkPolicy");
        AssertOnlyOffender(violations, open, ingressOnly);
    }

    [Test]
    public void TenantNamespaceIsolation_FailsBaselinePodSecurityAPolicyThatAllowsAndAMissingQuotaOrLimitRange()
    {
        var plan = new PlanFixture();
        var baseline = TenantNamespace(plan, "baseline", labels: new(s_restricted) { ["pod-security.kubernetes.io/enforce"] = "baseline" });
        var allowing = TenantNamespace(plan, "allowing", denyAll: false);
        plan.Add(PolicyTokens.NetworkPolicy, "allowing-all", Object("allow-all", "allowing", rest: new()
        {
            ["spec"] = new { podSelector = new { }, policyTypes = new[] { "Ingress", "Egress" }, ingress = new[] { new { } } },
        }));
        var unbounded = TenantNamespace(plan, "unbounded", quota: false, limits: false);
        var violations = plan.Check(new TenantNamespaceIsolation());
        AssertOffends(violations, baseline.Urn, "pod-security.kubernetes.io/{enforce} are not \"restricted\"");
        AssertOffends(violations, allowing.Urn, "has no default-deny NetworkPolicy");
        AssertOffends(violations, unbounded.Urn, "has no ResourceQuota");
        AssertOffends(violations, unbounded.Urn, "has no LimitRange");
        AssertOnlyOffender(violations, baseline, allowing, unbounded);
    }

    private static Dictionary<string, object?> RoleInputs(string name, string? ns, params object[] rules)
        => Object(name, ns, rest: new() { ["rules"] = rules });

    [Test]
    public void RbacLeastPrivilege_PassesReadOnlyRolesAndExemptsPlatformAdmin()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.ClusterRole, "viewer", RoleInputs("platform-viewer", null,
            new { apiGroups = new[] { "", "apps" }, resources = new[] { "pods", "deployments", "services" }, verbs = new[] { "get", "list", "watch" } }));
        plan.Add(PolicyTokens.ClusterRole, "admin", RoleInputs(RbacLeastPrivilege.PlatformAdminRole, null,
            new { apiGroups = new[] { "*" }, resources = new[] { "*" }, verbs = new[] { "*" } }));
        Assert.That(plan.Check(new RbacLeastPrivilege()), Is.Empty);
    }

    [Test]
    public void RbacLeastPrivilege_FailsWildcardsSecretsExecAndEscalationVerbs()
    {
        var plan = new PlanFixture();
        var wildcard = plan.Add(PolicyTokens.ClusterRole, "wildcard", RoleInputs("developer", null,
            new { apiGroups = new[] { "apps" }, resources = new[] { "*" }, verbs = new[] { "get" } }));
        var secrets = plan.Add(PolicyTokens.Role, "secrets", RoleInputs("reader", "numen-games",
            new { apiGroups = new[] { "" }, resources = new[] { "configmaps", "secrets" }, verbs = new[] { "get" } }));
        var exec = plan.Add(PolicyTokens.Role, "exec", RoleInputs("debugger", "numen-games",
            new { apiGroups = new[] { "" }, resources = new[] { "pods/exec" }, verbs = new[] { "create" } },
            new { apiGroups = new[] { "" }, resources = new[] { "nodes/proxy" }, verbs = new[] { "get" } }));
        var escalate = plan.Add(PolicyTokens.ClusterRole, "escalate", RoleInputs("granter", null,
            new { apiGroups = new[] { "rbac.authorization.k8s.io" }, resources = new[] { "clusterroles" }, verbs = new[] { "bind", "escalate" } },
            new { apiGroups = new[] { "" }, resources = new[] { "users" }, verbs = new[] { "impersonate" } }));
        var violations = plan.Check(new RbacLeastPrivilege());
        AssertOffends(violations, wildcard.Urn, "rules[0] grants a wildcard in resources");
        AssertOffends(violations, secrets.Urn, "access to secrets");
        AssertOffends(violations, exec.Urn, "rules[0] grants access to pods/exec");
        AssertOffends(violations, exec.Urn, "rules[1] grants access to nodes/proxy");
        AssertOffends(violations, escalate.Urn, "rules[0] grants the verb escalate, the verb bind");
        AssertOffends(violations, escalate.Urn, "rules[1] grants the verb impersonate");
        AssertOnlyOffender(violations, wildcard, secrets, exec, escalate);
    }

    private static Dictionary<string, object?> BindingInputs(string role, params object[] subjects)
        => Object("binding", rest: new()
        {
            ["roleRef"] = new { apiGroup = "rbac.authorization.k8s.io", kind = "ClusterRole", name = role },
            ["subjects"] = subjects,
        });

    [Test]
    public void ClusterAdminBindings_PassesThePlatformAdminGroupAndOtherRoles()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.ClusterRoleBinding, "admins", BindingInputs("cluster-admin", new { kind = "Group", name = "platform-admin" }));
        plan.Add(PolicyTokens.ClusterRoleBinding, "viewers", BindingInputs("view", new { kind = "Group", name = "platform-viewer" }));
        Assert.That(plan.Check(new ClusterAdminBindings()), Is.Empty);
    }

    [Test]
    public void ClusterAdminBindings_FailsAnyOtherSubjectBoundToClusterAdmin()
    {
        var plan = new PlanFixture();
        var developers = plan.Add(PolicyTokens.ClusterRoleBinding, "developers", BindingInputs("cluster-admin",
            new { kind = "Group", name = "platform-admin" }, new { kind = "Group", name = "platform-developer" }));
        var robot = plan.Add(PolicyTokens.RoleBinding, "robot", BindingInputs("cluster-admin",
            new { kind = "ServiceAccount", name = "ci", @namespace = "ci" }));
        var violations = plan.Check(new ClusterAdminBindings());
        AssertOffends(violations, developers.Urn, "binds Group platform-developer to cluster-admin");
        AssertOffends(violations, robot.Urn, "binds ServiceAccount ci to cluster-admin");
        AssertOnlyOffender(violations, developers, robot);
    }

    [Test]
    public void NoDefaultNamespace_PassesNamespacedObjectsReleasesAndClusterScopedKinds()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.Secret, "secret", Object("s", "monitoring"));
        plan.Add(PolicyTokens.HelmRelease, "release", new { name = "cert-manager", @namespace = "cert-manager" });
        plan.Add(PolicyTokens.ClusterRole, "role", Object("viewer"));
        plan.Add(PolicyTokens.Namespace, "ns", Object("monitoring"));
        plan.Add("kubernetes:cert-manager.io/v1:ClusterIssuer", "issuer", Object("letsencrypt-prod"));
        plan.Add("kubernetes:core/v1:ServiceAccount", "later", Object("sa", Unknown));
        Assert.That(plan.Check(new NoDefaultNamespace()), Is.Empty);
    }

    [Test]
    public void NoDefaultNamespace_FailsTheDefaultNamespaceAndNamespacedObjectsWithoutOne()
    {
        var plan = new PlanFixture();
        var explicitDefault = plan.Add("kubernetes:core/v1:ConfigMap", "explicit", Object("cm", "default"));
        var implicitDefault = plan.Add("kubernetes:core/v1:Service", "implicit", Object("svc"));
        var release = plan.Add(PolicyTokens.HelmRelease, "release", new { name = "metrics-server" });
        var violations = plan.Check(new NoDefaultNamespace());
        AssertOffends(violations, explicitDefault.Urn, "metadata.namespace is \"default\"");
        AssertOffends(violations, implicitDefault.Urn, "metadata.namespace is unset");
        AssertOffends(violations, release.Urn, "namespace is unset");
        AssertOnlyOffender(violations, explicitDefault, implicitDefault, release);
    }

    private static readonly object s_requests = new { requests = new { cpu = "50m", memory = "64Mi" }, limits = new { cpu = "500m", memory = "256Mi" } };

    [Test]
    public void ReplicatedAddonsResilient_PassesBudgetsAndRequestsAtEachReplicatedWorkloadAndSingleReplicas()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.HelmRelease, "cert-manager", new
        {
            @namespace = "cert-manager",
            values = new
            {
                replicaCount = 2,
                podDisruptionBudget = new { enabled = true, minAvailable = 1 },
                resources = s_requests,
                webhook = new { replicaCount = 2, podDisruptionBudget = new { enabled = true }, resources = s_requests },
            },
        });
        plan.Add(PolicyTokens.HelmRelease, "monitoring", new
        {
            @namespace = "monitoring",
            values = new
            {
                prometheus = new { podDisruptionBudget = new { enabled = true }, prometheusSpec = new { replicas = 2, resources = s_requests } },
            },
        });
        plan.Add(PolicyTokens.HelmRelease, "alb", new
        {
            @namespace = "alb",
            values = new { replicaCount = 2, podDisruptionBudget = new { maxUnavailable = 1 }, resources = s_requests },
        });
        plan.Add(PolicyTokens.HelmRelease, "external-dns", new { @namespace = "external-dns", values = new { replicaCount = 1 } });
        Assert.That(plan.Check(new ReplicatedAddonsResilient()), Is.Empty);
    }

    [Test]
    public void ReplicatedAddonsResilient_FailsAReplicatedWorkloadWithoutBudgetOrRequests()
    {
        var plan = new PlanFixture();
        var noBudget = plan.Add(PolicyTokens.HelmRelease, "no-budget", new
        {
            @namespace = "cert-manager",
            values = new
            {
                replicaCount = 2,
                podDisruptionBudget = new { enabled = true },
                resources = s_requests,
                // The root's budget does not cover the webhook.
                webhook = new { replicaCount = 3, podDisruptionBudget = new { enabled = false }, resources = s_requests },
            },
        });
        var noRequests = plan.Add(PolicyTokens.HelmRelease, "no-requests", new
        {
            @namespace = "metrics-server",
            values = new { replicas = 2, podDisruptionBudget = new { enabled = true }, resources = new { limits = new { cpu = "1" } } },
        });
        var operatorSpec = plan.Add(PolicyTokens.HelmRelease, "operator-spec", new
        {
            @namespace = "monitoring",
            values = new { prometheus = new { prometheusSpec = new { replicas = 2, resources = s_requests } } },
        });
        var violations = plan.Check(new ReplicatedAddonsResilient());
        AssertOffends(violations, noBudget.Urn, "values webhook.replicaCount is 3 but no PodDisruptionBudget is enabled (webhook.podDisruptionBudget.enabled: true)");
        AssertOffends(violations, noRequests.Urn, "values replicas is 2 but resources.requests sets no cpu or memory");
        AssertOffends(violations, operatorSpec.Urn, "values prometheus.prometheusSpec.replicas is 2 but no PodDisruptionBudget is enabled (prometheus.podDisruptionBudget.enabled: true)");
        AssertOnlyOffender(violations, noBudget, noRequests, operatorSpec);
        Assert.That(violations.Count(v => v.Urn == noBudget.Urn), Is.EqualTo(1), "the root workload is fine");
    }

    // State

    [Test]
    public void StatefulResourcesProtected_PassesProtectedStatefulResourcesAndIgnoresReissuableKeys()
    {
        var plan = new PlanFixture();
        plan.KmsKey(protect: true);
        plan.Add(PolicyTokens.S3Bucket, "bucket", protect: true);
        plan.Add(PolicyTokens.RdsCluster, "db", protect: true);
        plan.Add(PolicyTokens.RdsClusterInstance, "db-1", protect: true);
        plan.Add(PolicyTokens.EfsFileSystem, "efs", protect: true);
        plan.Add(PolicyTokens.EksCluster, "eks", protect: true);
        var sealedKey = plan.Add(PolicyTokens.TlsPrivateKey, "platform-key", new { algorithm = "RSA" }, protect: true);
        plan.Add(PolicyTokens.Secret, "key-secret", Object("sealed-secrets-key", "sealed-secrets",
            new() { [StatefulResourcesProtected.SealedSecretsKeyLabel] = "active" }), dependsOn: [sealedKey]);
        plan.Add(PolicyTokens.TlsPrivateKey, "vpn-ca-key", new { algorithm = "RSA" });
        Assert.That(plan.Check(new StatefulResourcesProtected()), Is.Empty);
    }

    [Test]
    public void StatefulResourcesProtected_FailsEachUnprotectedStatefulResourceAndTheSealedSecretsKey()
    {
        var plan = new PlanFixture();
        var offenders = new[]
        {
            plan.KmsKey(protect: false),
            plan.Add(PolicyTokens.S3Bucket, "bucket"),
            plan.Add(PolicyTokens.RdsCluster, "db"),
            plan.Add(PolicyTokens.RdsClusterInstance, "db-1"),
            plan.Add(PolicyTokens.EfsFileSystem, "efs"),
            plan.Add(PolicyTokens.EksCluster, "eks"),
        };
        // The key reaches the labelled Secret through its certificate.
        var sealedKey = plan.Add(PolicyTokens.TlsPrivateKey, "platform-key", new { algorithm = "RSA" });
        var certificate = plan.Add("tls:index/selfSignedCert:SelfSignedCert", "platform-cert", new { validityPeriodHours = 87600 }, dependsOn: [sealedKey]);
        plan.Add(PolicyTokens.Secret, "key-secret", Object("sealed-secrets-key", "sealed-secrets",
            new() { [StatefulResourcesProtected.SealedSecretsKeyLabel] = "active" }), dependsOn: [certificate]);
        var violations = plan.Check(new StatefulResourcesProtected());
        AssertOffends(violations, sealedKey.Urn, "the sealed-secrets key is not protected");
        AssertOffends(violations, offenders[0].Urn, "aws:kms/key:Key is not protected");
        AssertOnlyOffender(violations, [.. offenders, sealedKey]);
    }

    // The runner and the report

    [Test]
    public void EveryRuleHasAUniqueIdATitleAndTypesItChecks()
    {
        var ids = PolicyRules.All.Select(r => r.Id).ToArray();
        Assert.That(ids, Is.Unique);
        foreach (var id in ids)
        {
            Assert.That(id, Does.Match("^[a-z0-9]+(-[a-z0-9]+)*$"));
        }

        Assert.That(PolicyRules.All.Select(r => r.Title), Has.All.Not.Empty);
        Assert.That(PolicyRules.All.Select(r => r.ResourceTypes.Length), Has.All.GreaterThan(0));
    }

    [Test]
    public void TheRunnerFailsOnlyOnMandatoryRulesAndWarnsOnAdvisoryOnes()
    {
        var advisoryOnly = new PlanFixture();
        advisoryOnly.Add(PolicyTokens.RdsCluster, "db", RdsClusterInputs(), protect: true, id: "numinia");
        var warned = PolicyRunner.Run("numinia-infra", "test", advisoryOnly.Resources);
        Assert.That(warned["rds-multi-az"].Outcome, Is.EqualTo(PolicyOutcome.Warn));
        Assert.That(warned.Passed, Is.True, "an advisory warning does not fail the check");

        var mandatory = new PlanFixture();
        mandatory.KmsKey(rotate: false);
        var failed = PolicyRunner.Run("numinia-infra", "test", mandatory.Resources);
        Assert.That(failed["kms-key-rotation"].Outcome, Is.EqualTo(PolicyOutcome.Fail));
        Assert.That(failed.Passed, Is.False);
    }
}
#endif
