using System.Text.RegularExpressions;
using Numinia.Infra.Plan;
using Numinia.Stacks;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;
using Pulumi.Testing;

namespace Numinia.Infra.Tests;

/// <summary>
/// The keys a stack is given: every key of the project's namespace must be one Pulumi.yaml declares, and a namespace that
/// only looks like the project's is refused; keys of providers and the engine stay allowed. The Pulumi CLI checks only the
/// keys the project declares and hands the program any other key unchecked (pulumi/pulumi v3.259.0,
/// pkg/workspace/config.go, mergeConfig), so the program checks them itself, from PULUMI_CONFIG.
/// </summary>
[NonParallelizable]
public sealed class ConfigKeysTests
{
    private static Func<string, string?> Lookup(params (string Key, string Value)[] values) => Harness.ConfigLookup(values, Harness.RequiredStackConfig);

    private static IEnumerable<string> KeysOf(params string[] extra)
        => Harness.RequiredStackConfig.Select(k => $"numinia-infra:{k.Key}").Append("aws:region").Concat(extra);

    [Test]
    public void TheDeclaredKeysAreThoseOfPulumiYamlAndOrganizations()
    {
        var project = File.ReadAllText(Path.Combine(Harness.RepoRoot, "Pulumi.yaml"));
        var config = project[project.IndexOf("\nconfig:", StringComparison.Ordinal)..];
        var declared = Regex.Matches(config, @"^  ([A-Za-z]\w*):\s", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Append("organizations");

        Assert.That(ConfigKeys.Declared, Is.EquivalentTo(declared));
    }

    [TestCase("vpcCidrr", "numinia-infra:vpcCidr")]
    [TestCase("natGateway", "numinia-infra:natGateways")]
    [TestCase("organisation", "numinia-infra:organization")]
    [TestCase("platformStak", "numinia-infra:platformStack")]
    [TestCase("GpuMaxSize", "numinia-infra:gpuMaxSize")]
    [TestCase("computeMinSise", "numinia-infra:computeMinSize")]
    public void AnUndeclaredKeyOfTheProjectIsRefusedNamingTheNearestDeclaredKey(string key, string suggestion)
    {
        var error = Assert.Throws<ConfigValidationException>(() => ConfigReader.Read(Lookup(), KeysOf($"numinia-infra:{key}")))!;

        Assert.That(error.Problems.Single().ToString(), Does.StartWith($"numinia-infra:{key}: is not a key of numinia-infra").And.EndWith($"did you mean {suggestion}?"));
    }

    [TestCase("numinia_infra:vpcCidr")]
    [TestCase("numiniainfra:vpcCidr")]
    [TestCase("Numinia-Infra:vpcCidr")]
    [TestCase("numinia-infr:vpcCidr")]
    public void ANamespaceThatLooksLikeTheProjectsIsRefused(string key)
    {
        var error = Assert.Throws<ConfigValidationException>(() => ConfigReader.Read(Lookup(), KeysOf(key)))!;

        Assert.That(error.Problems.Single().ToString(), Does.Contain("which is not the project's (numinia-infra)").And.EndWith("did you mean numinia-infra:vpcCidr?"));
    }

    [Test]
    public void ADoubledPrefixIsRefusedNamingTheKeyMeant()
    {
        var error = Assert.Throws<ConfigValidationException>(() => ConfigReader.Read(Lookup(), KeysOf("numinia-infra:numinia-infra:vpcCidr")))!;

        Assert.That(error.Problems.Single().ToString(), Does.EndWith("did you mean numinia-infra:vpcCidr?"));
    }

    [Test]
    public void KeysOfProvidersAndTheEngineAreAllowed()
    {
        var keys = KeysOf("aws:profile", "aws:skipCredentialsValidation", "kubernetes:context", "pulumi:tags", "pulumi:disable-default-providers");

        Assert.DoesNotThrow(() => ConfigReader.Read(Lookup(), keys));
    }

    [Test]
    public void ATenantStacksKeysAreDeclared()
    {
        var keys = new[] { "numinia-infra:organization", "numinia-infra:platformStack", "numinia-infra:organizations", "numinia-infra:tenancy", "numinia-infra:fluxDeployKey" };

        Assert.DoesNotThrow(() => ConfigReader.ReadTenantStack(Harness.ConfigLookup(new[] { ("organization", "numinia"), ("fluxDeployKey", "a-deploy-key-for-tests") }), keys));
    }

    /// <summary>
    /// The language host puts the run's config in PULUMI_CONFIG (pulumi-dotnet v3.112.1, pulumi-language-dotnet/main.go,
    /// constructEnv) and the SDK reads it cleaning "ns:config:key" to "ns:key" (sdk/Pulumi/Deployment/Deployment_Config.cs).
    /// </summary>
    [Test]
    public void TheKeysAreReadFromPulumiConfigAsTheSdkReadsThem()
    {
        var previous = Environment.GetEnvironmentVariable(ConfigKeys.PulumiConfigVariable);
        try
        {
            Environment.SetEnvironmentVariable(ConfigKeys.PulumiConfigVariable,
                """{"numinia-infra:config:vpcCidrr":"10.0.0.0/16","aws:region":"eu-west-1","numinia-infra:accountId":"111122223333"}""");

            Assert.That(ConfigKeys.FromEnvironment(), Is.EquivalentTo(new[] { "numinia-infra:vpcCidrr", "aws:region", "numinia-infra:accountId" }));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ConfigKeys.PulumiConfigVariable, previous);
        }
    }

    /// <summary>
    /// Under the engine (pulumi preview, up) the stack is built from Deployment.RunAsync with the config in PULUMI_CONFIG: a
    /// misspelt key fails the run as a RunException, which the SDK prints without a stack trace (Deployment.Runner.cs,
    /// LogExceptionToErrorStream), naming the key.
    /// </summary>
    [Test]
    public async Task AMisspeltKeyFailsTheProgramUnderTheEngineAsAConfigProblem()
    {
        var config = Harness.ProdConfig("natGateway=perAz");
        using var environment = ConfigEnvironment.Enter(config);

        var error = Assert.CatchAsync<RunException>(() => Deployment.TestWithServiceProviderAsync<Stack>(new PlanMocks(), new StackSelector(),
            new TestOptions { ProjectName = "numinia-infra", StackName = "prod", IsPreview = true }))!;

        Assert.That(error.Message, Does.Contain("numinia-infra:natGateway: is not a key of numinia-infra").And.Contain("did you mean numinia-infra:natGateways?"));
        Assert.That(error.Message, Does.Not.Match(@"\n\s+at \S+\("), "a stack trace");
        await Task.CompletedTask;
    }
}
