using System.Collections.Immutable;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Numinia.Infra.Plan;

/// <summary>
/// The config a stack runs with, assembled as the Pulumi CLI does: the project's declared defaults
/// from Pulumi.yaml, then the stack file's values, then overrides. Values are strings; lists and
/// maps are JSON, as Pulumi hands them to the program. Encrypted (<c>secure:</c>) values cannot be
/// read offline and become a placeholder marked secret.
/// </summary>
public sealed class StackConfigFile
{
    /// <summary>The placeholder that stands for an encrypted value offline.</summary>
    public const string SecretPlaceholder = "offline-plan-placeholder-secret";

    private StackConfigFile(string projectName, string stackName, Dictionary<string, string> values, HashSet<string> secretKeys,
        IReadOnlyList<string> placeholderSecrets)
    {
        ProjectName = projectName;
        StackName = stackName;
        Values = values;
        SecretKeys = secretKeys;
        PlaceholderSecrets = placeholderSecrets;
    }

    /// <summary>The project's name from Pulumi.yaml.</summary>
    public string ProjectName { get; }

    /// <summary>The stack's name.</summary>
    public string StackName { get; }

    /// <summary>Full key (<c>namespace:key</c>) to raw value.</summary>
    public Dictionary<string, string> Values { get; }

    /// <summary>Full keys whose values are secret.</summary>
    public HashSet<string> SecretKeys { get; }

    /// <summary>
    /// Keys Pulumi.yaml declares <c>secret: true</c> that the stack file does not set, planned with
    /// <see cref="SecretPlaceholder"/> (a stack file cannot hold a usable secret offline); empty when
    /// loaded with <c>requireSecrets</c>, in which case they stay missing and the stack reports them.
    /// </summary>
    public IReadOnlyList<string> PlaceholderSecrets { get; }

