using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Numinia.Stacks;
using Numinia.Stacks.Config;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Numinia.Infra.Plan;

/// <summary>
/// A stack's registrations as Pulumi's mock interface sees them, on whichever SDK the program is built with: every
/// resource's URN, and for each registration and invoke what <see cref="IMocks"/> is handed (type or token, name,
/// provider reference, inputs). The program runs under <c>Deployment.TestWithServiceProviderAsync</c> with the plan
/// mocks, so the offline engine and the real SDK's mock monitor give the same document when they behave the same:
/// <c>mock-view</c> under each build, then a diff, compares the two engines. What the mock interface does not carry
/// (parents, dependencies, resource options, secrecy) is not in the view; the offline plan (<c>plan --json</c>) has it.
/// </summary>
public static class MockView
{
    /// <summary>Runs <c>mock-view [--stack NAME] [--out FILE]</c>: writes the view of the stack (prod by default) as JSON.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var stack = "prod";
        string? outFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--stack" when i + 1 < args.Length:
                    stack = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outFile = args[++i];
                    break;
                default:
                    error.WriteLine($"mock-view: unknown argument '{args[i]}'. Usage: mock-view [--stack NAME] [--out FILE]");
                    return 2;
            }
        }

        StackConfigFile config;
        try
        {
            config = StackConfigFile.Load(StackConfigFile.FindProjectRoot(Directory.GetCurrentDirectory()), stack, System.Array.Empty<string>());
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or YamlDotNet.Core.YamlException)
        {
            error.WriteLine($"mock-view: {e.Message}");
            return 2;
        }

        if (TenantStackConfig.IsTenantStack(config.Values.GetValueOrDefault))
        {
            // A tenant stack reads its platform stack's outputs, and outputs do not cross the mock interface.
            error.WriteLine($"mock-view: '{stack}' is a tenant stack; it reads the outputs of its platform stack, which only the offline plan has (plan --stack {stack}). mock-view covers platform stacks.");
            return 2;
        }

        var document = await BuildAsync(config).ConfigureAwait(false);
        var text = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        if (outFile is null)
        {
            output.WriteLine(text);
        }
        else
        {
            await File.WriteAllTextAsync(outFile, text + Environment.NewLine).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Runs the stack <paramref name="config"/> describes under the plan mocks and returns its view.</summary>
    public static async Task<JsonObject> BuildAsync(StackConfigFile config)
    {
        using var environment = ConfigEnvironment.Enter(config);
        var mocks = new Recorder(new PlanMocks(environment.Account, environment.Region));
        var resources = await Deployment.TestWithServiceProviderAsync<Pulumi.Stack>(mocks, new StackSelector(),
            new TestOptions { ProjectName = config.ProjectName, StackName = config.StackName, IsPreview = true }).ConfigureAwait(false);
        var urns = new List<string>();
        foreach (var resource in resources)
        {
            urns.Add(await OutputUtilities.GetValueAsync(resource.Urn).ConfigureAwait(false));
        }

        return new JsonObject
        {
            ["urns"] = ToArray(urns.Order(StringComparer.Ordinal).Select(u => (JsonNode?)u)),
            ["registrations"] = ToArray(mocks.Registrations.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Node.ToJsonString(), StringComparer.Ordinal).Select(r => r.Node)),
            ["invokes"] = ToArray(mocks.Invokes.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Node)),
        };
    }

    private static JsonArray ToArray(IEnumerable<JsonNode?> nodes) => new(nodes.ToArray());

    /// <summary>A value as the mock interface hands it (maps, lists, strings, numbers, booleans), keys sorted.</summary>
    private static JsonNode? Canonical(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d => JsonValue.Create(d),
        int i => JsonValue.Create((double)i),
        IDictionary map => new JsonObject(map.Keys.Cast<object>()
            .Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!)
            .Order(StringComparer.Ordinal)
            .Select(k => KeyValuePair.Create(k, Canonical(map[k])))),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(Canonical).ToArray()),
        _ => JsonValue.Create($"<{value.GetType().Name}> {value}"),
    };

    private sealed record Entry(string Key, JsonNode Node);

    /// <summary>Hands every call to the plan mocks and keeps what each was given.</summary>
    private sealed class Recorder(IMocks inner) : IMocks
    {
        private readonly ConcurrentBag<Entry> _registrations = new();
        private readonly ConcurrentBag<Entry> _invokes = new();

        public IEnumerable<Entry> Registrations => _registrations;

        public IEnumerable<Entry> Invokes => _invokes;

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            var node = new JsonObject
            {
                ["type"] = args.Type,
                ["name"] = args.Name,
                ["provider"] = args.Provider,
                ["id"] = args.Id,
                ["inputs"] = Canonical(args.Inputs),
            };
            _registrations.Add(new Entry($"{args.Type}::{args.Name}", node));
            return inner.NewResourceAsync(args);
        }

        public Task<object> CallAsync(MockCallArgs args)
        {
            var node = new JsonObject
            {
                ["token"] = args.Token,
                ["provider"] = args.Provider,
                ["args"] = Canonical(args.Args),
            };
            _invokes.Add(new Entry($"{args.Token}::{node["args"]!.ToJsonString()}::{args.Provider}", node));
            return inner.CallAsync(args);
        }
    }
}
