using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Iam;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Iam;
using static Numinia.Infra.Tests.Harness;
using AsgTag = Pulumi.Aws.AutoScaling.Tag;
using EksNodeGroup = Pulumi.Aws.Eks.NodeGroup;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>The node groups component on its own, without a stack.</summary>
[NonParallelizable]
public sealed class NodeGroupsTests
{
    private const string Cluster = "production-numinia";
    private const string KmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/5f0c3e2a-8d4b-4c1e-9a7f-2b6d1e0c9f3a";
    private const string Issuer = "oidc.eks.eu-west-1.amazonaws.com/id/5E1D0C2B8A7F6E4D3C2B1A0F9E8D7C6B";
    private const string OidcArn = "arn:aws:iam::111122223333:oidc-provider/" + Issuer;
    private const string CaOwnedTag = "k8s.io/cluster-autoscaler/" + Cluster;

    private static readonly string[] PrivateSubnets = { "subnet-0a1a1a1a1a1a1a1a1", "subnet-0b2b2b2b2b2b2b2b2", "subnet-0c3c3c3c3c3c3c3c3" };

    internal static readonly NodeGroupSpec General = new()
    {
        Name = "general",
        Purpose = NodeGroupPurpose.General,
        InstanceTypes = ImmutableArray.Create("m6i.xlarge"),
        MinSize = 2,
        MaxSize = 10,
        DesiredSize = 2,
    };

    private static readonly NodeGroupSpec Compute = new()
    {
        Name = "compute",
        Purpose = NodeGroupPurpose.Compute,
        InstanceTypes = ImmutableArray.Create("c6i.2xlarge"),
        MinSize = 1,
        MaxSize = 5,
        DesiredSize = 1,
        Labels = ImmutableDictionary<string, string>.Empty.Add("workload", "ci"),
        Taints = ImmutableArray.Create(new NodeTaint("workload", "ci", "NO_SCHEDULE")),
    };

    internal static readonly NodeGroupSpec Gpu = new()
    {
        Name = "gpu",
        Purpose = NodeGroupPurpose.Gpu,
        InstanceTypes = ImmutableArray.Create("g5.2xlarge"),
        MinSize = 0,
        MaxSize = 3,
        DesiredSize = 0,
        DiskSizeGb = 100,
        Labels = ImmutableDictionary<string, string>.Empty.Add("nvidia.com/gpu", "true"),
        Taints = ImmutableArray.Create(new NodeTaint("nvidia.com/gpu", "true", "NO_SCHEDULE")),
    };

    private static readonly ImmutableArray<NodeGroupSpec> LiveGroups = ImmutableArray.Create(General, Compute, Gpu);

    private static NodeGroupsArgs Args(ImmutableArray<NodeGroupSpec> groups) => new()
    {
        ClusterName = Cluster,
        ClusterNameOutput = Output.Create(Cluster),
        Groups = groups,
        PrivateSubnetIdsByZone = PrivateSubnets.Select(Output.Create).ToImmutableArray(),
        KmsKeyArn = Output.Create(KmsKeyArn),
        Oidc = new OidcProvider { Arn = Output.Create(OidcArn), Issuer = Output.Create(Issuer) },
    };

    internal static Task<ImmutableArray<Resource>> BuildAsync(ImmutableArray<NodeGroupSpec>? groups = null, Func<NodeGroupsArgs, NodeGroupsArgs>? change = null)
        => RunAsync(() => _ = new NodeGroups("nodes", (change ?? (a => a))(Args(groups ?? LiveGroups))));

    private static EksNodeGroup Group(ImmutableArray<Resource> resources, string group) => resources.Named<EksNodeGroup>($"nodes-{group}");

    private static async Task<string> AutoScalingGroupOfAsync(EksNodeGroup group)
        => (await ValueAsync(group.Resources)).Single().AutoscalingGroups.Single().Name!;

    [Test]
    public async Task EveryNodeGroupIsInThePrivateSubnetsOfAllThreeZones()
    {
        var resources = await BuildAsync();
        Assert.That(resources.OfType<EksNodeGroup>().Count(), Is.EqualTo(3));
        foreach (var group in resources.OfType<EksNodeGroup>())
        {
            Assert.That(await ValueAsync(group.SubnetIds), Is.EqualTo(PrivateSubnets), group.GetResourceName());
        }
    }

