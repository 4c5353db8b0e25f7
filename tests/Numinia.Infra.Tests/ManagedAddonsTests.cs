using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Efs;
using Pulumi.Aws.Eks;
using Pulumi.Aws.Iam;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>The EKS managed add-ons (networking before the nodes, the rest after), each on its own, without a stack.</summary>
[NonParallelizable]
public sealed class ManagedAddonsTests
{
    private const string Issuer = "oidc.eks.eu-west-1.amazonaws.com/id/";

    private static readonly AddonVersions Versions = new()
    {
        VpcCni = "v1.20.4-eksbuild.2",
        CoreDns = "v1.12.4-eksbuild.1",
        KubeProxy = "v1.35.0-eksbuild.2",
        EbsCsi = "v1.53.0-eksbuild.1",
        EfsCsi = "v2.1.15-eksbuild.1",
    };

    internal sealed record Built(ImmutableArray<Resource> Resources, EksCluster Cluster, NetworkingAddons Networking, ManagedAddons Addons, Resource NodeGroups)
    {
        public Addon Addon(string addonName) => Resources.Named<Addon>(addonName switch
        {
            "vpc-cni" => "networking-vpc-cni",
            "kube-proxy" => "networking-kube-proxy",
            "coredns" => "addons-coredns",
            "aws-ebs-csi-driver" => "addons-ebs-csi",
            "aws-efs-csi-driver" => "addons-efs-csi",
            _ => throw new ArgumentOutOfRangeException(nameof(addonName), addonName, "not an add-on of the platform"),
        });
    }

    internal static async Task<Built> BuildAsync(bool efs = false)
    {
        var resources = await RunAsync(() =>
        {
            var cluster = new EksCluster("cluster", ClusterTests.Args());
            var settings = new ClusterSettings { Name = ClusterTests.ClusterName, AddonVersions = Versions, EfsEnabled = efs };
            var networking = new NetworkingAddons("networking", new NetworkingAddonsArgs { Settings = settings, Cluster = cluster });
            // Stands in for the node groups, which depend on the networking add-ons.
            var nodeGroups = new ComponentResource("numinia:test:NodeGroups", "node-groups",
                new ComponentResourceOptions { DependsOn = { networking.VpcCni, networking.KubeProxy } });
            _ = new ManagedAddons("addons", new ManagedAddonsArgs
            {
                Settings = settings,
                Cluster = cluster,
                NodeGroups = ImmutableArray.Create<Resource>(nodeGroups),
                VpcId = Output.Create("vpc-0123456789abcdef0"),
                VpcCidr = Cidr.Parse("10.0.0.0/16"),
                PrivateSubnetIdsByZone = ClusterTests.PrivateSubnets.Select(Output.Create).ToImmutableArray(),
            });
        });
        return new Built(resources, resources.OfType<EksCluster>().Single(), resources.OfType<NetworkingAddons>().Single(),
            resources.OfType<ManagedAddons>().Single(), resources.Single(r => r.GetResourceName() == "node-groups"));
    }

    [Test]
    public async Task VpcCniEnforcesNetworkPolicies()
    {
        var vpcCni = (await BuildAsync()).Addon("vpc-cni");
        using var configuration = JsonDocument.Parse(await ValueAsync(vpcCni.ConfigurationValues));
        Assert.That(configuration.RootElement.GetProperty("enableNetworkPolicy").GetString(), Is.EqualTo("true"));
    }

    [TestCase("vpc-cni", "v1.20.4-eksbuild.2")]
    [TestCase("kube-proxy", "v1.35.0-eksbuild.2")]
    [TestCase("coredns", "v1.12.4-eksbuild.1")]
    [TestCase("aws-ebs-csi-driver", "v1.53.0-eksbuild.1")]
    [TestCase("aws-efs-csi-driver", "v2.1.15-eksbuild.1")]
    public async Task AddonVersionsArePinnedFromTheArgs(string addonName, string version)
    {
        var addon = (await BuildAsync(efs: true)).Addon(addonName);
        Assert.That(await ValueAsync(addon.AddonName), Is.EqualTo(addonName));
        Assert.That(await ValueAsync(addon.AddonVersion), Is.EqualTo(version));
    }

