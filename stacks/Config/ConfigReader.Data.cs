using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    // Lowercase letters, digits and hyphens, 3 to 63 characters, starting and ending with a letter or digit.
    // Dots are valid in S3 names but break virtual-hosted HTTPS (the wildcard certificate covers one label).
    private static readonly Regex s_bucketName = new("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant);

    private static readonly ImmutableArray<string> s_reservedBucketPrefixes = ImmutableArray.Create("xn--", "sthree-", "amzn-s3-demo-");

    private static readonly ImmutableArray<string> s_reservedBucketSuffixes = ImmutableArray.Create("-s3alias", "--ol-s3", "--x-s3", "--table-s3");

    // RDS identifiers: a letter, then letters, digits and single hyphens, at most 63 characters, no trailing hyphen.
    private static readonly Regex s_clusterIdentifier = new("^[a-z](?:[a-z0-9]|-(?!-)){0,62}$", RegexOptions.CultureInvariant);

    private static readonly Regex s_engineVersion = new(@"^(\d+)\.(\d+)$", RegexOptions.CultureInvariant);

    // PostgreSQL identifiers as RDS accepts them for the master user and the initial database.
    private static readonly Regex s_postgresIdentifier = new("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads and validates only the data services' keys (for tests and tools that need no whole stack);
    /// throws <see cref="ConfigValidationException"/> listing every problem.
    /// </summary>
    public static DataConfig ReadDataOnly(Func<string, string?> get)
    {
        var reader = new ConfigReader(get);
        var data = reader.ReadData();
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : data;
    }

    /// <summary>The statics bucket and the Aurora PostgreSQL cluster; problems are collected with the others.</summary>
    internal DataConfig ReadData() => new()
    {
        Statics = ReadStatics(),
        Database = ReadDatabase(),
    };

    private StaticsBucketConfig ReadStatics()
    {
        var defaults = new StaticsBucketConfig();
        var name = String("staticsBucketName", defaults.Name)!;
        if (name.Contains('.', StringComparison.Ordinal))
        {
            Problem("staticsBucketName", name, "contains a dot; use hyphens (a dotted bucket name breaks virtual-hosted HTTPS)");
        }
        else if (!s_bucketName.IsMatch(name))
        {
            Problem("staticsBucketName", name,
                "is not an S3 bucket name (3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit)");
        }
        else if (s_reservedBucketPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
        {
            Problem("staticsBucketName", name, $"starts with '{prefix}', a prefix S3 reserves");
        }
        else if (s_reservedBucketSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix)
        {
            Problem("staticsBucketName", name, $"ends with '{suffix}', a suffix S3 reserves");
        }

        return new StaticsBucketConfig
        {
            Name = name,
            NoncurrentVersionExpirationDays = Days("staticsNoncurrentVersionExpirationDays", defaults.NoncurrentVersionExpirationDays),
            BackupsExpirationDays = Days("staticsBackupsExpirationDays", defaults.BackupsExpirationDays),
        };
    }

    private DatabaseConfig ReadDatabase()
    {
        var defaults = new DatabaseConfig();

        var identifier = String("databaseClusterIdentifier", defaults.ClusterIdentifier)!;
        // The instances are named <identifier>-1 and -2, so two characters are kept for them.
        if (!s_clusterIdentifier.IsMatch(identifier) || identifier.EndsWith('-') || identifier.Length > 61)
        {
            Problem("databaseClusterIdentifier", identifier,
                "is not an RDS cluster identifier (a lowercase letter, then lowercase letters, digits and single hyphens, at most 61 characters, not ending with a hyphen)");
        }

        var version = String("databaseEngineVersion", defaults.EngineVersion)!;
        var match = s_engineVersion.Match(version);
        if (!match.Success)
        {
            Problem("databaseEngineVersion", version, "is not an Aurora PostgreSQL version (expected MAJOR.MINOR, e.g. 16.8)");
        }
        else if (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) < DatabaseConfig.MinimumMajorVersion)
        {
            Problem("databaseEngineVersion", version,
                $"is older than PostgreSQL {DatabaseConfig.MinimumMajorVersion}, which the live cluster runs (downgrades are impossible; expected {DatabaseConfig.MinimumMajorVersion}.x or newer)");
        }

        var instanceClass = String("databaseInstanceClass", defaults.InstanceClass)!;
        if (instanceClass == "db.serverless")
        {
            Problem("databaseInstanceClass", instanceClass, "is Serverless v2, which this program does not configure (expected a provisioned class, e.g. db.t4g.medium)");
        }
        else if (InstanceTypes.AuroraClassProblem(instanceClass) is { } classProblem)
        {
            Problem("databaseInstanceClass", instanceClass, classProblem);
        }

        var retention = Int("databaseBackupRetentionDays", defaults.BackupRetentionDays);
        if (retention is < DatabaseConfig.MinimumBackupRetentionDays or > DatabaseConfig.MaximumBackupRetentionDays)
        {
            Problem("databaseBackupRetentionDays", retention.ToString(CultureInfo.InvariantCulture),
                $"must be {DatabaseConfig.MinimumBackupRetentionDays} to {DatabaseConfig.MaximumBackupRetentionDays} days (the platform keeps at least a week of backups; RDS keeps at most 35 days)");
        }

        var databaseName = String("databaseName", defaults.DatabaseName)!;
        if (!s_postgresIdentifier.IsMatch(databaseName))
        {
            Problem("databaseName", databaseName, "is not a database name (a letter, then letters, digits and underscores, at most 63 characters)");
        }
        else if (databaseName is "postgres" or "template0" or "template1" or "rdsadmin")
        {
            Problem("databaseName", databaseName, "is a database PostgreSQL or RDS already has");
        }

        var username = String("databaseMasterUsername", defaults.MasterUsername)!;
        if (!s_postgresIdentifier.IsMatch(username))
        {
            Problem("databaseMasterUsername", username, "is not a PostgreSQL user name (a letter, then letters, digits and underscores, at most 63 characters)");
        }
        else if (username.StartsWith("rds", StringComparison.OrdinalIgnoreCase) || username.StartsWith("pg_", StringComparison.OrdinalIgnoreCase)
                 || username.Equals("postgres", StringComparison.OrdinalIgnoreCase) || username.Equals("admin", StringComparison.OrdinalIgnoreCase))
        {
            Problem("databaseMasterUsername", username, "is reserved by PostgreSQL or RDS (postgres, admin, rds*, pg_*)");
        }

        var insights = Int("databasePerformanceInsightsRetentionDays", defaults.PerformanceInsightsRetentionDays);
        if (!(insights == 7 || insights == 731 || (insights is >= 31 and <= 713 && insights % 31 == 0)))
        {
            Problem("databasePerformanceInsightsRetentionDays", insights.ToString(CultureInfo.InvariantCulture),
                "is not a Performance Insights retention (7, a multiple of 31 up to 713, or 731 days)");
        }

        return new DatabaseConfig
        {
            ClusterIdentifier = identifier,
            EngineVersion = version,
            InstanceClass = instanceClass,
            BackupRetentionDays = retention,
            DatabaseName = databaseName,
            MasterUsername = username,
            PerformanceInsightsRetentionDays = insights,
        };
    }

    private int Days(string key, int fallback)
    {
        var days = Int(key, fallback);
        return days >= 1 ? days : Invalid(fallback, key, days.ToString(CultureInfo.InvariantCulture), "must be at least 1 day");
    }
}
