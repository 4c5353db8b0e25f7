using System.Collections.Immutable;
using Numinia.Components.Data;
using DatabaseKeys = Numinia.Components.Data.DatabaseSettings.Keys;
using StaticsKeys = Numinia.Components.Data.StaticsBucketSettings.Keys;

namespace Numinia.Stacks.Config;

/// <summary>The data services' keys, read into <see cref="StaticsBucketSettings"/> and <see cref="DatabaseSettings"/>.</summary>
public sealed partial class ConfigReader
{
    /// <summary>
    /// Reads and validates only the data services' keys (for tests and tools that need no whole stack);
    /// throws <see cref="ConfigValidationException"/> listing every problem.
    /// </summary>
    public static (StaticsBucketSettings Statics, DatabaseSettings Database) ReadDataOnly(Func<string, string?> get)
    {
        var reader = new ConfigReader(get);
        var data = (reader.ReadStatics(), reader.ReadDatabase());
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : data;
    }

    private Components.Common.AdoptionPhase? _adoptionPhase;

    /// <summary>The adoption phase, read once (every adopting settings record takes it).</summary>
    private Components.Common.AdoptionPhase AdoptionPhase => _adoptionPhase ??= Components.Common.Adoption.ReadPhase(this);

    private StaticsBucketSettings ReadStatics()
    {
        var defaults = new StaticsBucketSettings();
        var settings = new StaticsBucketSettings
        {
            Name = String(StaticsKeys.Name, defaults.Name)!,
            NoncurrentVersionExpirationDays = Int(StaticsKeys.NoncurrentVersionExpirationDays, defaults.NoncurrentVersionExpirationDays),
            BackupsExpirationDays = Int(StaticsKeys.BackupsExpirationDays, defaults.BackupsExpirationDays),
            ImportBucket = Components.Common.Adoption.Id(this, StaticsKeys.ImportBucket, StaticsBucketSettings.AnyBucketName,
                "an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens, a letter or digit at each end)"),
            Phase = AdoptionPhase,
        };
        Report(settings.Problems());
        return settings;
    }

    private DatabaseSettings ReadDatabase()
    {
        var defaults = new DatabaseSettings();
        var settings = new DatabaseSettings
        {
            ClusterIdentifier = String(DatabaseKeys.ClusterIdentifier, defaults.ClusterIdentifier)!,
            EngineVersion = String(DatabaseKeys.EngineVersion, defaults.EngineVersion)!,
            InstanceClass = String(DatabaseKeys.InstanceClass, defaults.InstanceClass)!,
            BackupRetentionDays = Int(DatabaseKeys.BackupRetentionDays, defaults.BackupRetentionDays),
            DatabaseName = Raw(DatabaseKeys.DatabaseName) is "" ? null : String(DatabaseKeys.DatabaseName, defaults.DatabaseName),
            MasterUsername = String(DatabaseKeys.MasterUsername, defaults.MasterUsername)!,
            PerformanceInsightsRetentionDays = Int(DatabaseKeys.PerformanceInsightsRetentionDays, defaults.PerformanceInsightsRetentionDays),
            InstanceCount = Int(DatabaseKeys.InstanceCount, defaults.InstanceCount),
            BackupCopyRegion = String(DatabaseKeys.BackupCopyRegion, defaults.BackupCopyRegion)!,
            RestoreSnapshotArn = Raw(DatabaseKeys.RestoreSnapshotArn) is null or "" ? null : String(DatabaseKeys.RestoreSnapshotArn, string.Empty),
            Imports = DatabaseImports.Read(this, AdoptionPhase),
        };
        Report(settings.Problems());
        // Whether the class exists is the dated table's to say (Serverless v2 is the record's own rule).
        if (settings.InstanceClass != DatabaseSettings.ServerlessClass && InstanceTypes.AuroraClassProblem(settings.InstanceClass) is { } classProblem)
        {
            Problem(DatabaseKeys.InstanceClass, settings.InstanceClass, classProblem);
        }

        return settings;
    }
}
