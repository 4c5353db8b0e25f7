#if PULUMI_OFFLINE
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// Every bad value of the catalogue, through the plan command as a user runs it: exit code 2, the key where
/// the value was written, the value and what is expected, no stack trace and nothing planned.
/// </summary>
[TestFixture]
public class ConfigCatalogueTests
{
    private static IEnumerable<TestCaseData> Catalogue()
        => ConfigCatalogue.Cases.Select(c => new TestCaseData(c).SetName($"BadConfig_{c.Name}"));

    [TestCaseSource(nameof(Catalogue))]
    public async Task ABadValueFailsThePlanNamingItsKeyAndValue(ConfigCatalogue.BadValue bad)
    {
        var (code, output, error) = await Harness.PlanAsync("--config", $"{bad.Key}={bad.Value}");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), error);
            Assert.That(error, Does.Contain(bad.Line("numinia-infra")));
            Assert.That(error, Does.Not.Match(@"\n\s+at \S+\("), "a stack trace");
            Assert.That(output, Is.Empty, "nothing is planned");
        });
    }

    /// <summary>Rule: an existing GuardDuty detector named while GuardDuty is off is refused (its findings would reach no one).</summary>
    [Test]
    public async Task AGuardDutyDetectorIdWithGuardDutyOffFailsThePlan()
    {
        const string id = "12abc34d567e8fa901bc2d34e56789f0";
        var (code, output, error) = await Harness.PlanAsync("--config", "guardDutyEnabled=false", "--config", $"guardDutyDetectorId={id}");
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain($"numinia-infra:guardDutyDetectorId: '{id}'").And.Contain("while guardDutyEnabled is false"));
        Assert.That(output, Is.Empty, "nothing is planned");
    }

    /// <summary>Rule: every key the project declares (and the organizations list) has at least one bad-value case.</summary>
    [Test]
    public void EveryDeclaredConfigKeyHasABadValueCase()
    {
        var project = File.ReadAllText(Path.Combine(Harness.RepoRoot, "Pulumi.yaml"));
        var config = project[project.IndexOf("\nconfig:", StringComparison.Ordinal)..];
        var declared = Regex.Matches(config, @"^  ([A-Za-z][\w:]*):", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Append("organizations") // documented in a comment: project config cannot declare a list of objects
            .Distinct()
            .ToArray();
        var covered = ConfigCatalogue.Cases.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        Assert.That(declared, Has.Length.GreaterThan(80), "the declared keys were read");
        Assert.That(declared.Where(k => !covered.Contains(k)), Is.Empty, "declared keys without a bad-value case");
    }

    /// <summary>Rule: each case names a distinct test and says what the error must expect.</summary>
    [Test]
    public void EveryCaseHasItsOwnNameAndAnExpectation()
    {
        Assert.That(ConfigCatalogue.Cases.Select(c => c.Name), Is.Unique);
        Assert.That(ConfigCatalogue.Cases.Where(c => c.Expected.Length < 5).Select(c => c.Name), Is.Empty, "cases without an expected message");
    }
}
#endif
