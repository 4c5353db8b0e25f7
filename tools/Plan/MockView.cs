using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Numinia.Stacks;
using Numinia.Stacks.Config;
using Numinia.Stacks.Contract;
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
/// A tenant stack's view also has the outputs its platform stack's run gave, which its stack reference reads.
/// </summary>
public static class MockView
{
    private const string Usage = "Usage: mock-view [--stack NAME] [--platform-config KEY=VALUE]... [--out FILE]";

    /// <summary>
    /// Runs <c>mock-view [--stack NAME] [--platform-config KEY=VALUE]... [--out FILE]</c>: writes the view of the stack
    /// (prod by default) as JSON. A tenant stack is viewed against a run of its platform stack (with the overrides),
    /// whose outputs, read from the stack object, become the stack reference's state and are part of the view.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var stack = "prod";
        string? outFile = null;
        var platformOverrides = new List<string>();
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
                case "--platform-config" when i + 1 < args.Length:
                    platformOverrides.Add(args[++i]);
                    break;
                default:
                    error.WriteLine($"mock-view: unknown argument '{args[i]}'. {Usage}");
                    return 2;
            }
        }

        JsonObject document;
        try
        {
            var root = StackConfigFile.FindProjectRoot(Directory.GetCurrentDirectory());
            var config = StackConfigFile.Load(root, stack, System.Array.Empty<string>());
            document = TenantStackConfig.IsTenantStack(config.Values.GetValueOrDefault)
                ? await BuildTenantAsync(root, config, platformOverrides).ConfigureAwait(false)
                : await BuildAsync(config).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or YamlDotNet.Core.YamlException
                                      or ConfigValidationException or StackFileException)
        {
            error.WriteLine($"mock-view: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is RunException or AggregateException or InvalidOperationException or NotSupportedException)
        {
            // The program refused (a tenant stack whose platform still builds it inline, say): its own message, no trace.
            error.WriteLine($"mock-view: the stack '{stack}' failed: {Messages(e)}");
            return 1;
        }

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

    /// <summary>
    /// Runs the tenant stack <paramref name="config"/> describes against a run of its platform stack (its file beside
    /// it, with <paramref name="platformOverrides"/>) and returns its view, with the platform's outputs.
    /// </summary>
    public static async Task<JsonObject> BuildTenantAsync(string projectRoot, StackConfigFile config, IEnumerable<string> platformOverrides)
    {
        var tenant = ConfigReader.ReadTenantStack(config.Values.GetValueOrDefault);
        var platformConfig = StackConfigFile.Load(projectRoot, tenant.PlatformStackName, platformOverrides);
        StackOutputs platform;
        using (var environment = ConfigEnvironment.Enter(platformConfig))
        {
            var resources = await Deployment.TestWithServiceProviderAsync<Pulumi.Stack>(new PlanMocks(environment.Account, environment.Region),
                new StackSelector(), Options(platformConfig)).ConfigureAwait(false);
            platform = await StackOutputs.ReadAsync(resources.OfType<Pulumi.Stack>().Single()).ConfigureAwait(false);
        }

        // As the plan does: the tenant's account and region are the platform's (its providers take them from the reference).
        var account = platform.Values.GetValueOrDefault(PlatformOutputNames.AccountId) as string;
        var region = platform.Values.GetValueOrDefault(PlatformOutputNames.Region) as string;
        var document = await BuildAsync(config, (tenantAccount, tenantRegion) => new PlanMocks(account ?? tenantAccount, region ?? tenantRegion)
        {
            ReferencedStacks = ImmutableDictionary<string, ImmutableDictionary<string, object?>>.Empty.Add(tenant.PlatformStack, platform.Values),
            ReferencedSecretOutputs = ImmutableDictionary<string, ImmutableHashSet<string>>.Empty.Add(tenant.PlatformStack, platform.SecretNames),
        }).ConfigureAwait(false);
        document["platformOutputs"] = new JsonObject(platform.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => KeyValuePair.Create(v.Key,
            (JsonNode?)new JsonObject { ["secret"] = platform.SecretNames.Contains(v.Key), ["value"] = Canonical(v.Value) })));
        return document;
    }

    private static TestOptions Options(StackConfigFile config)
        => new() { ProjectName = config.ProjectName, StackName = config.StackName, IsPreview = true };

    /// <summary>
    /// An exception's message (an aggregate's each), first line only. The real SDK at times reports the program's
    /// exception as text under a "Running program '…' failed with an unhandled exception:" line; then the message is
    /// the next line, without its exception type.
    /// </summary>
    private static string Messages(Exception e)
    {
        if (e is AggregateException aggregate)
        {
            return string.Join("; ", aggregate.InnerExceptions.Select(Messages).Distinct());
        }

        var lines = e.Message.Split('\n');
        return lines.Length > 1 && lines[0].StartsWith("Running program '", StringComparison.Ordinal)
            ? s_exceptionType.Replace(lines[1].Trim(), string.Empty)
            : lines[0];
    }

    private static readonly System.Text.RegularExpressions.Regex s_exceptionType = new(@"^[\w.]+Exception: ");

    /// <summary>
    /// Runs the stack <paramref name="config"/> describes under the plan mocks (or those <paramref name="mocksFor"/>
    /// makes for the stack's account and region) and returns its view.
    /// </summary>
    public static async Task<JsonObject> BuildAsync(StackConfigFile config, Func<string, string, PlanMocks>? mocksFor = null)
    {
        using var environment = ConfigEnvironment.Enter(config);
        var mocks = new Recorder(mocksFor?.Invoke(environment.Account, environment.Region) ?? new PlanMocks(environment.Account, environment.Region));
        var resources = await Deployment.TestWithServiceProviderAsync<Pulumi.Stack>(mocks, new StackSelector(), Options(config)).ConfigureAwait(false);
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
