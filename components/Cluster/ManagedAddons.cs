using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Pulumi;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Efs;
using Pulumi.Aws.Eks;

namespace Numinia.Components.Cluster;

/// <summary>What the node-dependent managed add-ons are built from.</summary>
public sealed record ManagedAddonsArgs
{
    /// <summary>
    /// The cluster's settings: its name (for names and tags), the pinned add-on versions (coredns, EBS and EFS CSI drivers
    /// are read) and whether the EFS file system and its CSI driver are installed.
    /// </summary>
    public required ClusterSettings Settings { get; init; }

    /// <summary>The cluster the add-ons are installed in (its OIDC provider and KMS key too).</summary>
    public required EksCluster Cluster { get; init; }

    /// <summary>The node groups: coredns and the CSI drivers wait for them, since their pods need nodes.</summary>
    public required ImmutableArray<Resource> NodeGroups { get; init; }

    /// <summary>The VPC (for the EFS security group).</summary>
    public required Output<string> VpcId { get; init; }

    /// <summary>The VPC CIDR block: the only source the EFS mount targets accept NFS from.</summary>
    public required Cidr VpcCidr { get; init; }

    /// <summary>Each private subnet's id: one EFS mount target in each.</summary>
    public required ImmutableArray<Output<string>> PrivateSubnetIdsByZone { get; init; }
}

