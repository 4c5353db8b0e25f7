using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Pulumi;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Eks.Inputs;
using Pulumi.Aws.Iam;
using AsgTag = Pulumi.Aws.AutoScaling.Tag;
using AsgTagArgs = Pulumi.Aws.AutoScaling.TagArgs;
using AsgTagDetailsArgs = Pulumi.Aws.AutoScaling.Inputs.TagTagArgs;
using EksNodeGroup = Pulumi.Aws.Eks.NodeGroup;
using EksNodeGroupArgs = Pulumi.Aws.Eks.NodeGroupArgs;

namespace Numinia.Components.Compute;

/// <summary>
/// The cluster's EKS managed node groups: one node role, a launch template per configured group (IMDSv2 only,
/// encrypted gp3 root volume), the groups themselves in every private subnet (or, for a group with
/// <see cref="NodeGroupSpec.OneGroupPerZone"/>, one group per zone's subnet sharing that launch template), the
/// Cluster Autoscaler's scale-from-zero tags on groups that can shrink to nothing, and the Cluster Autoscaler's IRSA role.
/// </summary>
public sealed class NodeGroups : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:compute:NodeGroups";

    /// <summary>The namespace of the Cluster Autoscaler's service account.</summary>
    public const string ClusterAutoscalerNamespace = "kube-system";

    /// <summary>The Cluster Autoscaler's service account, the one its IRSA role trusts.</summary>
    public const string ClusterAutoscalerServiceAccount = "cluster-autoscaler";

    /// <summary>The AWS-managed policies every node needs: join the cluster and pull images.</summary>
    public static readonly ImmutableArray<string> NodeManagedPolicyArns = ImmutableArray.Create(
        "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
        "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");

    /// <summary>The AWS-managed policy that lets <c>aws-node</c> manage ENIs and pod IPs.</summary>
    public const string CniPolicyArn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy";

    /// <summary>The names EKS gave the node groups, in configuration order (a per-zone group's in zone order).</summary>
    [Output("nodeGroupNames")]
    public Output<ImmutableArray<string>> NodeGroupNames { get; private set; }

    /// <summary>The nodes' IAM role ARN (EKS creates its access entry for managed node groups).</summary>
    [Output("nodeRoleArn")]
    public Output<string> NodeRoleArn { get; private set; }

    /// <summary>The Cluster Autoscaler's IRSA role ARN, for its service account annotation.</summary>
    [Output("clusterAutoscalerRoleArn")]
    public Output<string> ClusterAutoscalerRoleArn { get; private set; }

    /// <summary>The node groups, in configuration order (a per-zone group's in zone order), for resources that need nodes first (coredns).</summary>
    public ImmutableArray<EksNodeGroup> Groups { get; }

    /// <summary>The nodes' IAM role.</summary>
    public Role NodeRole { get; }

    /// <summary>The Cluster Autoscaler's IRSA role.</summary>
    public IrsaRole ClusterAutoscalerRole { get; }

    /// <summary>Builds the node role, the groups, their scale-from-zero tags and the autoscaler's role.</summary>
    public NodeGroups(string name, NodeGroupsArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Validate(args);
        var child = new CustomResourceOptions { Parent = this };

        NodeRole = new Role($"{name}-node-role", new RoleArgs
        {
            Description = $"Nodes of the EKS cluster {args.ClusterName}.",
            AssumeRolePolicy = PolicyDocument.Of(PolicyStatement.AllowServiceToAssume("ec2.amazonaws.com")).ToJson(),
        }, child);

        // The CNI policy sits on the node role because the vpc-cni add-on, which the nodes wait for,
        // belongs to the cluster component and runs aws-node with the node's credentials unless that
        // add-on is given a role of its own. Pods cannot borrow these credentials: IMDSv2 with a hop
        // limit of 1 keeps the metadata endpoint out of reach of pods without host networking.
        var policies = args.CniPolicyOnNodeRole ? NodeManagedPolicyArns.Add(CniPolicyArn) : NodeManagedPolicyArns;
        // No AmazonSSMManagedInstanceCore: a shell on a node bypasses Kubernetes RBAC and audit;
        // nodes are debugged with `kubectl debug node/...` and replaced, not logged into.
        var attachments = policies.Select(arn => new RolePolicyAttachment($"{name}-node-{arn[(arn.LastIndexOf('/') + 1)..]}", new RolePolicyAttachmentArgs
        {
            Role = NodeRole.Name,
            PolicyArn = arn,
        }, child)).ToImmutableArray();

        var groups = ImmutableArray.CreateBuilder<EksNodeGroup>();
        foreach (var spec in args.Groups)
        {
            // One template for all of a spec's groups: EKS labels each node with its template's id and version
            // (eks.amazonaws.com/sourceLaunchTemplateId), which the autoscaler compares when it balances groups.
            var launchTemplate = LaunchTemplate(name, args, spec);
            foreach (var placement in Placements(args, spec))
            {
                var group = Group(name, args, spec, placement, launchTemplate, attachments);
                if (placement.MinSize == 0)
                {
                    ScaleFromZeroTags($"{name}-{placement.Key}", spec, group, child);
                }

                groups.Add(group);
            }
        }

        Groups = groups.ToImmutable();

        ClusterAutoscalerRole = new IrsaRole($"{name}-cluster-autoscaler", new IrsaRoleArgs
        {
            Oidc = args.Oidc,
            Namespace = ClusterAutoscalerNamespace,
            ServiceAccount = ClusterAutoscalerServiceAccount,
            Statements = Output.All(Groups.Select(g => g.Arn)).Apply(arns => ClusterAutoscalerStatements(args.ClusterName, arns)),
            Description = $"Cluster Autoscaler of {args.ClusterName}: resizes only this cluster's node groups.",
        }, new ComponentResourceOptions { Parent = this });

        NodeGroupNames = Output.All(Groups.Select(g => g.NodeGroupName));
        NodeRoleArn = NodeRole.Arn;
        ClusterAutoscalerRoleArn = ClusterAutoscalerRole.RoleArn;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["nodeGroupNames"] = NodeGroupNames,
            ["nodeRoleArn"] = NodeRoleArn,
            ["clusterAutoscalerRoleArn"] = ClusterAutoscalerRoleArn,
        });
    }

    /// <summary>Where one EKS node group of a spec goes: its name after the cluster's, its subnets and its sizes.</summary>
    private sealed record Placement(string Key, ImmutableArray<Output<string>> SubnetIds, int MinSize, int MaxSize, int DesiredSize);

    /// <summary>The spec's one group over every zone, or its group in each zone with its share of the sizes.</summary>
    private static IEnumerable<Placement> Placements(NodeGroupsArgs args, NodeGroupSpec spec)
    {
        if (!spec.OneGroupPerZone)
        {
            return [new Placement(spec.Name, args.PrivateSubnetIdsByZone, spec.MinSize, spec.MaxSize, spec.DesiredSize)];
        }

        var zones = args.Zones.Length;
        var (min, max, desired) = (NodeGroupSpec.PerZone(spec.MinSize, zones), NodeGroupSpec.PerZone(spec.MaxSize, zones), NodeGroupSpec.PerZone(spec.DesiredSize, zones));
        return args.Zones.Select((zone, i) => new Placement($"{spec.Name}-{NodeGroupSpec.ZoneSuffix(zone)}",
            ImmutableArray.Create(args.PrivateSubnetIdsByZone[i]), min[i], max[i], desired[i]));
    }

    private LaunchTemplate LaunchTemplate(string name, NodeGroupsArgs args, NodeGroupSpec spec)
    {
        var child = new CustomResourceOptions { Parent = this };
        var fullName = $"{args.ClusterName}-{spec.Name}";
        var instanceTags = new InputMap<string> { { "Name", fullName }, { "NodeGroup", spec.Name } };

        var templateArgs = new LaunchTemplateArgs
        {
            NamePrefix = $"{fullName}-",
            Description = $"Nodes of the {spec.Name} group of {args.ClusterName}.",
            // No image, instance type, profile or user data: EKS fills them in from the node group.
            MetadataOptions = new LaunchTemplateMetadataOptionsArgs
            {
                HttpEndpoint = "enabled",
                HttpTokens = "required",
                // One hop: the node reaches the metadata service, pods (one more hop) do not, so
                // they use IRSA instead of the node's role.
                HttpPutResponseHopLimit = 1,
            },
            BlockDeviceMappings =
            {
                new LaunchTemplateBlockDeviceMappingArgs
                {
                    DeviceName = "/dev/xvda",
                    Ebs = new LaunchTemplateBlockDeviceMappingEbsArgs
                    {
                        VolumeType = "gp3",
                        VolumeSize = spec.DiskSizeGb,
                        Encrypted = "true",
                        KmsKeyId = args.KmsKeyArn,
                        DeleteOnTermination = "true",
                    },
                },
            },
            TagSpecifications =
            {
                new LaunchTemplateTagSpecificationArgs { ResourceType = "instance", Tags = instanceTags },
                new LaunchTemplateTagSpecificationArgs { ResourceType = "volume", Tags = instanceTags },
            },
            UpdateDefaultVersion = true,
            Tags = { { "Name", fullName } },
        };
        // None unless given: EKS then attaches the cluster security group itself.
        if (!args.SecurityGroupIds.IsDefaultOrEmpty)
        {
            templateArgs.VpcSecurityGroupIds = args.SecurityGroupIds;
        }

        return new LaunchTemplate($"{name}-{spec.Name}-lt", templateArgs, child);
    }

    private EksNodeGroup Group(string name, NodeGroupsArgs args, NodeGroupSpec spec, Placement placement, LaunchTemplate launchTemplate,
        ImmutableArray<RolePolicyAttachment> attachments)
    {
        var fullName = $"{args.ClusterName}-{placement.Key}";
        var labels = new InputMap<string>();
        foreach (var (key, value) in Labels(spec))
        {
            labels.Add(key, value);
        }

        var taints = new InputList<NodeGroupTaintArgs>();
        foreach (var taint in spec.Taints)
        {
            taints.Add(new NodeGroupTaintArgs { Key = taint.Key, Value = taint.Value, Effect = taint.Effect });
        }

        var groupArgs = new EksNodeGroupArgs
        {
            ClusterName = args.ClusterNameOutput,
            // A prefix, not a fixed name: changes EKS applies by replacement create the new group first.
            NodeGroupNamePrefix = $"{fullName}-",
            NodeRoleArn = NodeRole.Arn,
            SubnetIds = placement.SubnetIds,
            InstanceTypes = spec.InstanceTypes,
            CapacityType = spec.CapacityType,
            AmiType = spec.AmiType,
            ScalingConfig = new NodeGroupScalingConfigArgs
            {
                MinSize = placement.MinSize,
                MaxSize = placement.MaxSize,
                DesiredSize = placement.DesiredSize,
            },
            Labels = labels,
            Taints = taints,
            LaunchTemplate = new NodeGroupLaunchTemplateArgs
            {
                Id = launchTemplate.Id,
                Version = launchTemplate.LatestVersion.Apply(v => v.ToString(CultureInfo.InvariantCulture)),
            },
            UpdateConfig = new NodeGroupUpdateConfigArgs { MaxUnavailable = 1 },
            // EKS puts the same two auto-discovery tags on the group's Auto Scaling group, which is
            // where the Cluster Autoscaler and its IAM condition read them.
            Tags = new InputMap<string>
            {
                { "Name", fullName },
                { "NodeGroup", spec.Name },
                { "k8s.io/cluster-autoscaler/enabled", "true" },
                { $"k8s.io/cluster-autoscaler/{args.ClusterName}", "owned" },
            },
        };
        if (args.KubernetesVersion is { } version)
        {
            groupArgs.Version = version;
        }

        return new EksNodeGroup($"{name}-{placement.Key}", groupArgs, new CustomResourceOptions
        {
            Parent = this,
            // The Cluster Autoscaler owns the number of nodes once the group exists.
            IgnoreChanges = { "scalingConfig.desiredSize" },
            // Nodes need the CNI before they can become Ready, and their role's policies both before
            // they join and until the group is gone.
            DependsOn = (args.DependsOn.IsDefault ? ImmutableArray<Resource>.Empty : args.DependsOn).AddRange(attachments),
        });
    }

    /// <summary>
    /// The node-template tags that let the Cluster Autoscaler build a group from zero nodes: with no
    /// node to look at, it learns the labels and taints a new node would have from its Auto Scaling group.
    /// </summary>
    private static void ScaleFromZeroTags(string prefix, NodeGroupSpec spec, EksNodeGroup group, CustomResourceOptions options)
    {
        var autoScalingGroupName = group.Resources.Apply(resources =>
            resources.SelectMany(r => r.AutoscalingGroups).Select(a => a.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n))
            ?? throw new InvalidOperationException($"The node group {spec.Name} reports no Auto Scaling group to tag."));

        var tags = Labels(spec).Select(l => (Kind: "label", l.Key, l.Value))
            .Concat(spec.Taints.Select(t => (Kind: "taint", t.Key, Value: $"{t.Value}:{t.KubernetesEffect}")));
        foreach (var (kind, key, value) in tags)
        {
            _ = new AsgTag($"{prefix}-template-{kind}-{key.Replace('/', '-')}", new AsgTagArgs
            {
                AutoscalingGroupName = autoScalingGroupName,
                TagDetails = new AsgTagDetailsArgs
                {
                    Key = $"k8s.io/cluster-autoscaler/node-template/{kind}/{key}",
                    Value = value,
                    // Read by the autoscaler from the group; the nodes get the real labels from EKS.
                    PropagateAtLaunch = false,
                },
            }, options);
        }
    }

    /// <summary>
    /// The group's labels: the configured ones, the group label and, on a GPU group, the accelerator label, in key
    /// order. EKS hands them to the kubelet, so a GPU node is labelled before it registers; without the label the
    /// Cluster Autoscaler sees a node from a GPU group without GPUs while the device plugin is still starting, and
    /// may scale out again for the same pending pod (kubernetes/autoscaler cluster-autoscaler-1.35.0,
    /// <c>cluster-autoscaler/cloudprovider/aws/README.md</c>, "Special note on GPU instances"). As a node-template
    /// tag it also tells the autoscaler, scaling from zero, that the group's nodes are GPU nodes.
    /// </summary>
    private static ImmutableSortedDictionary<string, string> Labels(NodeGroupSpec spec)
    {
        var labels = spec.Labels.SetItem(NodeGroupSpec.GroupLabel, spec.Name);
        if (spec.Accelerator is { } accelerator)
        {
            labels = labels.SetItem(InstanceTypeTable.AcceleratorLabel, accelerator);
        }

        return labels.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The Cluster Autoscaler's permissions: describes everywhere (they cannot be scoped), the node
    /// groups of this cluster only, and resizing only Auto Scaling groups tagged as this cluster's.
    /// </summary>
    private static ImmutableArray<PolicyStatement> ClusterAutoscalerStatements(string clusterName, ImmutableArray<string> nodeGroupArns)
        => ImmutableArray.Create(
            PolicyStatement.Allow(new[]
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
            }, new[] { "*" }, sid: "Describe"),
            // Unlike the describes above, DescribeNodegroup takes a resource: only this cluster's groups.
            PolicyStatement.Allow(new[] { "eks:DescribeNodegroup" }, nodeGroupArns, sid: "DescribeOwnNodeGroups"),
            PolicyStatement.Allow(new[]
            {
                "autoscaling:SetDesiredCapacity",
                "autoscaling:TerminateInstanceInAutoScalingGroup",
            }, new[] { "*" }, sid: "ResizeOwnGroups") with
            {
                Condition = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty.Add("StringEquals",
                    ImmutableDictionary<string, ImmutableArray<string>>.Empty
                        .Add($"aws:ResourceTag/k8s.io/cluster-autoscaler/{clusterName}", ImmutableArray.Create("owned"))),
            });

    private static void Validate(NodeGroupsArgs args)
    {
        var problems = new List<string>();
        if (args.Groups.IsDefaultOrEmpty)
        {
            problems.Add("no node groups are configured");
        }
        else
        {
            problems.AddRange(args.Groups.GroupBy(g => g.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
                .Select(g => $"the node group name '{g.Key}' is used {g.Count()} times"));
            // The autoscaler's node-template tags hold one taint per key.
            problems.AddRange(args.Groups.Where(g => g.MinSize == 0)
                .SelectMany(g => g.Taints.GroupBy(t => t.Key, StringComparer.Ordinal).Where(t => t.Count() > 1)
                    .Select(t => $"the node group '{g.Name}' scales from zero but has {t.Count()} taints with the key '{t.Key}'")));
            problems.AddRange(args.Groups.SelectMany(g => g.GpuProblems().Select(p => $"the GPU node group '{g.Name}': {p}")));
        }

        if (args.PrivateSubnetIdsByZone.IsDefaultOrEmpty)
        {
            problems.Add("no private subnets are given");
        }
        else if (!args.Groups.IsDefaultOrEmpty && args.Groups.Any(g => g.OneGroupPerZone))
        {
            var zones = args.Zones.IsDefault ? 0 : args.Zones.Length;
            if (zones != args.PrivateSubnetIdsByZone.Length)
            {
                problems.Add($"{zones} zones are named for {args.PrivateSubnetIdsByZone.Length} private subnets; a group per zone needs each subnet's zone");
            }

            // EKS refuses a group whose maximum is 0.
            problems.AddRange(args.Groups.Where(g => g.OneGroupPerZone && g.MaxSize < zones)
                .Select(g => $"the node group '{g.Name}' has one group in each of {zones} zones but a maximum of {g.MaxSize} nodes, less than one per zone"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Cannot build the node groups: {string.Join("; ", problems)}.", nameof(args));
        }
    }
}
