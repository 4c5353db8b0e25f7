using Numinia.Infra.Plan.Report;

namespace Numinia.Infra.Plan;

/// <summary>
/// <c>plan</c>: runs the stack offline under <see cref="PlanMocks"/> and prints a preview-like tree of
/// every resource; <c>--json FILE</c> writes the full plan. Options: <c>--stack NAME|FILE</c> (default
/// prod; a tenant stack is planned against its platform stack's plan), <c>--config KEY=VALUE</c> (repeatable),
/// <c>--platform-config KEY=VALUE</c> (overrides the platform stack's config when planning a tenant stack), <c>--json FILE</c>. <c>--policy</c> prints the policy
/// report instead of the tree (<c>--policy-json FILE</c> also writes it as JSON) and exits with
/// <see cref="PolicyFailed"/> when a mandatory rule fails. <c>--out DIR</c> and <c>--report LIST</c> produce the
/// reports for people (<see cref="ReportOptions"/>): manifests, Helm values, the dependency graph, the
/// critical path and the cost estimate; progress goes to stderr.
/// </summary>
public static class PlanCommand
{
    /// <summary>Exit code of a config the stack rejects.</summary>
    public const int InvalidConfig = 2;

    /// <summary>Exit code of a plan that fails a mandatory policy rule (<c>--policy</c>).</summary>
    public const int PolicyFailed = 3;

    /// <summary>Exit code of bad command-line usage.</summary>
    public const int Usage = 64;

    /// <summary>How many resources the last plan of this process declared (the benchmark reads it).</summary>
    public static int LastResourceCount { get; private set; }

    /// <summary>Parses the arguments and runs the plan.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var stack = "prod";
        string? json = null;
        var overrides = new List<string>();
        var platformOverrides = new List<string>();
        var requireSecrets = false;
        var policy = false;
        string? policyJson = null;
        var reports = new ReportOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            try
            {
                switch (args[i])
                {
                    case "--stack":
                        stack = Next();
                        break;
                    case "--json":
                        json = Next();
                        break;
                    case "--config":
                        overrides.Add(Next());
                        break;
                    case "--platform-config":
                        platformOverrides.Add(Next());
                        break;
                    case "--require-secrets":
                        requireSecrets = true;
                        break;
                    case "--policy":
                        policy = true;
                        break;
                    case "--policy-json":
                        policyJson = Next();
                        policy = true;
                        break;
                    case "--out":
                        reports.OutputDirectory = Next();
                        break;
                    case "--report":
                        reports.Selected = ReportOptions.ParseKinds(Next());
                        break;
                    case "--collapse":
                        reports.CollapseDepth = ReportOptions.ParseDepth(Next());
                        break;
                    case "--quiet":
                        reports.Quiet = true;
                        break;
                    case "--help" or "-h":
                        output.WriteLine("usage: plan [--stack NAME|FILE] [--config KEY=VALUE]... [--platform-config KEY=VALUE]... [--require-secrets] [--json FILE] [--policy] [--policy-json FILE] " + ReportOptions.Synopsis);
                        output.Write(ReportOptions.Help);
                        return 0;
                    default:
                        throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"plan: {e.Message}");
                error.WriteLine("usage: plan [--stack NAME|FILE] [--config KEY=VALUE]... [--platform-config KEY=VALUE]... [--require-secrets] [--json FILE] [--policy] [--policy-json FILE] " + ReportOptions.Synopsis);
                return Usage;
            }
        }

        try
        {
            reports.Validate();
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"plan: {e.Message}");
            return Usage;
        }

