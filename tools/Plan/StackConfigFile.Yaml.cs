using System.Collections.Immutable;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Numinia.Infra.Plan;

// Reading Pulumi.yaml and stack files: one YAML mapping, every problem of the file itself naming its line, and values
// rendered as Pulumi hands them to the program, within bounds of depth and size.
public sealed partial class StackConfigFile
{
    /// <summary>The deepest nesting of a value the loader takes; the deepest shape of the config (organizations) needs 4.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most scalars, lists and maps one value may expand to (YAML aliases can repeat a node many times over).</summary>
    public const int MaxNodes = 100_000;

    private static readonly JsonSerializerOptions s_json = new() { MaxDepth = MaxDepth + 2 };

    /// <summary>
    /// One document, whose root is a mapping. A file the YAML parser refuses, a second document (which Pulumi's reader
    /// would silently ignore) or another root is a problem of the file, naming the line.
    /// </summary>
    private static YamlMappingNode LoadYaml(string path, List<StackFileProblem> problems)
    {
        var text = File.ReadAllText(path);
        var stream = new YamlStream();
        try
        {
            if (TooDeep(text) is { } line)
            {
                problems.Add(new StackFileProblem(path, line, $"nests values more than {MaxParsedDepth} levels deep; no config value has that shape"));
                return new YamlMappingNode();
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            problems.Add(new StackFileProblem(path, (int)e.Start.Line, $"is not valid YAML: {e.Message}"));
            return new YamlMappingNode();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner can stop on malformed input without a YamlException (an open flow sequence inside a
            // block sequence): still a file that is not YAML, at the last line the parser reached.
            problems.Add(new StackFileProblem(path, LastParsedLine(path), $"is not valid YAML (the YAML reader stopped: {e.Message})"));
            return new YamlMappingNode();
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(new StackFileProblem(path, Line(stream.Documents[1].RootNode),
                "starts a second YAML document ('---'), which Pulumi ignores; keep the whole stack file in one document"));
        }

        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            return new YamlMappingNode();
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        problems.Add(new StackFileProblem(path, Line(root), $"is {Kind(root)}, not a mapping (a stack file maps config: to its keys and values)"));
        return new YamlMappingNode();
    }

    /// <summary>
    /// The depth past which the file is not read into a tree at all: YamlDotNet builds its tree recursively, and a file of
    /// a few hundred thousand nested brackets would overflow the stack (an abort, not an exception). Its parser is not
    /// recursive, so the events are counted first.
    /// </summary>
    public const int MaxParsedDepth = 1000;

    private static int? TooDeep(string text)
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart when ++depth > MaxParsedDepth:
                    return (int)parser.Current.Start.Line;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    private static int LastParsedLine(string path)
    {
        var line = 1;
        try
        {
            using var reader = new StreamReader(path);
            var parser = new YamlDotNet.Core.Parser(reader);
            while (parser.MoveNext())
            {
                line = (int)(parser.Current?.End.Line ?? line);
            }
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
                                       or FormatException or OverflowException)
        {
            // The line reached is the answer.
        }

        return line;
    }

    private static void ThrowIfAny(List<StackFileProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new StackFileException(problems.ToImmutableArray());
        }
    }

    private static string? KeyOf(string file, YamlNode keyNode, List<StackFileProblem> problems)
    {
        if (keyNode is YamlScalarNode { Value: { Length: > 0 } name } && !IsNull(keyNode))
        {
            return name;
        }

        problems.Add(new StackFileProblem(file, Line(keyNode), $"has a key that is {Kind(keyNode)}; a config key is a name such as numinia-infra:vpcCidr"));
        return null;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static string Kind(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "empty (null)",
        _ => "a single value",
    };

    // YAML 1.2's core schema: a plain null, ~, empty scalar or any spelling of null.
    private static bool IsNull(YamlNode node)
        => node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any } scalar
           && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    /// <summary>A value as Pulumi hands it over: a scalar's text, a list or map as JSON; null (with a problem) when it cannot be.</summary>
    private static string? Render(string file, string key, YamlNode node, List<StackFileProblem> problems)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? string.Empty;
        }

        var budget = new Budget();
        var plain = ToPlain(node, 0, budget);
        if (budget.Problem is { } problem)
        {
            problems.Add(new StackFileProblem(file, budget.Line, $"{key} {problem}"));
            return null;
        }

        return JsonSerializer.Serialize(plain, s_json);
    }

    private sealed class Budget
    {
        public int Nodes { get; set; }

        public string? Problem { get; set; }

        public int Line { get; set; }
    }

    private static object? ToPlain(YamlNode node, int depth, Budget budget)
    {
        if (budget.Problem is not null)
        {
            return null;
        }

        if (depth > MaxDepth || ++budget.Nodes > MaxNodes)
        {
            budget.Problem = depth > MaxDepth
                ? $"nests values more than {MaxDepth} levels deep; no config value has that shape"
                : $"expands to more than {MaxNodes} values (through YAML aliases?); no config value is that large";
            budget.Line = Line(node);
            return null;
        }

        switch (node)
        {
            case YamlSequenceNode sequence:
                return sequence.Children.Select(c => ToPlain(c, depth + 1, budget)).ToList();
            case YamlMappingNode map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } name } || IsNull(keyNode))
                    {
                        budget.Problem ??= $"has a key that is {Kind(keyNode)}; keys inside a value are names";
                        budget.Line = Line(keyNode);
                        return null;
                    }

                    result[name] = ToPlain(valueNode, depth + 1, budget);
                }

                return result;
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "True" or "TRUE" }:
                return true;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "false" or "False" or "FALSE" }:
                return false;
            case YamlScalarNode scalar when scalar.Style is YamlDotNet.Core.ScalarStyle.Plain
                && long.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n):
                return n;
            case YamlScalarNode scalar:
                return scalar.Value;
            default:
                return null;
        }
    }
}