    [Test]
    public async Task EveryAddonIsInstalledInTheClusterAndOverwritesConflictingFields()
    {
        var addons = (await BuildAsync(efs: true)).Resources.OfType<Addon>().ToArray();
        Assert.That(addons, Has.Length.EqualTo(5));
        foreach (var addon in addons)
        {
            Assert.That(await ValueAsync(addon.ClusterName), Is.EqualTo(ClusterTests.ClusterName));
            Assert.That(await ValueAsync(addon.ResolveConflictsOnCreate), Is.EqualTo("OVERWRITE"), addon.GetResourceName());
            Assert.That(await ValueAsync(addon.ResolveConflictsOnUpdate), Is.EqualTo("OVERWRITE"), addon.GetResourceName());
        }
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task EveryAddonWaitsForTheCluster()
    {
        var built = await BuildAsync(efs: true);
        var clusterUrn = Registrations.Of(built.Cluster.Cluster).Urn;
        foreach (var addon in built.Resources.OfType<Addon>())
        {
            Assert.That(Registrations.Of(addon).DependencyUrns, Does.Contain(clusterUrn), addon.GetResourceName());
        }
    }

    [TestCase("coredns")]
    [TestCase("aws-ebs-csi-driver")]
    [TestCase("aws-efs-csi-driver")]
    public async Task AddonsWhosePodsNeedNodesWaitForTheNodeGroups(string addonName)
    {
        var built = await BuildAsync(efs: true);
        Assert.That(Registrations.Of(built.Addon(addonName)).DependencyUrns, Does.Contain(Registrations.Of(built.NodeGroups).Urn));
    }

    [TestCase("vpc-cni")]
    [TestCase("kube-proxy")]
    public async Task TheNetworkingAddonsNeedOnlyTheClusterSoNodeGroupsCanWaitForThem(string addonName)
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.Addon(addonName)).DependencyUrns, Is.EqualTo(new[] { Registrations.Of(built.Cluster.Cluster).Urn }));
    }
