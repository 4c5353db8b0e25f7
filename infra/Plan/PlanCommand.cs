namespace Numinia.Infra.Plan;

/// <summary>
/// <c>plan</c>: runs the stack offline under <see cref="PlanMocks"/> and prints a preview-like tree of
/// every resource; <c>--json FILE</c> writes the full plan. Options: <c>--stack NAME|FILE</c> (default
/// prod), <c>--config KEY=VALUE</c> (repeatable), <c>--json FILE</c>.
/// </summary>
public static class PlanCommand
{
    /// <summary>Exit code of a config the stack rejects.</summary>
    public const int InvalidConfig = 2;

    /// <summary>Exit code of bad command-line usage.</summary>
    public const int Usage = 64;

    /// <summary>Parses the arguments and runs the plan.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var stack = "prod";
        string? json = null;
        var overrides = new List<string>();
        var requireSecrets = false;
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
                    case "--require-secrets":
                        requireSecrets = true;
                        break;
                    case "--help" or "-h":
                        output.WriteLine("usage: plan [--stack NAME|FILE] [--config KEY=VALUE]... [--require-secrets] [--json FILE]");
                        return 0;
                    default:
                        throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"plan: {e.Message}");
                error.WriteLine("usage: plan [--stack NAME|FILE] [--config KEY=VALUE]... [--require-secrets] [--json FILE]");
                return Usage;
            }
        }

#if PULUMI_OFFLINE
        StackConfigFile config;
        try
        {
            config = StackConfigFile.Load(StackConfigFile.FindProjectRoot(Directory.GetCurrentDirectory()), stack, overrides, requireSecrets);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or YamlDotNet.Core.YamlException)
        {
            error.WriteLine($"plan: {e.Message}");
            return Usage;
        }

        PlanResult plan;
        try
        {
            plan = await Planner.RunAsync(config).ConfigureAwait(false);
        }
        catch (Pulumi.RunException e)
        {
            error.WriteLine($"error: {e.Message}");
            return InvalidConfig;
        }

        foreach (var key in config.PlaceholderSecrets)
        {
            error.WriteLine($"note: the secret {key} is not set in the stack file; planned with a placeholder (pulumi up requires it: " +
                            $"pulumi config set --secret {key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]} <value>)");
        }

        PlanReport.WriteTree(plan, output);
        if (json != null)
        {
            await File.WriteAllTextAsync(json, PlanReport.ToJson(plan)).ConfigureAwait(false);
            output.WriteLine($"Plan written to {json}");
        }

        return 0;
#else
        await Task.CompletedTask.ConfigureAwait(false);
        error.WriteLine("plan: this build uses the real Pulumi packages; the offline plan needs the offline SDK: " +
                        "dotnet run --project infra -p:PulumiSdk=Offline -- plan. With the real packages, run `pulumi preview`.");
        return Usage;
#endif
    }
}
