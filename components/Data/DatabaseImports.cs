using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Data;

/// <summary>
/// The live Aurora cluster to adopt (../shared/LIVE.md 4.1: terraform-aws-modules/rds-aurora v9.12.0, <c>prod-hyperfy</c>).
/// Its cluster, instances and subnet group are imported by the names the module gave them (the cluster identifier, the
/// instances <c>&lt;id&gt;-instance-&lt;n&gt;</c>, the subnet group named as the cluster); its security group, whose name
/// has a random suffix (<c>name_prefix</c>), by its id and name from config.
/// </summary>
public sealed record DatabaseImports
{
    /// <summary>The config keys of the adoption.</summary>
    public static class Keys
    {
        /// <summary>Whether the cluster named by databaseClusterIdentifier is adopted.</summary>
        public const string Import = "importDatabase";

        /// <summary>The cluster's security group (sg-…).</summary>
        public const string SecurityGroupId = "importDatabaseSecurityGroupId";

        /// <summary>The security group's name (the module's prefix and a random suffix).</summary>
        public const string SecurityGroupName = "importDatabaseSecurityGroupName";

        /// <summary>The backup retention the live cluster has, which converging fixes.</summary>
        public const string LiveBackupRetentionDays = "databaseLiveBackupRetentionDays";
    }

    /// <summary>The live backup window (TG rds/hyperfy: <c>preferred_backup_window = "03:00-06:00"</c>), kept.</summary>
    public const string LiveBackupWindow = "03:00-06:00";

    /// <summary>The live maintenance window (<c>preferred_maintenance_window = "thu:01:59-thu:02:29"</c>), kept.</summary>
    public const string LiveMaintenanceWindow = "thu:01:59-thu:02:29";

    private static readonly Regex s_securityGroup = new("^sg-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant);

    // EC2 security group names: up to 255 characters, not starting with sg-.
    private static readonly Regex s_securityGroupName = new("^(?!sg-)[A-Za-z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]{1,255}$", RegexOptions.CultureInvariant);

    /// <summary>Which values the adopted resources declare.</summary>
    public AdoptionPhase Phase { get; init; }

    /// <summary>The security group's id.</summary>
    public required string SecurityGroupId { get; init; }

    /// <summary>The security group's name (a property that forces a new group, so it must be the live one).</summary>
    public required string SecurityGroupName { get; init; }

    /// <summary>
    /// The live backup retention: the module's input was misspelled (<c>backup_retention_predis</c>), so AWS's default of 1
    /// day applies unless changed by hand (LIVE.md 4.1; check with <c>aws rds describe-db-clusters</c>).
    /// </summary>
    public int LiveBackupRetentionDays { get; init; } = 1;

    /// <summary>The adoption, or null when <see cref="Keys.Import"/> is false (a new cluster).</summary>
    public static DatabaseImports? Read(ISettingsReader config, AdoptionPhase phase)
    {
        ArgumentNullException.ThrowIfNull(config);
        var id = Adoption.Id(config, Keys.SecurityGroupId, s_securityGroup, "a security group id (sg-…)");
        var name = Adoption.Id(config, Keys.SecurityGroupName, s_securityGroupName, "a security group name (1 to 255 characters, not starting with sg-)");
        var retention = config.Int(Keys.LiveBackupRetentionDays, 1);
        if (retention is < 0 or > DatabaseSettings.MaximumBackupRetentionDays)
        {
            config.Problem(Keys.LiveBackupRetentionDays, retention.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"is not a backup retention RDS has (0 to {DatabaseSettings.MaximumBackupRetentionDays} days)");
        }

        if (!config.Bool(Keys.Import, false))
        {
            foreach (var (key, value) in new[] { (Keys.SecurityGroupId, id), (Keys.SecurityGroupName, name) }.Where(k => k.Item2 is not null))
            {
                config.Problem(key, value, $"is set but {Keys.Import} is false; set {Keys.Import}: true to adopt the live cluster, or remove it");
            }

            return null;
        }

        foreach (var (key, _) in new[] { (Keys.SecurityGroupId, id), (Keys.SecurityGroupName, name) }.Where(k => k.Item2 is null))
        {
            config.Problem(key, null, $"is missing: adopting the live cluster ({Keys.Import}: true) takes its security group's id and name");
        }

        return id is null || name is null ? null : new DatabaseImports
        {
            Phase = phase,
            SecurityGroupId = id,
            SecurityGroupName = name,
            LiveBackupRetentionDays = retention,
        };
    }

    /// <summary>The identifier of the live cluster's <paramref name="index"/>th instance (0-based), as the module names it.</summary>
    public static string InstanceIdentifier(string clusterIdentifier, int index) => $"{clusterIdentifier}-instance-{index + 1}";
}