#endif

    [Test]
    public async Task TheEbsCsiRoleTrustsExactlyTheControllerServiceAccount()
    {
        var built = await BuildAsync();
        var role = built.Resources.Named<Role>("addons-ebs-csi-role");
        var trust = PolicyDocument.FromJson(await ValueAsync(role.AssumeRolePolicy)).Statement.Single();
        var issuer = await ValueAsync(built.Cluster.Oidc.Issuer);
        Assert.That(issuer, Does.StartWith(Issuer));
        Assert.Multiple(async () =>
        {
            Assert.That(trust.Action, Is.EqualTo(new[] { "sts:AssumeRoleWithWebIdentity" }));
            Assert.That(trust.Principal!["Federated"], Is.EqualTo(new[] { await ValueAsync(built.Cluster.OidcProviderArn) }));
            Assert.That(trust.Condition!.Keys, Is.EqualTo(new[] { "StringEquals" }), "no StringLike, so no wildcard");
            Assert.That(trust.Condition["StringEquals"], Is.EquivalentTo(new Dictionary<string, ImmutableArray<string>>
            {
                [$"{issuer}:sub"] = ImmutableArray.Create("system:serviceaccount:kube-system:ebs-csi-controller-sa"),
                [$"{issuer}:aud"] = ImmutableArray.Create("sts.amazonaws.com"),
            }));
        });
    }

    [Test]
    public async Task TheEbsCsiDriverRunsAsItsIrsaRole()
    {
        var built = await BuildAsync();
        var roleArn = await ValueAsync(built.Resources.Named<Role>("addons-ebs-csi-role").Arn);
        Assert.That(await ValueAsync(built.Addon("aws-ebs-csi-driver").ServiceAccountRoleArn), Is.EqualTo(roleArn));
        Assert.That(await ValueAsync(built.Addons.EbsCsiRoleArn), Is.EqualTo(roleArn));
    }

    [Test]
    public async Task TheEbsCsiRoleHasTheManagedPolicyAndUsesOnlyTheClusterKey()
    {
        var built = await BuildAsync();
        var attachments = built.Resources.OfType<RolePolicyAttachment>().Where(a => a.GetResourceName().StartsWith("addons-ebs-csi-", StringComparison.Ordinal)).ToArray();
        Assert.That(await Task.WhenAll(attachments.Select(a => ValueAsync(a.PolicyArn))),
            Is.EqualTo(new[] { "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy" }));

        var policy = PolicyDocument.FromJson(await ValueAsync(built.Resources.Named<RolePolicy>("addons-ebs-csi-policy").Policy));
        var keyArn = await ValueAsync(built.Cluster.Key.Arn);
        Assert.Multiple(() =>
        {
            Assert.That(policy.Statement.SelectMany(s => s.Resource!.Value), Is.All.EqualTo(keyArn));
            Assert.That(policy.Statement.SelectMany(s => s.Action), Is.All.StartWith("kms:"));
            Assert.That(policy.Statement.SelectMany(s => s.Action), Is.SupersetOf(new[] { "kms:CreateGrant", "kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*" }));
            Assert.That(policy.Statement.Single(s => s.Action.Contains("kms:CreateGrant")).Condition!["Bool"]["kms:GrantIsForAWSResource"],
                Is.EqualTo(new[] { "true" }));
        });
    }

    [Test]
    public async Task EfsResourcesExistOnlyWhenEnabled()
    {
        var disabled = await BuildAsync(efs: false);
        Assert.Multiple(async () =>
        {
            Assert.That(disabled.Resources.OfType<FileSystem>(), Is.Empty);
            Assert.That(disabled.Resources.OfType<MountTarget>(), Is.Empty);
            Assert.That(disabled.Resources.OfType<SecurityGroup>(), Is.Empty);
            Assert.That(disabled.Resources.Where(r => r.GetResourceName().StartsWith("addons-efs", StringComparison.Ordinal)), Is.Empty);
            Assert.That(await ValueAsync(disabled.Addons.EfsFileSystemId), Is.Null);
        });

        var enabled = await BuildAsync(efs: true);
        Assert.Multiple(async () =>
        {
            Assert.That(enabled.Resources.OfType<FileSystem>().Count(), Is.EqualTo(1));
            Assert.That(enabled.Resources.OfType<MountTarget>().Count(), Is.EqualTo(3));
            Assert.That(enabled.Resources.OfType<SecurityGroup>().Count(), Is.EqualTo(1));
            Assert.That(await ValueAsync(enabled.Addon("aws-efs-csi-driver").AddonName), Is.EqualTo("aws-efs-csi-driver"));
            Assert.That(await ValueAsync(enabled.Addons.EfsFileSystemId), Is.EqualTo(await ValueAsync(enabled.Resources.OfType<FileSystem>().Single().Id)));
        });
    }

    [Test]
    public async Task TheEfsFileSystemIsEncryptedWithTheClusterKey()
    {
        var built = await BuildAsync(efs: true);
        var fileSystem = built.Resources.OfType<FileSystem>().Single();
        Assert.That(await ValueAsync(fileSystem.Encrypted), Is.True);
        Assert.That(await ValueAsync(fileSystem.KmsKeyId), Is.EqualTo(await ValueAsync(built.Cluster.Key.Arn)));
#if PULUMI_OFFLINE
        Assert.That(Registrations.Of(fileSystem).Options.Protect, Is.True, "the file system holds data");
#endif
    }

    [Test]
    public async Task EfsMountTargetsAcceptNfsFromTheVpcOnly()
    {
        var built = await BuildAsync(efs: true);
        var group = built.Resources.OfType<SecurityGroup>().Single();
        var ingress = (await ValueAsync(group.Ingress)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(ingress.Protocol, Is.EqualTo("tcp"));
            Assert.That(ingress.FromPort, Is.EqualTo(2049));
            Assert.That(ingress.ToPort, Is.EqualTo(2049));
            Assert.That(ingress.CidrBlocks, Is.EqualTo(new[] { "10.0.0.0/16" }));
            Assert.That(ingress.SecurityGroups.OrEmpty(), Is.Empty);
            Assert.That(await ValueAsync(group.VpcId), Is.EqualTo("vpc-0123456789abcdef0"));
        });
    }

    [Test]
    public async Task EachPrivateSubnetHasAnEfsMountTarget()
    {
        var built = await BuildAsync(efs: true);
        var fileSystemId = await ValueAsync(built.Resources.OfType<FileSystem>().Single().Id);
        var groupId = await ValueAsync(built.Resources.OfType<SecurityGroup>().Single().Id);
        var targets = built.Resources.OfType<MountTarget>().ToArray();
        Assert.That(await Task.WhenAll(targets.Select(t => ValueAsync(t.SubnetId))), Is.EquivalentTo(ClusterTests.PrivateSubnets));
        foreach (var target in targets)
        {
            Assert.That(await ValueAsync(target.FileSystemId), Is.EqualTo(fileSystemId));
            Assert.That(await ValueAsync(target.SecurityGroups), Is.EqualTo(new[] { groupId }));
        }
    }

    [Test]
    public async Task TheEfsCsiDriverRunsAsAnIrsaRoleOfItsControllerServiceAccount()
    {
        var built = await BuildAsync(efs: true);
        var role = built.Resources.Named<Role>("addons-efs-csi-role");
        var trust = PolicyDocument.FromJson(await ValueAsync(role.AssumeRolePolicy)).Statement.Single();
        var issuer = await ValueAsync(built.Cluster.Oidc.Issuer);
        var attachments = built.Resources.OfType<RolePolicyAttachment>().Where(a => a.GetResourceName().StartsWith("addons-efs-csi-", StringComparison.Ordinal));
        Assert.Multiple(async () =>
        {
            Assert.That(trust.Condition!["StringEquals"][$"{issuer}:sub"], Is.EqualTo(new[] { "system:serviceaccount:kube-system:efs-csi-controller-sa" }));
            Assert.That(trust.Condition["StringEquals"][$"{issuer}:aud"], Is.EqualTo(new[] { "sts.amazonaws.com" }));
            Assert.That(await Task.WhenAll(attachments.Select(a => ValueAsync(a.PolicyArn))),
                Is.EqualTo(new[] { "arn:aws:iam::aws:policy/service-role/AmazonEFSCSIDriverPolicy" }));
            Assert.That(await ValueAsync(built.Addon("aws-efs-csi-driver").ServiceAccountRoleArn), Is.EqualTo(await ValueAsync(role.Arn)));
        });
        var policy = PolicyDocument.FromJson(await ValueAsync(built.Resources.Named<RolePolicy>("addons-efs-csi-policy").Policy));
        Assert.That(policy.Statement.SelectMany(s => s.Resource!.Value),
            Is.All.EqualTo(await ValueAsync(built.Resources.OfType<FileSystem>().Single().Arn)), "its own statements name only the platform's file system");
    }
}
