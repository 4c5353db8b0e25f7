using System.Collections.Immutable;
using Numinia.Infra.Plan;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace Numinia.Infra.Tests;

/// <summary>Runs components and stacks under the plan mocks and reads what they declared.</summary>
internal static class Harness
{
    public static readonly TestOptions Options = new() { ProjectName = "numinia-infra", StackName = "test", IsPreview = false };

    /// <summary>Runs <paramref name="create"/> as a program of its own (no Stack of ours) and returns its resources.</summary>
    public static Task<ImmutableArray<Resource>> RunAsync(Action create, IMocks? mocks = null)
        => Deployment.TestAsync(mocks ?? new PlanMocks(), Options, create);

    public static Task<T> ValueAsync<T>(Output<T> output) => OutputUtilities.GetValueAsync(output);

    public static IEnumerable<T> OfType<T>(this ImmutableArray<Resource> resources) => Enumerable.OfType<T>(resources);

    public static T Named<T>(this ImmutableArray<Resource> resources, string name) where T : Resource
        => resources.OfType<T>().SingleOrDefault(r => r.GetResourceName() == name)
           ?? throw new InvalidOperationException($"No {typeof(T).Name} named {name}; have: {string.Join(", ", resources.OfType<T>().Select(r => r.GetResourceName()))}");

    /// <summary>The repository root (the folder with Pulumi.yaml).</summary>
    public static string RepoRoot => StackConfigFile.FindProjectRoot(AppContext.BaseDirectory);

    /// <summary>The prod stack's config, with overrides.</summary>
    public static StackConfigFile ProdConfig(params string[] overrides)
        => StackConfigFile.Load(RepoRoot, "prod", overrides);
}
