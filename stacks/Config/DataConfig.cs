namespace Numinia.Stacks.Config;

/// <summary>The data services: the statics bucket and the Aurora PostgreSQL cluster.</summary>
public sealed record DataConfig
{
    /// <summary>The statics bucket.</summary>
    public required StaticsBucketConfig Statics { get; init; }

    /// <summary>The Aurora PostgreSQL cluster.</summary>
    public required DatabaseConfig Database { get; init; }
}

/// <summary>The statics S3 bucket (tenants get a <c>hyperfy-spaces/&lt;org&gt;/</c> prefix in it).</summary>
public sealed record StaticsBucketConfig
{
    /// <summary><c>numinia-infra:staticsBucketName</c>: the bucket's name (live: numinia-statics); a valid S3 bucket name without dots.</summary>
    public string Name { get; init; } = "numinia-statics";

    /// <summary><c>numinia-infra:staticsNoncurrentVersionExpirationDays</c>: days before an overwritten or deleted object's old version is removed (live: 30).</summary>
    public int NoncurrentVersionExpirationDays { get; init; } = 30;

    /// <summary><c>numinia-infra:staticsBackupsExpirationDays</c>: days before objects under <c>backups/</c> expire (live: 7).</summary>
    public int BackupsExpirationDays { get; init; } = 7;
}

/// <summary>The Aurora PostgreSQL cluster.</summary>
public sealed record DatabaseConfig
{
    /// <summary>The oldest PostgreSQL major version the program accepts (the live cluster runs 16.x).</summary>
    public const int MinimumMajorVersion = 16;

    /// <summary>The fewest days of automated backups the program accepts (the live retention).</summary>
    public const int MinimumBackupRetentionDays = 7;

    /// <summary>The most days of automated backups RDS allows.</summary>
    public const int MaximumBackupRetentionDays = 35;

    /// <summary><c>numinia-infra:databaseClusterIdentifier</c>: the cluster's identifier; its instances are <c>&lt;id&gt;-1</c> and <c>&lt;id&gt;-2</c>.</summary>
    public string ClusterIdentifier { get; init; } = "numinia-postgres";

    /// <summary><c>numinia-infra:databaseEngineVersion</c>: the Aurora PostgreSQL version, MAJOR.MINOR with major 16 or newer (live: 16.x).</summary>
    public string EngineVersion { get; init; } = "16.8";

    /// <summary><c>numinia-infra:databaseInstanceClass</c>: the class of the writer and the reader (live: db.t4g.medium).</summary>
    public string InstanceClass { get; init; } = "db.t4g.medium";

    /// <summary><c>numinia-infra:databaseBackupRetentionDays</c>: days of automated backups, 7 to 35 (live: 7).</summary>
    public int BackupRetentionDays { get; init; } = 7;

    /// <summary><c>numinia-infra:databaseName</c>: the database created with the cluster (live: numinia).</summary>
    public string DatabaseName { get; init; } = "numinia";

    /// <summary><c>numinia-infra:databaseMasterUsername</c>: the master user; its password is managed by Secrets Manager (live: numinia_admin).</summary>
    public string MasterUsername { get; init; } = "numinia_admin";

    /// <summary><c>numinia-infra:databasePerformanceInsightsRetentionDays</c>: 7 (free) or a multiple of 31 up to 731.</summary>
    public int PerformanceInsightsRetentionDays { get; init; } = 7;
}
