#if PULUMI_OFFLINE
using NUnit.Framework;
using Pulumi;
using Pulumi.Offline;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Pulumi.OfflineSdk.Tests;

/// <summary>Behaviour that exists only in the offline SDK: refusing to deploy, and the registration records the plan reads.</summary>
[TestFixture]
[NonParallelizable]
public sealed class OfflineOnlyTests
{
    private static readonly TestOptions Preview = new() { ProjectName = "proj", StackName = "dev", IsPreview = true };

    [Test]
    public async Task RunAsyncRefusesToDeployAndSaysHowToBuildWithTheRealPackages()
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var exitCode = await Deployment.RunAsync<WidgetStack>();
            Assert.That(exitCode, Is.Not.Zero);
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.That(error.ToString(), Does.Contain("cannot deploy").And.Contain("PulumiSdk=Real").And.Contain("pulumi preview"));
    }

    private sealed class BoxStack : Stack
    {
        public BoxStack()
        {
            _ = new Box("outer");
            _ = new Widget("top", new WidgetArgs());
        }
    }

    private sealed class BoxStackProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(Stack) ? new BoxStack() : null;
    }

    /// <summary>
    /// The deployment engine keeps an output secret when the input of the same name was secret, and marks the
    /// additionalSecretOutputs secret; the offline engine does both. Pulumi's mock monitor does neither (it hands the
    /// mocks plain inputs and returns what they return), so this is offline behaviour only.
    /// </summary>
    [Test]
    public async Task SecretInputsAndAdditionalSecretOutputsMakeSecretOutputsAsTheDeploymentEngineDoes()
    {
        Widget? fromInput = null;
        Widget? fromOption = null;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            fromInput = new Widget("w", new WidgetArgs { Size = 1, Password = Output.CreateSecret("hunter2") });
            fromOption = new Widget("v", new WidgetArgs { Size = 1 }, new CustomResourceOptions { AdditionalSecretOutputs = { "arn" } });
        });

        Assert.Multiple(async () =>
        {
            Assert.That(await Output.IsSecretAsync(fromInput!.Password), Is.True, "a secret input keeps its output secret");
            Assert.That(await Output.IsSecretAsync(fromInput.Arn), Is.False);
            Assert.That(await Output.IsSecretAsync(fromOption!.Arn), Is.True, "an additional secret output is secret");
            Assert.That(await Output.IsSecretAsync(fromOption.Password), Is.False);
        });
    }

    /// <summary>A plan's resources get the engine's URNs: the chain of component types, the stack's left out.</summary>
    [Test]
    public async Task APlansUrnsFollowTheEnginesFormatWithTheParentTypeChain()
    {
        var resources = await Plans.RunWithServiceProviderAsync<Stack>(new RecordingMocks(), new BoxStackProvider(), Preview);
        var urns = resources.ToDictionary(r => r.GetResourceName(), r => Registrations.Of(r).Urn);
        Assert.Multiple(async () =>
        {
            Assert.That(urns["top"], Is.EqualTo("urn:pulumi:dev::proj::test:index/widget:Widget::top"));
            Assert.That(urns["outer"], Is.EqualTo("urn:pulumi:dev::proj::test:index:Box::outer"));
            Assert.That(urns["outer-inner"], Is.EqualTo("urn:pulumi:dev::proj::test:index:Box$test:index/widget:Widget::outer-inner"));
            Assert.That(await OutputUtilities.GetValueAsync(resources.OfType<Box>().Single().Inner.Urn), Is.EqualTo(urns["outer-inner"]),
                "the program sees the same URN");
        });
    }

    /// <summary>
    /// Pulumi's mock monitor accepts two resources of one URN (the engine is what refuses them, on preview and up);
    /// the offline engine refuses them as the engine would, so a plan never shows a graph Pulumi cannot deploy.
    /// </summary>
    [Test]
    public void DuplicateUrnsAreRejectedAsTheEngineDoes()
    {
        var error = Assert.CatchAsync<RunException>(() => Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            _ = new Widget("same", new WidgetArgs());
            _ = new Widget("same", new WidgetArgs());
        }));
        Assert.That(error!.Message, Does.Contain("Duplicate resource URN"));
    }

    [Test]
    public async Task ARegistrationsDependenciesAreItsInputsResourcesPlusDependsOn()
    {
        Widget? a = null;
        Widget? b = null;
        Widget? c = null;
        Widget? d = null;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            a = new Widget("a", new WidgetArgs { Size = 1 });
            b = new Widget("b", new WidgetArgs { Size = 2 });
            c = new Widget("c", new WidgetArgs { Description = a.Arn });
            d = new Widget("d", new WidgetArgs { Size = 4 }, new CustomResourceOptions { DependsOn = { b }, Protect = true, IgnoreChanges = { "size" } });
        });

        var recordC = Registrations.Of(c!);
        var recordD = Registrations.Of(d!);
        Assert.Multiple(() =>
        {
            Assert.That(recordC.DependencyUrns, Is.EqualTo(new[] { Registrations.Of(a!).Urn }));
            Assert.That(recordD.DependencyUrns, Is.EqualTo(new[] { Registrations.Of(b!).Urn }));
            Assert.That(Registrations.Of(a!).DependencyUrns, Is.Empty);
            Assert.That(recordD.Options.Protect, Is.True);
            Assert.That(recordD.Options.IgnoreChanges, Is.EqualTo(new[] { "size" }));
            Assert.That(recordC.Inputs["description"], Is.EqualTo("arn:test:a"));
        });
    }

    [Test]
    public async Task TheEnginesDependenciesReplaceALocalComponentWithTheCustomResourcesItParents()
    {
        // As pulumi-dotnet's GetAllTransitivelyReferencedResourceUrnsAsync: walk through components (nested ones too),
        // stop at custom resources (a custom resource's own children are not walked), drop the local components; a
        // component with no children stands for nothing.
        Box? outer = null;
        Box? nested = null;
        Widget? grandchild = null;
        ComponentResource? empty = null;
        Widget? dependent = null;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            outer = new Box("outer");
            nested = new Box("nested", new ComponentResourceOptions { Parent = outer });
            grandchild = new Widget("grandchild", new WidgetArgs { Size = 1 }, new CustomResourceOptions { Parent = outer.Inner });
            empty = new ComponentResource("test:index:Empty", "empty");
            dependent = new Widget("dependent", new WidgetArgs { Size = 2 }, new CustomResourceOptions { DependsOn = { outer, empty } });
        });

        var record = Registrations.Of(dependent!);
        Assert.Multiple(() =>
        {
            Assert.That(record.DependencyUrns, Is.EquivalentTo(new[] { Registrations.Of(outer!).Urn, Registrations.Of(empty!).Urn }), "what the program asked for");
            Assert.That(record.EngineDependencyUrns, Is.EquivalentTo(new[] { Registrations.Of(outer!.Inner).Urn, Registrations.Of(nested!.Inner).Urn }),
                "what the engine is told: the custom resources the components parent, not the grandchild of a custom resource");
            Assert.That(record.EngineDependencyUrns, Does.Not.Contain(Registrations.Of(grandchild!).Urn));
        });
    }

    [Test]
    public async Task ProtectIsInheritedFromTheParent()
    {
        Box? box = null;
        await Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            box = new Box("b", new ComponentResourceOptions { Protect = true });
        });

        Assert.That(Registrations.Of(box!.Inner).Options.Protect, Is.True);
    }

    [Test]
    public async Task SecretInputsAreMarkedInTheRecordButUnwrappedForMocks()
    {
        var mocks = new RecordingMocks();
        Widget? widget = null;
        await Deployment.TestAsync(mocks, Preview, () =>
        {
            widget = new Widget("w", new WidgetArgs { Password = Output.CreateSecret("pw") });
        });

        Assert.That(Registrations.Of(widget!).Inputs["password"], Is.InstanceOf<SecretValue>());
        Assert.That(mocks.Resources.Single().Inputs["password"], Is.EqualTo("pw"));
    }

    [Test]
    public void AMissingRequiredInputFailsLikeTheProviderWould()
    {
        var error = Assert.ThrowsAsync<RunException>(() => Deployment.TestAsync(new RecordingMocks(), Preview, () =>
        {
            _ = new Gadget("g", new GadgetArgs());
        }));
        Assert.That(error!.Message, Does.Contain("test:index/gadget:Gadget 'g'").And.Contain("missing required property 'size'"));
    }

    private sealed class Gadget : CustomResource
    {
        public Gadget(string name, GadgetArgs args)
            : base("test:index/gadget:Gadget", name, args)
        {
        }
    }

    private sealed class GadgetArgs : ResourceArgs
    {
        [Input("size", required: true)]
        public Input<int> Size { get; set; } = null!;
    }
}
#endif
