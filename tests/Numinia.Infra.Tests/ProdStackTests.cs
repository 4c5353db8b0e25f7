#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Tenants;
using Numinia.Infra.Plan;
using Numinia.Stacks.Config;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>The whole prod stack, planned offline from Pulumi.prod.yaml as the plan command does.</summary>
[NonParallelizable]
public sealed class ProdStackTests
{
    private static PlanResult? s_prod;

    private static async Task<PlanResult> ProdAsync() => s_prod ??= await Planner.RunAsync(Harness.ProdConfig());

    // ../shared/LIVE.md 4.1: the live Aurora cluster runs aurora-postgresql 16.11 (16.8 until 2026-07-20); the prod stack
    // keeps that version, so taking the cluster over is no engine upgrade.
    [Test]
    public async Task TheDatabaseRunsTheLiveEngineVersion()
    {
        var plan = await ProdAsync();
        var cluster = plan.Resources.Single(r => r.Type == "aws:rds/cluster:Cluster");
        Assert.That((cluster.Inputs["engine"], cluster.Inputs["engineVersion"]), Is.EqualTo(("aurora-postgresql", "16.11")));
    }

    // ../shared/LIVE.md 3.1: the live cluster is production-numinia. The new one runs beside it until the cutover, and EKS
    // refuses a second cluster of the same name in the account and region.
    [Test]
    public async Task TheNewClusterRunsBesideTheLiveOneUnderItsOwnName()
    {
        var plan = await ProdAsync();
        var cluster = plan.Resources.Single(r => r.Type == "eks:index:Cluster");
        Assert.That(cluster.Inputs["name"], Is.Not.EqualTo("production-numinia"));
        Assert.That(plan.Outputs["clusterName"], Is.EqualTo(cluster.Inputs["name"]));
    }

    [Test]
    public async Task TheProdPlanDeclaresTheLiveNetwork()
    {
        var plan = await ProdAsync();
        var byType = plan.Resources.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Multiple(() =>
        {
            Assert.That(byType["aws:ec2/vpc:Vpc"], Is.EqualTo(1));
            Assert.That(byType["aws:ec2/subnet:Subnet"], Is.EqualTo(9), "three tiers over three zones");
            Assert.That(byType["aws:ec2/natGateway:NatGateway"], Is.EqualTo(1), "one NAT gateway, the live choice");
            Assert.That(byType["aws:ec2/flowLog:FlowLog"], Is.EqualTo(1));
            Assert.That(byType["aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"], Is.EqualTo(1));
        });
        var databaseBlocks = plan.Resources.Where(r => r.Type == "aws:ec2/subnet:Subnet" && r.Name.Contains("-database-", StringComparison.Ordinal))
            .Select(r => r.Inputs["cidrBlock"]).ToArray();
        Assert.That(databaseBlocks, Is.EqualTo(new[] { "10.0.4.0/24", "10.0.5.0/24", "10.0.6.0/24" }));
    }

    [Test]
    public async Task EveryAwsResourceUsesTheProviderPinnedToTheAccountWithDefaultTags()
    {
        var plan = await ProdAsync();
        var providers = plan.Resources.Where(r => r.Type == "pulumi:providers:aws").ToDictionary(r => r.Name);
        Assert.That(providers.Keys, Is.EquivalentTo(new[] { "aws", "aws-adopted" }), "the platform's provider and the adopted resources'");
        static Dictionary<string, string> TagsOf(Pulumi.Offline.ResourceRegistration provider)
            => JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>((string)provider.Inputs["defaultTags"]!)!["tags"];
        foreach (var provider in providers.Values)
        {
            Assert.That(provider.Inputs["region"], Is.EqualTo("eu-west-1"), provider.Name);
            Assert.That(JsonSerializer.Deserialize<string[]>((string)provider.Inputs["allowedAccountIds"]!), Is.EqualTo(new[] { "111122223333" }), provider.Name);
        }

        Assert.That(TagsOf(providers["aws"]), Is.EquivalentTo(new Dictionary<string, string> { ["Environment"] = "production", ["ManagedBy"] = "pulumi", ["Project"] = "numinia" }));
        // While importing, adopted resources carry the live Terraform's tags (../shared/LIVE.md 2: Terraform=true,
        // Environment=production), which the provider leaves out of each resource's own tags, so the imports match.
        Assert.That(TagsOf(providers["aws-adopted"]), Is.EquivalentTo(new Dictionary<string, string> { ["Environment"] = "production", ["Terraform"] = "true" }));
        var providerUrns = providers.Values.Select(p => p.Urn).ToHashSet();
        foreach (var resource in plan.Resources.Where(r => r.Type.StartsWith("aws:", StringComparison.Ordinal)))
        {
            Assert.That(providerUrns, Does.Contain(resource.ProviderUrn), resource.Urn);
            if (resource.Options.ImportId is not null)
            {
                Assert.That(resource.ProviderUrn, Is.EqualTo(providers["aws-adopted"].Urn), $"an imported resource uses the adopted provider: {resource.Urn}");
            }
        }
    }

