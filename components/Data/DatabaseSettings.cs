using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Data;

/// <summary>
/// What the Aurora PostgreSQL cluster is configured with. The defaults are the live cluster's; <see cref="Problems"/>
/// holds the rules on these values, each naming its config key (whether the instance class exists is the config
/// reader's table of classes).
/// </summary>
public sealed record DatabaseSettings
{
    /// <summary>The oldest PostgreSQL major version the program accepts (the live cluster runs 16.x).</summary>
    public const int MinimumMajorVersion = 16;

    /// <summary>The fewest days of automated backups the program accepts (the live retention).</summary>
    public const int MinimumBackupRetentionDays = 7;

    /// <summary>The most days of automated backups RDS allows.</summary>
    public const int MaximumBackupRetentionDays = 35;

    /// <summary>The Serverless v2 instance class, which this program does not configure.</summary>
    public const string ServerlessClass = "db.serverless";

    // RDS identifiers: a letter, then letters, digits and single hyphens, at most 63 characters, no trailing hyphen.
    private static readonly Regex s_clusterIdentifier = new("^[a-z](?:[a-z0-9]|-(?!-)){0,62}$", RegexOptions.CultureInvariant);


    private static readonly Regex s_snapshotArn = new("^arn:aws[a-z-]*:rds:([a-z0-9-]+):\\d{12}:cluster-snapshot:[A-Za-z0-9:-]+$", RegexOptions.CultureInvariant);

    private static readonly Regex s_engineVersion = new(@"^(\d+)\.(\d+)$", RegexOptions.CultureInvariant);

    // PostgreSQL identifiers as RDS accepts them for the master user and the initial database.
    private static readonly Regex s_postgresIdentifier = new("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", RegexOptions.CultureInvariant);

    /// <summary>The config keys of the database's settings.</summary>
    public static class Keys
    {
        /// <summary>The cluster's identifier.</summary>
        public const string ClusterIdentifier = "databaseClusterIdentifier";

        /// <summary>The engine version.</summary>
        public const string EngineVersion = "databaseEngineVersion";

        /// <summary>The instances' class.</summary>
        public const string InstanceClass = "databaseInstanceClass";

        /// <summary>Days of automated backups.</summary>
        public const string BackupRetentionDays = "databaseBackupRetentionDays";

        /// <summary>The database created with the cluster.</summary>
        public const string DatabaseName = "databaseName";

        /// <summary>The master user.</summary>
        public const string MasterUsername = "databaseMasterUsername";

        /// <summary>Days of Performance Insights data.</summary>
        public const string PerformanceInsightsRetentionDays = "databasePerformanceInsightsRetentionDays";

        /// <summary>How many instances: the writer, and readers in other zones.</summary>
        public const string InstanceCount = "databaseInstanceCount";

        /// <summary>The region the daily backup is copied to.</summary>
        public const string BackupCopyRegion = "backupCopyRegion";

        /// <summary>A cluster snapshot to create a new cluster from.</summary>
        public const string RestoreSnapshotArn = "databaseRestoreSnapshotArn";
    }

    /// <summary>The most instances the program declares (a writer and up to two readers, one per zone of three).</summary>
    public const int MaximumInstanceCount = 3;

    /// <summary>The cluster's identifier; its instances are <c>&lt;id&gt;-1</c> and <c>&lt;id&gt;-2</c>.</summary>
    public string ClusterIdentifier { get; init; } = "numinia-postgres";

    /// <summary>The Aurora PostgreSQL version, MAJOR.MINOR with major 16 or newer (live: 16.11).</summary>
    public string EngineVersion { get; init; } = "16.11";

    /// <summary>The class of the writer and the reader (live: db.t4g.medium).</summary>
    public string InstanceClass { get; init; } = "db.t4g.medium";

    /// <summary>Days of automated backups, 7 to 35 (live: 7).</summary>
    public int BackupRetentionDays { get; init; } = 7;

    /// <summary>The database created with the cluster; null (an empty value) creates none, as the live cluster (LIVE.md 4.1).</summary>
    public string? DatabaseName { get; init; } = "numinia";

