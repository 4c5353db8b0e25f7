using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Numinia.Components.Common;

/// <summary>
/// Which values an adopted resource declares. Pulumi's <c>import</c> option fails unless the declared inputs equal the
/// live resource (pulumi/pulumi pkg/resource/deploy/step.go, ImportStep: "inputs to import do not match the existing
/// resource"), so adoption is two steps, each one <c>pulumi up</c>: <see cref="Import"/> declares the live values and
/// the first <c>up</c> only imports; <see cref="Converge"/> declares the program's values and the next <c>up</c> shows
/// the fixes as in-place updates (never a replacement: no property that forces one differs between the two).
/// </summary>
public enum AdoptionPhase
{
    /// <summary>Adopted resources declare their live values: the <c>up</c> imports them and changes nothing.</summary>
    Import,

    /// <summary>Adopted resources declare the program's values: the <c>up</c> updates them in place.</summary>
    Converge,
}

/// <summary>How adoption reads its config: the phase, import ids and the stand-in of an id still to fill in.</summary>
public static class Adoption
{
    /// <summary>The config key of the phase.</summary>
    public const string PhaseKey = "adoptionPhase";

    /// <summary>
    /// The start of what the offline plan puts in place of an import id whose stack-file value is a placeholder to fill in
    /// (<see cref="StandInFor"/>): the plan shows the import and names the key; the program never sees it (it refuses the
    /// placeholder first).
    /// </summary>
    public const string StandIn = "to-fill-in";

    /// <summary>The stand-in of <paramref name="key"/>'s id, e.g. <c>to-fill-in-importVpcId</c> (distinct per key).</summary>
    public static string StandInFor(string key) => $"{StandIn}-{key}";

    private static bool IsStandIn(string value) => value.StartsWith(StandIn, StringComparison.Ordinal);

    /// <summary>
    /// The tags the live platform's Terraform puts on everything it created (../shared/LIVE.md 2, 4.1, 4.2:
    /// <c>tags = { Terraform = "true", Environment = "production" }</c>). Adopted resources take them as the default tags of
    /// their provider during <see cref="AdoptionPhase.Import"/>, so the import matches; converging replaces them with the
    /// program's default tags (an in-place tag update).
    /// </summary>
    public static readonly ImmutableDictionary<string, string> LiveTags = ImmutableDictionary<string, string>.Empty
        .Add("Environment", "production")
        .Add("Terraform", "true");

    /// <summary>Whether a key holds import ids (the offline plan keeps a placeholder of such a key as <see cref="StandIn"/>).</summary>
    public static bool IsImportIdKey(string key) => key.StartsWith("import", StringComparison.Ordinal) && char.IsAsciiLetterUpper(key["import".Length]);

    /// <summary>Reads the phase (default <see cref="AdoptionPhase.Import"/>).</summary>
    public static AdoptionPhase ReadPhase(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var value = config.Raw(PhaseKey);
        return value switch
        {
            null or "import" => AdoptionPhase.Import,
            "converge" => AdoptionPhase.Converge,
            _ => config.Invalid(AdoptionPhase.Import, PhaseKey, value, "is not an adoption phase (expected import or converge)"),
        };
    }

    /// <summary>An import id, null when unset or empty; a value that <paramref name="rule"/> refuses is a problem.</summary>
    public static string? Id(ISettingsReader config, string key, Regex rule, string expected)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(rule);
        var value = config.Raw(key);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return IsStandIn(value) || rule.IsMatch(value) ? value : config.Invalid<string?>(null, key, value, $"is not {expected}");
    }

    /// <summary>
    /// Import ids, one per zone (or <paramref name="count"/>); empty when unset. A lone stand-in stands for every id of the
    /// list (numbered).
    /// </summary>
    public static ImmutableArray<string> Ids(ISettingsReader config, string key, Regex rule, string expected, int count)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(rule);
        var values = config.StringArray(key, ImmutableArray<string>.Empty);
        if (values.IsEmpty)
        {
            return values;
        }

        if (values is [var only] && IsStandIn(only))
        {
            return Enumerable.Range(1, count).Select(i => $"{only}-{i}").ToImmutableArray();
        }

        var bad = values.Where(v => !IsStandIn(v) && !rule.IsMatch(v)).ToArray();
        foreach (var value in bad)
        {
            config.Problem(key, value, $"is not {expected}");
        }

        if (bad.Length == 0 && values.Length != count)
        {
            config.Problem(key, string.Join(",", values), $"has {values.Length} ids; give {count}, in the order of availabilityZones");
        }

        return bad.Length == 0 && values.Length == count ? values : ImmutableArray<string>.Empty;
    }
}
