#if PULUMI_OFFLINE
using System.Collections.Immutable;
using CsCheck;
using Numinia.Infra.Plan;
using Numinia.Stacks.Config;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// Property-based tests of the config (CsCheck, <see cref="ConfigPropertyGenerators"/>): valid input plans, invalid input
/// is refused naming the right key, nothing throws, and the same input gives the same result. Each property runs a fixed
/// number of cases from a fixed seed (FixedSample), on one thread (the plan command sets the process's directory and environment), and
/// a failure prints its shrunk, minimal counterexample with the seed that reproduces it. The hand-written catalogue
/// (ConfigCatalogue) stays the readable examples.
/// </summary>
[NonParallelizable]
public sealed class ConfigPropertyTests
{
    /// <summary>Cases per property: many where the config reader alone decides, fewer where the whole plan command runs.</summary>
    public const int ReaderCases = 400;

    /// <summary>Cases of a property that plans valid configs in full (each a whole plan of the prod stack).</summary>
    public const int PlanCases = 20;

    /// <summary>Cases of a property that runs the plan command on input it refuses (fast: the config is read first).</summary>
    public const int CommandCases = 120;

    /// <summary>Cases of the property that runs each input twice.</summary>
    public const int RepeatCases = 30;

    private static readonly Lazy<StackConfigFile> s_prod = new(() => Harness.NewPlatformConfig());

    /// <summary>The config reader's answer for a case, as the stack it makes (platform or tenant) reads it; null when it is read.</summary>
    private static ConfigValidationException? Read(ConfigCase config)
    {
        var values = new Dictionary<string, string>(s_prod.Value.Values, StringComparer.Ordinal);
        foreach (var (key, value) in config.Overrides)
        {
            values[key.Contains(':', StringComparison.Ordinal) ? key : $"numinia-infra:{key}"] = value;
        }

        try
        {
            if (TenantStackConfig.IsTenantStack(values.GetValueOrDefault))
            {
                ConfigReader.ReadTenantStack(values.GetValueOrDefault, values.Keys, "numinia-infra/prod");
            }
            else
            {
                ConfigReader.Read(values.GetValueOrDefault, values.Keys);
            }

            return null;
        }
        catch (ConfigValidationException e)
        {
            return e;
        }
    }

    private static void AssertNoCrash(int code, string error)
    {
        Assert.That(code, Is.AnyOf(0, PlanCommand.InvalidConfig, PlanCommand.Usage), error);
        Assert.That(error, Does.Not.Match(@"\n\s+at \S+\(").And.Not.Contain("unhandled exception"), "a stack trace");
    }

    [Test]
    public void ValidConfigIsReadWithoutAProblem()
        => FixedSample.Check(ConfigPropertyGenerators.Valid, c =>
        {
            var refused = Read(c);
            Assert.That(refused, Is.Null, refused?.Message);
        }, ReaderCases, c => c.ToString());

