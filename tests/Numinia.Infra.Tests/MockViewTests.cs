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
        var provider = registrations.Single(r => r["type"]!.GetValue<string>() == "pulumi:providers:aws" && r["name"]!.GetValue<string>() == "aws");
        var accounts = provider["inputs"]!["allowedAccountIds"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(urns, Is.Unique.And.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(registrations, Has.Length.EqualTo(urns.Length - 1));
            Assert.That(urns.Count(u => u.Contains("::pulumi:pulumi:Stack::", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(accounts, Does.StartWith("[ \"").And.EndWith("\" ]"), "a json input reaches the mocks as the real SDK's JSON text");
        });
    }

    [TestCase("no-such-stack", 2, "Pulumi.no-such-stack.yaml does not exist")]
    [TestCase("prod-numinia", 1, "still builds the organization 'numinia' inline")]
    public async Task MockViewRefusesWhatItCannotShowWithAMessageNotAStackTrace(string stack, int exitCode, string message)
    {
        // A missing stack file is a usage error; a tenant stack whose platform still builds its organization inline is
        // the program's own refusal, reported in one line.
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await MockView.RunAsync(["--stack", stack], output, error);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(exitCode));
            Assert.That(error.ToString(), Does.StartWith("mock-view: ").And.Contain(message).And.Not.Contain("   at "));
            Assert.That(output.ToString(), Is.Empty);
        });
    }

    [Test]
    public async Task ATenantStacksViewRunsAgainstItsPlatformsRunAndShowsTheOutputsItsReferenceRead()
    {
        // The platform's outputs come from its stack object on either SDK, secrets named as such; the tenant's providers
        // take the account, region and kubeconfig from them, so the view shows they crossed the stack reference.
        var file = Path.GetTempFileName();
        try
        {
            var error = new StringWriter();
            var code = await MockView.RunAsync(["--stack", "prod-numinia", "--platform-config", "tenancy=stacks", "--out", file], new StringWriter(), error);
            Assert.That(code, Is.EqualTo(0), error.ToString());

            var view = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
            var outputs = view["platformOutputs"]!.AsObject();
            var registrations = view["registrations"]!.AsArray().Select(r => r!.AsObject()).ToArray();
            JsonObject Provider(string type) => registrations.Single(r => r["type"]!.GetValue<string>() == type)["inputs"]!.AsObject();
            var value = (string name) => outputs[name]!["value"]!.GetValue<string>();
            Assert.Multiple(() =>
            {
                Assert.That(outputs.Select(o => o.Key), Is.EquivalentTo(typeof(Numinia.Stacks.Contract.PlatformOutputNames)
                    .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Where(f => f.IsLiteral)
                    .Select(f => (string)f.GetRawConstantValue()!)), "the contract's outputs, none of the SDK's own members");
                Assert.That(outputs["kubeconfig"]!["secret"]!.GetValue<bool>(), Is.True);
                Assert.That(outputs["clusterName"]!["secret"]!.GetValue<bool>(), Is.False);
                Assert.That(outputs["organizations"]!["value"]!.AsObject(), Is.Empty, "with tenancy=stacks the platform builds no organization");
                Assert.That(Provider("pulumi:providers:aws")["region"]!.GetValue<string>(), Is.EqualTo(value("region")));
                Assert.That(Provider("pulumi:providers:aws")["allowedAccountIds"]!.GetValue<string>(), Does.Contain(value("accountId")));
                Assert.That(Provider("pulumi:providers:kubernetes")["kubeconfig"]!.GetValue<string>(), Is.EqualTo(value("kubeconfig")));
                Assert.That(registrations.Count(r => r["type"]!.GetValue<string>() == "kubernetes:core/v1:Namespace"), Is.EqualTo(2), "numinia's pre and pro");
            });
        }
        finally
        {
            File.Delete(file);
        }
    }
}
