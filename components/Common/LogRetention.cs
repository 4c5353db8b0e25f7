using System.Collections.Immutable;
using System.Globalization;

namespace Numinia.Components.Common;

/// <summary>The retention periods CloudWatch Logs accepts for a log group, which every log group of the platform uses.</summary>
public static class LogRetention
{
    /// <summary>The periods CloudWatch Logs accepts, in days (PutRetentionPolicy's retentionInDays).</summary>
    public static readonly ImmutableSortedSet<int> Days = ImmutableSortedSet.Create(
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /// <summary>The problem of a retention setting, or null when CloudWatch Logs accepts it.</summary>
    public static SettingProblem? Problem(string key, int days)
        => Days.Contains(days)
            ? null
            : new SettingProblem(key, days.ToString(CultureInfo.InvariantCulture),
                $"is not a CloudWatch Logs retention period ({string.Join(", ", Days.Take(Days.Count - 1))} or {Days.Max} days)");
}
