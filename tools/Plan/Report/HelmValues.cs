#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// Each Helm release of the plan with what Helm receives: release name, namespace, chart, repository,
/// version and the values (the chart's own defaults apply beneath them), one file per release named
/// <c>&lt;namespace&gt;-&lt;release&gt;</c>.
/// </summary>
public static class HelmValues
{
    /// <summary>Whether the resource is a Helm release.</summary>
    public static bool IsRelease(ResourceRegistration resource) => resource.Custom && resource.Type == KubernetesManifests.HelmReleaseType;

    /// <summary>The release's name and namespace: from its inputs, else from what the plan computed.</summary>
    public static (string Release, string Namespace) NameOf(ResourceRegistration release)
        => (Text(release, "name") ?? release.Name, Text(release, "namespace") ?? "default");

    /// <summary>An input as text: the input, else (when the program left it out) what the plan computed.</summary>
    private static string? Text(ResourceRegistration release, string key) => release.Inputs.GetValueOrDefault(key) switch
    {
        string text => text,
        UnknownValue => YamlText.Unknown,
        SecretValue => YamlText.Secret,
        _ => release.Outputs.GetValueOrDefault(key) as string,
    };

    /// <summary>The release as one YAML document: release, namespace, chart, repository, version, values.</summary>
    public static string ToYaml(ResourceRegistration release)
    {
        var (name, ns) = NameOf(release);
        var repository = release.Inputs.GetValueOrDefault("repositoryOpts") is ImmutableDictionary<string, object?> options
            ? YamlText.Plain(options.GetValueOrDefault("repo"))
            : null;
        var document = new Dictionary<string, object?>
        {
            ["release"] = name,
            ["namespace"] = ns,
            ["chart"] = YamlText.Plain(release.Inputs.GetValueOrDefault("chart")),
            ["repository"] = repository,
            ["version"] = YamlText.Plain(release.Inputs.GetValueOrDefault("version")),
            ["values"] = release.Inputs.GetValueOrDefault("values") is ImmutableDictionary<string, object?> values
                ? YamlText.PlainMap(values)
                : YamlText.Plain(release.Inputs.GetValueOrDefault("values")) ?? new SortedDictionary<string, object?>(StringComparer.Ordinal),
        };
        if (release.Inputs.ContainsKey("valueYamlFiles"))
        {
            document["valueYamlFiles"] = "[set: their values are merged beneath 'values' by Helm and not shown here]";
        }

        var text = new StringBuilder();
        text.Append("# Helm release ").Append(name).Append(" (Pulumi resource ").Append(release.Name)
            .Append("): what Pulumi passes to Helm; the chart's defaults apply beneath these values.\n");
        text.Append(YamlText.Serialize(document));
        return text.ToString();
    }

    /// <summary>Renders the plan's releases: file name (without .yaml) to YAML, by file name.</summary>
    public static ImmutableSortedDictionary<string, string> Render(IEnumerable<ResourceRegistration> resources)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var release in resources.Where(IsRelease))
        {
            var (name, ns) = NameOf(release);
            var file = $"{ns}-{name}";

            // Two releases cannot share a name in a namespace; should a plan still have them, keep both.
            if (files.ContainsKey(file))
            {
                file = $"{file}-{release.Name}";
            }

            files[file] = ToYaml(release);
        }

        return files.ToImmutable();
    }
}
#endif
