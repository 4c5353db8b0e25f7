using CsCheck;

namespace Numinia.Infra.Tests;

/// <summary>
/// Runs a property over the same generated cases every time: CsCheck's <c>Sample</c> uses a given seed for its first case
/// only and draws the others at random, so the cases are drawn here from one fixed PCG stream instead. A failing case is
/// handed to CsCheck from its own seed, which replays it, shrinks it to a minimal counterexample and reports both.
/// Setting <c>CsCheck_Seed</c> (the seed a failure prints) replays that case through CsCheck directly.
/// </summary>
internal static class FixedSample
{
    // Any fixed state will do; this one is the stream of every property run.
    private const ulong State = 0x6e756d696e6961;

    private static readonly string? s_replay = Environment.GetEnvironmentVariable("CsCheck_Seed");

    /// <summary>Checks <paramref name="assert"/> on <paramref name="cases"/> cases of <paramref name="gen"/>.</summary>
    public static void Check<T>(Gen<T> gen, Action<T> assert, int cases, Func<T, string> print)
        => CheckAsync(gen, value =>
        {
            assert(value);
            return Task.CompletedTask;
        }, cases, print).GetAwaiter().GetResult();

    /// <summary>Checks the asynchronous <paramref name="assert"/> on <paramref name="cases"/> cases of <paramref name="gen"/>.</summary>
    public static async Task CheckAsync<T>(Gen<T> gen, Func<T, Task> assert, int cases, Func<T, string> print)
    {
        if (s_replay is not null)
        {
            await gen.SampleAsync(assert, seed: s_replay, iter: 1, threads: 1, print: print);
            return;
        }

        var pcg = new PCG(1, State);
        for (var i = 0; i < cases; i++)
        {
            var state = pcg.State;
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await assert(value);
            }
            catch (Exception)
            {
                await gen.SampleAsync(assert, seed: pcg.ToString(state), iter: cases, threads: 1, print: print);
                throw;
            }
        }
    }
}
