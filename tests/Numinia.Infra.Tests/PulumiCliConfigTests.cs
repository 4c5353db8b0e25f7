#if PULUMI_OFFLINE
using Numinia.Infra.Plan;
#endif
using Numinia.Stacks.Config;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;

namespace Numinia.Infra.Tests;

/// <summary>
/// What the Pulumi CLI checks of a stack's config against Pulumi.yaml before the program runs, modelled after
/// pulumi/pulumi pkg/workspace/config.go (mergeConfig, validateStackConfigValues, validateStackConfigValue): a declared key
/// of the project's namespace with neither a default nor a value must be set by the stack ("Stack 'x' is missing
/// configuration value 'k'"), and a key declared <c>secret: true</c> must be set encrypted (a plain default counts as not
/// encrypted). Every stack file of the repository must pass, or <c>pulumi preview</c> fails before the program starts.
/// </summary>
public sealed class PulumiCliConfigTests
{
    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(Path.Combine(Harness.RepoRoot, file));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<(string Key, YamlMappingNode Declaration)> Declarations()
        => ((YamlMappingNode)Load("Pulumi.yaml").Children[new YamlScalarNode("config")]).Children
            .Select(p => (((YamlScalarNode)p.Key).Value!, p.Value as YamlMappingNode ?? new YamlMappingNode()));

    private static IEnumerable<string> StackFiles()
        => Directory.EnumerateFiles(Harness.RepoRoot, "Pulumi.*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, YamlNode> StackConfig(string file)
        => Load(file).Children.TryGetValue(new YamlScalarNode("config"), out var config) && config is YamlMappingNode map
            ? map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!.Replace("numinia-infra:", "", StringComparison.Ordinal), p => p.Value, StringComparer.Ordinal)
            : new Dictionary<string, YamlNode>(StringComparer.Ordinal);

    [TestCaseSource(nameof(StackFiles))]
    public void TheCliFindsNoDeclaredKeyMissingFromTheStackFile(string file)
    {
        var stack = StackConfig(file);
        var missing = Declarations()
            .Where(d => !d.Declaration.Children.ContainsKey(new YamlScalarNode("default")) && !d.Declaration.Children.ContainsKey(new YamlScalarNode("value")))
            .Select(d => d.Key)
            .Where(k => !stack.ContainsKey(k))
            .ToArray();
        Assert.That(missing, Is.Empty, $"pulumi preview -s {file}: \"Stack is missing configuration values\"");
    }

    [TestCaseSource(nameof(StackFiles))]
    public void TheCliFindsNoSecretKeyWithAPlainValue(string file)
    {
        var stack = StackConfig(file);
        foreach (var (key, declaration) in Declarations().Where(d => d.Declaration.Children.TryGetValue(new YamlScalarNode("secret"), out var s) && s.ToString() == "true"))
        {
            var value = stack.GetValueOrDefault(key);
            Assert.That(value is YamlMappingNode m && m.Children.ContainsKey(new YamlScalarNode("secure")), Is.True,
                $"pulumi preview -s {file}: \"with configuration key '{key}' must be encrypted as it's secret\" (a default is never encrypted)");
            Assert.That(declaration.Children.ContainsKey(new YamlScalarNode("default")), Is.False, $"{key}: a secret key's default is plain text");
        }
    }

#if PULUMI_OFFLINE
    /// <summary>Rule: the program keeps the secrecy Pulumi.yaml cannot declare: a plain Grafana password is refused.</summary>
    [Test]
    public async Task APlainGrafanaPasswordIsRefusedNamingTheKey()
    {
        var file = Path.Combine(Path.GetTempPath(), $"Pulumi.plain-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(Path.Combine(Harness.RepoRoot, "Pulumi.prod.yaml")))
            + "  numinia-infra:grafanaAdminPassword: a-plain-text-password-of-some-length\n");
        try
        {
            var (code, _, error) = await Harness.PlanAsync("--stack", file);
            Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig), error);
            Assert.That(error, Does.Contain("numinia-infra:grafanaAdminPassword: '[secret]' is not a secret: the stack file holds it in plain text"));
            Assert.That(error, Does.Not.Contain("a-plain-text-password"), "the value is never printed");
        }
        finally
        {
            File.Delete(file);
        }
    }

#endif

    [Test]
    public void SecretKeysAreReadFromPulumiConfigSecretKeysAsTheSdkReadsThem()
    {
        var previous = Environment.GetEnvironmentVariable(ConfigKeys.PulumiConfigSecretKeysVariable);
        try
        {
            Environment.SetEnvironmentVariable(ConfigKeys.PulumiConfigSecretKeysVariable, """["numinia-infra:grafanaAdminPassword","numinia-infra:config:other"]""");
            Assert.That(ConfigKeys.SecretKeysFromEnvironment(), Is.EquivalentTo(new[] { "numinia-infra:grafanaAdminPassword", "numinia-infra:other" }));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ConfigKeys.PulumiConfigSecretKeysVariable, previous);
        }
    }
}
