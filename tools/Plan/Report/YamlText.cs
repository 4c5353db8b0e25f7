#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Offline;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// Turns the engine's serialized values into YAML for people: maps with sorted keys, whole numbers without
/// a decimal point, secrets as <c>"[secret]"</c>, values unknown in preview as <c>"[unknown]"</c>, strings
/// that YAML would read as something else quoted, and multi-line strings as literal blocks. It drives
/// YamlDotNet's emitter directly: the serializer's per-call set-up costs too much over thousands of objects.
/// </summary>
public static class YamlText
{
    /// <summary>What a secret value is rendered as.</summary>
    public const string Secret = "[secret]";

    /// <summary>What a value unknown in preview is rendered as.</summary>
    public const string Unknown = "[unknown]";

    /// <summary>Plain strings YAML (1.1 or 1.2) would read as booleans or nulls.</summary>
    private static readonly HashSet<string> s_reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    /// <summary>
    /// A serialized value as plain objects for the YAML serializer: <see cref="SortedDictionary{TKey,TValue}"/>
    /// for maps, lists, strings, longs, doubles and booleans.
    /// </summary>
    public static object? Plain(object? value) => value switch
    {
        null => null,
        SecretValue => Secret,
        UnknownValue => Unknown,
        string s => s,
        bool b => b,
        double d => d % 1 == 0 && Math.Abs(d) < 1e15 ? (long)d : d,
        ImmutableDictionary<string, object?> map => PlainMap(map),
        ImmutableArray<object?> list => list.Select(Plain).ToList(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A serialized map as a sorted plain map.</summary>
    public static SortedDictionary<string, object?> PlainMap(ImmutableDictionary<string, object?> map)
    {
        var plain = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            plain[key] = Plain(value);
        }

        return plain;
    }

    /// <summary>One YAML document (without the <c>---</c> separator).</summary>
    public static string Serialize(object? value)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, value);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>A multi-document YAML stream: each document starts with <c>---</c> and its comment.</summary>
    public static void WriteDocuments(TextWriter output, IEnumerable<(string Comment, object? Value)> documents)
    {
        var emitter = new Emitter(output);
        emitter.Emit(new StreamStart());
        foreach (var (comment, value) in documents)
        {
            emitter.Emit(new DocumentStart(null, null, false));
            emitter.Emit(new Comment(comment, false));
            Emit(emitter, value);
            emitter.Emit(new DocumentEnd(true));
        }

        emitter.Emit(new StreamEnd());
    }

    private static void Emit(IEmitter emitter, object? value)
    {
        switch (value)
        {
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
            case string text:
                emitter.Emit(String(text));
                break;
            case bool flag:
                emitter.Emit(new Scalar(null, null, flag ? "true" : "false", ScalarStyle.Plain, true, false));
                break;
            case long or int or double or decimal:
                emitter.Emit(new Scalar(null, null, Number(value), ScalarStyle.Plain, true, false));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                var entries = map as ICollection<KeyValuePair<string, object?>> ?? map.ToList();
                emitter.Emit(new MappingStart(null, null, true, entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, item) in entries)
                {
                    emitter.Emit(String(key));
                    Emit(emitter, item);
                }

                emitter.Emit(new MappingEnd());
                break;
            case IList<object?> list:
                emitter.Emit(new SequenceStart(null, null, true, list.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                emitter.Emit(String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }

    /// <summary>
    /// A string scalar: a literal block when it spans lines, double-quoted when YAML would read it plain as
    /// something else (a number, boolean, null, date or version such as 1.35), else as plain as the emitter allows.
    /// </summary>
    private static Scalar String(string text)
    {
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            return new Scalar(null, null, text, ScalarStyle.Literal, true, false);
        }

        var ambiguous = text.Length == 0 || s_reserved.Contains(text) || char.IsAsciiDigit(text[0]) || text[0] is '+' or '-' or '.';
        return new Scalar(null, null, text, ambiguous ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true);
    }

    private static string Number(object value) => value switch
    {
        double d when double.IsNaN(d) => ".nan",
        double d when double.IsPositiveInfinity(d) => ".inf",
        double d when double.IsNegativeInfinity(d) => "-.inf",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
#endif
