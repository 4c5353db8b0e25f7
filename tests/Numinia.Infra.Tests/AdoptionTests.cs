#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// The prod stack takes over the live platform (../shared/LIVE.md): every live stateful resource is imported, none is
/// created; while importing, each declares the live value (Pulumi's import fails on any difference: pulumi/pulumi
/// pkg/resource/deploy/step.go, ImportStep, "inputs to import do not match the existing resource"); converging changes
/// only properties the provider updates in place.
/// </summary>
[NonParallelizable]
public sealed class AdoptionTests
{
    private static Task<PlanResult>? s_converge;

    private static Task<PlanResult> ImportAsync() => Harness.ProdPlanAsync();

    private static Task<PlanResult> ConvergeAsync() => s_converge ??= Planner.RunAsync(Harness.ProdConfig("adoptionPhase=converge"));

    private static ResourceRegistration Named(PlanResult plan, string name) => plan.Resources.Single(r => r.Name == name);

    // The live platform's stateful and network resources the platform keeps (LIVE.md 2, 4.1-4.5), by their names in the plan.
    private static readonly string[] s_live =
    [
        "network-vpc", "network-igw", "network-nat-eip-eu-west-1a", "network-nat-eu-west-1a", "network-public-rt", "network-private-rt",
        "network-public-eu-west-1a", "network-public-eu-west-1b", "network-public-eu-west-1c",
        "network-private-eu-west-1a", "network-private-eu-west-1b", "network-private-eu-west-1c",
        "network-database-eu-west-1a", "network-database-eu-west-1b", "network-database-eu-west-1c",
        "database-cluster", "database-writer", "database-subnets", "database-sg",
        "statics-bucket", "statics-public-access", "statics-encryption", "statics-versioning", "statics-lifecycle", "statics-cors", "statics-cdn-bucket-policy",
        "statics-cdn-distribution", "statics-cdn-oac", "statics-cdn-certificate", "statics-cdn-alias-a", "hosted-zone",
    ];

    // The types whose resources hold data or a name others depend on: none may be created by the prod plan.
    private static readonly string[] s_statefulTypes =
    [
        "aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "aws:rds/cluster:Cluster", "aws:rds/clusterInstance:ClusterInstance", "aws:s3/bucket:Bucket",
        "aws:route53/zone:Zone", "aws:cloudfront/distribution:Distribution",
    ];

    [Test]
    public async Task TheProdPlanImportsEveryLiveResourceTheLiveRepositoriesDescribe()
    {
        var plan = await ImportAsync();
        var missing = s_live.Where(name => plan.Resources.SingleOrDefault(r => r.Name == name)?.Options.ImportId is null);
        Assert.That(missing, Is.Empty, "live resources the prod plan does not import");
    }

    [Test]
    public async Task EveryAdoptedResourceIsProtected()
    {
        var plan = await ImportAsync();
        Assert.That(plan.Resources.Where(r => r.Options.ImportId is not null && !r.Options.Protect && !PauseTests.DroppedWhilePaused.Contains(r.Type)).Select(r => r.Name), Is.Empty,
            "the live platform runs on them: no destroy or rename may delete one");
    }

    // The stores the live platform lacks and the program adds beside it (Velero's backups): new, so nothing to adopt.
    private static readonly string[] s_newStores = ["velero-backups-bucket"];

    [Test]
    public async Task TheProdPlanCreatesNoStatefulResource()
    {
        var plan = await ImportAsync();
        var created = plan.Resources.Where(r => s_statefulTypes.Contains(r.Type) && r.Options.ImportId is null && !s_newStores.Contains(r.Name))
            .Select(r => r.Name);
        Assert.That(created, Is.Empty);
    }

