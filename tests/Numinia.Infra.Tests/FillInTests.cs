using Numinia.Stacks.Config;
using NUnit.Framework;
#if PULUMI_OFFLINE
using Numinia.Infra.Plan;
#endif

namespace Numinia.Infra.Tests;

/// <summary>
/// A value the live platform's repositories do not hold is a placeholder in the stack file (<c>"&lt;fill in: …&gt;"</c>): the
/// offline plan plans with the key's default and names it, and the program refuses it, so neither <c>pulumi preview</c>
/// nor <c>pulumi up</c> runs with it.
/// </summary>
[NonParallelizable]
public sealed class FillInTests
{
    private static Func<string, string?> Config(params (string Key, string Value)[] values) => Harness.ConfigLookup(values, Harness.RequiredStackConfig);

    [TestCase("<fill in: the live bucket's name>", "the live bucket's name")]
    [TestCase("[\"<fill in: private_subnets of env.hcl>\"]", "private_subnets of env.hcl")]
    [TestCase("[\"\\u003Cfill in: escaped as Pulumi hands it\\u003E\"]", "escaped as Pulumi hands it")]
    public void APlaceholderIsRecognisedAloneOrAsAListItem(string value, string hint)
        => Assert.That(ConfigKeys.FillInHint(value), Is.EqualTo(hint));

    [TestCase("numinia-statics")]
    [TestCase("a <fill in: x>")]
    [TestCase("<fill in: never closed")]
    [TestCase("[\"10.0.0.0/19\"]")]
    [TestCase("[not json")]
    public void AValueIsAPlaceholderOnlyWhenItIsOneWhole(string value)
        => Assert.That(ConfigKeys.FillInHint(value), Is.Null);

    [Test]
    public void TheProgramRefusesAPlaceholderNamingItsKeyAndWhatToFillIn()
    {
        var error = Assert.Throws<ConfigValidationException>(() => ConfigReader.Read(Config(
            ("privateSubnetCidrs", "[\"<fill in: private_subnets of the live env.hcl>\"]"),
            ("staticsBucketName", "<fill in: the live bucket's name>"))))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("numinia-infra:privateSubnetCidrs: is a placeholder to fill in before pulumi preview or up: private_subnets of the live env.hcl"));
            Assert.That(error.Message, Does.Contain("numinia-infra:staticsBucketName: is a placeholder to fill in before pulumi preview or up: the live bucket's name"));
            Assert.That(error.Message, Does.Not.Contain("is not an IPv4 CIDR block").And.Not.Contain("is not an S3 bucket name"), "a placeholder is reported once, as a placeholder");
        });
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheOfflinePlanNamesEachPlaceholderOfProdAndPlansItsDefault()
    {
        var (code, _, error) = await Harness.PlanAsync("--quiet");
        Assert.That(code, Is.Zero, error);
        Assert.That(error, Does.Contain("note: numinia-infra:privateSubnetCidrs is a placeholder to fill in before pulumi preview or up (private_subnets of the live env.hcl")
            .And.Contain("note: numinia-infra:publicSubnetCidrs is a placeholder to fill in before pulumi preview or up (public_subnets of the live env.hcl"));
        Assert.That(StackConfigFile.Load(Harness.RepoRoot, "prod", []).Values, Does.Not.ContainKey("numinia-infra:privateSubnetCidrs").Or.Not.ContainValue("[\"<fill in:"),
            "the plan runs on the default, not on the placeholder");
    }

    [Test]
    public async Task PlanningAsPulumiUpWouldRefusesEveryPlaceholder()
    {
        var (code, _, error) = await Harness.PlanAsync("--require-secrets", "--config", "grafanaAdminPassword=a-grafana-password-for-tests", "--quiet");
        Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig), error);
        Assert.That(error, Does.Contain("numinia-infra:privateSubnetCidrs: is a placeholder to fill in").And.Contain("numinia-infra:publicSubnetCidrs: is a placeholder to fill in"));
    }
#endif
}