/// <summary>
/// The EKS managed add-ons that run on nodes, created after the node groups: coredns, the EBS CSI driver
/// with its IRSA role (and use of the cluster key for encrypted volumes) and, when enabled, an encrypted
/// EFS file system with a mount target per private subnet and the EFS CSI driver. The add-ons nodes need
/// before they can become Ready are in <see cref="NetworkingAddons"/>.
/// </summary>
public sealed class ManagedAddons : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:cluster:ManagedAddons";

    /// <summary>The EBS CSI driver's AWS-managed policy.</summary>
    public const string EbsCsiPolicyArn = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy";

    /// <summary>The EFS CSI driver's AWS-managed policy.</summary>
    public const string EfsCsiPolicyArn = "arn:aws:iam::aws:policy/service-role/AmazonEFSCSIDriverPolicy";

    /// <summary>The namespace of the CSI controllers' service accounts.</summary>
    public const string CsiNamespace = "kube-system";

    /// <summary>The EBS CSI controller's service account, the only one its role trusts.</summary>
    public const string EbsCsiServiceAccount = "ebs-csi-controller-sa";

    /// <summary>The EFS CSI controller's service account, the only one its role trusts.</summary>
    public const string EfsCsiServiceAccount = "efs-csi-controller-sa";

    /// <summary>The NFS port of the EFS mount targets.</summary>
    public const int NfsPort = 2049;

    /// <summary>The coredns add-on's ARN.</summary>
    [Output("corednsArn")]
    public Output<string> CorednsArn { get; private set; }

    /// <summary>The EBS CSI driver's IRSA role ARN.</summary>
    [Output("ebsCsiRoleArn")]
    public Output<string> EbsCsiRoleArn { get; private set; }

    /// <summary>The EFS file system id; null when EFS is not enabled.</summary>
    [Output("efsFileSystemId")]
    public Output<string?> EfsFileSystemId { get; private set; }

    /// <summary>The coredns add-on.</summary>
    public Addon Coredns { get; }

    /// <summary>The EBS CSI driver add-on (the <c>gp3</c> storage class needs it).</summary>
    public Addon EbsCsiDriver { get; }

    /// <summary>The EFS CSI driver add-on, when EFS is enabled (the <c>efs-sc</c> storage class needs it).</summary>
    public Addon? EfsCsiDriver { get; }

    /// <summary>The EFS file system, when enabled.</summary>
    public FileSystem? EfsFileSystem { get; }

    /// <summary>Builds the add-ons.</summary>
    public ManagedAddons(string name, ManagedAddonsArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var nodeGroups = args.NodeGroups.IsDefault ? ImmutableArray<Resource>.Empty : args.NodeGroups;
        var keyArn = args.Cluster.Key.Arn;

        Coredns = new Addon($"{name}-coredns", AddonArgsOf(args, "coredns", args.Settings.AddonVersions.CoreDns),
            AfterNodes(nodeGroups));

        var ebsRole = new IrsaRole($"{name}-ebs-csi", new IrsaRoleArgs
        {
            Oidc = args.Cluster.Oidc,
            Namespace = CsiNamespace,
            ServiceAccount = EbsCsiServiceAccount,
            ManagedPolicyArns = ImmutableArray.Create(EbsCsiPolicyArn),
            Statements = keyArn.Apply(arn => EbsKeyStatements(arn)),
            Description = $"EBS CSI driver of the EKS cluster {args.Settings.Name}.",
        }, new ComponentResourceOptions { Parent = this });
        var ebsArgs = AddonArgsOf(args, "aws-ebs-csi-driver", args.Settings.AddonVersions.EbsCsi);
        ebsArgs.ServiceAccountRoleArn = ebsRole.RoleArn;
        // The driver waits for its role's policies as well, not only for the role.
        EbsCsiDriver = new Addon($"{name}-ebs-csi", ebsArgs, AfterNodes(nodeGroups, ebsRole));

        EfsFileSystemId = Output.Create((string?)null);
        if (args.Settings.EfsEnabled)
        {
            (EfsFileSystem, EfsCsiDriver) = Efs(name, args, nodeGroups, keyArn);
            EfsFileSystemId = EfsFileSystem.Id.Apply(id => (string?)id);
        }

        CorednsArn = Coredns.Arn;
        EbsCsiRoleArn = ebsRole.RoleArn;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["corednsArn"] = CorednsArn,
            ["ebsCsiRoleArn"] = EbsCsiRoleArn,
            ["efsFileSystemId"] = EfsFileSystemId,
        });
    }

    /// <summary>
    /// What the EBS CSI driver may do with the cluster key, besides its managed policy: encrypt the
    /// volumes it creates, and grant EC2 the use of the key for them. Scoped to that one key.
    /// </summary>
    public static ImmutableArray<PolicyStatement> EbsKeyStatements(string keyArn)
        => ImmutableArray.Create(
            new PolicyStatement
            {
                Sid = "GrantsForEncryptedVolumes",
                Action = ImmutableArray.Create("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"),
                Resource = ImmutableArray.Create(keyArn),
                Condition = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty.Add("Bool",
                    ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("kms:GrantIsForAWSResource", ImmutableArray.Create("true"))),
            },
            PolicyStatement.Allow(EksCluster.KeyUseActions, new[] { keyArn }, "EncryptedVolumes"));

    private (FileSystem FileSystem, Addon Driver) Efs(string name, ManagedAddonsArgs args, ImmutableArray<Resource> nodeGroups, Output<string> keyArn)
    {
        var child = new CustomResourceOptions { Parent = this };
        var securityGroup = new SecurityGroup($"{name}-efs-sg", new SecurityGroupArgs
        {
            VpcId = args.VpcId,
            Description = $"NFS from the VPC to the EFS mount targets of {args.Settings.Name}.",
            Ingress =
            {
                new SecurityGroupIngressArgs
                {
                    Description = "NFS from the VPC",
                    Protocol = "tcp",
                    FromPort = NfsPort,
                    ToPort = NfsPort,
                    CidrBlocks = { args.VpcCidr.ToString() },
                },
            },
            Tags = { { "Name", $"{args.Settings.Name}-efs" } },
        }, child);

        var fileSystem = new FileSystem($"{name}-efs", new FileSystemArgs
        {
            Encrypted = true,
            KmsKeyId = keyArn,
            PerformanceMode = "generalPurpose",
            ThroughputMode = "elastic",
            Tags = { { "Name", $"{args.Settings.Name}-efs" } },
        }, new CustomResourceOptions { Parent = this, Protect = true });

        var mountTargets = args.PrivateSubnetIdsByZone.Select((subnetId, i) => (Resource)new MountTarget($"{name}-efs-mount-{i}", new MountTargetArgs
        {
            FileSystemId = fileSystem.Id,
            SubnetId = subnetId,
            SecurityGroups = { securityGroup.Id },
        }, child)).ToArray();

        var role = new IrsaRole($"{name}-efs-csi", new IrsaRoleArgs
        {
            Oidc = args.Cluster.Oidc,
            Namespace = CsiNamespace,
            ServiceAccount = EfsCsiServiceAccount,
            ManagedPolicyArns = ImmutableArray.Create(EfsCsiPolicyArn),
            // IrsaRole always writes an inline policy, and IAM rejects one without statements: this
            // read-only statement on the platform's own file system (also in the managed policy) keeps it valid.
            Statements = fileSystem.Arn.Apply(arn => ImmutableArray.Create(PolicyStatement.Allow(
                new[] { "elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeMountTargets", "elasticfilesystem:DescribeAccessPoints" },
                new[] { arn }, "ReadThePlatformFileSystem"))),
            Description = $"EFS CSI driver of the EKS cluster {args.Settings.Name}.",
        }, new ComponentResourceOptions { Parent = this });

        var driverArgs = AddonArgsOf(args, "aws-efs-csi-driver", args.Settings.AddonVersions.EfsCsi);
        driverArgs.ServiceAccountRoleArn = role.RoleArn;
        var driver = new Addon($"{name}-efs-csi", driverArgs, AfterNodes(nodeGroups, mountTargets.Append(role).ToArray()));
        return (fileSystem, driver);
    }

    private static AddonArgs AddonArgsOf(ManagedAddonsArgs args, string addonName, string version) => new()
    {
        ClusterName = args.Cluster.ClusterName,
        AddonName = addonName,
        AddonVersion = version,
        ResolveConflictsOnCreate = NetworkingAddons.ResolveConflicts,
        ResolveConflictsOnUpdate = NetworkingAddons.ResolveConflicts,
        Tags = { { "Name", $"{args.Settings.Name}-{addonName}" } },
    };

    private CustomResourceOptions AfterNodes(ImmutableArray<Resource> nodeGroups, params Resource[] others)
    {
        var options = new CustomResourceOptions { Parent = this };
        foreach (var resource in nodeGroups.Concat(others))
        {
            options.DependsOn.Add(resource);
        }

        return options;
    }
}
