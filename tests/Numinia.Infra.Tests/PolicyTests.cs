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
public sealed partial class PolicyTests
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
}
#endif