    [Test]
    public async Task ValidConfigPlans()
        => await FixedSample.CheckAsync(ConfigPropertyGenerators.Valid, async c =>
        {
            var (code, output, error) = await Harness.PlanAsync(["--quiet", .. c.Arguments]);
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain("Previewing numinia-infra/prod"));
        }, PlanCases, c => c.ToString());

    [Test]
    public void InvalidConfigIsRefusedNamingItsKey()
        => FixedSample.Check(ConfigPropertyGenerators.Invalid, c =>
        {
            var refused = Read(c);
            Assert.That(refused, Is.Not.Null, "planned as if nothing were wrong");
            Assert.That(refused!.Problems.Select(p => p.Key), Does.Contain(c.ExpectedKey), refused.Message);
        }, ReaderCases, c => c.ToString());

    [Test]
    public async Task InvalidConfigFailsThePlanNamingItsKey()
        => await FixedSample.CheckAsync(ConfigPropertyGenerators.Invalid, async c =>
        {
            var (code, output, error) = await Harness.PlanAsync(["--quiet", .. c.Arguments]);
            AssertNoCrash(code, error);
            Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig), error);
            Assert.That(error, Does.Contain($"  - {c.ExpectedKey}: "));
            Assert.That(output, Is.Empty, "nothing is planned");
        }, CommandCases, c => c.ToString());

    [Test]
    public void NothingThrowsFromTheReaderWhateverTheValues()
        => FixedSample.Check(ConfigPropertyFiles.AnyValues, overrides =>
        {
            var config = new ConfigCase("any values", overrides, null);
            Assert.DoesNotThrow(() => Read(config));
        }, ReaderCases * 5, o => new ConfigCase("any values", o, null).ToString());

    [Test]
    public async Task NothingThrowsFromThePlanWhateverTheStackFile()
    {
        var folder = Directory.CreateTempSubdirectory("stack-file-property-").FullName;
        try
        {
            await FixedSample.CheckAsync(ConfigPropertyFiles.AnyStack, async stack =>
            {
                var (code, _, error) = await ConfigPropertyFiles.PlanAsync(folder, stack);
                AssertNoCrash(code, error);
            }, CommandCases, s => s.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task TheSameInputGivesTheSameResult()
    {
        var folder = Directory.CreateTempSubdirectory("stack-file-property-").FullName;
        try
        {
            var inputs = Gen.OneOf(ConfigPropertyFiles.AnyStack, ConfigPropertyGenerators.Invalid.Select(c => new StackInput(null, c.Overrides)),
                ConfigPropertyGenerators.Valid.Select(c => new StackInput(null, c.Overrides)));
            await FixedSample.CheckAsync(inputs, async stack =>
            {
                var first = await ConfigPropertyFiles.PlanAsync(folder, stack);
                var second = await ConfigPropertyFiles.PlanAsync(folder, stack);
                Assert.That(second, Is.EqualTo(first));
            }, RepeatCases, s => s.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A whole input of the plan command: a stack file's text (null for the prod stack) and <c>--config</c> overrides.</summary>
public sealed record StackInput(string? File, ImmutableArray<(string Key, string Value)> Overrides)
{
    /// <inheritdoc />
    public override string ToString()
        => (File is null ? "--stack prod" : $"stack file:\n{File}\n") + " " + new ConfigCase("input", Overrides, null);
}

/// <summary>Generators of whole stack files and of any values for any key: what a user's typos and copy-paste produce.</summary>
public static class ConfigPropertyFiles
{
    private static readonly string s_prod = File.ReadAllText(Path.Combine(Harness.RepoRoot, "Pulumi.prod.yaml"));

    // Pieces of YAML that are often wrong: brackets left open, a second document, keys that are lists or maps, nulls,
    // aliases, tabs, block scalars, duplicate keys, look-alike namespaces, values of the wrong shape.
    private static readonly string[] s_fragments =
    {
        "  numinia-infra:availabilityZones: [eu-west-1a", "---", "- a", "  [a, b]: c", "  {a: b}: c", "config: 5", "config:", "  numinia-infra:vpcCidr:",
        "  numinia-infra:organizations: [{name: null}]", "  numinia-infra:organizations: {name: x}", "  numinia-infra:generalLabels: &a [*a]",
        "  numinia-infra:vpcCidr: 010.0.0.0/16", "  numinia-infra:vpcCidr: 10.0.0.0/16", "  numinia-infra:grafanaStorageSize: 1e99999",
        "  numinia-infra:availabilityZones: [null]", "  numinia_infra:natGateways: single", "  numinia-infra:natGateway: perAz",
        "  numinia-infra:vpcName: |\n    numinia-vpc", "\t", "\"", "'", "  ? complex\n  : key", "  numinia-infra:clusterAdminArns: ~",
        "  numinia-infra:generalMinSize: 010", "  numinia-infra:generalMinSize: 0x10", "  numinia-infra:efsEnabled: yes",
        "  numinia-infra:generalTaints: [\"a=b:NoSchedule\", {x: y}]", "  numinia-infra:organizations:\n    - name: a\n      environments: 5",
        "  numinia-infra:secretNamePrefixes: " + new string('[', 40) + new string(']', 40), "  aws:region: eu-west-2", "  numinia-infra:organization: numinia",
        "  numinia-infra:platformStack: numinia/numinia-infra/prod", "  numinia-infra:tenancy: bogus", "%YAML 1.2", "!!binary |\n  AAAA", "  : value",
    };

    private static readonly Gen<string> s_text = Gen.Char["abc019:/-_.=[]{}\"', \n\t\u00e9\u0000"].Array[0, 12].Select(a => new string(a));

    private static readonly Gen<string> s_value = Gen.OneOf(
        s_text, Gen.OneOf("", "null", "[]", "{}", "[null]", "[1,2]", "true", "-1", "99999999999999999999", "10.0.0.0/16", "0x0a.0.0.0/8",
            "[\"a\",null,{}]", "{\"name\":null}", "[{\"name\":\"a\",\"environments\":[{\"name\":\"pre\",\"quota\":{\"requestsCpu\":\"1e99\"}}]}]",
            "1000000000000000000000000000Ei", "m6i.xlarg", "db.t4g.mediun", "a b=c", "[\"a b=c\"]", "[\"k=v:NoSchedule\",\"k=v:NoSchedule\"]",
            new string('[', 70) + new string(']', 70), "[\"arn:aws:iam::111122223333:role/" + new string('r', 70) + "\"]"));

    private static readonly Gen<string> s_key = Gen.OneOf(Gen.OneOf(ConfigKeys.Declared.ToArray()), s_text,
        Gen.OneOf("aws:region", "numinia_infra:vpcCidr", "numinia-infra:numinia-infra:vpcCidr", ":", "a:", ":b", "organisation"));

    private static readonly Gen<(string Key, string Value)> s_override = Gen.Select(s_key, s_value, (k, v) => (k, v));

    /// <summary>Any values, for any keys: declared ones, unknown ones, malformed ones.</summary>
    public static readonly Gen<ImmutableArray<(string Key, string Value)>> AnyValues = s_override.Array[1, 8].Select(a => a.ToImmutableArray());

    private static readonly Gen<(int Kind, int Line, string Fragment, char Character)> s_edit = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 200],
        Gen.OneOf(s_fragments), Gen.Char["\t :#[]{}'\"-&*!|>%@`\n"], (kind, line, fragment, character) => (kind, line, fragment, character));

    private static string Edit(string text, (int Kind, int Line, string Fragment, char Character) edit)
    {
        var lines = text.Split('\n').ToList();
        var at = edit.Line % Math.Max(lines.Count, 1);
        switch (edit.Kind)
        {
            case 0:
                lines.Insert(at, edit.Fragment);
                break;
            case 1 when lines.Count > 1:
                lines.RemoveAt(at);
                break;
            case 2:
                lines.Insert(at, lines[at]);
                break;
            case 3:
                lines[at] = lines[at].Length == 0 ? edit.Character.ToString() : lines[at].Insert(edit.Line % lines[at].Length, edit.Character.ToString());
                break;
            case 4:
                lines[at] = "  " + lines[at];
                break;
            default:
                return string.Join('\n', lines)[..(edit.Line * 17 % Math.Max(text.Length, 1))];
        }

        return string.Join('\n', lines);
    }

    /// <summary>The prod stack file with up to six edits, and up to three overrides.</summary>
    public static readonly Gen<StackInput> AnyStack = Gen.Select(s_edit.Array[0, 6], s_override.Array[0, 3],
        (edits, overrides) => new StackInput(edits.Aggregate(s_prod, Edit), overrides.ToImmutableArray()));

    /// <summary>Runs the plan command on <paramref name="input"/>, its stack file written into <paramref name="folder"/>.</summary>
    public static async Task<(int Code, string Out, string Err)> PlanAsync(string folder, StackInput input)
    {
        var arguments = new List<string> { "--quiet" };
        if (input.File is not null)
        {
            var file = Path.Combine(folder, "Pulumi.generated.yaml");
            await File.WriteAllTextAsync(file, input.File);
            arguments.AddRange(new[] { "--stack", file });
        }

        arguments.AddRange(new ConfigCase("input", input.Overrides, null).Arguments);
        return await Harness.PlanAsync(arguments.ToArray());
    }
}
#endif