    [Test]
    public async Task TheProdPlanShowsTheImportsWithTheirIdsInTheTreeAndTheJson()
    {
        var plan = await ImportAsync();
        var tree = new StringWriter();
        PlanReport.WriteTree(plan, tree);
        using var json = JsonDocument.Parse(PlanReport.ToJson(plan));
        var cluster = json.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "database-cluster");
        Assert.Multiple(() =>
        {
            Assert.That(tree.ToString(), Does.Contain("database-cluster").And.Match(@"= 🔒\s+└─ aws:rds/cluster:Cluster\s+database-cluster\s+import \[id=prod-hyperfy\]"));
            Assert.That(cluster.GetProperty("options").GetProperty("import").GetString(), Is.EqualTo("prod-hyperfy"));
            Assert.That(tree.ToString(), Does.Match(@"\d+\s+to import"));
        });
    }

    // ---- The live values (LIVE.md), written here independently of the code --------------------------------------------

    [Test]
    public async Task TheAdoptedDatabaseDeclaresTheLiveCluster()
    {
        var plan = await ImportAsync();
        var cluster = Named(plan, "database-cluster");
        var writer = Named(plan, "database-writer");
        Assert.Multiple(() =>
        {
            Assert.That(cluster.Input("clusterIdentifier"), Is.EqualTo("prod-hyperfy"));
            Assert.That(cluster.Input("engine"), Is.EqualTo("aurora-postgresql"));
            Assert.That(cluster.Input("engineVersion"), Is.EqualTo("16.11"));
            Assert.That(cluster.Input("masterUsername"), Is.EqualTo("postgres"));
            Assert.That(cluster.Input("manageMasterUserPassword"), Is.True);
            Assert.That(cluster.Input("databaseName"), Is.Null, "no initial database");
            Assert.That(cluster.Input("kmsKeyId"), Is.Null, "the AWS-managed aws/rds key: a key forces a new cluster");
            Assert.That(cluster.Input("masterUserSecretKmsKeyId"), Is.Null);
            Assert.That(cluster.Input("storageEncrypted"), Is.True);
            Assert.That(cluster.Input("iamDatabaseAuthenticationEnabled"), Is.True);
            Assert.That(cluster.Input("port"), Is.EqualTo(5432));
            Assert.That(cluster.Input("preferredBackupWindow"), Is.EqualTo("03:00-06:00"));
            Assert.That(cluster.Input("preferredMaintenanceWindow"), Is.EqualTo("thu:01:59-thu:02:29"));
            Assert.That(cluster.Input("backupRetentionPeriod"), Is.EqualTo(1), "the live retention, until converging");
            Assert.That(cluster.Input("deletionProtection"), Is.True);
            Assert.That(cluster.Input("finalSnapshotIdentifier"), Is.Null, "AWS reports none, so an import declares none");
            Assert.That(cluster.Input("dbSubnetGroupName"), Is.EqualTo("prod-hyperfy"));
            Assert.That(plan.Resources.Count(r => r.Type == "aws:rds/clusterInstance:ClusterInstance"), Is.EqualTo(1), "one instance");
            Assert.That(writer.Options.ImportId, Is.EqualTo("prod-hyperfy-instance-1"));
            Assert.That(writer.Input("identifier"), Is.EqualTo("prod-hyperfy-instance-1"));
            Assert.That(writer.Input("instanceClass"), Is.EqualTo("db.t4g.medium"));
            Assert.That(writer.Input("performanceInsightsEnabled"), Is.True);
            Assert.That(writer.Input("availabilityZone"), Is.Null, "a zone forces a new instance");
            Assert.That(writer.Input("autoMinorVersionUpgrade"), Is.True, "AWS's default, until converging");
            Assert.That(Named(plan, "database-subnets").Input("name"), Is.EqualTo("prod-hyperfy"));
            Assert.That(Named(plan, "database-subnets").Input("description"), Is.EqualTo("For Aurora cluster prod-hyperfy"));
            Assert.That(Named(plan, "database-sg").Input("description"), Is.EqualTo("Control traffic to/from RDS Aurora prod-hyperfy"));
        });
    }

    [Test]
    public async Task TheAdoptedNetworkDeclaresTheVpcModulesNamesAndTheLiveDiscoveryTags()
    {
        var plan = await ImportAsync();
        string? Name(string resource) => Named(plan, resource).Input("tags", "Name") as string;
        Assert.Multiple(() =>
        {
            Assert.That(Named(plan, "network-vpc").Input("cidrBlock"), Is.EqualTo("10.0.0.0/16"));
            Assert.That(Name("network-vpc"), Is.EqualTo("numinia-vpc"));
            Assert.That(Name("network-igw"), Is.EqualTo("numinia-vpc"));
            Assert.That(Name("network-nat-eu-west-1a"), Is.EqualTo("numinia-vpc-eu-west-1a"));
            Assert.That(Name("network-nat-eip-eu-west-1a"), Is.EqualTo("numinia-vpc-eu-west-1a"));
            Assert.That(Name("network-public-rt"), Is.EqualTo("numinia-vpc-public"));
            Assert.That(Name("network-private-rt"), Is.EqualTo("numinia-vpc-private"));
            Assert.That(Name("network-public-eu-west-1b"), Is.EqualTo("numinia-vpc-public-eu-west-1b"));
            Assert.That(Name("network-private-eu-west-1c"), Is.EqualTo("numinia-vpc-private-eu-west-1c"));
            Assert.That(Name("network-database-eu-west-1a"), Is.EqualTo("numinia-vpc-db-eu-west-1a"));
            Assert.That(Named(plan, "network-database-eu-west-1b").Input("cidrBlock"), Is.EqualTo("10.0.5.0/24"));
            Assert.That(Named(plan, "network-public-eu-west-1a").Input("tags", "kubernetes.io/cluster/production-numinia"), Is.EqualTo("shared"));
            Assert.That(Named(plan, "network-private-eu-west-1a").Input("tags", "kubernetes.io/role/internal-elb"), Is.EqualTo("1"));
            Assert.That(Named(plan, "network-private-eu-west-1a").Input("tags", "Tier"), Is.Null, "the live subnets have no Tier tag");
            Assert.That(plan.Resources.Count(r => r.Type == "aws:ec2/natGateway:NatGateway"), Is.EqualTo(1), "one NAT gateway");
        });
    }

    [Test]
    public async Task TheNewClustersDiscoveryTagIsATagResourceOfThePlatformsProvider()
    {
        // The Load Balancer Controller skips a subnet tagged for another cluster and not for its own
        // (aws-load-balancer-controller v2 pkg/networking/subnet_resolver.go), so the new cluster's tag is there from the first up.
        var plan = await ImportAsync();
        var platform = plan.Resources.Single(r => r.Type == "pulumi:providers:aws" && r.Name == "aws");
        var tags = plan.Resources.Where(r => r.Type == "aws:ec2/tag:Tag").ToArray();
        Assert.That(tags.Select(t => t.Name), Is.EquivalentTo(new[] { "a", "b", "c" }.SelectMany(z => new[] { $"network-public-eu-west-1{z}-cluster-tag", $"network-private-eu-west-1{z}-cluster-tag" })));
        Assert.That(tags.Select(t => t.Input("key")), Has.All.EqualTo("kubernetes.io/cluster/numinia-production"));
        Assert.That(tags.Select(t => t.ProviderUrn), Has.All.EqualTo(platform.Urn));
        var adopted = plan.Resources.Single(r => r.Type == "pulumi:providers:aws" && r.Name == "aws-adopted");
        Assert.That(adopted.Inputs["ignoreTags"]!.ToString(), Does.Contain("kubernetes.io/cluster/numinia-production"), "the subnets' own tags leave it to the tag resources");
    }

    [Test]
    public async Task TheAdoptedBucketAndCdnDeclareTheLiveConfiguration()
    {
        var plan = await ImportAsync();
        var distribution = Named(plan, "statics-cdn-distribution");
        var policy = Components.Common.PolicyDocument.FromJson((string)Named(plan, "statics-cdn-bucket-policy").Input("policy")!);
        Assert.Multiple(() =>
        {
            Assert.That(Named(plan, "statics-encryption").Input("rules") is ImmutableArray<object?> { Length: 1 } rules
                && PolicyValues.At(rules[0], "applyServerSideEncryptionByDefault", "sseAlgorithm") is "AES256", Is.True, "SSE-S3");
            Assert.That(distribution.Input("comment"), Is.EqualTo("Numinia Static Assets CDN"));
            Assert.That(distribution.Input("priceClass"), Is.EqualTo("PriceClass_100"));
            Assert.That(distribution.Input("httpVersion"), Is.EqualTo("http2"));
            Assert.That(distribution.Input("isIpv6Enabled"), Is.True);
            Assert.That(distribution.Input("defaultRootObject"), Is.EqualTo("index.html"));
            Assert.That(distribution.Input("aliases"), Is.EqualTo(new object[] { "statics.numinia.xyz" }));
            Assert.That(distribution.Input("defaultCacheBehavior", "viewerProtocolPolicy"), Is.EqualTo("redirect-to-https"));
            Assert.That(distribution.Input("defaultCacheBehavior", "responseHeadersPolicyId"), Is.EqualTo("5cc3b908-e619-4b99-88e5-2cf7f45965bd"));
            Assert.That(distribution.Input("viewerCertificate", "minimumProtocolVersion"), Is.EqualTo("TLSv1.2_2021"));
            Assert.That(distribution.Input("viewerCertificate", "sslSupportMethod"), Is.EqualTo("sni-only"));
            Assert.That(Named(plan, "statics-cdn-certificate").Input("region"), Is.EqualTo("us-east-1"));
            Assert.That(Named(plan, "statics-cdn-certificate").Input("domainName"), Is.EqualTo("statics.numinia.xyz"));
            Assert.That(Named(plan, "statics-cdn-oac").Input("signingBehavior"), Is.EqualTo("always"));
            Assert.That(policy.Statement.Select(s => s.Sid), Is.EqualTo(new[] { "AllowCloudFrontServicePrincipalReadOnly" }), "the live policy, while importing");
            Assert.That(Named(plan, "statics-cdn-alias-a").Options.ImportId, Does.EndWith("_statics.numinia.xyz_A"));
        });
    }

    /// <summary>
    /// Arguments the provider keeps only in state: AWS does not report them, so an import reads each as its schema default
    /// (terraform-provider-aws: aws_rds_cluster's and aws_rds_cluster_instance's apply_immediately,
    /// allow_major_version_upgrade, final_snapshot_identifier, skip_final_snapshot; aws_s3_bucket's and aws_route53_zone's
    /// force_destroy; aws_cloudfront_distribution's retain_on_delete and wait_for_deployment; aws_route53_record's
    /// allow_overwrite; aws_security_group's revoke_rules_on_delete). Declaring another value would fail the import.
    /// </summary>
    private static readonly ImmutableDictionary<string, ImmutableDictionary<string, object?>> s_stateOnly = new Dictionary<string, Dictionary<string, object?>>
    {
        ["aws:rds/cluster:Cluster"] = new() { ["applyImmediately"] = null, ["allowMajorVersionUpgrade"] = null, ["finalSnapshotIdentifier"] = null, ["skipFinalSnapshot"] = false },
        ["aws:rds/clusterInstance:ClusterInstance"] = new() { ["applyImmediately"] = null },
        ["aws:s3/bucket:Bucket"] = new() { ["forceDestroy"] = false },
        ["aws:route53/zone:Zone"] = new() { ["forceDestroy"] = false },
        ["aws:cloudfront/distribution:Distribution"] = new() { ["retainOnDelete"] = false, ["waitForDeployment"] = true },
        ["aws:route53/record:Record"] = new() { ["allowOverwrite"] = null },
        ["aws:ec2/securityGroup:SecurityGroup"] = new() { ["revokeRulesOnDelete"] = false },
    }.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableDictionary());

    [Test]
    public async Task AnImportDeclaresNoStateOnlyArgumentBeyondItsDefault()
    {
        var plan = await ImportAsync();
        var declared = plan.Resources
            .Where(r => r.Options.ImportId is not null && s_stateOnly.ContainsKey(r.Type))
            .SelectMany(r => s_stateOnly[r.Type].Where(a => r.Inputs.TryGetValue(a.Key, out var value) && value is not null && !Equals(value, a.Value))
                .Select(a => $"{r.Name}.{a.Key} = {r.Inputs[a.Key]}"));
        Assert.That(declared, Is.Empty, "AWS reports none of these: the import would read the default and fail on the difference");
    }

    // ---- Converging: in-place updates only ---------------------------------------------------------------------------

    /// <summary>
    /// Properties that force a new resource, per type, as terraform-provider-aws declares them (ForceNew in
    /// internal/service/ec2/vpc_*.go, rds/cluster.go and cluster_instance.go, s3/bucket*.go, cloudfront, acm/certificate.go,
    /// route53/record.go and zone.go), under Pulumi's names.
    /// </summary>
    private static readonly ImmutableDictionary<string, string[]> s_forceNew = new Dictionary<string, string[]>
    {
        ["aws:ec2/vpc:Vpc"] = ["cidrBlock", "instanceTenancy"],
        ["aws:ec2/subnet:Subnet"] = ["vpcId", "cidrBlock", "availabilityZone", "availabilityZoneId"],
        ["aws:ec2/eip:Eip"] = ["domain"],
        ["aws:ec2/natGateway:NatGateway"] = ["allocationId", "subnetId", "connectivityType", "privateIp"],
        ["aws:ec2/routeTable:RouteTable"] = ["vpcId"],
        ["aws:ec2/route:Route"] = ["routeTableId", "destinationCidrBlock"],
        ["aws:ec2/routeTableAssociation:RouteTableAssociation"] = ["subnetId", "gatewayId"],
        ["aws:ec2/securityGroup:SecurityGroup"] = ["name", "namePrefix", "description", "vpcId"],
        ["aws:rds/subnetGroup:SubnetGroup"] = ["name", "namePrefix"],
        ["aws:rds/cluster:Cluster"] = ["clusterIdentifier", "engine", "engineMode", "databaseName", "masterUsername", "kmsKeyId", "storageEncrypted", "dbSubnetGroupName", "availabilityZones"],
        ["aws:rds/clusterInstance:ClusterInstance"] = ["identifier", "clusterIdentifier", "engine", "dbSubnetGroupName", "availabilityZone"],
        ["aws:s3/bucket:Bucket"] = ["bucket", "bucketPrefix"],
        ["aws:acm/certificate:Certificate"] = ["domainName", "subjectAlternativeNames", "keyAlgorithm"],
        ["aws:route53/record:Record"] = ["zoneId", "name", "type"],
        ["aws:route53/zone:Zone"] = ["name"],
    }.ToImmutableDictionary();

    /// <summary>The inputs of an adopted resource that differ between the two phases.</summary>
    private static ImmutableArray<string> Changed(ResourceRegistration before, ResourceRegistration after)
        => before.Inputs.Keys.Union(after.Inputs.Keys)
            .Where(k => JsonSerializer.Serialize(PlanReport.ToJsonNode(before.Inputs.GetValueOrDefault(k))) != JsonSerializer.Serialize(PlanReport.ToJsonNode(after.Inputs.GetValueOrDefault(k))))
            .Order(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>The changes that would replace a resource.</summary>
    private static IEnumerable<string> Replacing(string type, IEnumerable<string> changed)
        => changed.Intersect(s_forceNew.GetValueOrDefault(type) ?? [], StringComparer.Ordinal);

    [Test]
    public async Task ConvergingReplacesNothingAndChangesExactlyTheFixes()
    {
        var (import, converge) = (await ImportAsync(), await ConvergeAsync());
        var changes = import.Resources.Where(r => r.Options.ImportId is not null)
            .Select(r => (r.Name, r.Type, Changed: Changed(r, converge.Resources.Single(c => c.Urn == r.Urn))))
            .Where(c => !c.Changed.IsEmpty)
            .ToDictionary(c => c.Name);
        Assert.Multiple(() =>
        {
            foreach (var (name, (_, type, changed)) in changes)
            {
                Assert.That(Replacing(type, changed), Is.Empty, $"{name} would be replaced");
            }

            // The fixes: a week of backups, a final snapshot's name, pinned minor versions, PostgreSQL from the private
            // subnets only, database subnets without a route out, TLS-only bucket access.
            Assert.That(changes.ToDictionary(c => c.Key, c => string.Join(",", c.Value.Changed)), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["database-cluster"] = "backupRetentionPeriod,finalSnapshotIdentifier",
                ["database-writer"] = "autoMinorVersionUpgrade",
                ["database-sg"] = "ingress",
                ["network-database-rta-eu-west-1a"] = "routeTableId",
                ["network-database-rta-eu-west-1b"] = "routeTableId",
                ["network-database-rta-eu-west-1c"] = "routeTableId",
                ["statics-cdn-bucket-policy"] = "policy",
            }));
            Assert.That(Named(converge, "database-cluster").Input("backupRetentionPeriod"), Is.EqualTo(7));
        });
    }

    [Test]
    public void AChangeToAPropertyThatForcesReplacementIsCaught()
        => Assert.That(Replacing("aws:rds/cluster:Cluster", ["backupRetentionPeriod", "kmsKeyId"]), Is.EqualTo(new[] { "kmsKeyId" }));

    [Test]
    public async Task ConvergingMovesAdoptedResourcesToThePlatformsTags()
    {
        var converge = await ConvergeAsync();
        var adopted = converge.Resources.Single(r => r.Type == "pulumi:providers:aws" && r.Name == "aws-adopted");
        var tags = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>((string)adopted.Inputs["defaultTags"]!)!["tags"];
        Assert.That(tags, Is.EquivalentTo(new Dictionary<string, string> { ["Environment"] = "production", ["ManagedBy"] = "pulumi", ["Project"] = "numinia" }));
    }

    [Test]
    public async Task ConvergedTheProdPlanPassesEveryMandatoryRuleWithNoLiveValueLeft()
    {
        var report = PolicyRunner.Run(await ConvergeAsync());
        Assert.Multiple(() =>
        {
            Assert.That(report.Passed, Is.True);
            Assert.That(report.Results.Where(r => r.Rule.Severity == PolicySeverity.Mandatory).SelectMany(r => r.Violations).Select(v => v.Message), Is.Empty);
        });
    }

    [Test]
    public async Task WhileImportingALiveValueThePolicyRefusesIsAWarningNamedAsLive()
    {
        var result = PolicyRunner.Run(await ImportAsync())["rds-hardening"];
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PolicyOutcome.Warn));
            Assert.That(result.Violations.Single().Live, Is.True);
            Assert.That(result.Violations.Single().Message, Does.Contain("backupRetentionPeriod is 1"));
        });
    }

    // ---- Names and config --------------------------------------------------------------------------------------------

    [Test]
    public void TheNewClusterHasANameOfItsOwn()
    {
        var prod = Harness.ProdConfig();
        Assert.That(prod.Values["numinia-infra:clusterName"], Is.Not.EqualTo("production-numinia").And.Not.EqualTo(prod.Values["numinia-infra:liveClusterName"]));
    }

    [Test]
    public async Task APlaceholderImportIdIsPlannedAsAnImportAndRefusedByTheProgram()
    {
        var plan = await ImportAsync();
        Assert.That(Named(plan, "network-igw").Options.ImportId, Is.EqualTo("to-fill-in-importInternetGatewayId"));
        var (code, _, error) = await Harness.PlanAsync("--require-secrets", "--quiet");
        Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig));
        Assert.That(error, Does.Contain("numinia-infra:importInternetGatewayId: is a placeholder to fill in"));
    }

    [TestCase("importVpcId=vpc-0123456789abcdef0", "importInternetGatewayId", "is missing: adopting the live network takes every one")]
    [TestCase("importStaticsBucket=statics.numinia.xyz", "importStaticsDistributionId", "is missing: the adopted statics bucket's policy names the live CloudFront distribution")]
    [TestCase("importStaticsDistributionId=E2ABCDEF123456", "importStaticsDistributionId", "adopts the CDN, whose alias record is imported from the zone: set importHostedZoneId too")]
    [TestCase("importDatabaseSecurityGroupId=sg-0123456789abcdef0", "importDatabaseSecurityGroupId", "is set but importDatabase is false")]
    [TestCase("importStaticsCertificateArn=arn:aws:acm:us-east-1:241533135482:certificate/a4d43bfa-fa15-427f-92c8-e6fa7d58b6f4", "importStaticsCertificateArn",
        "is a certificate of account 241533135482, not of accountId 111122223333")]
    public void AHalfAdoptionIsRefusedNamingWhatIsMissing(string given, string key, string expected)
    {
        var error = Assert.CatchAsync(async () => await Planner.RunAsync(Harness.NewPlatformConfig(given)));
        Assert.That(error!.Message, Does.Contain($"numinia-infra:{key}:").And.Contain(expected));
    }
}
#endif
