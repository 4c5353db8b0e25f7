#if PULUMI_OFFLINE
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>A tenant stack's own keys are held to the same rules as the platform stack's, through the plan command.</summary>
[NonParallelizable]
public sealed class TenantStackConfigTests
{
    private static async Task<string> RefusedAsync(params string[] overrides)
    {
        var (code, output, error) = await Harness.PlanAsync(["--stack", "prod-numinia", "--quiet", .. overrides.SelectMany(o => new[] { "--config", o })]);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), error);
            Assert.That(error, Does.Not.Match(@"\n\s+at \S+\(").And.Not.Contain("unhandled exception"), "a stack trace");
            Assert.That(output, Is.Empty, "nothing is planned");
        });
        return error;
    }

    [Test]
    public async Task ATenancyThatIsNoTenancyIsRefusedInATenantStack()
        => Assert.That(await RefusedAsync("tenancy=bogus"), Does.Contain("numinia-infra:tenancy: 'bogus' is not a tenancy"));

    [Test]
    public async Task APlatformStackNamingTheTenantStackItselfIsRefused()
        => Assert.That(await RefusedAsync("platformStack=numinia/numinia-infra/prod-numinia"),
            Does.Contain("numinia-infra:platformStack: 'numinia/numinia-infra/prod-numinia' names this stack itself"));

    [Test]
    public async Task AMisspeltKeyOfATenantStackIsRefusedWithASuggestion()
        => Assert.That(await RefusedAsync("platformStak=numinia/numinia-infra/prod"),
            Does.Contain("numinia-infra:platformStak: is not a key of numinia-infra").And.Contain("did you mean numinia-infra:platformStack?"));
}
#endif
