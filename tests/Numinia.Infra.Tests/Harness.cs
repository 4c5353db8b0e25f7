using System.Collections;
using System.Collections.Immutable;
using Numinia.Infra.Plan;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>Runs components and stacks under the plan mocks and reads what they declared.</summary>
internal static class Harness
{
    public static readonly TestOptions Options = new() { ProjectName = "numinia-infra", StackName = "test", IsPreview = false };

    /// <summary>Runs <paramref name="create"/> as a program of its own (no Stack of ours) and returns its resources.</summary>
    public static Task<ImmutableArray<Resource>> RunAsync(Action create, IMocks? mocks = null)
        => Deployment.TestAsync(mocks ?? new PlanMocks(), Options, create);

    public static Task<T> ValueAsync<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    /// <summary>
    /// Asserts that a resource output is secret where the engine, not the program, makes it so: a secret input of the
    /// same name, the resource's additionalSecretOutputs, a provider's secret output. The offline engine marks these as
    /// the deployment engine does, so the check runs offline. Pulumi's mock monitor (<c>Deployment.TestAsync</c> on the
    /// real SDK) hands the mocks the inputs without their secrecy and returns only what the mocks return, so no output
    /// of a resource is secret there (pulumi-dotnet <c>sdk/Pulumi/Testing/MockMonitor.cs</c>, RegisterResourceAsync):
    /// on the real SDK the check cannot be made, and the test is reported as ignored rather than passed: call this last,
    /// after the checks that hold on both SDKs.
    /// </summary>
    public static async Task AssertEngineSecretAsync<T>(Output<T> output, string? what = null)
    {
#if PULUMI_OFFLINE
        NUnit.Framework.Assert.That(await Output.IsSecretAsync(output), NUnit.Framework.Is.True, what);
#else
        _ = output;
        await Task.CompletedTask;
        NUnit.Framework.Assert.Ignore($"secrecy the engine adds is not visible through Pulumi's mock monitor{(what is null ? "" : $" ({what})")}");
#endif
    }

    /// <summary>
    /// A list the program leaves unset: the mocks return nothing for it, and both SDKs' converters read an absent list
    /// as a default ImmutableArray (IsDefault, not empty), so "the program sets none" is this being empty.
    /// </summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> values) => values.IsDefault ? ImmutableArray<T>.Empty : values;

    /// <summary>
    /// A program that fails on purpose with <typeparamref name="TException"/>, as Pulumi's TestAsync reports it under
    /// either SDK: one RunException carrying the logged error, which names the exception's type and its message.
    /// </summary>
    public static RunException ProgramFailure<TException>(NUnit.Framework.AsyncTestDelegate run) where TException : Exception
    {
        var error = NUnit.Framework.Assert.CatchAsync<RunException>(run)!;
        NUnit.Framework.Assert.That(error.Message, NUnit.Framework.Does.Contain($"{typeof(TException).FullName}: "), "the exception the program failed with");
        return error;
    }

    /// <summary>The value at a path of nested maps (string keys) and lists (int indexes); null when absent.</summary>
    public static object? At(object? root, params object[] path)
    {
        var current = root;
        foreach (var step in path)
        {
            current = (current, step) switch
            {
                (IDictionary map, string key) => map.Contains(key) ? map[key] : null,
                (IList list, int index) => index < list.Count ? list[index] : null,
                _ => null,
            };
        }

        return current;
    }

    /// <summary>The strings of a list value.</summary>
    public static string[] Strings(object? list) => ((IEnumerable)list!).Cast<object>().Select(o => (string)o).ToArray();

    public static IEnumerable<T> OfType<T>(this ImmutableArray<Resource> resources) => Enumerable.OfType<T>(resources);

    public static T Named<T>(this ImmutableArray<Resource> resources, string name) where T : Resource
        => resources.OfType<T>().SingleOrDefault(r => r.GetResourceName() == name)
           ?? throw new InvalidOperationException($"No {typeof(T).Name} named {name}; have: {string.Join(", ", resources.OfType<T>().Select(r => r.GetResourceName()))}");

    /// <summary>The repository root (the folder with Pulumi.yaml).</summary>
    public static string RepoRoot => StackConfigFile.FindProjectRoot(AppContext.BaseDirectory);

    /// <summary>The keys every whole-stack config needs (no defaults): the account, an admin, the Grafana password.</summary>
    public static readonly ImmutableArray<(string Key, string Value)> RequiredStackConfig = ImmutableArray.Create(
        ("accountId", "111122223333"),
        ("clusterAdminArns", "[\"arn:aws:iam::111122223333:role/admin\"]"),
        ("grafanaAdminPassword", "a-grafana-password-for-tests"),
        ("fluxDeployKey", "-----BEGIN OPENSSH PRIVATE KEY-----\na-deploy-key-for-tests\n-----END OPENSSH PRIVATE KEY-----"));

    /// <summary>
    /// A raw config lookup, as the config reader gets it: <paramref name="values"/> (keys without a namespace are the
    /// project's), then <paramref name="defaults"/> for keys the values do not set.
    /// </summary>
    public static Func<string, string?> ConfigLookup(IEnumerable<(string Key, string Value)> values, IEnumerable<(string Key, string Value)>? defaults = null)
    {
        static string FullKey(string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"numinia-infra:{key}";
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            map[FullKey(key)] = value;
        }

        foreach (var (key, value) in defaults ?? Enumerable.Empty<(string, string)>())
        {
            map.TryAdd(FullKey(key), value);
        }

        return key => map.GetValueOrDefault(key);
    }

#if PULUMI_OFFLINE
    private static Task<PlanResult>? s_prodPlan;

    /// <summary>The prod stack's plan without overrides, planned once for every test that only reads it.</summary>
    public static Task<PlanResult> ProdPlanAsync() => s_prodPlan ??= Planner.RunAsync(ProdConfig());

    /// <summary>Runs <c>plan</c> with <paramref name="args"/> from the repository root, as a person would; returns its exit code and output.</summary>
    public static async Task<(int Code, string Out, string Err)> PlanAsync(params string[] args)
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(RepoRoot);
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await PlanCommand.RunAsync(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
#endif

    /// <summary>The prod stack's config, with overrides.</summary>
    public static StackConfigFile ProdConfig(params string[] overrides)
        => StackConfigFile.Load(RepoRoot, "prod", overrides);

    /// <summary>
    /// The prod stack as a new platform: its file without the keys that adopt the live platform (import ids, the phase and
    /// the live values they need), as a first <c>up</c> in an empty account plans it. Overrides apply after.
    /// </summary>
    public static StackConfigFile NewPlatformConfig(params string[] overrides)
    {
        var config = StackConfigFile.Load(RepoRoot, "prod", []);
        foreach (var key in config.Values.Keys.Where(IsAdoptionKey).ToList())
        {
            config.Values.Remove(key);
        }

        foreach (var parts in overrides.Select(o => o.Split('=', 2)))
        {
            config.Values[parts[0].Contains(':', StringComparison.Ordinal) ? parts[0] : $"numinia-infra:{parts[0]}"] = parts[1];
        }

        return config;
    }

    /// <summary>Whether a full key is one of adoption's (see <see cref="NewPlatformConfig"/>).</summary>
    public static bool IsAdoptionKey(string fullKey)
    {
        var name = fullKey[(fullKey.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return Numinia.Components.Common.Adoption.IsImportIdKey(name)
            || name is Numinia.Components.Common.Adoption.PhaseKey or "liveClusterName" or "liveClusterNodeGroups" or "databaseLiveBackupRetentionDays" or "hostedZoneComment";
    }
}