#if PULUMI_OFFLINE
        StackConfigFile config;
        string projectRoot;
        try
        {
            projectRoot = StackConfigFile.FindProjectRoot(Directory.GetCurrentDirectory());
            config = StackConfigFile.Load(projectRoot, stack, overrides, requireSecrets);
        }
        catch (StackFileException e)
        {
            error.WriteLine($"error: {e.Message}");
            return InvalidConfig;
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or YamlDotNet.Core.YamlException)
        {
            error.WriteLine($"plan: {e.Message}");
            return Usage;
        }

        var progress = new PlanProgress(reports.Quiet ? null : error);
        PlanResult plan;
        try
        {
            plan = await Planner.RunStackAsync(projectRoot, config, platformOverrides, requireSecrets, progress).ConfigureAwait(false);
            progress.Planned();
            LastResourceCount = plan.Resources.Length;
        }
        catch (Numinia.Stacks.Config.ConfigValidationException e)
        {
            error.WriteLine($"error: {e.MessageWithLocations(key => config.Locations.GetValueOrDefault(key))}");
            return InvalidConfig;
        }
        catch (Exception e) when (e is Pulumi.RunException or StackFileException)
        {
            error.WriteLine($"error: {e.Message}");
            return InvalidConfig;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is Pulumi.RunException))
        {
            // Several errors the program logged (the preflight's problems, each naming its key): each on its line.
            foreach (var inner in e.InnerExceptions)
            {
                error.WriteLine($"error: {inner.Message}");
            }

            return InvalidConfig;
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or YamlDotNet.Core.YamlException)
        {
            // A tenant stack's platform stack file: missing or unreadable.
            error.WriteLine($"plan: {e.Message}");
            return Usage;
        }

        // A tenant stack reads none of the platform's secrets but its own Flux deploy key.
        var isTenantStack = Numinia.Stacks.Config.TenantStackConfig.IsTenantStack(config.Values.GetValueOrDefault);
        foreach (var key in isTenantStack
                     ? config.PlaceholderSecrets.Where(k => k.EndsWith(":" + Numinia.Components.Addons.Flux.FluxSettings.DeployKeyKey, StringComparison.Ordinal))
                     : config.PlaceholderSecrets)
        {
            error.WriteLine($"note: the secret {key} is not set in the stack file; planned with a placeholder (pulumi up requires it: " +
                            $"pulumi config set --secret {key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]} <value>)");
        }

        foreach (var (key, hint) in config.FillIns)
        {
            var name = key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];
            var planned = Numinia.Components.Common.Adoption.IsImportIdKey(name)
                ? $"planned as an import of the id {Numinia.Components.Common.Adoption.StandInFor(name)}"
                : "planned with its default";
            error.WriteLine($"note: {key} is a placeholder to fill in before pulumi preview or up ({hint}); {planned}");
        }

        var live = isTenantStack ? null : LiveClusterFacts.Of(config.Values.GetValueOrDefault, config.Values.Keys, config.SecretKeys);
        if (live is not null)
        {
            // Beside a live cluster, the plan always says whether the shared subnets hold both (README, "Cutover").
            var computed = config.FillIns.Any(f => f.Key.EndsWith(":" + Numinia.Components.Network.NetworkSettings.Keys.PrivateSubnetCidrs, StringComparison.Ordinal))
                ? "; with the computed blocks until privateSubnetCidrs is filled in"
                : "";
            error.WriteLine("note: " + AddressReport.Verdict(AddressCalculator.Compute(plan.Resources, live.Name, live.NodeGroups))
                + $" (plan --report addresses{computed})");
        }

        if (!policy)
        {
            PlanReport.WriteTree(plan, output);
        }

        System.Collections.Immutable.ImmutableDictionary<string, System.Text.Json.Nodes.JsonNode?> sections;
        try
        {
            var root = StackConfigFile.FindProjectRoot(Directory.GetCurrentDirectory());
            sections = await PlanReportWriter.WriteAsync(plan, reports, root, output, error, progress, live).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            error.WriteLine($"plan: cannot write the reports: {e.Message}");
            return PlanReportWriter.Failed;
        }

        if (json != null)
        {
            await File.WriteAllTextAsync(json, PlanReport.ToJson(plan, sections)).ConfigureAwait(false);
            output.WriteLine($"Plan written to {json}");
        }

        if (policy)
        {
            return await Numinia.Infra.Policy.PolicyCommand.RunAsync(plan, policyJson, output).ConfigureAwait(false);
        }

        return 0;
#else
        _ = (policy, policyJson, requireSecrets);
        await Task.CompletedTask.ConfigureAwait(false);
        error.WriteLine("plan: this build uses the real Pulumi packages; the offline plan needs the offline SDK: " +
                        "dotnet run --project tools -p:PulumiSdk=Offline -- plan. With the real packages, run `pulumi preview`.");
        return Usage;
#endif
    }
}
