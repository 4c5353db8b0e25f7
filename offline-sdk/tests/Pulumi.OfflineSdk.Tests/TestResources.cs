using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace Pulumi.OfflineSdk.Tests;

/// <summary>A custom resource shaped like a generated provider class.</summary>
public sealed class Widget : CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("size")]
    public Output<int> Size { get; private set; } = null!;

    [Output("password")]
    public Output<string?> Password { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableDictionary<string, string>> Tags { get; private set; } = null!;

    [Output("settings")]
    public Output<WidgetSettings?> Settings { get; private set; } = null!;

    public Widget(string name, WidgetArgs args, CustomResourceOptions? options = null)
        : base("test:index/widget:Widget", name, args, options)
    {
    }
}

public sealed class WidgetArgs : ResourceArgs
{
    [Input("size")]
    public Input<int>? Size { get; set; }

    [Input("password")]
    public Input<string>? Password { get; set; }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ??= new InputMap<string>();
        set => _tags = value;
    }

    [Input("zones")]
    private InputList<string>? _zones;

    public InputList<string> Zones
    {
        get => _zones ??= new InputList<string>();
        set => _zones = value;
    }

    [Input("settings")]
    public Input<WidgetSettingsArgs>? Settings { get; set; }
}

public sealed class WidgetSettingsArgs : ResourceArgs
{
    [Input("enableFeature")]
    public Input<bool>? EnableFeature { get; set; }

    [Input("mode")]
    public Input<string>? Mode { get; set; }
}

[OutputType]
public sealed class WidgetSettings
{
    public readonly bool? EnableFeature;
    public readonly string? Mode;

    [OutputConstructor]
    private WidgetSettings(bool? enableFeature, string? mode)
    {
        EnableFeature = enableFeature;
        Mode = mode;
    }
}

public sealed class TestProvider : ProviderResource
{
    public TestProvider(string name, CustomResourceOptions? options = null)
        : base("test", name, ResourceArgs.Empty, options)
    {
    }
}

/// <summary>A provider whose settings are <c>json: true</c> inputs, as a generated provider's map and list settings are.</summary>
public sealed class SettingsProvider : ProviderResource
{
    public SettingsProvider(string name, SettingsProviderArgs args, CustomResourceOptions? options = null)
        : base("settings", name, args, options)
    {
    }
}

public sealed class SettingsProviderArgs : ResourceArgs
{
    [Input("labels", json: true)]
    private InputMap<string>? _labels;

    public InputMap<string> Labels
    {
        get => _labels ??= new InputMap<string>();
        set => _labels = value;
    }

    [Input("ids", json: true)]
    private InputList<string>? _ids;

    public InputList<string> Ids
    {
        get => _ids ??= new InputList<string>();
        set => _ids = value;
    }

    [Input("none", json: true)]
    private InputList<string>? _none;

    public InputList<string> None
    {
        get => _none ??= new InputList<string>();
        set => _none = value;
    }

    [Input("ratio", json: true)]
    public Input<double>? Ratio { get; set; }
}

public sealed class Box : ComponentResource
{
    public Widget Inner { get; }

    public Box(string name, ComponentResourceOptions? options = null)
        : base("test:index:Box", name, options)
    {
        Inner = new Widget($"{name}-inner", new WidgetArgs { Size = 1 }, new CustomResourceOptions { Parent = this });
        RegisterOutputs();
    }
}

public sealed class WidgetStack : Stack
{
    [Output("widgetArn")]
    public Output<string> WidgetArn { get; set; }

    public WidgetStack()
    {
        var widget = new Widget("main", new WidgetArgs { Size = 3 });
        WidgetArn = widget.Arn;
    }
}

/// <summary>Mocks that echo inputs and add an arn; they record every call.</summary>
public sealed class RecordingMocks : IMocks
{
    public List<MockResourceArgs> Resources { get; } = new();
    public List<MockCallArgs> Calls { get; } = new();
    public bool OmitComputed { get; init; }

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        lock (Resources)
        {
            Resources.Add(args);
        }

        var state = args.Inputs.ToBuilder();
        if (!OmitComputed && args.Type == "test:index/widget:Widget")
        {
            state["arn"] = $"arn:test:{args.Name}";
        }

        return Task.FromResult<(string?, object)>((OmitComputed ? null : $"{args.Name}-id", state.ToImmutable()));
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        lock (Calls)
        {
            Calls.Add(args);
        }

        return Task.FromResult<object>(new Dictionary<string, object> { ["echo"] = args.Args });
    }
}
