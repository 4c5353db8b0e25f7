using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Pulumi;
using Pulumi.Kubernetes.Storage.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using StorageClassArgs = Pulumi.Kubernetes.Types.Inputs.Storage.V1.StorageClassArgs;

namespace Numinia.Components.Kubernetes;

/// <summary>What the cluster's storage classes are built from.</summary>
public sealed record StorageClassesArgs
{
    /// <summary>The cluster (its Kubernetes provider and KMS key).</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>The EFS file system's id; null when EFS is off (then there is no <c>efs-sc</c>).</summary>
    public Output<string>? EfsFileSystemId { get; init; }

    /// <summary>The directory under which EFS access points create one directory per volume.</summary>
    public string EfsBasePath { get; init; } = "/dynamic";

    /// <summary>Tags on every EBS volume the driver creates (e.g. the stack's default tags).</summary>
    public ImmutableDictionary<string, string> VolumeTags { get; init; } = ImmutableDictionary<string, string>.Empty;
}

/// <summary>
/// The cluster's storage classes: <c>gp3</c>, the default, on EBS encrypted with the cluster's KMS key; and
/// <c>efs-sc</c>, EFS access points with private directories, when EFS is enabled.
/// </summary>
public sealed class StorageClasses : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:kubernetes:StorageClasses";

    /// <summary>The default storage class's name.</summary>
    public const string Gp3Name = "gp3";

    /// <summary>The EFS storage class's name.</summary>
    public const string EfsName = "efs-sc";

    /// <summary>The annotation that makes a class the default for claims that name none.</summary>
    public const string DefaultClassAnnotation = "storageclass.kubernetes.io/is-default-class";

    /// <summary>The EBS CSI driver.</summary>
    public const string EbsProvisioner = "ebs.csi.aws.com";

    /// <summary>The EFS CSI driver.</summary>
    public const string EfsProvisioner = "efs.csi.aws.com";

    /// <summary>
    /// What happens to a volume when its claim is deleted: it is kept. The volumes hold state (Prometheus,
    /// Grafana, workloads' data) and a deleted claim, namespace or rolled-back release would otherwise
    /// destroy them irrecoverably; a released volume is re-bound or deleted by an operator, on purpose.
    /// The cost is cleaning up released volumes.
    /// </summary>
    public const string ReclaimPolicy = "Retain";

    /// <summary>Permissions of the directory each EFS volume gets: its owner only.</summary>
    public const string EfsDirectoryPerms = "700";

    /// <summary>The default storage class's name.</summary>
    [Output("defaultStorageClassName")]
    public Output<string> DefaultStorageClassName { get; private set; }

    /// <summary>The EFS storage class's name; null when EFS is off.</summary>
    [Output("efsStorageClassName")]
    public Output<string?> EfsStorageClassName { get; private set; }

    /// <summary>The gp3 class (volumes that need it, e.g. monitoring's, depend on it).</summary>
    public StorageClass Gp3 { get; }

    /// <summary>The EFS class, when EFS is enabled.</summary>
    public StorageClass? Efs { get; }

    /// <summary>Builds the classes.</summary>
    public StorageClasses(string name, StorageClassesArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var gp3Parameters = new InputMap<string>
        {
            { "type", "gp3" },
            { "csi.storage.k8s.io/fstype", "ext4" },
            { "encrypted", "true" },
            { "kmsKeyId", args.Context.KmsKeyArn },
        };
        var index = 1;
        foreach (var (key, value) in args.VolumeTags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            gp3Parameters.Add($"tagSpecification_{index++}", $"{key}={value}");
        }

        Gp3 = new StorageClass($"{name}-gp3", new StorageClassArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = Gp3Name,
                Annotations = { { DefaultClassAnnotation, "true" } },
                Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
            },
            Provisioner = EbsProvisioner,
            Parameters = gp3Parameters,
            // EBS volumes live in one zone: binding waits for the pod's node so the volume is made in its zone.
            VolumeBindingMode = "WaitForFirstConsumer",
            AllowVolumeExpansion = true,
            ReclaimPolicy = ReclaimPolicy,
        }, args.Context.Kubernetes(this));
        DefaultStorageClassName = Gp3.Metadata.Apply(m => m.Name);

        if (args.EfsFileSystemId is { } fileSystemId)
        {
            Efs = new StorageClass($"{name}-efs", new StorageClassArgs
            {
                Metadata = new ObjectMetaArgs
                {
                    Name = EfsName,
                    Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
                },
                Provisioner = EfsProvisioner,
                Parameters = new InputMap<string>
                {
                    // One access point per volume, each rooted in its own directory under basePath.
                    { "provisioningMode", "efs-ap" },
                    { "fileSystemId", fileSystemId },
                    { "directoryPerms", EfsDirectoryPerms },
                    { "basePath", args.EfsBasePath },
                },
                // EFS is regional (a mount target in every zone), so a volume can bind at once.
                VolumeBindingMode = "Immediate",
                ReclaimPolicy = ReclaimPolicy,
            }, args.Context.Kubernetes(this));
            EfsStorageClassName = Efs.Metadata.Apply(m => (string?)m.Name);
        }
        else
        {
            EfsStorageClassName = Output.Create((string?)null);
        }

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["defaultStorageClassName"] = DefaultStorageClassName,
            ["efsStorageClassName"] = EfsStorageClassName,
        });
    }
}
