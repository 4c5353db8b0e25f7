using Pulumi;
using Pulumi.Aws.Backup;
using Pulumi.Aws.Backup.Inputs;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kms;
using Numinia.Components.Common;

namespace Numinia.Components.Data;

/// <summary>What the database's AWS Backup plan is built from.</summary>
public sealed record DatabaseBackupArgs
{
    /// <summary>The Aurora cluster's ARN (the selection's one resource).</summary>
    public required Output<string> ClusterArn { get; init; }

    /// <summary>The cluster's identifier, which names the vaults, the plan and the role.</summary>
    public required string ClusterIdentifier { get; init; }

    /// <summary>The region the copies go to (not the stack's).</summary>
    public required string CopyRegion { get; init; }

    /// <summary>Days each recovery point and each copy is kept (the cluster's backup retention, at least the spec's week).</summary>
    public required int RetentionDays { get; init; }
}

/// <summary>
/// An AWS Backup plan for the Aurora cluster: a daily snapshot into a vault in the stack's region, copied to a vault in a
/// second region, each kept for the retention; both vaults encrypted with their own rotating KMS key in their region, and
/// protected. The rule takes snapshots rather than continuous backups: Aurora's own automated backups already give
/// point-in-time recovery in the region for the cluster's retention, and an AWS Backup continuous rule would take over that
/// retention from the program (AWS Backup Developer Guide, "Changing your retention period": for Aurora there is one
/// continuous recovery point whose retention AWS Backup sets).
/// </summary>
public sealed class DatabaseBackup : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:data:DatabaseBackup";

    /// <summary>
    /// The daily snapshot (UTC, AWS Backup's cron syntax): 05:00, after Aurora's backup window (02:00-03:00) and its Sunday
    /// maintenance window (03:30-04:30).
    /// </summary>
    public const string Schedule = "cron(0 5 * * ? *)";

    /// <summary>Minutes AWS Backup may wait to start the job, and to finish it (its defaults are 8 hours and 7 days).</summary>
    public const int StartWindowMinutes = 60;

    /// <summary>Minutes a job may run before AWS Backup cancels it.</summary>
    public const int CompletionWindowMinutes = 360;

    /// <summary>The AWS-managed policies of an AWS Backup service role (backing up, and restoring).</summary>
    public static readonly string[] ManagedPolicyArns =
    [
        "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
        "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
    ];

    /// <summary>The vault in the stack's region.</summary>
    [Output("vaultArn")]
    public Output<string> VaultArn { get; private set; }

    /// <summary>The vault in the copy region: where a rebuild elsewhere finds the database.</summary>
    [Output("copyVaultArn")]
    public Output<string> CopyVaultArn { get; private set; }

    /// <summary>The vault in the stack's region.</summary>
    public Vault Vault { get; }

    /// <summary>The vault in the copy region.</summary>
    public Vault CopyVault { get; }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>Builds the keys, the vaults, the role, the plan and its selection.</summary>
    public DatabaseBackup(string name, DatabaseBackupArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        if (args.RetentionDays < 1)
        {
            throw new ArgumentException("Recovery points must be kept at least a day.", nameof(args));
        }

        var child = new CustomResourceOptions { Parent = this };
        var id = args.ClusterIdentifier;
        Vault = VaultWithKey($"{name}-vault", $"{id}-backups", null);
        CopyVault = VaultWithKey($"{name}-copy-vault", $"{id}-backups-copy", args.CopyRegion);

        var role = new Role($"{name}-role", new RoleArgs
        {
            Description = $"AWS Backup's role for the Aurora cluster {id}: back up, copy and restore.",
            AssumeRolePolicy = PolicyDocument.Of(PolicyStatement.AllowServiceToAssume("backup.amazonaws.com")).ToJson(),
        }, child);
        var attachments = ManagedPolicyArns.Select((arn, i) => new RolePolicyAttachment($"{name}-role-managed-{i}", new RolePolicyAttachmentArgs
        {
            Role = role.Name,
            PolicyArn = arn,
        }, child)).ToArray();

        var lifecycle = new PlanRuleLifecycleArgs { DeleteAfter = args.RetentionDays };
        Plan = new Plan($"{name}-plan", new PlanArgs
        {
            Name = $"{id}-daily",
            Rules =
            {
                new PlanRuleArgs
                {
                    RuleName = "daily-with-copy",
                    TargetVaultName = Vault.Name,
                    Schedule = Schedule,
                    StartWindow = StartWindowMinutes,
                    CompletionWindow = CompletionWindowMinutes,
                    EnableContinuousBackup = false,
                    Lifecycle = lifecycle,
                    CopyActions =
                    {
                        new PlanRuleCopyActionArgs
                        {
                            DestinationVaultArn = CopyVault.Arn,
                            Lifecycle = new PlanRuleCopyActionLifecycleArgs { DeleteAfter = args.RetentionDays },
                        },
                    },
                    RecoveryPointTags = { { "Cluster", id } },
                },
            },
        }, child);

        // The role's policies must be attached before AWS Backup assumes it for the first job.
        var selectionOptions = new CustomResourceOptions { Parent = this, DependsOn = attachments.Select(a => (Resource)a).ToArray() };
        _ = new Selection($"{name}-selection", new SelectionArgs
        {
            Name = id,
            PlanId = Plan.Id,
            IamRoleArn = role.Arn,
            Resources = { args.ClusterArn },
        }, selectionOptions);

        VaultArn = Vault.Arn;
        CopyVaultArn = CopyVault.Arn;
        RegisterOutputs(new Dictionary<string, object?> { ["vaultArn"] = VaultArn, ["copyVaultArn"] = CopyVaultArn });
    }

    /// <summary>A protected vault and its protected, rotating key, in <paramref name="region"/> (the stack's when null).</summary>
    private Vault VaultWithKey(string name, string vaultName, string? region)
    {
        var keep = new CustomResourceOptions { Parent = this, Protect = true };
        var key = new Key($"{name}-key", new KeyArgs
        {
            Description = $"Encrypts the recovery points in the AWS Backup vault {vaultName}.",
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            Region = region is null ? (Input<string>?)null : region,
            Tags = { { "Name", vaultName } },
        }, keep);
        return new Vault(name, new VaultArgs
        {
            Name = vaultName,
            KmsKeyArn = key.Arn,
            ForceDestroy = false,
            Region = region is null ? (Input<string>?)null : region,
            Tags = { { "Name", vaultName } },
        }, new CustomResourceOptions { Parent = this, Protect = true });
    }
}
