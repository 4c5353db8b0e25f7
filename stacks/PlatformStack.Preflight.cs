using Numinia.Stacks.Config;
using Numinia.Stacks.Preflight;
using Pulumi;

namespace Numinia.Stacks;

public sealed partial class PlatformStack
{
    /// <summary>
    /// Asks the account what it offers and logs, as an error, each setting it would refuse at <c>up</c>: the engine then
    /// fails preview and up once the program has run, with every problem at once and the whole plan declared. Nothing is
    /// created here; the apply only logs.
    /// </summary>
    private static void RunPreflight(PlatformConfig config, ProviderResource aws)
        => _ = PreflightQuestions.Ask(config, aws).Apply(answers =>
        {
            var problems = PreflightChecks.Problems(config, answers, databaseAdopted: config.Database.Imports is not null);
            foreach (var problem in problems)
            {
                Log.Error(PreflightChecks.Message(problem));
            }

            return problems.Length;
        });
}
