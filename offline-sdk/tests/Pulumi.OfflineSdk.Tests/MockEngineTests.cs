using System.Collections.Immutable;
using NUnit.Framework;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Pulumi.OfflineSdk.Tests;

[TestFixture]
[NonParallelizable]
public sealed class MockEngineTests
{
    private static readonly TestOptions Preview = new() { ProjectName = "proj", StackName = "dev", IsPreview = true };
    private static readonly TestOptions Update = new() { ProjectName = "proj", StackName = "dev", IsPreview = false };

    [Test]
    public async Task MocksReceiveTheTypeTokenNameAndSerializedInputs()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Preview, () =>
        {
            _ = new Widget("w", new WidgetArgs
            {
                Size = 3,
                Description = null,
                Tags = { { "Team", "platform" } },
                Zones = { "a", "b" },
                Settings = new WidgetSettingsArgs { EnableFeature = true },
            });
        });

        var args = mocks.Resources.Single(r => r.Type == "test:index/widget:Widget");
        Assert.Multiple(() =>
        {
            Assert.That(args.Name, Is.EqualTo("w"));
            Assert.That(args.Inputs.Keys, Is.EquivalentTo(new[] { "size", "tags", "zones", "settings" }), "wire names from [Input], nulls dropped");
            Assert.That(args.Inputs["size"], Is.EqualTo(3.0), "numbers travel as doubles, as over the engine's wire");
            Assert.That(args.Inputs["tags"], Is.EqualTo(ImmutableDictionary<string, object>.Empty.Add("Team", "platform")));
            Assert.That(args.Inputs["zones"], Is.EqualTo(new object[] { "a", "b" }));
            var settings = (IReadOnlyDictionary<string, object>)args.Inputs["settings"];
            Assert.That(settings.Keys, Is.EquivalentTo(new[] { "enableFeature" }), "nested args become maps without their null members");
            Assert.That(settings["enableFeature"], Is.EqualTo(true));
        });
    }

    [Test]
    public void ALoggedErrorFailsTheRunWithItsMessageOnceTheProgramHasRun()
    {
        // Pulumi's mock engine records each logged error and TestAsync throws it as a RunException after the run
        // (pulumi/pulumi-dotnet v3.112.1, sdk/Pulumi/Testing/MockEngine.cs, sdk/Pulumi/Deployment/Deployment_Run.cs).
        var mocks = new RecordingMocks();
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(mocks, Preview, () =>
        {
            _ = Output.Create("late").Apply(value =>
            {
                Log.Error($"refused {value}");
                return value;
            });
            _ = new Widget("w", new WidgetArgs { Size = 1 });
        }))!;
        Assert.That(error.Message, Is.EqualTo("refused late"));
        Assert.That(mocks.Resources.Select(r => r.Name), Does.Contain("w"), "the program's resources are still declared");
    }

    [Test]
    public async Task AnApplyWhoseResultNobodyReadsRunsBeforeTheRunEnds()
    {
        // The real SDK registers every output's task with the runner, which waits for them all
        // (pulumi/pulumi-dotnet v3.112.1, sdk/Pulumi/Core/Output.cs, the Output constructor).
        var ran = false;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            _ = Output.Create(Task.Delay(200).ContinueWith(_ => 1, TaskScheduler.Default)).Apply(value => ran = value == 1);
        });
        Assert.That(ran, Is.True);
    }

    [Test]
    public async Task JsonInputsReachTheMocksAsTheRealSdksProtobufJsonText()
    {
        // The real SDK turns a json input into a protobuf Value with sorted map keys and formats it with
        // Google.Protobuf's JsonFormatter.Default (spaced braces and brackets, HTML-sensitive characters escaped).
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Preview, () =>
        {
            _ = new SettingsProvider("p", new SettingsProviderArgs
            {
                Labels = { { "zeta", "<a\"b>" }, { "alpha", "x\ny" } },
                Ids = { "a", "b" },
                None = new InputList<string>(),
                Ratio = 0.25,
            });
        });

        var inputs = mocks.Resources.Single(r => r.Type == "pulumi:providers:settings").Inputs;
        Assert.Multiple(() =>
        {
            Assert.That(inputs["labels"], Is.EqualTo("{ \"alpha\": \"x\\ny\", \"zeta\": \"\\u003ca\\\"b\\u003e\" }"));
            Assert.That(inputs["ids"], Is.EqualTo("[ \"a\", \"b\" ]"));
            Assert.That(inputs["none"], Is.EqualTo("[ ]"));
            Assert.That(inputs["ratio"], Is.EqualTo("0.25"));
        });
    }

    [Test]
    public async Task OutputsResolveFromWhatTheMocksReturn()
    {
        Widget? widget = null;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            widget = new Widget("w", new WidgetArgs { Size = 7, Settings = new WidgetSettingsArgs { Mode = "fast" } });
        });

        Assert.That(await OutputUtilities.GetValueAsync(widget!.Arn), Is.EqualTo("arn:test:w"));
        Assert.That(await OutputUtilities.GetValueAsync(widget.Size), Is.EqualTo(7));
        Assert.That(await OutputUtilities.GetValueAsync(widget.Id), Is.EqualTo("w-id"));
        var settings = await OutputUtilities.GetValueAsync(widget.Settings);
        Assert.That(settings?.Mode, Is.EqualTo("fast"), "nested output types are built through their [OutputConstructor]");
    }

    [Test]
    public async Task InPreviewValuesTheMocksLeaveOutAreUnknownAndApplyDoesNotRun()
    {
        Widget? widget = null;
        var applied = false;
        Output<string>? derived = null;
        await Deployment.TestAsync(new RecordingMocks { OmitComputed = true }, Preview, () =>
        {
            widget = new Widget("w", new WidgetArgs { Size = 1 });
            derived = widget.Arn.Apply(a =>
            {
                applied = true;
                return a.ToUpperInvariant();
            });
        });

        Assert.Multiple(async () =>
        {
            Assert.That(await OutputUtilities.GetIsKnownAsync(widget!.Arn), Is.False);
            Assert.That(await OutputUtilities.GetIsKnownAsync(widget!.Id), Is.False, "no id in preview means an unknown id");
            Assert.That(await OutputUtilities.GetIsKnownAsync(derived!), Is.False);
            Assert.That(await OutputUtilities.GetIsKnownAsync(widget.Size), Is.True, "an input echoed back is known");
        });
        Assert.That(applied, Is.False, "Apply must not run over an unknown value");
    }

    [Test]
    public async Task OutsidePreviewValuesTheMocksLeaveOutAreKnownDefaults()
    {
        Widget? widget = null;
        await Deployment.TestAsync(new RecordingMocks { OmitComputed = true }, Update, () =>
        {
            widget = new Widget("w", new WidgetArgs { Size = 1 });
        });

        Assert.That(await OutputUtilities.GetIsKnownAsync(widget!.Arn), Is.True);
        Assert.That(await OutputUtilities.GetValueAsync(widget.Arn), Is.Null);
    }

    [Test]
    public async Task SecretsStaySecretThroughApplyAndIntoSameNamedOutputs()
    {
        Widget? widget = null;
        Output<string>? derived = null;
        Output<string>? formatted = null;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            var secret = Output.CreateSecret("hunter2");
            derived = secret.Apply(s => s.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            formatted = Output.Format($"password={secret}");
            widget = new Widget("w", new WidgetArgs { Size = 1, Password = secret });
        });

        Assert.Multiple(async () =>
        {
            Assert.That(await Output.IsSecretAsync(derived!), Is.True);
            Assert.That(await Output.IsSecretAsync(formatted!), Is.True);
            Assert.That(await OutputUtilities.GetValueAsync(formatted!), Is.EqualTo("password=hunter2"));
            Assert.That(await Output.IsSecretAsync(widget!.Arn), Is.False);
            Assert.That(await Output.IsSecretAsync(Output.Unsecret(widget.Password)), Is.False);
        });
    }

    [Test]
    public async Task UrnsAreThoseOfPulumisMockMonitor()
    {
        Box? box = null;
        Widget? top = null;
        var resources = await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            box = new Box("outer");
            top = new Widget("top", new WidgetArgs());
        });

        Assert.Multiple(async () =>
        {
            // The mock monitor prefixes the first type of the parent's URN: the stack's, at every depth.
            Assert.That(await OutputUtilities.GetValueAsync(top!.Urn), Is.EqualTo("urn:pulumi:dev::proj::pulumi:pulumi:Stack$test:index/widget:Widget::top"));
            Assert.That(await OutputUtilities.GetValueAsync(box!.Urn), Is.EqualTo("urn:pulumi:dev::proj::pulumi:pulumi:Stack$test:index:Box::outer"));
            Assert.That(await OutputUtilities.GetValueAsync(box.Inner.Urn),
                Is.EqualTo("urn:pulumi:dev::proj::pulumi:pulumi:Stack$test:index/widget:Widget::outer-inner"));
            Assert.That(resources.Select(r => r.GetResourceName()), Is.EquivalentTo(new[] { "outer", "outer-inner", "top" }));
        });
    }

    [Test]
    public async Task TestAsyncOfAStackRunsItAndResolvesItsOutputs()
    {
        var resources = await Deployment.TestAsync<WidgetStack>(new RecordingMocks(), Preview);
        var stack = resources.OfType<WidgetStack>().Single();
        Assert.That(await OutputUtilities.GetValueAsync(stack.WidgetArn), Is.EqualTo("arn:test:main"));
        Assert.That(await OutputUtilities.GetValueAsync(stack.Urn), Is.EqualTo("urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev"));
    }

    [Test]
    public async Task ComponentProvidersReachCustomChildrenAsProviderReferences()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Preview, () =>
        {
            var provider = new TestProvider("explicit");
            _ = new Box("b", new ComponentResourceOptions { Providers = { provider } });
        });

        var inner = mocks.Resources.Single(r => r.Name == "b-inner");
        Assert.That(inner.Provider, Is.EqualTo("urn:pulumi:dev::proj::pulumi:pulumi:Stack$pulumi:providers:test::explicit::explicit-id"));
        Assert.That(mocks.Resources.Single(r => r.Name == "b").Provider, Is.Empty, "a local component has no provider reference (the mock monitor passes the empty string)");
    }

    [Test]
    public async Task InvokesGoThroughCallAsync()
    {
        var mocks = new RecordingMocks();
        ImmutableDictionary<string, object>? echoed = null;
        await Deployment.TestAsync(mocks, Preview, async () =>
        {
            var result = await Deployment.Instance.InvokeAsync<ImmutableDictionary<string, object>>(
                "test:index/lookup:lookup", new LookupArgs { Key = "k" });
            echoed = result;
        });

        Assert.That(mocks.Calls.Single().Token, Is.EqualTo("test:index/lookup:lookup"));
        Assert.That(mocks.Calls.Single().Args["key"], Is.EqualTo("k"));
        Assert.That(echoed!["echo"], Is.EqualTo(ImmutableDictionary<string, object>.Empty.Add("key", "k")));
    }

    private sealed class LookupArgs : InvokeArgs
    {
        [Input("key")]
        public Input<string>? Key { get; set; }
    }

    [Test]
    public async Task OutputCombinatorsCombineValuesAndDependencies()
    {
        Widget? a = null;
        Widget? b = null;
        Output<ImmutableArray<string>>? all = null;
        Output<(string, int)>? tuple = null;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            a = new Widget("a", new WidgetArgs { Size = 1 });
            b = new Widget("b", new WidgetArgs { Size = 2 });
            all = Output.All(a.Arn, b.Arn);
            tuple = Output.Tuple(a.Arn, b.Size);
        });

        Assert.That(await OutputUtilities.GetValueAsync(all!), Is.EqualTo(new[] { "arn:test:a", "arn:test:b" }));
        Assert.That(await OutputUtilities.GetValueAsync(tuple!), Is.EqualTo(("arn:test:a", 2)));
        Assert.That(await OutputUtilities.GetDependenciesAsync(all!), Is.EquivalentTo(new Resource[] { a!, b! }));
    }

    [Test]
    public async Task AnEmptyIdOptionCreatesWhileAnIdReadsAnExistingResource()
    {
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Preview, () =>
        {
            // Generated provider classes pass an empty id for a resource they create.
            _ = new Widget("created", new WidgetArgs(), new CustomResourceOptions { Id = "" });
            _ = new Widget("read", new WidgetArgs(), new CustomResourceOptions { Id = "existing-id" });
        });

        // Pulumi's mock monitor hands a registration its import id: the empty string when there is none.
        Assert.That(mocks.Resources.Single(r => r.Name == "created").Id, Is.Empty);
        Assert.That(mocks.Resources.Single(r => r.Name == "read").Id, Is.EqualTo("existing-id"));
    }

    [Test]
    public void AnExceptionInAMockFailsTheRun()
    {
        // As Pulumi's TestAsync: the error as the runner logged it, in a RunException.
        var error = Assert.CatchAsync<RunException>(() => Deployment.TestAsync(new ThrowingMocks(), Preview, () =>
        {
            _ = new Widget("w", new WidgetArgs());
        }));
        Assert.That(error!.Message, Does.Contain("failed with an unhandled exception:").And.Contain("System.InvalidOperationException: unknown type test:index/widget:Widget"));
    }

    private sealed class ThrowingMocks : IMocks
    {
        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
            => throw new InvalidOperationException($"unknown type {args.Type}");

        public Task<object> CallAsync(MockCallArgs args) => throw new InvalidOperationException($"unknown function {args.Token}");
    }
}