    /// <summary>The master user; Secrets Manager generates, stores and rotates its password (the live cluster's is postgres).</summary>
    public string MasterUsername { get; init; } = "numinia_admin";

    /// <summary>
    /// How many instances: 1 (the writer alone, as live) to <see cref="MaximumInstanceCount"/>; each after the first is a
    /// reader in the next zone. One by default: the live platform runs one, and a reader doubles the database's idle cost
    /// for a faster failover (with none, Aurora recreates the writer, about 10 minutes).
    /// </summary>
    public int InstanceCount { get; init; } = 1;

    /// <summary>
    /// The region AWS Backup copies the daily recovery point to (another region than the stack's: a region lost takes its
    /// vault with it); eu-central-1 by default, the nearest to eu-west-1.
    /// </summary>
    public string BackupCopyRegion { get; init; } = "eu-central-1";

    /// <summary>
    /// The ARN of an Aurora cluster snapshot in the stack's region (an AWS Backup recovery point of the cluster is one) that a
    /// new cluster is created from; null for an empty cluster. Only read when the cluster is created: changing it afterwards
    /// would replace the cluster, which deletion protection refuses.
    /// </summary>
    public string? RestoreSnapshotArn { get; init; }

    /// <summary>The live cluster to adopt, or null for a new one.</summary>
    public DatabaseImports? Imports { get; init; }

    /// <summary>Days of Performance Insights data kept: 7 (free) or a multiple of 31 up to 731.</summary>
    public int PerformanceInsightsRetentionDays { get; init; } = 7;

    /// <summary>
    /// What RDS would refuse, or what would lose data: an identifier RDS refuses, a version older than the live one
    /// (downgrades are impossible), Serverless v2, fewer than a week of backups, a reserved database or user name, a
    /// Performance Insights retention RDS does not offer.
    /// </summary>
    public ImmutableArray<SettingProblem> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<SettingProblem>();
        // The instances are named <identifier>-1 and -2, so two characters are kept for them.
        if (!s_clusterIdentifier.IsMatch(ClusterIdentifier) || ClusterIdentifier.EndsWith('-') || ClusterIdentifier.Length > 61)
        {
            problems.Add(new SettingProblem(Keys.ClusterIdentifier, ClusterIdentifier,
                "is not an RDS cluster identifier (a lowercase letter, then lowercase letters, digits and single hyphens, at most 61 characters, not ending with a hyphen)"));
        }

