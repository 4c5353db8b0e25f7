#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Numinia.Infra.Plan.Report;

/// <summary>How long creating one resource of a type typically takes, and where that figure comes from.</summary>
/// <param name="Type">A type token, or a prefix ending in <c>*</c> (the longest matching prefix wins).</param>
/// <param name="Seconds">The typical creation time.</param>
/// <param name="Source">Where the figure comes from (documentation, observed runs, an estimate), dated.</param>
/// <param name="Reference">A URL backing the figure, if any.</param>
public sealed record CreationTime(string Type, double Seconds, string Source, string? Reference = null);

/// <summary>
/// The table of typical creation times by resource type (<c>docs/plan/creation-times.yaml</c>): a date, a
/// default for types it does not list, and one entry per type token or token prefix.
/// </summary>
public sealed class CreationTimes
{
    /// <summary>The table's path in the repository.</summary>
    public const string RepositoryPath = "docs/plan/creation-times.yaml";

    private readonly Dictionary<string, CreationTime> _exact;
    private readonly ImmutableArray<CreationTime> _prefixes;
    private readonly Dictionary<string, CreationTime?> _resolved = new(StringComparer.Ordinal);

    /// <summary>A table from its parts.</summary>
    public CreationTimes(string date, CreationTime fallback, IEnumerable<CreationTime> entries)
    {
        Date = date;
        Default = fallback;
        Entries = entries.ToImmutableArray();
        _exact = Entries.Where(e => !e.Type.EndsWith('*')).ToDictionary(e => e.Type, StringComparer.Ordinal);
        _prefixes = Entries.Where(e => e.Type.EndsWith('*')).OrderByDescending(e => e.Type.Length).ToImmutableArray();
    }

    /// <summary>When the table was written or last checked (ISO date).</summary>
    public string Date { get; }

    /// <summary>The figure of types the table does not list.</summary>
    public CreationTime Default { get; }

    /// <summary>The table's entries.</summary>
    public ImmutableArray<CreationTime> Entries { get; }

    /// <summary>The entry for a type token (exact, else the longest matching prefix), or null when only the default applies.</summary>
    public CreationTime? Find(string type)
    {
        if (_resolved.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var found = _exact.GetValueOrDefault(type)
                    ?? _prefixes.FirstOrDefault(p => type.StartsWith(p.Type[..^1], StringComparison.Ordinal));
        _resolved[type] = found;
        return found;
    }

    /// <summary>Loads the table; throws <see cref="InvalidDataException"/> naming what is missing or wrong.</summary>
    public static CreationTimes Load(string path)
    {
        var root = YamlTables.Load(path);
        var date = YamlTables.RequiredDate(root, path);
        var fallback = Entry(YamlTables.Map(root, "default", path), "*", path);
        var entries = new List<CreationTime>();
        if (root.Children.TryGetValue(new YamlScalarNode("types"), out var types) && types is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                var map = item as YamlMappingNode ?? throw new InvalidDataException($"{path}: each entry of 'types' must be a map.");
                var type = YamlTables.Scalar(map, "type") ?? throw new InvalidDataException($"{path}: an entry of 'types' has no 'type'.");
                entries.Add(Entry(map, type, path));
            }
        }
        else
        {
            throw new InvalidDataException($"{path}: 'types' must be a list of {{type, seconds, source}}.");
        }

        var duplicate = entries.GroupBy(e => e.Type, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate != null)
        {
            throw new InvalidDataException($"{path}: the type '{duplicate.Key}' is listed twice.");
        }

        return new CreationTimes(date, fallback, entries);
    }

    private static CreationTime Entry(YamlMappingNode map, string type, string path)
    {
        var secondsText = YamlTables.Scalar(map, "seconds");
        if (!double.TryParse(secondsText, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < 0)
        {
            throw new InvalidDataException($"{path}: '{type}' seconds '{secondsText}' is not a number of seconds (0 or more).");
        }

        var source = YamlTables.Scalar(map, "source");
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new InvalidDataException($"{path}: '{type}' has no 'source' (say where the figure comes from, dated).");
        }

        return new CreationTime(type, seconds, source, YamlTables.Scalar(map, "reference"));
    }
}

/// <summary>Reading the repository's YAML tables, with errors that name the file and the key.</summary>
internal static class YamlTables
{
    public static YamlMappingNode Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path} does not exist.");
        }

        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new InvalidDataException($"{path} must hold one YAML map.");
    }

    public static string? Scalar(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlMappingNode Map(YamlMappingNode map, string key, string path)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode child
            ? child
            : throw new InvalidDataException($"{path}: '{key}' must be a map.");

    public static string RequiredDate(YamlMappingNode root, string path)
    {
        var date = Scalar(root, "date");
        return DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? date!
            : throw new InvalidDataException($"{path}: 'date' '{date}' is not an ISO date (YYYY-MM-DD); the table must say when it was written.");
    }

    public static decimal Money(YamlMappingNode map, string key, string path)
    {
        var text = Scalar(map, key);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InvalidDataException($"{path}: '{key}' '{text}' is not an amount (0 or more).");
    }
}
#endif
