using System.Collections.Immutable;

namespace Numinia.Components.Common;

/// <summary>
/// Reads the config keys of a component's settings. Each read applies the program's rules for raw values (padded values
/// refused, whole numbers in decimal only, lists as JSON, exact chart versions) and reports a problem naming the key
/// instead of throwing, returning the fallback; a settings record reads its own keys through it and reports what its
/// own rules refuse with <see cref="Problem"/>, so that every problem of a stack is listed at once, before any resource
/// is declared. Keys are given without the project's namespace.
/// </summary>
public interface ISettingsReader
{
    /// <summary>The raw value, or null when the key is not set.</summary>
    string? Raw(string key);

    /// <summary>A string, <paramref name="fallback"/> when unset (an empty value is a problem).</summary>
    string String(string key, string fallback);

    /// <summary>A whole number, <paramref name="fallback"/> when unset.</summary>
    int Int(string key, int fallback);

    /// <summary>A boolean (<c>true</c> or <c>false</c>), <paramref name="fallback"/> when unset.</summary>
    bool Bool(string key, bool fallback);

    /// <summary>A list of strings, <paramref name="fallback"/> when unset.</summary>
    ImmutableArray<string> StringArray(string key, ImmutableArray<string> fallback);

    /// <summary>An exact Helm chart version (never empty, <c>latest</c> or a range), <paramref name="fallback"/> when unset.</summary>
    string ChartVersion(string key, string fallback);

    /// <summary>A CloudWatch Logs retention period in days, <paramref name="fallback"/> when unset.</summary>
    int Retention(string key, int fallback);

    /// <summary>Whether the engine handed <paramref name="key"/> over as a secret; true when that cannot be known.</summary>
    bool IsSecret(string key);

    /// <summary>Reports that <paramref name="key"/>'s <paramref name="value"/> is wrong, saying what is expected.</summary>
    void Problem(string key, string? value, string expected);
}

/// <summary>Shorthands over <see cref="ISettingsReader"/>.</summary>
public static class SettingsReaderExtensions
{
    /// <summary>Reports a problem and returns <paramref name="fallback"/> (for reads that refuse a value).</summary>
    public static T Invalid<T>(this ISettingsReader reader, T fallback, string key, string? value, string expected)
    {
        ArgumentNullException.ThrowIfNull(reader);
        reader.Problem(key, value, expected);
        return fallback;
    }
}