    [TestCase("general", "m6i.xlarge", 2, 10, 2)]
    [TestCase("compute", "c6i.2xlarge", 1, 5, 1)]
    [TestCase("gpu", "g5.2xlarge", 0, 3, 0)]
    public async Task EachGroupHasItsInstanceTypeAndSizes(string name, string instanceType, int min, int max, int desired)
    {
        var group = Group(await BuildAsync(), name);
        var scaling = await ValueAsync(group.ScalingConfig);
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(group.InstanceTypes), Is.EqualTo(new[] { instanceType }));
            Assert.That(await ValueAsync(group.CapacityType), Is.EqualTo("ON_DEMAND"));
            Assert.That(scaling.MinSize, Is.EqualTo(min));
            Assert.That(scaling.MaxSize, Is.EqualTo(max));
            Assert.That(scaling.DesiredSize, Is.EqualTo(desired));
        });
    }

    [Test]
    public async Task EachGroupCarriesItsLabelsAndTheGroupLabel()
    {
        var resources = await BuildAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(Group(resources, "general").Labels), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["numinia.xyz/node-group"] = "general",
            }));
            Assert.That(await ValueAsync(Group(resources, "compute").Labels), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["numinia.xyz/node-group"] = "compute",
                ["workload"] = "ci",
            }));
            Assert.That(await ValueAsync(Group(resources, "gpu").Labels), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["numinia.xyz/node-group"] = "gpu",
                ["nvidia.com/gpu"] = "true",
                ["k8s.amazonaws.com/accelerator"] = "nvidia-a10g",
            }));
        });
    }

    [TestCase("general", new string[0])]
    [TestCase("compute", new[] { "workload=ci:NO_SCHEDULE" })]
    [TestCase("gpu", new[] { "nvidia.com/gpu=true:NO_SCHEDULE" })]
    public async Task EachGroupCarriesExactlyItsTaints(string name, string[] taints)
    {
        var group = Group(await BuildAsync(), name);
        var actual = (await ValueAsync(group.Taints)).Select(t => $"{t.Key}={t.Value}:{t.Effect}");
        Assert.That(actual, Is.EqualTo(taints));
    }

    [TestCase("general", "AL2023_x86_64_STANDARD")]
    [TestCase("compute", "AL2023_x86_64_STANDARD")]
    [TestCase("gpu", "AL2023_x86_64_NVIDIA")]
    public async Task GpuNodesRunTheNvidiaAmiAndTheOthersTheStandardOne(string name, string amiType)
    {
        var group = Group(await BuildAsync(), name);
        Assert.That(await ValueAsync(group.AmiType), Is.EqualTo(amiType));
    }

    [Test]
    public async Task EveryLaunchTemplateRequiresImdsV2WithAHopLimitOfOne()
    {
        var templates = (await BuildAsync()).OfType<LaunchTemplate>().ToArray();
        Assert.That(templates, Has.Length.EqualTo(3));
        foreach (var template in templates)
        {
            var metadata = await ValueAsync(template.MetadataOptions);
            Assert.Multiple(() =>
            {
                Assert.That(metadata.HttpTokens, Is.EqualTo("required"), template.GetResourceName());
                Assert.That(metadata.HttpPutResponseHopLimit, Is.EqualTo(1), template.GetResourceName());
                Assert.That(metadata.HttpEndpoint, Is.EqualTo("enabled"), template.GetResourceName());
            });
        }
    }

    [TestCase("general", 50)]
    [TestCase("compute", 50)]
    [TestCase("gpu", 100)]
    public async Task EveryLaunchTemplateEncryptsItsGp3RootVolumeWithTheKmsKey(string name, int sizeGb)
    {
        var template = (await BuildAsync()).Named<LaunchTemplate>($"nodes-{name}-lt");
        var device = (await ValueAsync(template.BlockDeviceMappings)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(device.DeviceName, Is.EqualTo("/dev/xvda"));
            Assert.That(device.Ebs!.VolumeType, Is.EqualTo("gp3"));
            Assert.That(device.Ebs.Encrypted, Is.EqualTo("true"));
            Assert.That(device.Ebs.KmsKeyId, Is.EqualTo(KmsKeyArn));
            Assert.That(device.Ebs.VolumeSize, Is.EqualTo(sizeGb));
            Assert.That(device.Ebs.DeleteOnTermination, Is.EqualTo("true"));
        });
    }

    [TestCase("general")]
    [TestCase("gpu")]
    public async Task EachGroupBootsFromTheLatestVersionOfItsOwnLaunchTemplate(string name)
    {
        var resources = await BuildAsync();
        var template = resources.Named<LaunchTemplate>($"nodes-{name}-lt");
        var used = (await ValueAsync(Group(resources, name).LaunchTemplate))!;
        Assert.Multiple(async () =>
        {
            Assert.That(used.Id, Is.EqualTo(await ValueAsync(template.Id)));
            Assert.That(used.Version, Is.EqualTo((await ValueAsync(template.LatestVersion)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(await ValueAsync(template.UpdateDefaultVersion), Is.True);
        });
        var tags = (await ValueAsync(template.TagSpecifications)).ToDictionary(t => t.ResourceType!, t => t.Tags!);
        Assert.That(tags.Keys, Is.EquivalentTo(new[] { "instance", "volume" }));
        Assert.That(tags["instance"]["Name"], Is.EqualTo($"{Cluster}-{name}"));
        Assert.That(tags["volume"]["NodeGroup"], Is.EqualTo(name));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task DesiredSizeChangesAreIgnored()
    {
        var resources = await BuildAsync();
        foreach (var group in resources.OfType<EksNodeGroup>())
        {
            Assert.That(Registrations.Of(group).Options.IgnoreChanges, Is.EqualTo(new[] { "scalingConfig.desiredSize" }), group.GetResourceName());
        }
    }

    [Test]
    public async Task NodesWaitForTheCniAddOnsAndTheirRolesPolicies()
    {
        Role? cniStandIn = null;
        var resources = await RunAsync(() =>
        {
            // Any resource stands in for the vpc-cni add-on: what matters is the dependency.
            cniStandIn = new Role("vpc-cni-stand-in", new RoleArgs { AssumeRolePolicy = "{}" });
            _ = new NodeGroups("nodes", Args(LiveGroups) with { DependsOn = ImmutableArray.Create<Resource>(cniStandIn) });
        });
        var attachmentUrns = resources.OfType<RolePolicyAttachment>().Select(a => Registrations.Of(a).Urn).ToArray();
        Assert.That(attachmentUrns, Has.Length.EqualTo(3));
        foreach (var group in resources.OfType<EksNodeGroup>())
        {
            var dependencies = Registrations.Of(group).DependencyUrns;
            Assert.That(dependencies, Does.Contain(Registrations.Of(cniStandIn!).Urn), group.GetResourceName());
            Assert.That(dependencies, Is.SupersetOf(attachmentUrns), group.GetResourceName());
        }
    }
#endif

    [Test]
    public async Task TheGpuGroupCarriesTheScaleFromZeroLabelAndTaintTagsOnItsAutoScalingGroup()
    {
        var resources = await BuildAsync();
        var gpuAsg = await AutoScalingGroupOfAsync(Group(resources, "gpu"));
        var tags = new Dictionary<string, string>();
        foreach (var tag in resources.OfType<AsgTag>())
        {
            var details = await ValueAsync(tag.TagDetails);
            Assert.That(await ValueAsync(tag.AutoscalingGroupName), Is.EqualTo(gpuAsg), details.Key);
            Assert.That(details.PropagateAtLaunch, Is.False, details.Key);
            tags.Add(details.Key, details.Value);
        }

        Assert.That(gpuAsg, Does.StartWith($"eks-{Cluster}-gpu-"), "the name is the one EKS reports for the group");
        Assert.That(tags, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["k8s.io/cluster-autoscaler/node-template/label/numinia.xyz/node-group"] = "gpu",
            ["k8s.io/cluster-autoscaler/node-template/label/nvidia.com/gpu"] = "true",
            ["k8s.io/cluster-autoscaler/node-template/label/k8s.amazonaws.com/accelerator"] = "nvidia-a10g",
            ["k8s.io/cluster-autoscaler/node-template/taint/nvidia.com/gpu"] = "true:NoSchedule",
        }));
    }

    [Test]
    public async Task GroupsWithAMinimumAboveZeroGetNoScaleFromZeroTags()
    {
        var resources = await BuildAsync();
        var tagged = await Task.WhenAll(resources.OfType<AsgTag>().Select(t => ValueAsync(t.AutoscalingGroupName)));
        foreach (var name in new[] { "general", "compute" })
        {
            Assert.That(tagged, Does.Not.Contain(await AutoScalingGroupOfAsync(Group(resources, name))), name);
        }
    }

    [Test]
    public async Task AnyGroupThatCanScaleToZeroGetsTheScaleFromZeroTags()
    {
        var resources = await BuildAsync(ImmutableArray.Create(Compute with { MinSize = 0, DesiredSize = 0 }, Gpu));
        var computeAsg = await AutoScalingGroupOfAsync(Group(resources, "compute"));
        var computeTags = new Dictionary<string, string>();
        foreach (var tag in resources.OfType<AsgTag>())
        {
            if (await ValueAsync(tag.AutoscalingGroupName) == computeAsg)
            {
                var details = await ValueAsync(tag.TagDetails);
                computeTags.Add(details.Key, details.Value);
            }
        }

        Assert.That(computeTags, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["k8s.io/cluster-autoscaler/node-template/label/numinia.xyz/node-group"] = "compute",
            ["k8s.io/cluster-autoscaler/node-template/label/workload"] = "ci",
            ["k8s.io/cluster-autoscaler/node-template/taint/workload"] = "ci:NoSchedule",
        }));
    }

    [Test]
    public async Task EveryGroupCarriesTheClusterAutoscalerAutoDiscoveryTags()
    {
        foreach (var group in (await BuildAsync()).OfType<EksNodeGroup>())
        {
            var tags = (await ValueAsync(group.Tags))!;
            Assert.Multiple(() =>
            {
                Assert.That(tags["k8s.io/cluster-autoscaler/enabled"], Is.EqualTo("true"), group.GetResourceName());
                Assert.That(tags[CaOwnedTag], Is.EqualTo("owned"), group.GetResourceName());
            });
        }
    }

    [Test]
    public async Task GroupsAreNamedAfterTheClusterAndTheGroup()
    {
        NodeGroups? component = null;
        var resources = await RunAsync(() => component = new NodeGroups("nodes", Args(LiveGroups)));
        var names = await ValueAsync(component!.NodeGroupNames);
        Assert.That(names, Has.Length.EqualTo(3));
        var groups = new[] { "general", "compute", "gpu" };
        for (var i = 0; i < groups.Length; i++)
        {
            Assert.That(await ValueAsync(Group(resources, groups[i]).NodeGroupNamePrefix), Is.EqualTo($"{Cluster}-{groups[i]}-"));
            Assert.That(names[i], Does.StartWith($"{Cluster}-{groups[i]}-"));
            Assert.That(await ValueAsync(Group(resources, groups[i]).ClusterName), Is.EqualTo(Cluster));
        }

        Assert.That(component.Groups.Select(g => g.GetResourceName()), Is.EqualTo(groups.Select(g => $"nodes-{g}")));
    }

    [TestCase(true, new[] { "AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryReadOnly", "AmazonEKS_CNI_Policy" })]
    [TestCase(false, new[] { "AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryReadOnly" })]
    public async Task TheNodeRoleHasExactlyTheManagedPoliciesNodesNeed(bool cniOnNodeRole, string[] policies)
    {
        NodeGroups? component = null;
        var resources = await RunAsync(() => component = new NodeGroups("nodes", Args(LiveGroups) with { CniPolicyOnNodeRole = cniOnNodeRole }));
        var nodeRoleName = await ValueAsync(component!.NodeRole.Name);
        var attached = new List<string>();
        foreach (var attachment in resources.OfType<RolePolicyAttachment>())
        {
            if (await ValueAsync(attachment.Role) == nodeRoleName)
            {
                attached.Add(await ValueAsync(attachment.PolicyArn));
            }
        }

        Assert.That(attached, Is.EquivalentTo(policies.Select(p => $"arn:aws:iam::aws:policy/{p}")));
        Assert.That((await ValueAsync(component.NodeRole.InlinePolicies)).OrEmpty(), Is.Empty, "nothing beyond the managed policies");
        var trust = PolicyDocument.FromJson(await ValueAsync(component.NodeRole.AssumeRolePolicy)).Statement.Single();
        Assert.That(trust.Principal!["Service"], Is.EqualTo(new[] { "ec2.amazonaws.com" }));
        Assert.That(trust.Action, Is.EqualTo(new[] { "sts:AssumeRole" }));
    }

    [Test]
    public async Task EveryGroupRunsAsTheNodeRole()
    {
        NodeGroups? component = null;
        var resources = await RunAsync(() => component = new NodeGroups("nodes", Args(LiveGroups)));
        var roleArn = await ValueAsync(component!.NodeRole.Arn);
        Assert.That(await ValueAsync(component.NodeRoleArn), Is.EqualTo(roleArn));
        foreach (var group in resources.OfType<EksNodeGroup>())
        {
            Assert.That(await ValueAsync(group.NodeRoleArn), Is.EqualTo(roleArn), group.GetResourceName());
        }
    }

    [Test]
    public async Task TheAutoscalersTrustNamesExactlyKubeSystemClusterAutoscalerWithSubAndAud()
    {
        NodeGroups? component = null;
        await RunAsync(() => component = new NodeGroups("nodes", Args(LiveGroups)));
        var role = component!.ClusterAutoscalerRole.Role;
        Assert.That(await ValueAsync(component.ClusterAutoscalerRoleArn), Is.EqualTo(await ValueAsync(role.Arn)));
        var trust = PolicyDocument.FromJson(await ValueAsync(role.AssumeRolePolicy)).Statement.Single();
        Assert.Multiple(() =>
        {
            Assert.That(trust.Action, Is.EqualTo(new[] { "sts:AssumeRoleWithWebIdentity" }));
            Assert.That(trust.Principal!["Federated"], Is.EqualTo(new[] { OidcArn }));
            Assert.That(trust.Condition!.Keys, Is.EqualTo(new[] { "StringEquals" }), "no wildcard match");
            Assert.That(trust.Condition["StringEquals"], Is.EquivalentTo(new Dictionary<string, ImmutableArray<string>>
            {
                [$"{Issuer}:sub"] = ImmutableArray.Create("system:serviceaccount:kube-system:cluster-autoscaler"),
                [$"{Issuer}:aud"] = ImmutableArray.Create("sts.amazonaws.com"),
            }));
        });
    }

    [Test]
    public async Task TheAutoscalerResizesOnlyGroupsTaggedAsThisClusters()
    {
        var statements = await AutoscalerStatementsAsync(await BuildAsync());
        var writes = new[] { "autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup" };
        var writing = statements.Where(s => s.Action.Intersect(writes).Any()).ToArray();
        Assert.That(writing.SelectMany(s => s.Action), Is.EquivalentTo(writes), "the write actions sit alone in their statement");
        var statement = writing.Single();
        Assert.That(statement.Condition, Is.Not.Null);
        Assert.That(statement.Condition!.Keys, Is.EqualTo(new[] { "StringEquals" }));
        Assert.That(statement.Condition["StringEquals"], Is.EquivalentTo(new Dictionary<string, ImmutableArray<string>>
        {
            [$"aws:ResourceTag/{CaOwnedTag}"] = ImmutableArray.Create("owned"),
        }));
    }

    [Test]
    public async Task TheAutoscalerOtherwiseOnlyDescribes()
    {
        var resources = await BuildAsync();
        var statements = await AutoscalerStatementsAsync(resources);
        var unconditioned = statements.Where(s => s.Condition is null).ToArray();
        Assert.That(unconditioned.SelectMany(s => s.Action), Is.EquivalentTo(new[]
        {
            "autoscaling:DescribeAutoScalingGroups",
            "autoscaling:DescribeAutoScalingInstances",
            "autoscaling:DescribeLaunchConfigurations",
            "autoscaling:DescribeScalingActivities",
            "autoscaling:DescribeTags",
            "ec2:DescribeImages",
            "ec2:DescribeInstanceTypes",
            "ec2:DescribeLaunchTemplateVersions",
            "ec2:GetInstanceTypesFromInstanceRequirements",
            "eks:DescribeNodegroup",
        }));
        Assert.That(statements.All(s => s.Effect == "Allow"), Is.True);
        var groupArns = await Task.WhenAll(resources.OfType<EksNodeGroup>().Select(g => ValueAsync(g.Arn)));
        var describeNodegroup = unconditioned.Single(s => s.Action.Contains("eks:DescribeNodegroup"));
        Assert.That(describeNodegroup.Action, Is.EqualTo(new[] { "eks:DescribeNodegroup" }));
        Assert.That(describeNodegroup.Resource, Is.EquivalentTo(groupArns), "only this cluster's node groups");
    }

    [Test]
    public async Task ConfigChangesFlowThrough()
    {
        var resources = await BuildAsync(ImmutableArray.Create(
            General with { InstanceTypes = ImmutableArray.Create("m7i.2xlarge", "m6i.2xlarge"), MinSize = 3, MaxSize = 12, DesiredSize = 4, DiskSizeGb = 80, CapacityType = "SPOT" },
            Gpu with { InstanceTypes = ImmutableArray.Create("g6.xlarge"), MaxSize = 6 }),
            a => a with { KubernetesVersion = Output.Create("1.36") });
        Assert.That(resources.OfType<EksNodeGroup>().Count(), Is.EqualTo(2));
        var general = Group(resources, "general");
        var scaling = await ValueAsync(general.ScalingConfig);
        var gpuScaling = await ValueAsync(Group(resources, "gpu").ScalingConfig);
        var disk = (await ValueAsync(resources.Named<LaunchTemplate>("nodes-general-lt").BlockDeviceMappings)).Single().Ebs!;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(general.InstanceTypes), Is.EqualTo(new[] { "m7i.2xlarge", "m6i.2xlarge" }));
            Assert.That(await ValueAsync(general.CapacityType), Is.EqualTo("SPOT"));
            Assert.That((scaling.MinSize, scaling.MaxSize, scaling.DesiredSize), Is.EqualTo((3, 12, 4)));
            Assert.That(disk.VolumeSize, Is.EqualTo(80));
            Assert.That(await ValueAsync(Group(resources, "gpu").InstanceTypes), Is.EqualTo(new[] { "g6.xlarge" }));
            Assert.That(gpuScaling.MaxSize, Is.EqualTo(6));
            Assert.That(await ValueAsync(general.Version), Is.EqualTo("1.36"));
        });
    }

    [Test]
    public async Task NodesGetTheClusterSecurityGroupUnlessSecurityGroupsAreGiven()
    {
        var defaults = (await BuildAsync()).OfType<LaunchTemplate>().ToArray();
        var given = (await BuildAsync(change: a => a with
        {
            SecurityGroupIds = ImmutableArray.Create(Output.Create("sg-0c1u2s3t4e5r6a7b8"), Output.Create("sg-0n1o2d3e4s5a6b7c8")),
        })).OfType<LaunchTemplate>().ToArray();
        foreach (var template in defaults)
        {
            Assert.That((await ValueAsync(template.VpcSecurityGroupIds)).OrEmpty(), Is.Empty, template.GetResourceName());
        }

        Assert.That(given, Has.Length.EqualTo(3));
        foreach (var template in given)
        {
            Assert.That(await ValueAsync(template.VpcSecurityGroupIds), Is.EqualTo(new[] { "sg-0c1u2s3t4e5r6a7b8", "sg-0n1o2d3e4s5a6b7c8" }),
                template.GetResourceName());
        }
    }

    [Test]
    public async Task EveryGroupGetsOneNodeReplacedAtATime()
    {
        foreach (var group in (await BuildAsync()).OfType<EksNodeGroup>())
        {
            Assert.That((await ValueAsync(group.UpdateConfig)).MaxUnavailable, Is.EqualTo(1), group.GetResourceName());
        }
    }

    /// <summary>Rule: a group of one per zone is a group in each zone's subnet, named after its zone, sharing one launch template.</summary>
    [Test]
    public async Task AGroupPerZoneIsOneGroupInEachZonesSubnetWithOneLaunchTemplate()
    {
        var zones = new[] { "eu-west-1a", "eu-west-1b", "eu-west-1c" };
        var resources = await BuildAsync(ImmutableArray.Create(General with { OneGroupPerZone = true }), a => a with { Zones = [.. zones] });
        var template = await ValueAsync(resources.Named<LaunchTemplate>("nodes-general-lt").Id);
        Assert.That(resources.OfType<LaunchTemplate>().Count(), Is.EqualTo(1));
        Assert.Multiple(async () =>
        {
            for (var i = 0; i < zones.Length; i++)
            {
                var group = Group(resources, $"general-{zones[i][^1]}");
                Assert.That(await ValueAsync(group.SubnetIds), Is.EqualTo(new[] { PrivateSubnets[i] }), zones[i]);
                Assert.That(await ValueAsync(group.NodeGroupNamePrefix), Is.EqualTo($"{Cluster}-general-{zones[i][^1]}-"));
                Assert.That((await ValueAsync(group.LaunchTemplate))!.Id, Is.EqualTo(template));
                Assert.That((await ValueAsync(group.Labels))![NodeGroupSpec.GroupLabel], Is.EqualTo("general"), "one group label for all");
            }
        });
    }

    [TestCase(2, new[] { 1, 1, 0 })]
    [TestCase(10, new[] { 4, 3, 3 })]
    [TestCase(3, new[] { 1, 1, 1 })]
    public void APerZoneTotalIsSplitEvenlyWithTheRemainderInTheFirstZones(int total, int[] split)
        => Assert.That(NodeGroupSpec.PerZone(total, 3), Is.EqualTo(split));

    [Test]
    public void AGroupPerZoneNeedsEachSubnetsZoneAndANodePerZone()
    {
        var error = Assert.CatchAsync(() => BuildAsync(ImmutableArray.Create(General with { OneGroupPerZone = true, MinSize = 1, MaxSize = 2, DesiredSize = 1 }),
            a => a with { Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"] }));
        Assert.That(AllMessages(error!), Does.Contain("has one group in each of 3 zones but a maximum of 2 nodes"));
        error = Assert.CatchAsync(() => BuildAsync(ImmutableArray.Create(General with { OneGroupPerZone = true })));
        Assert.That(AllMessages(error!), Does.Contain("0 zones are named for 3 private subnets"));
    }

    [Test]
    public void DuplicateGroupNamesAreRejected()
    {
        var error = Assert.CatchAsync(() => BuildAsync(ImmutableArray.Create(General, General with { InstanceTypes = ImmutableArray.Create("m6i.2xlarge") })));
        Assert.That(AllMessages(error!), Does.Contain("the node group name 'general' is used 2 times"));
    }

    private static async Task<ImmutableArray<PolicyStatement>> AutoscalerStatementsAsync(ImmutableArray<Resource> resources)
    {
        var role = resources.Named<Role>("nodes-cluster-autoscaler-role");
        var roleName = await ValueAsync(role.Name);
        var policies = new List<RolePolicy>();
        foreach (var policy in resources.OfType<RolePolicy>())
        {
            if (await ValueAsync(policy.Role) == roleName)
            {
                policies.Add(policy);
            }
        }

        Assert.That(resources.OfType<RolePolicyAttachment>().Select(a => a.GetResourceName()), Has.None.StartWith("nodes-cluster-autoscaler"),
            "no managed policies on the autoscaler");
        return PolicyDocument.FromJson(await ValueAsync(policies.Single().Policy)).Statement;
    }

    private static string AllMessages(Exception error)
        => error is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(AllMessages))
            : error.InnerException is null ? error.Message : $"{error.Message} | {AllMessages(error.InnerException)}";
}
