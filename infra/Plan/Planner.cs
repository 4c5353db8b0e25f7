#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Stacks;
using Pulumi;
using Pulumi.Offline;
using Pulumi.Testing;

namespace Numinia.Infra.Plan;

/// <summary>The outcome of an offline plan: every registration, in declaration order, and the stack outputs.</summary>
public sealed record PlanResult(
    string Project,
    string Stack,
    ImmutableArray<ResourceRegistration> Resources,
    ImmutableDictionary<string, object?> Outputs);

/// <summary>Runs the platform stack under the plan mocks with a stack's config.</summary>
public static class Planner
{
    /// <summary>Plans <see cref="PlatformStack"/> with <paramref name="config"/>, counting registrations into <paramref name="progress"/>.</summary>
    public static async Task<PlanResult> RunAsync(StackConfigFile config, IMocks? mocks = null, Report.PlanProgress? progress = null)
    {
        var previousConfig = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        var previousSecrets = Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", config.ToPulumiConfigJson());
        Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", config.ToSecretKeysJson());
        try
        {
            var account = config.Values.GetValueOrDefault($"{config.ProjectName}:accountId") ?? "111122223333";
            var region = config.Values.GetValueOrDefault("aws:region") ?? "eu-west-1";
            var planMocks = mocks ?? new PlanMocks(account, region);
            var resources = await Deployment.TestAsync<PlatformStack>(
                progress?.Observe(planMocks) ?? planMocks,
                new TestOptions { ProjectName = config.ProjectName, StackName = config.StackName, IsPreview = true }).ConfigureAwait(false);
            var stack = resources.OfType<PlatformStack>().Single();
            return new PlanResult(
                config.ProjectName,
                config.StackName,
                resources.Select(Registrations.Of).ToImmutableArray(),
                Registrations.RegisteredOutputsOf(stack));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", previousConfig);
            Environment.SetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS", previousSecrets);
        }
    }
}
#endif
