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
public sealed partial class StackConfigFile
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
    /// Secret keys (<see cref="Numinia.Stacks.Config.ConfigKeys.Secret"/>) that the stack file does not set, planned with
    /// <see cref="SecretPlaceholder"/> (a stack file cannot hold a usable secret offline); empty when
    /// loaded with <c>requireSecrets</c>, in which case they stay missing and the stack reports them.
    /// </summary>
    public IReadOnlyList<string> PlaceholderSecrets { get; }

    /// <summary>
    /// Full keys whose stack-file value is a placeholder to fill in (<see cref="Numinia.Stacks.Config.ConfigKeys.FillInMarker"/>),
    /// with what to fill in: planned with the key's default. Empty when loaded with <c>requireSecrets</c>, in which case the
    /// placeholders stay and the program refuses them, as under <c>pulumi preview</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> FillIns { get; private init; } = new Dictionary<string, string>();

    /// <summary>Where the stack file sets each full key (<c>Pulumi.prod.yaml line 12</c>); keys set by <c>--config</c> or defaults have none.</summary>
    public IReadOnlyDictionary<string, string> Locations { get; private init; } = new Dictionary<string, string>();

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
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        var declaredSecrets = Numinia.Stacks.Config.ConfigKeys.Secret.Select(k => FullKey(projectName, k)).ToList();
        var setInStack = new HashSet<string>(StringComparer.Ordinal);
        var fillIns = new SortedDictionary<string, string>(StringComparer.Ordinal);

        if (project.Children.TryGetValue(new YamlScalarNode("config"), out var declared) && declared is YamlMappingNode declarations)
        {
            foreach (var (keyNode, declaration) in declarations.Children)
            {
                if (KeyOf(projectFile, keyNode, problems) is not { } name)
                {
                    continue;
                }

                var key = FullKey(projectName, name);

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
                setInStack.Add(key);
                locations[key] = $"{Path.GetFileName(stackFile)} line {Line(keyNode)}";
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
                    if (!requireSecrets && Numinia.Stacks.Config.ConfigKeys.FillInHint(value) is { } hint)
                    {
                        // Planned with the key's default; named by the plan, refused by the program (and with --require-secrets).
                        // An import id is planned as an import of an id to fill in, so the plan still shows what is adopted.
                        fillIns[key] = hint;
                        var keyName = key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];
                        if (Numinia.Components.Common.Adoption.IsImportIdKey(keyName))
                        {
                            var standIn = Numinia.Components.Common.Adoption.StandInFor(keyName);
                            values[key] = value.StartsWith('[') ? $"[\"{standIn}\"]" : standIn;
                        }

                        continue;
                    }

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

            var overridden = FullKey(projectName, item[..equals]);
            values[overridden] = item[(equals + 1)..];
            locations.Remove(overridden);
            fillIns.Remove(overridden);
            setInStack.Add(overridden);
            if (declaredSecrets.Contains(overridden))
            {
                // An override stands for `pulumi config set --secret`: the plan holds nothing.
                secrets.Add(overridden);
            }
        }

        var placeholders = new List<string>();
        // A secret the stack does not set has Pulumi.yaml's empty default.
        foreach (var key in declaredSecrets.Where(k => !setInStack.Contains(k)))
        {
            secrets.Add(key);
            if (!requireSecrets)
            {
                values[key] = SecretPlaceholder;
                placeholders.Add(key);
            }
        }

        return new StackConfigFile(projectName, stackName, values, secrets, placeholders) { Locations = locations, FillIns = fillIns };
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
}
