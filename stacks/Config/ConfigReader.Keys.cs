namespace Numinia.Stacks.Config;

/// <summary>
/// The keys themselves: a key of the project's namespace that <see cref="ConfigKeys.Declared"/> does not hold, or a key
/// under a namespace that only looks like the project's, would otherwise be ignored and the user's setting would
/// silently have no effect. Keys of other namespaces (<c>aws:</c>, <c>kubernetes:</c>, <c>pulumi:</c>) belong to
/// providers and the engine and stay allowed.
/// </summary>
public sealed partial class ConfigReader
{
    // Beyond this many edits a suggestion is a guess rather than a likely typo.
    private const int MaxSuggestionDistance = 4;

    private void CheckKeys()
    {
        foreach (var key in _keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == key.Length - 1)
            {
                Problem(key, null, "is not a config key (expected <namespace>:<name>, e.g. numinia-infra:vpcCidr)");
                continue;
            }

            var (space, name) = (key[..colon], key[(colon + 1)..]);
            if (space == PlatformConfig.Project)
            {
                if (!ConfigKeys.Declared.Contains(name))
                {
                    Problem(key, null, $"is not a key of {PlatformConfig.Project}: Pulumi.yaml declares no such key, so its value would have no effect{Suggestion(name)}");
                }
            }
            else if (LooksLikeProject(space))
            {
                Problem(key, null, $"is under the namespace '{space}', which is not the project's ({PlatformConfig.Project}); its value would have no effect{Suggestion(name)}");
            }
        }
    }

    /// <summary>Every declared key whose value is still a placeholder (<see cref="ConfigKeys.FillInMarker"/>) is a problem naming what to fill in.</summary>
    private void CheckFillIns()
    {
        foreach (var name in ConfigKeys.Declared)
        {
            if (_raw(Key(name)) is { } value && ConfigKeys.FillInHint(value) is { } hint)
            {
                Problem(name, null, $"is a placeholder to fill in before pulumi preview or up: {hint}");
            }
        }
    }

    /// <summary>A namespace one would write for the project's by mistake: another spelling or a typo of it.</summary>
    private static bool LooksLikeProject(string space)
    {
        static string Letters(string text) => new(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Letters(space) == Letters(PlatformConfig.Project) || Distance(space, PlatformConfig.Project) <= 2;
    }

    /// <summary>"; did you mean numinia-infra:X?" for the declared key nearest to <paramref name="name"/>, case ignored.</summary>
    private static string Suggestion(string name)
    {
        // A doubled or misspelt prefix (numinia-infra:numinia-infra:vpcCidr): the name after it is what was meant.
        var colon = name.LastIndexOf(':');
        if (colon >= 0 && LooksLikeProject(name[..colon].Split(':')[0]))
        {
            name = name[(colon + 1)..];
        }

        var (nearest, distance) = ConfigKeys.Declared
            .Select(k => (Key: k, Distance: Distance(name, k)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .First();
        return distance <= Math.Max(MaxSuggestionDistance, name.Length / 3)
            ? $"; did you mean {PlatformConfig.Project}:{nearest}?"
            : "; Pulumi.yaml lists the keys the project reads";
    }

    /// <summary>The Levenshtein distance between two strings, ignoring case.</summary>
    internal static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