        var match = s_engineVersion.Match(EngineVersion);
        if (!match.Success)
        {
            problems.Add(new SettingProblem(Keys.EngineVersion, EngineVersion, "is not an Aurora PostgreSQL version (expected MAJOR.MINOR, e.g. 16.8)"));
        }
        else if (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) < MinimumMajorVersion)
        {
            problems.Add(new SettingProblem(Keys.EngineVersion, EngineVersion,
                $"is older than PostgreSQL {MinimumMajorVersion}, which the live cluster runs (downgrades are impossible; expected {MinimumMajorVersion}.x or newer)"));
        }

        if (InstanceClass == ServerlessClass)
        {
            problems.Add(new SettingProblem(Keys.InstanceClass, InstanceClass, "is Serverless v2, which this program does not configure (expected a provisioned class, e.g. db.t4g.medium)"));
        }

        if (BackupRetentionDays is < MinimumBackupRetentionDays or > MaximumBackupRetentionDays)
        {
            problems.Add(new SettingProblem(Keys.BackupRetentionDays, BackupRetentionDays.ToString(CultureInfo.InvariantCulture),
                $"must be {MinimumBackupRetentionDays} to {MaximumBackupRetentionDays} days (the platform keeps at least a week of backups; RDS keeps at most 35 days)"));
        }

        if (InstanceCount is < 1 or > MaximumInstanceCount)
        {
            problems.Add(new SettingProblem(Keys.InstanceCount, InstanceCount.ToString(CultureInfo.InvariantCulture),
                $"must be 1 to {MaximumInstanceCount} (the writer, and a reader in each other zone)"));
        }

        problems.AddRange(NameProblems());
        problems.AddRange(BackupProblems());
        if (!(PerformanceInsightsRetentionDays == 7 || PerformanceInsightsRetentionDays == 731
              || (PerformanceInsightsRetentionDays is >= 31 and <= 713 && PerformanceInsightsRetentionDays % 31 == 0)))
        {
            problems.Add(new SettingProblem(Keys.PerformanceInsightsRetentionDays, PerformanceInsightsRetentionDays.ToString(CultureInfo.InvariantCulture),
                "is not a Performance Insights retention (7, a multiple of 31 up to 713, or 731 days)"));
        }

        return problems.ToImmutable();
    }

    /// <summary>The region of <see cref="RestoreSnapshotArn"/>, or null.</summary>
    public string? RestoreSnapshotRegion => RestoreSnapshotArn is { } arn && s_snapshotArn.Match(arn) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The copy region and the restore snapshot against the stack's <paramref name="region"/>.</summary>
    public IEnumerable<SettingProblem> RegionProblems(string region)
    {
        if (BackupCopyRegion == region)
        {
            yield return new SettingProblem(Keys.BackupCopyRegion, BackupCopyRegion,
                $"is the stack's own region (aws:region {region}); the copies must survive the loss of that region, so name another (e.g. eu-central-1)");
        }

        if (RestoreSnapshotRegion is { } snapshotRegion && snapshotRegion != region)
        {
            yield return new SettingProblem(Keys.RestoreSnapshotArn, RestoreSnapshotArn,
                $"is a snapshot in {snapshotRegion}, but RDS creates a cluster only from a snapshot of its own region (aws:region {region}): use the copy in the vault of {region}");
        }
    }

    private IEnumerable<SettingProblem> BackupProblems()
    {
        if (!AwsRegion.IsCode(BackupCopyRegion))
        {
            yield return new SettingProblem(Keys.BackupCopyRegion, BackupCopyRegion, "is not an AWS region (e.g. eu-central-1)");
        }

        if (RestoreSnapshotArn is { } arn && !s_snapshotArn.IsMatch(arn))
        {
            yield return new SettingProblem(Keys.RestoreSnapshotArn, arn,
                "is not an Aurora cluster snapshot ARN (arn:aws:rds:<region>:<account>:cluster-snapshot:<name>, as AWS Backup lists a recovery point of the cluster)");
        }
        else if (RestoreSnapshotArn is not null && Imports is not null)
        {
            yield return new SettingProblem(Keys.RestoreSnapshotArn, RestoreSnapshotArn,
                "is set while the live cluster is adopted (importDatabase): a restore creates a new cluster, adoption keeps the live one; choose one");
        }
    }

    private IEnumerable<SettingProblem> NameProblems()
    {
        if (DatabaseName is null)
        {
            // No initial database: the live cluster's choice.
        }
        else if (!s_postgresIdentifier.IsMatch(DatabaseName))
        {
            yield return new SettingProblem(Keys.DatabaseName, DatabaseName, "is not a database name (a letter, then letters, digits and underscores, at most 63 characters)");
        }
        else if (DatabaseName is "postgres" or "template0" or "template1" or "rdsadmin")
        {
            yield return new SettingProblem(Keys.DatabaseName, DatabaseName, "is a database PostgreSQL or RDS already has");
        }

        if (!s_postgresIdentifier.IsMatch(MasterUsername))
        {
            yield return new SettingProblem(Keys.MasterUsername, MasterUsername, "is not a PostgreSQL user name (a letter, then letters, digits and underscores, at most 63 characters)");
        }
        else if (MasterUsername.StartsWith("rds", StringComparison.OrdinalIgnoreCase) || MasterUsername.StartsWith("pg_", StringComparison.OrdinalIgnoreCase)
                 || MasterUsername.Equals("admin", StringComparison.OrdinalIgnoreCase))
        {
            // postgres is allowed: it is the RDS console's default master user, and the live cluster's (LIVE.md 4.1).
            yield return new SettingProblem(Keys.MasterUsername, MasterUsername, "is reserved by PostgreSQL or RDS (admin, rds*, pg_*)");
        }
    }
}
