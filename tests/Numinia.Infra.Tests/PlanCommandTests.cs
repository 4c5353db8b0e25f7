#if PULUMI_OFFLINE
using System.Text.Json;
using Numinia.Infra.Plan;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>The plan command as a person runs it: its output, its JSON and its answer to bad config.</summary>
[NonParallelizable]
public sealed class PlanCommandTests
{
    private static Task<(int Code, string Out, string Err)> PlanAsync(params string[] args) => Harness.PlanAsync(args);

    [Test]
    public async Task ThePlanPrintsTheTreeCountsAndOutputs()
    {
        var (code, output, _) = await PlanAsync();
        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("Previewing numinia-infra/prod"));
        Assert.That(output, Does.Contain("numinia:network:Network"));
        Assert.That(output, Does.Contain("└─ aws:ec2/vpc:Vpc"));
        Assert.That(output, Does.Match(@"\s9\s+aws:ec2/subnet:Subnet"));
        Assert.That(output, Does.Contain("vpcCidr: \"10.0.0.0/16\""));
    }

    [Test]
    public async Task JsonWritesTheFullPlan()
    {
        var file = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, _) = await PlanAsync("--json", file);
            Assert.That(code, Is.Zero);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            Assert.That(json.RootElement.GetProperty("stack").GetString(), Is.EqualTo("prod"));
            Assert.That(json.RootElement.GetProperty("resourceCount").GetInt32(), Is.GreaterThan(30));
            Assert.That(json.RootElement.GetProperty("outputs").GetProperty("vpcCidr").GetString(), Is.EqualTo("10.0.0.0/16"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task ABadConfigExitsNonZeroWithEveryMessageAndNoStackTrace()
    {
        var (code, output, error) = await PlanAsync("--config", "vpcCidr=10.0.0.0/40", "--config", "natGateways=lots");
        Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig));
        Assert.That(error, Does.Contain("numinia-infra:vpcCidr: '10.0.0.0/40' is not an IPv4 CIDR block"));
        Assert.That(error, Does.Contain("numinia-infra:natGateways: 'lots' is not a NAT mode"));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(output, Does.Not.Contain("Previewing"), "nothing is planned from a bad config");
    }

    // The catalogue of bad values, one named test each through this command, is ConfigCatalogueTests.

    [Test]
    public async Task AMissingRequiredSecretIsRejectedWhenSecretsAreRequired()
    {
        var (code, _, error) = await PlanAsync("--require-secrets");
        Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig));
        Assert.That(error, Does.Contain("numinia-infra:grafanaAdminPassword: is missing; set it with pulumi config set --secret grafanaAdminPassword"));
    }

    [Test]
    public async Task AMissingSecretIsPlannedWithAPlaceholderAndANote()
    {
        var (code, _, error) = await PlanAsync();
        Assert.That(code, Is.EqualTo(0));
        Assert.That(error, Does.Contain("the secret numinia-infra:grafanaAdminPassword is not set in the stack file; planned with a placeholder"));
    }

    [Test]
    public async Task AnUnknownOptionIsAUsageError()
    {
        var (code, _, error) = await PlanAsync("--stak", "prod");
        Assert.That(code, Is.EqualTo(PlanCommand.Usage));
        Assert.That(error, Does.Contain("Unknown option '--stak'"));
    }

    [Test]
    public async Task AMissingStackFileIsNamed()
    {
        var (code, _, error) = await PlanAsync("--stack", "qa");
        Assert.That(code, Is.EqualTo(PlanCommand.Usage));
        Assert.That(error, Does.Contain("Pulumi.qa.yaml does not exist"));
    }
}
#endif