    /// <summary>Finds the folder holding Pulumi.yaml, from <paramref name="start"/> upwards.</summary>
    public static string FindProjectRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new FileNotFoundException($"No Pulumi.yaml in {start} or any folder above it.");
    }

    /// <summary>
    /// Loads the config of <paramref name="stack"/>: a stack name (Pulumi.&lt;stack&gt;.yaml in the
    /// project root) or a path to a stack file.
    /// </summary>
    public static StackConfigFile Load(string projectRoot, string stack, IEnumerable<string> overrides, bool requireSecrets = false)
    {
        var problems = new List<StackFileProblem>();
        var projectFile = Path.Combine(projectRoot, "Pulumi.yaml");
        var project = LoadYaml(projectFile, problems);
        ThrowIfAny(problems);
        var projectName = Scalar(project, "name") ?? throw new InvalidDataException("Pulumi.yaml has no name.");
        var stackFile = stack.EndsWith(".yaml", StringComparison.Ordinal) || stack.Contains('/', StringComparison.Ordinal)
            ? Path.GetFullPath(stack)
            : Path.Combine(projectRoot, $"Pulumi.{stack}.yaml");
        if (!File.Exists(stackFile))
        {
            throw new FileNotFoundException($"The stack file {stackFile} does not exist.");
        }

        var stackName = Path.GetFileNameWithoutExtension(stackFile).Replace("Pulumi.", "", StringComparison.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        var declaredSecrets = new List<string>();

        if (project.Children.TryGetValue(new YamlScalarNode("config"), out var declared) && declared is YamlMappingNode declarations)
        {
            foreach (var (keyNode, declaration) in declarations.Children)
            {
                if (KeyOf(projectFile, keyNode, problems) is not { } name)
                {
                    continue;
                }

                var key = FullKey(projectName, name);
                if (declaration is YamlMappingNode typed && typed.Children.TryGetValue(new YamlScalarNode("secret"), out var secretNode)
                    && secretNode is YamlScalarNode { Value: "true" })
                {
                    declaredSecrets.Add(key);
                }

                var defaultNode = declaration switch
                {
                    YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode("default"), out var d) => d,
                    YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode("value"), out var v) => v,
                    YamlScalarNode scalar => scalar,
                    _ => null,
                };
                if (defaultNode != null && Render(projectFile, key, defaultNode, problems) is { } value)
                {
                    values[key] = value;
                }
            }
        }

        var stackYaml = LoadYaml(stackFile, problems);
        if (stackYaml.Children.TryGetValue(new YamlScalarNode("config"), out var configNode) && !IsNull(configNode))
        {
            if (configNode is not YamlMappingNode config)
            {
                problems.Add(new StackFileProblem(stackFile, Line(configNode), $"has a config: that is {Kind(configNode)}, not a mapping of keys to values"));
                config = new YamlMappingNode();
            }

            foreach (var (keyNode, valueNode) in config.Children)
            {
                if (KeyOf(stackFile, keyNode, problems) is not { } name)
                {
                    continue;
                }

                var key = FullKey(projectName, name);
                if (valueNode is YamlMappingNode secure && secure.Children.ContainsKey(new YamlScalarNode("secure")))
                {
                    values[key] = SecretPlaceholder;
                    secrets.Add(key);
                    continue;
                }

                if (IsNull(valueNode))
                {
                    // The Pulumi CLI only warns ("No value for configuration key") and passes the program the text 'null'.
                    problems.Add(new StackFileProblem(stackFile, Line(valueNode), $"{key} has no value (an empty or null YAML value); give it one, or remove the key for its default"));
                    continue;
                }

                if (Render(stackFile, key, valueNode, problems) is { } value)
                {
                    values[key] = value;
                }
            }
        }

        ThrowIfAny(problems);

        foreach (var item in overrides)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--config '{item}' is not KEY=VALUE.");
            }

            values[FullKey(projectName, item[..equals])] = item[(equals + 1)..];
        }

        var placeholders = new List<string>();
        foreach (var key in declaredSecrets.Where(k => !values.ContainsKey(k)))
        {
            secrets.Add(key);
            if (!requireSecrets)
            {
                values[key] = SecretPlaceholder;
                placeholders.Add(key);
            }
        }

        return new StackConfigFile(projectName, stackName, values, secrets, placeholders);
    }

    /// <summary>The full keys Pulumi.yaml declares.</summary>
    public static IReadOnlySet<string> DeclaredKeys(string projectRoot)
    {
        var problems = new List<StackFileProblem>();
        var project = LoadYaml(Path.Combine(projectRoot, "Pulumi.yaml"), problems);
        ThrowIfAny(problems);
        var projectName = Scalar(project, "name")!;
        return project.Children.TryGetValue(new YamlScalarNode("config"), out var declared) && declared is YamlMappingNode declarations
            ? declarations.Children.Keys.OfType<YamlScalarNode>().Select(k => FullKey(projectName, k.Value ?? string.Empty)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
    }

    /// <summary>The value of PULUMI_CONFIG for this config.</summary>
    public string ToPulumiConfigJson() => JsonSerializer.Serialize(Values);

    /// <summary>The value of PULUMI_CONFIG_SECRET_KEYS for this config.</summary>
    public string ToSecretKeysJson() => JsonSerializer.Serialize(SecretKeys.OrderBy(k => k, StringComparer.Ordinal));

    private static string FullKey(string project, string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{project}:{key}";

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
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            problems.Add(new StackFileProblem(path, (int)e.Start.Line, $"is not valid YAML: {e.Message}"));
            return new YamlMappingNode();
        }
        catch (InvalidOperationException e)
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
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
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

/// <summary>A problem of a stack file or Pulumi.yaml itself: where it is and what is wrong.</summary>
public sealed record StackFileProblem(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path.GetFileName(File)} line {Line}: {Message}";
}

/// <summary>The problems of a stack file that keep it from being read: a config error (the plan exits with 2), naming each line.</summary>
public sealed class StackFileException : Exception
{
    /// <summary>Raises the problems.</summary>
    public StackFileException(ImmutableArray<StackFileProblem> problems)
        : base($"The stack configuration has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:" + Environment.NewLine
               + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>The problems, in the order found.</summary>
    public ImmutableArray<StackFileProblem> Problems { get; }
}