    [Test]
    public async Task TheStackExportsTheNetwork()
    {
        var plan = await ProdAsync();
        Assert.That(plan.Outputs.Keys, Is.SupersetOf(new[] { "vpcId", "vpcCidr", "publicSubnetIds", "privateSubnetIds", "databaseSubnetIds" }));
        Assert.That(plan.Outputs["vpcCidr"], Is.EqualTo("10.0.0.0/16"));
        Assert.That(((ImmutableArray<object?>)plan.Outputs["privateSubnetIds"]!).Length, Is.EqualTo(3));
    }

    [Test]
    public async Task PerAzNatIsOneConfigValueAway()
    {
        var plan = await Planner.RunAsync(Harness.NewPlatformConfig("natGateways=perAz"));
        Assert.That(plan.Resources.Count(r => r.Type == "aws:ec2/natGateway:NatGateway"), Is.EqualTo(3));
    }

    [Test]
    public async Task ThePlanJsonListsEveryNetworkResourceWithItsInputs()
    {
        var plan = await Planner.RunAsync(Harness.NewPlatformConfig());
        using var json = JsonDocument.Parse(PlanReport.ToJson(plan));
        var resources = json.RootElement.GetProperty("resources").EnumerateArray().ToArray();
        Assert.That(resources, Has.Length.EqualTo(plan.Resources.Length));
        var subnet = resources.Single(r => r.GetProperty("name").GetString() == "network-private-eu-west-1b");
        Assert.Multiple(() =>
        {
            Assert.That(subnet.GetProperty("type").GetString(), Is.EqualTo("aws:ec2/subnet:Subnet"));
            Assert.That(subnet.GetProperty("urn").GetString(), Is.EqualTo("urn:pulumi:prod::numinia-infra::numinia:network:Network$aws:ec2/subnet:Subnet::network-private-eu-west-1b"));
            Assert.That(subnet.GetProperty("parent").GetString(), Is.EqualTo("urn:pulumi:prod::numinia-infra::numinia:network:Network::network"));
            Assert.That(subnet.GetProperty("inputs").GetProperty("cidrBlock").GetString(), Is.EqualTo("10.0.64.0/19"));
            Assert.That(subnet.GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()),
                Has.Some.EndsWith("aws:ec2/vpc:Vpc::network-vpc"));
            Assert.That(subnet.GetProperty("id").GetString(), Does.StartWith("subnet-"), "computed ids come from the plan mocks");
            Assert.That(subnet.GetProperty("outputs").GetProperty("arn").GetString(), Does.StartWith("arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-"));
            Assert.That(subnet.GetProperty("options").GetProperty("protect").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task TheProdPlanDeclaresTheClusterItsNodeGroupsAddonsAndVpn()
    {
        var plan = await ProdAsync();
        int Count(string type) => plan.Resources.Count(r => r.Type == type);
        Assert.Multiple(() =>
        {
            Assert.That(Count("eks:index:Cluster"), Is.EqualTo(1));
            Assert.That(Count("aws:eks/nodeGroup:NodeGroup"), Is.EqualTo(5), "general in each of three zones, compute, gpu");
            Assert.That(Count("aws:ec2/launchTemplate:LaunchTemplate"), Is.EqualTo(3), "one per configured group");
            Assert.That(plan.Resources.Where(r => r.Type == "aws:eks/addon:Addon").Select(r => (string)r.Inputs["addonName"]!),
                Is.EquivalentTo(new[] { "vpc-cni", "kube-proxy", "coredns", "aws-ebs-csi-driver" }));
            Assert.That(Count("aws:efs/fileSystem:FileSystem"), Is.Zero, "EFS is off in prod");
            Assert.That(Count("aws:ec2clientvpn/endpoint:Endpoint"), Is.EqualTo(1));
            Assert.That(Count("aws:autoscaling/tag:Tag"), Is.EqualTo(7),
                "the gpu group's nvidia.com/gpu, accelerator and node-group labels and its taint; the compute group's workload and node-group labels and its taint (both scale from zero)");
        });
        var cluster = plan.Resources.Single(r => r.Type == "eks:index:Cluster");
        Assert.That(cluster.Inputs["endpointPublicAccess"], Is.False);
        Assert.That(cluster.Inputs["version"], Is.EqualTo("1.35"));
        Assert.That(cluster.Options.Protect, Is.False, "pausing deletes it in one up");
    }

    [Test]
    public async Task TheNodesStartAfterTheirNetworkPluginAndCorednsAfterTheNodes()
    {
        var plan = await ProdAsync();
        var vpcCni = plan.Resources.Single(r => r.Type == "aws:eks/addon:Addon" && (string)r.Inputs["addonName"]! == "vpc-cni");
        var coredns = plan.Resources.Single(r => r.Type == "aws:eks/addon:Addon" && (string)r.Inputs["addonName"]! == "coredns");
        foreach (var group in plan.Resources.Where(r => r.Type == "aws:eks/nodeGroup:NodeGroup"))
        {
            Assert.That(group.DependencyUrns, Does.Contain(vpcCni.Urn), group.Name);
            Assert.That(coredns.DependencyUrns, Does.Contain(group.Urn), group.Name);
        }
    }

    [Test]
    public async Task TheStackExportsTheClusterWithItsSecretsSecret()
    {
        var plan = await ProdAsync();
        Assert.That(plan.Outputs.Keys, Is.SupersetOf(new[]
        {
            "clusterName", "clusterEndpoint", "clusterCertificateAuthority", "oidcProviderArn", "oidcIssuerUrl", "kubeconfig",
            "clusterSecurityGroupId", "nodeSecurityGroupId", "nodeGroupNames", "vpnEndpointId", "vpnClientConfiguration",
        }));
        Assert.That(plan.Outputs["clusterName"], Is.EqualTo("numinia-production"));
        Assert.That(plan.Outputs["kubeconfig"], Is.InstanceOf<Pulumi.Offline.SecretValue>());
        Assert.That(plan.Outputs["vpnClientConfiguration"], Is.InstanceOf<Pulumi.Offline.SecretValue>());
        Assert.That((string)plan.Outputs["vpnEndpointId"]!, Does.StartWith("cvpn-endpoint-"));
        Assert.That(((ImmutableArray<object?>)plan.Outputs["nodeGroupNames"]!).Length, Is.EqualTo(5), "general's three zonal groups, compute, gpu");
    }

    [Test]
    public async Task TheVpnIsOneConfigValueAway()
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig("vpnEnabled=false"));
        Assert.That(plan.Resources.Where(r => r.Type.StartsWith("aws:ec2clientvpn/", StringComparison.Ordinal)
            || (r.Type.StartsWith("tls:", StringComparison.Ordinal) && r.Urn.Contains("numinia:access:ClientVpn", StringComparison.Ordinal))), Is.Empty);
        Assert.That(plan.Outputs["vpnEndpointId"], Is.EqualTo(""));
    }

    [Test]
    public async Task ClusterConfigChangesFlowThroughThePlan()
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig(
            "kubernetesVersion=1.34", "kubeProxyAddonVersion=v1.34.1-eksbuild.2", "generalInstanceTypes=[\"m7i.2xlarge\"]", "generalMaxSize=20", "efsEnabled=true"));
        var general = plan.Resources.Where(r => r.Type == "aws:eks/nodeGroup:NodeGroup" && r.Name.StartsWith("nodes-general-", StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(plan.Resources.Single(r => r.Type == "eks:index:Cluster").Inputs["version"], Is.EqualTo("1.34"));
            Assert.That(general.Select(g => g.Inputs["instanceTypes"]), Has.All.EqualTo(new object[] { "m7i.2xlarge" }));
            Assert.That(general.Sum(g => (double)((ImmutableDictionary<string, object?>)g.Inputs["scalingConfig"]!)["maxSize"]!), Is.EqualTo(20.0), "the total over the zones");
            Assert.That(plan.Resources.Count(r => r.Type == "aws:efs/fileSystem:FileSystem"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task TheDefaultsInPulumiYamlAreTheDefaultsInCode()
    {
        // Only the account id, which has no default, besides Pulumi.yaml's defaults.
        var stackFile = Path.Combine(Path.GetTempPath(), $"Pulumi.defaults-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(stackFile,
            "config:\n  numinia-infra:accountId: \"111122223333\"\n  numinia-infra:clusterAdminArns: [\"arn:aws:iam::111122223333:role/admin\"]\n");
        try
        {
            var fromYaml = StackConfigFile.Load(Harness.RepoRoot, stackFile, Array.Empty<string>());
            var yamlConfig = ConfigReader.Read(fromYaml.Values.GetValueOrDefault);
            var codeConfig = ConfigReader.Read(key => key switch
            {
                "numinia-infra:accountId" => "111122223333",
                "numinia-infra:clusterAdminArns" => "[\"arn:aws:iam::111122223333:role/admin\"]",
                // A declared secret without a value: the plan uses the placeholder for it.
                "numinia-infra:grafanaAdminPassword" => StackConfigFile.SecretPlaceholder,
                "numinia-infra:fluxDeployKey" => StackConfigFile.SecretPlaceholder,
                _ => null,
            });
            Assert.That((yamlConfig.Region, yamlConfig.AccountId, yamlConfig.Environment), Is.EqualTo((codeConfig.Region, codeConfig.AccountId, codeConfig.Environment)));
            // The areas hold immutable arrays, which records compare by reference: compare them as JSON.
            foreach (var (area, fromYamlArea, inCodeArea) in new (string, object, object)[]
            {
                ("dns", yamlConfig.Dns, codeConfig.Dns),
                ("shared services", yamlConfig.SharedServices.Select(s => s.Settings).ToArray(), codeConfig.SharedServices.Select(s => s.Settings).ToArray()),
                ("namespaces", yamlConfig.Namespaces, codeConfig.Namespaces),
                ("statics", yamlConfig.Statics, codeConfig.Statics),
                ("database", yamlConfig.Database, codeConfig.Database),
                ("tenants", yamlConfig.Tenants, codeConfig.Tenants),
            })
            {
                Assert.That(JsonSerializer.Serialize(fromYamlArea), Is.EqualTo(JsonSerializer.Serialize(inCodeArea)), area);
            }

            Assert.That(yamlConfig.Cluster with
            {
                Access = codeConfig.Cluster.Access,
                AddonVersions = codeConfig.Cluster.AddonVersions,
                PublicAccessCidrs = codeConfig.Cluster.PublicAccessCidrs,
            }, Is.EqualTo(codeConfig.Cluster));
            Assert.That(yamlConfig.Cluster.AddonVersions, Is.EqualTo(codeConfig.Cluster.AddonVersions));
            Assert.That(yamlConfig.Cluster.PublicAccessCidrs, Is.EqualTo(codeConfig.Cluster.PublicAccessCidrs));
            Assert.That(yamlConfig.Vpn, Is.EqualTo(codeConfig.Vpn));
            Assert.That(yamlConfig.NodeGroups.Select(Describe), Is.EqualTo(codeConfig.NodeGroups.Select(Describe)));
            Assert.That(yamlConfig.Network with { Layout = codeConfig.Network.Layout }, Is.EqualTo(codeConfig.Network));
            Assert.That(yamlConfig.Network.Layout.Blocks().Select(b => b.Block), Is.EqualTo(codeConfig.Network.Layout.Blocks().Select(b => b.Block)));
        }
        finally
        {
            File.Delete(stackFile);
        }
    }

    private static string Describe(Numinia.Components.Compute.NodeGroupSpec g)
        => $"{g.Name} {g.Purpose} {string.Join(",", g.InstanceTypes)} {g.MinSize}-{g.MaxSize}/{g.DesiredSize} {g.DiskSizeGb} {g.CapacityType} "
           + $"{string.Join(",", g.Labels.OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}"))} {string.Join(",", g.Taints)}";

    [Test]
    public void EveryKeyTheProgramReadsIsDeclaredInPulumiYaml()
    {
        var declared = StackConfigFile.DeclaredKeys(Harness.RepoRoot);
        var read = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            ConfigReader.Read(key =>
            {
                read.Add(key);
                return key == "numinia-infra:accountId" ? "111122223333" : null;
            });
        }
        catch (ConfigValidationException)
        {
            // Only the keys matter here.
        }

        // organizations is a list of objects, which Pulumi's project config cannot declare (its types are
        // string, integer, boolean and arrays of those): Pulumi.yaml documents it in a comment instead.
        read.Remove($"{PlatformConfig.Project}:{TenantsSettings.OrganizationsKey}");
        Assert.That(declared, Is.SupersetOf(read));
        Assert.That(File.ReadAllText(Path.Combine(Harness.RepoRoot, "Pulumi.yaml")), Does.Contain("numinia-infra:organizations"),
            "the one undeclared key is documented in Pulumi.yaml");
    }
}
#endif
