#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Stacks;
using Numinia.Stacks.Config;
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

/// <summary>The time and managed allocations of planning a referenced stack.</summary>
public sealed record ReferencedPlanCost(double Seconds, long AllocatedBytes);

/// <summary>Runs a stack under the plan mocks with its config: the platform stack, or a tenant stack against its platform's plan.</summary>
public static class Planner
{
    /// <summary>What planning the referenced platform stack cost the last tenant-stack plan of this process (the benchmark subtracts it).</summary>
    public static ReferencedPlanCost LastReferencedPlan { get; private set; } = new(0, 0);

    /// <summary>
    /// Plans the stack <paramref name="config"/> describes, as <see cref="StackSelector"/> chooses it. A tenant stack
    /// reads its platform stack (<c>platformStack</c>, planned first from <c>Pulumi.&lt;stack&gt;.yaml</c> beside it with
    /// <paramref name="platformOverrides"/>) through a stack reference mocked with that plan's outputs.
    /// </summary>
    public static async Task<PlanResult> RunStackAsync(string projectRoot, StackConfigFile config, IEnumerable<string>? platformOverrides = null,
        bool requireSecrets = false, Report.PlanProgress? progress = null)
    {
        if (!TenantStackConfig.IsTenantStack(config.Values.GetValueOrDefault))
        {
            // Read here too, before the engine runs the stack, so that the caller gets the problems themselves (the engine
            // hands on only their text) and can name the lines of the stack file that set them.
            _ = ConfigReader.Read(config.Values.GetValueOrDefault, config.Values.Keys, config.SecretKeys);
            return await RunAsync(config, progress: progress).ConfigureAwait(false);
        }

        var tenant = ConfigReader.ReadTenantStack(config.Values.GetValueOrDefault, config.Values.Keys, $"{config.ProjectName}/{config.StackName}");
        var platformConfig = StackConfigFile.Load(projectRoot, tenant.PlatformStackName, platformOverrides ?? Array.Empty<string>(), requireSecrets);
        if (TenantStackConfig.IsTenantStack(platformConfig.Values.GetValueOrDefault))
        {
            throw new ConfigValidationException(ImmutableArray.Create(new ConfigProblem($"{config.ProjectName}:{TenantStackConfig.PlatformStackKey}", tenant.PlatformStack,
                $"names the tenant stack {platformConfig.StackName} (its {TenantStackConfig.OrganizationKey} is set); a tenant stack reads the platform stack")));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var platform = await RunAsync(platformConfig).ConfigureAwait(false);
        LastReferencedPlan = new ReferencedPlanCost(clock.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
        return await RunTenantAsync(config, tenant.PlatformStack, platform, progress).ConfigureAwait(false);
    }

    /// <summary>Plans a tenant stack against <paramref name="platform"/>, the plan of the stack it references as <paramref name="platformStack"/>.</summary>
    public static Task<PlanResult> RunTenantAsync(StackConfigFile config, string platformStack, PlanResult platform, Report.PlanProgress? progress = null)
    {
        var account = platform.Outputs.GetValueOrDefault(Numinia.Stacks.Contract.PlatformOutputNames.AccountId) as string ?? "111122223333";
        var region = platform.Outputs.GetValueOrDefault(Numinia.Stacks.Contract.PlatformOutputNames.Region) as string ?? "eu-west-1";
        var mocks = new PlanMocks(account, region)
        {
            ReferencedStacks = ImmutableDictionary<string, ImmutableDictionary<string, object?>>.Empty.Add(platformStack, platform.Outputs),
        };
        return RunAsync(config, mocks, progress);
    }

    /// <summary>Plans the stack <paramref name="config"/> describes with <paramref name="mocks"/> (the plan mocks by default).</summary>
    public static async Task<PlanResult> RunAsync(StackConfigFile config, IMocks? mocks = null, Report.PlanProgress? progress = null)
    {
        using var environment = ConfigEnvironment.Enter(config);
        var planMocks = mocks ?? new PlanMocks(environment.Account, environment.Region);
        var resources = await Plans.RunWithServiceProviderAsync<Stack>(
            progress?.Observe(planMocks) ?? planMocks,
            new StackSelector(),
            new TestOptions { ProjectName = config.ProjectName, StackName = config.StackName, IsPreview = true }).ConfigureAwait(false);
        var stack = resources.OfType<Stack>().Single();
        return new PlanResult(
            config.ProjectName,
            config.StackName,
            resources.Select(Registrations.Of).ToImmutableArray(),
            Registrations.RegisteredOutputsOf(stack));
    }
}
#endif
