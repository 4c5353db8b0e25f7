using System.Globalization;
using Numinia.Components.Data;
using Numinia.Stacks.Config;

namespace Numinia.Stacks.Preflight;

/// <summary>
/// The Aurora PostgreSQL version against what RDS offers in the region. The data source fails when no version matches
/// what it is asked for (hashicorp/terraform-provider-aws, internal/service/rds/engine_version_data_source.go: "no RDS
/// engine versions match the criteria"), so it is not asked for the configured version: it is asked for the default
/// version of the configured major (parameterGroupFamily <c>aurora-postgresql&lt;major&gt;</c>, defaultOnly and latest, which
/// always has one answer) and answers with that version's valid upgrade targets, a list. A version at or above the
/// default that is neither the default nor one of its targets is not offered; one below the default is left to RDS.
/// </summary>
public static class EngineVersionCheck
{
    /// <summary>The engine preflight asks about.</summary>
    public const string Engine = "aurora-postgresql";

    /// <summary>The parameter group family of <paramref name="engineVersion"/>'s major (<c>aurora-postgresql16</c>).</summary>
    public static string Family(string engineVersion) => Engine + engineVersion.Split('.')[0];

    /// <summary>The problem with the configured version, or none.</summary>
    public static IEnumerable<ConfigProblem> Problems(DatabaseSettings database, EngineOffer offer, string region)
    {
        var version = database.EngineVersion;
        if (Parse(version) is not { } wanted || Parse(offer.Default) is not { } baseline)
        {
            yield break;
        }

        var major = version.Split('.')[0];
        var offered = offer.UpgradeTargets.Prepend(offer.Default).Where(v => v.Split('.')[0] == major).ToArray();
        if (wanted.CompareTo(baseline) >= 0 && !offered.Contains(version, StringComparer.Ordinal))
        {
            yield return new ConfigProblem($"{PlatformConfig.Project}:{DatabaseSettings.Keys.EngineVersion}", version,
                $"is not an Aurora PostgreSQL version RDS offers in {region} (it offers {string.Join(", ", offered)}; its default for {major} is {offer.Default})");
        }
    }

    private static (int Major, int Minor)? Parse(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
                                 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? (major, minor)
            : null;
    }
}
