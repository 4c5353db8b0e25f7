using System.Text.Json.Nodes;
using Numinia.Infra.Plan;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

[NonParallelizable]
public sealed class MockViewTests
{
    [Test]
    public async Task TheMockViewOfProdHasEveryResourceOnceAndTheAwsProvidersSettingsAsJsonText()
    {
        // The view is what the two SDK builds are compared by: every resource's URN, one registration for each
        // resource but the stack (the stack is not handed to the mocks), inputs as the mocks see them.
        var view = await MockView.BuildAsync(Harness.ProdConfig());

        var urns = view["urns"]!.AsArray().Select(u => u!.GetValue<string>()).ToArray();
        var registrations = view["registrations"]!.AsArray().Select(r => r!.AsObject()).ToArray();
        var provider = registrations.Single(r => r["type"]!.GetValue<string>() == "pulumi:providers:aws");
        var accounts = provider["inputs"]!["allowedAccountIds"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(urns, Is.Unique.And.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(registrations, Has.Length.EqualTo(urns.Length - 1));
            Assert.That(urns.Count(u => u.Contains("::pulumi:pulumi:Stack::", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(accounts, Does.StartWith("[ \"").And.EndWith("\" ]"), "a json input reaches the mocks as the real SDK's JSON text");
        });
    }

    [TestCase("prod-numinia", "is a tenant stack")]
    [TestCase("no-such-stack", "Pulumi.no-such-stack.yaml does not exist")]
    public async Task MockViewRefusesWhatItCannotShowWithAMessageNotAStackTrace(string stack, string message)
    {
        // A tenant stack reads its platform's outputs, which do not cross the mock interface; a missing stack file is a usage error.
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await MockView.RunAsync(["--stack", stack], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error.ToString(), Does.StartWith("mock-view: ").And.Contain(message).And.Not.Contain("   at "));
            Assert.That(output.ToString(), Is.Empty);
        });
    }
}
