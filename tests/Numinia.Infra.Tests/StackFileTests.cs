#if PULUMI_OFFLINE
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// A stack file the YAML parser takes but that is not one mapping of keys to values is a config error (exit 2) naming
/// its line, never a stack trace or a usage error; a file the parser refuses is one too.
/// </summary>
[NonParallelizable]
public sealed class StackFileTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("stack-file-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private const string Required = """
        config:
          numinia-infra:accountId: "111122223333"
          numinia-infra:clusterAdminArns: [arn:aws:iam::111122223333:role/admin]

        """;

    private async Task<string> RefusedAsync(string yaml)
    {
        var file = Path.Combine(_folder, "Pulumi.bad.yaml");
        await File.WriteAllTextAsync(file, yaml);
        var (code, output, error) = await Harness.PlanAsync("--stack", file, "--quiet");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), error);
            Assert.That(error, Does.Not.Match(@"\n\s+at \S+\("), "a stack trace");
            Assert.That(output, Is.Empty, "nothing is planned");
        });
        return error;
    }

    [Test]
    public async Task AProblemWithAValueNamesTheLineThatSetsIt()
        => Assert.That(await RefusedAsync(Required + "  numinia-infra:vpcCidr: 010.0.0.0/16\n  numinia-infra:natGateway: perAz\n"), Does
            .Contain("numinia-infra:vpcCidr: '010.0.0.0/16' is not an IPv4 CIDR block").And.Contain("(Pulumi.bad.yaml line 4)")
            .And.Contain("did you mean numinia-infra:natGateways? (Pulumi.bad.yaml line 5)"));

    [TestCase("- a\n- b\n", "Pulumi.bad.yaml line 1: is a list, not a mapping")]
    [TestCase("just text\n", "Pulumi.bad.yaml line 1: is a single value, not a mapping")]
    [TestCase("config: [a, b]\n", "Pulumi.bad.yaml line 1: has a config: that is a list")]
    public async Task AStackFileThatIsNotAMappingIsAConfigError(string yaml, string message)
        => Assert.That(await RefusedAsync(yaml), Does.Contain(message));

    [Test]
    public async Task AKeyThatIsAListOrAMapIsAConfigErrorNamingItsLine()
    {
        var error = await RefusedAsync(Required + "  [a, b]: 1\n  {c: d}: 2\n");
        Assert.That(error, Does.Contain("Pulumi.bad.yaml line 4: has a key that is a list").And.Contain("Pulumi.bad.yaml line 5: has a key that is a mapping"));
    }

    // One rule each, named as the rule: the lines after the required keys, and what the error must say.
    private static readonly (string Rule, string Lines, string Message)[] s_fileRules =
    {
        ("AnUnclosedBracketIsAConfigErrorNamingItsLine", "  numinia-infra:availabilityZones: [eu-west-1a\n", "Pulumi.bad.yaml line 5: is not valid YAML"),
        ("ADuplicateKeyIsAConfigErrorNotAUsageError", "  numinia-infra:vpcCidr: 10.0.0.0/16\n  numinia-infra:vpcCidr: 10.1.0.0/16\n",
            "Pulumi.bad.yaml line 5: is not valid YAML: Duplicate key numinia-infra:vpcCidr"),
        ("ASecondDocumentIsRefusedRatherThanIgnored", "---\nconfig:\n  numinia-infra:vpcCidr: 10.1.0.0/16\n", "Pulumi.bad.yaml line 5: starts a second YAML document"),
        ("AValueNestedDeeperThanAnyConfigShapeIsRefused", "  numinia-infra:generalLabels: " + new string('[', 70) + new string(']', 70) + "\n",
            "numinia-infra:generalLabels nests values more than 32 levels deep"),

        // YamlDotNet builds its tree recursively: this many brackets overflowed the stack and aborted the process.
        ("AFileNestedBeyondWhatTheYamlReaderCanBuildIsRefused", "  numinia-infra:generalLabels: " + new string('[', 300_000) + new string(']', 300_000) + "\n",
            "Pulumi.bad.yaml line 4: nests values more than 1000 levels deep"),
        ("ANullInsideAValueIsNullNotTheTextNull", "  numinia-infra:organizations:\n    - name: null\n", "numinia-infra:organizations[0].name: 'null' is not a string"),
        ("AValueEndingInANewlineFromABlockScalarIsRefused", "  numinia-infra:vpcName: |\n    numinia-vpc\n",
            "numinia-infra:vpcName: 'numinia-vpc\\n' starts or ends with whitespace"),
    };

    private static IEnumerable<TestCaseData> FileRules() => s_fileRules.Select(r => new TestCaseData(r.Lines, r.Message).SetName(r.Rule));

    [TestCaseSource(nameof(FileRules))]
    public async Task AStackFileProblemIsAConfigErrorNamingItsLine(string lines, string message)
        => Assert.That(await RefusedAsync(Required + lines), Does.Contain(message));

    [Test]
    public async Task AnAliasExpandingBeyondAnyConfigValueIsRefused()
    {
        var bomb = "  numinia-infra:namespaceQuotas:\n    - &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var level = 'b'; level <= 'g'; level++)
        {
            bomb += $"    - &{level} [{string.Join(", ", Enumerable.Repeat($"*{(char)(level - 1)}", 10))}]\n";
        }

        Assert.That(await RefusedAsync(Required + bomb), Does.Contain("numinia-infra:namespaceQuotas expands to more than 100000 values"));
    }

    [TestCase("  numinia-infra:vpcCidr:\n")]
    [TestCase("  numinia-infra:vpcCidr: null\n")]
    [TestCase("  numinia-infra:vpcCidr: ~\n")]
    public async Task AKeyWithoutAValueIsRefusedRatherThanPlannedAsTheTextNull(string line)
        => Assert.That(await RefusedAsync(Required + line), Does.Contain("Pulumi.bad.yaml line 4: numinia-infra:vpcCidr has no value"));
}
#endif
