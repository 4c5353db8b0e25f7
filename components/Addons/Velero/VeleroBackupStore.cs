using Numinia.Components.Data;
using Pulumi;

namespace Numinia.Components.Addons.Velero;

/// <summary>What the paused platform keeps of Velero: the names its bucket is made of and the backups' retention.</summary>
public sealed record VeleroBackupStoreArgs
{
    /// <summary>The cluster's name (the bucket's name starts with it).</summary>
    public required string ClusterName { get; init; }

    /// <summary>The account's id (the bucket's name ends with it).</summary>
    public required string AccountId { get; init; }

    /// <summary>Velero's settings (the retention the bucket's lifecycle follows).</summary>
    public VeleroSettings Settings { get; init; } = new();
}

/// <summary>
/// Velero while the platform is paused: only its backup bucket, with the backups taken before the pause, under a
/// component of the add-on's type and name, so that the bucket's URN is the add-on's and it outlives the cluster. On
/// resume the add-on takes it back and the new Velero finds every backup in it.
/// </summary>
public sealed class VeleroBackupStore : ComponentResource
{
    /// <summary>The backup bucket (protected).</summary>
    public BackupBucket Bucket { get; }

    /// <summary>Keeps the bucket; <paramref name="name"/> is the add-on's (<c>velero</c>).</summary>
    public VeleroBackupStore(string name, VeleroBackupStoreArgs args, ComponentResourceOptions? options = null)
        : base(VeleroAddon.TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        Bucket = VeleroAddon.Store(name, args.ClusterName, args.AccountId, args.Settings, this);
        RegisterOutputs(new Dictionary<string, object?> { ["bucketName"] = Bucket.BucketName });
    }
}
