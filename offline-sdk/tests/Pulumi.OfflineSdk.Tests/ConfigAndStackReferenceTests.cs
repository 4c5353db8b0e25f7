using System.Collections.Immutable;
using NUnit.Framework;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Pulumi.OfflineSdk.Tests;

[TestFixture]
[NonParallelizable]
public sealed class ConfigAndStackReferenceTests
{
    private static readonly TestOptions Preview = new() { ProjectName = "proj", StackName = "dev", IsPreview = true };

    [TearDown]
    public void ClearConfig() => Environment.SetEnvironmentVariable("PULUMI_CONFIG", null);

    private sealed record Limits(int Min, int Max);

    [Test]
    public async Task ConfigReadsTypedValuesObjectsAndSecretsFromPulumiConfig()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG",
            """{"proj:name":"numinia","proj:count":"3","proj:enabled":"true","proj:limits":"{\"Min\":1,\"Max\":5}","aws:region":"eu-west-1","proj:password":"s3cret"}""");
        string? name = null;
        int? count = null;
        bool? enabled = null;
        Limits? limits = null;
        string? region = null;
        Output<string>? password = null;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            var config = new Config();
            name = config.Require("name");
            count = config.GetInt32("count");
            enabled = config.GetBoolean("enabled");
            limits = config.RequireObject<Limits>("limits");
            region = new Config("aws").Get("region");
            password = config.RequireSecret("password");
        });

        Assert.Multiple(async () =>
        {
            Assert.That(name, Is.EqualTo("numinia"));
            Assert.That(count, Is.EqualTo(3));
            Assert.That(enabled, Is.True);
            Assert.That(limits, Is.EqualTo(new Limits(1, 5)));
            Assert.That(region, Is.EqualTo("eu-west-1"));
            Assert.That(await Output.IsSecretAsync(password!), Is.True);
        });
    }

    [Test]
    public void RequireOnAMissingKeyNamesTheKey()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", "{}");
        var error = Assert.ThrowsAsync(Is.InstanceOf<RunException>(), () => Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            new Config().Require("clusterName");
        }));
        Assert.That(error!.Message, Does.Contain("proj:clusterName"));
    }

    [Test]
    public void AMalformedTypedValueNamesTheKeyAndTheValue()
    {
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", """{"proj:count":"three"}""");
        var error = Assert.ThrowsAsync(Is.InstanceOf<RunException>(), () => Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            new Config().GetInt32("count");
        }));
        Assert.That(error!.Message, Does.Contain("proj:count").And.Contain("three"));
    }

    [Test]
    public async Task StackReferenceOutputsComeFromTheMocksAndKeepSecrets()
    {
        Output<object?>? vpcId = null;
        Output<object>? kubeconfig = null;
        await Deployment.TestAsync(new StackReferenceMocks(), Preview, () =>
        {
            var reference = new StackReference("numinia/numinia-infra/prod");
            vpcId = reference.GetOutput("vpcId");
            kubeconfig = reference.RequireOutput("kubeconfig");
        });

        Assert.That(await OutputUtilities.GetValueAsync(vpcId!), Is.EqualTo("vpc-123"));
        Assert.That(await Output.IsSecretAsync(vpcId!), Is.False);
        Assert.That(await Output.IsSecretAsync(kubeconfig!), Is.True);
    }

    private sealed class StackReferenceMocks : IMocks
    {
        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            Assert.That(args.Type, Is.EqualTo("pulumi:pulumi:StackReference"));
            Assert.That(args.Inputs["name"], Is.EqualTo("numinia/numinia-infra/prod"));
            var state = new Dictionary<string, object>
            {
                ["name"] = args.Inputs["name"],
                ["outputs"] = new Dictionary<string, object> { ["vpcId"] = "vpc-123", ["kubeconfig"] = "apiVersion: v1" },
                ["secretOutputNames"] = ImmutableArray.Create("kubeconfig"),
            };
            return Task.FromResult<(string?, object)>((args.Name, state));
        }

        public Task<object> CallAsync(MockCallArgs args) => throw new NotSupportedException(args.Token);
    }
}
