using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    /// <summary>
    /// Reads and validates only one settings record's keys with <paramref name="read"/> (for tests and tools that need no
    /// whole stack); throws <see cref="ConfigValidationException"/> listing every problem.
    /// </summary>
    public static T ReadOnly<T>(Func<string, string?> get, Func<ISettingsReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var reader = new ConfigReader(get);
        var settings = read(reader);
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : settings;
    }

    /// <summary>Reads one settings record's keys with <paramref name="read"/>; returns it with the problems found (none thrown).</summary>
    public static (T Settings, ImmutableArray<ConfigProblem> Problems) ReadWithProblems<T>(Func<string, string?> get, Func<ISettingsReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var reader = new ConfigReader(get);
        var settings = read(reader);
        return (settings, reader._problems.ToImmutableArray());
    }
}
