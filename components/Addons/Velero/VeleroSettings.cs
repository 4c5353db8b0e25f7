using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Common;
using Numinia.Components.Data;

namespace Numinia.Components.Addons.Velero;

/// <summary>
/// Velero's settings: the chart version, the schedule and retention of the cluster's backups, and the location of another
/// platform's backups to restore from (a rebuild in another region or account).
/// </summary>
public sealed record VeleroSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "veleroChartVersion";

    /// <summary>The config key of <see cref="BackupRetentionDays"/>.</summary>
    public const string BackupRetentionDaysKey = "backupRetentionDays";

    /// <summary>The config key of <see cref="BackupSchedule"/>.</summary>
    public const string BackupScheduleKey = "backupSchedule";

    /// <summary>The config key of <see cref="RestoreFromBucket"/>.</summary>
    public const string RestoreFromBucketKey = "veleroRestoreFromBucket";

    /// <summary>The config key of <see cref="RestoreFromRegion"/>.</summary>
    public const string RestoreFromRegionKey = "veleroRestoreFromRegion";

    /// <summary>The longest retention accepted: a year (EBS snapshots and objects are paid for every day they are kept).</summary>
    public const int MaximumRetentionDays = 365;

    // The five fields of a standard cron line with their ranges (Velero parses schedules with robfig/cron's standard parser).
    private static readonly (string Name, int Min, int Max)[] s_cronFields =
        [("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 6)];

    private static readonly Regex s_cronItem = new(@"^(\*|(\d+)(?:-(\d+))?)(?:/(\d+))?$", RegexOptions.CultureInvariant);


    /// <summary><c>numinia-infra:veleroChartVersion</c>: the exact <c>velero</c> chart version (12.1.0: Velero 1.18.1).</summary>
    public string ChartVersion { get; init; } = "12.1.0";

    /// <summary><c>numinia-infra:backupRetentionDays</c>: days each scheduled backup (objects and volume snapshots) is kept (30).</summary>
    public int BackupRetentionDays { get; init; } = 30;

    /// <summary><c>numinia-infra:backupSchedule</c>: the cron line (UTC) of the full backup, daily at 01:00 by default, before Aurora's window.</summary>
    public string BackupSchedule { get; init; } = "0 1 * * *";

    /// <summary>
    /// <c>numinia-infra:veleroRestoreFromBucket</c>: another platform's backup bucket, added as a read-only backup location to
    /// restore from (a rebuild elsewhere); null for none.
    /// </summary>
    public string? RestoreFromBucket { get; init; }

    /// <summary><c>numinia-infra:veleroRestoreFromRegion</c>: the region of <see cref="RestoreFromBucket"/> (the primary's, eu-west-1).</summary>
    public string RestoreFromRegion { get; init; } = "eu-west-1";

    /// <summary>The retention as Velero's TTL (a Go duration).</summary>
    public string Ttl => $"{BackupRetentionDays * 24}h";

    /// <summary>Reads the keys.</summary>
    public static VeleroSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new VeleroSettings();
        var retention = config.Int(BackupRetentionDaysKey, defaults.BackupRetentionDays);
        if (retention is < 1 or > MaximumRetentionDays)
        {
            retention = config.Invalid(defaults.BackupRetentionDays, BackupRetentionDaysKey, retention.ToString(CultureInfo.InvariantCulture),
                $"must be 1 to {MaximumRetentionDays} days");
        }

        var schedule = config.String(BackupScheduleKey, defaults.BackupSchedule);
        if (CronProblem(schedule) is { } cronProblem)
        {
            schedule = config.Invalid(defaults.BackupSchedule, BackupScheduleKey, schedule, cronProblem);
        }

        var bucket = config.Raw(RestoreFromBucketKey) is null or "" ? null : config.String(RestoreFromBucketKey, "");
        if (bucket is not null && !StaticsBucketSettings.AnyBucketName.IsMatch(bucket))
        {
            bucket = config.Invalid<string?>(null, RestoreFromBucketKey, bucket,
                "is not an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens, a letter or digit at each end)");
        }

        var region = config.String(RestoreFromRegionKey, defaults.RestoreFromRegion);
        if (!AwsRegion.IsCode(region))
        {
            region = config.Invalid(defaults.RestoreFromRegion, RestoreFromRegionKey, region, "is not an AWS region (e.g. eu-west-1)");
        }

        return new VeleroSettings
        {
            ChartVersion = config.ChartVersion(ChartVersionKey, defaults.ChartVersion),
            BackupRetentionDays = retention,
            BackupSchedule = schedule,
            RestoreFromBucket = bucket,
            RestoreFromRegion = region,
        };
    }

    /// <summary>What is wrong with a cron line, or null: five fields of numbers, ranges, steps and lists within each field's range.</summary>
    public static string? CronProblem(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != s_cronFields.Length)
        {
            return "is not a cron line (five fields: minute hour day-of-month month day-of-week, e.g. \"0 1 * * *\")";
        }

        for (var i = 0; i < fields.Length; i++)
        {
            var (name, min, max) = s_cronFields[i];
            foreach (var item in fields[i].Split(','))
            {
                var match = s_cronItem.Match(item);
                if (!match.Success || !InRange(match.Groups[2], min, max) || !InRange(match.Groups[3], min, max)
                    || (match.Groups[4].Success && !InRange(match.Groups[4], 1, max)))
                {
                    return $"has a {name} field \"{fields[i]}\" that is not *, a number, a range or a step within {min}-{max}";
                }
            }
        }

        return null;
    }

    private static bool InRange(Group group, int min, int max)
        => !group.Success || (int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max);
}
