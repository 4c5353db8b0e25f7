#if PULUMI_OFFLINE
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Numinia.Infra.Plan;

namespace Numinia.Infra.Bench;

/// <summary>
/// <c>bench</c>: measures the offline plan of the prod stack as a whole process at growing organization
/// counts (wall time, allocated bytes, peak memory, resources, per-resource cost, growth ratios), plus a
/// no-op incremental build of tools/ (what the plan builds: the tools and the program's projects), a clean build and
/// the test suite, and writes them as Markdown. Each plan runs in a fresh process
/// (<c>dotnet Numinia.Infra.Tools.dll plan</c>), the way the README runs it, repeated; the figures are medians.
/// </summary>
public static partial class BenchCommand
{
    /// <summary>The environment variable through which a plan process reports its own figures.</summary>
    public const string StatsVariable = "NUMINIA_PLAN_STATS";

    private const string Usage = "usage: bench [--organizations 4,40,400,1000] [--runs 3] [--out FILE] [--no-builds]";

    /// <summary>
    /// Runs <c>plan</c>; when <see cref="StatsVariable"/> names a file, writes the process's own figures there
    /// as it ends (resources, time, allocated bytes, peak resident memory).
    /// </summary>
    public static async Task<int> PlanReportingStatsAsync(string[] args, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var exitCode = await PlanCommand.RunAsync(args, output, error).ConfigureAwait(false);
        if (Environment.GetEnvironmentVariable(StatsVariable) is { Length: > 0 } statsFile)
        {
            using var self = Process.GetCurrentProcess();
            var stats = new PlanProcessStats(PlanCommand.LastResourceCount, clock.Elapsed.TotalSeconds,
                GC.GetTotalAllocatedBytes(precise: true), self.PeakWorkingSet64)
            {
                ReferencedPlanSeconds = Planner.LastReferencedPlan.Seconds,
                ReferencedAllocatedBytes = Planner.LastReferencedPlan.AllocatedBytes,
            };
            await File.WriteAllTextAsync(statsFile, JsonSerializer.Serialize(stats)).ConfigureAwait(false);
        }

        return exitCode;
    }

    /// <summary>Parses the arguments and runs the benchmark.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var counts = new[] { 4, 40, 400, 1000 };
        var runs = 3;
        string? outFile = null;
        var builds = true;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--organizations":
                        counts = Next().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
                        break;
                    case "--runs":
                        runs = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--out":
                        outFile = Next();
                        break;
                    case "--no-builds":
                        builds = false;
                        break;
                    case "--help" or "-h":
                        output.WriteLine(Usage);
                        return 0;
                    default:
                        throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }

            if (runs < 1 || counts.Length == 0 || counts.Any(c => c < 1))
            {
                throw new ArgumentException("--runs and every organization count must be at least 1.");
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            error.WriteLine($"bench: {e.Message}");
            error.WriteLine(Usage);
            return PlanCommand.Usage;
        }

        var root = StackConfigFile.FindProjectRoot(Directory.GetCurrentDirectory());
        var work = Directory.CreateTempSubdirectory("numinia-bench-");
        try
        {
            var prod = StackConfigFile.Load(root, "prod", Array.Empty<string>());
            var live = JsonNode.Parse(prod.Values[$"{prod.ProjectName}:organizations"])!.AsArray();
            var results = new List<PlanFigures>();
            foreach (var count in counts)
            {
                var stackFile = WriteStackFile(work.FullName, prod, SyntheticOrganizations.Generate(live, count), count);
                var samples = new List<PlanSample>();
                for (var run = 0; run < runs; run++)
                {
                    error.WriteLine($"bench: {count} organizations, run {run + 1}/{runs}...");
                    samples.Add(await PlanOnceAsync(root, stackFile, work.FullName).ConfigureAwait(false));
                }

                results.Add(PlanFigures.Median(count, samples));
            }

            var tenancy = await MeasureTenancyAsync(root, work.FullName, prod, live, counts, runs, error).ConfigureAwait(false);

            var buildFigures = builds ? await MeasureBuildsAsync(root, error).ConfigureAwait(false) : null;
            var markdown = Render(results, buildFigures, runs, counts, tenancy);
            output.Write(markdown);
            if (outFile != null)
            {
                await File.WriteAllTextAsync(outFile, markdown).ConfigureAwait(false);
                error.WriteLine($"bench: written to {outFile}");
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Writes the prod stack's config with another organization list as a stack file of its own.</summary>
    private static string WriteStackFile(string folder, StackConfigFile prod, JsonArray organizations, int count, string suffix = "",
        IReadOnlyDictionary<string, string>? values = null)
    {
        var path = Path.Combine(folder, $"Pulumi.bench{count}{suffix}.yaml");
        var text = new StringBuilder("config:\n");
        // A secret cannot be written in plain text (the plan refuses it): left out, it plans with its placeholder again.
        foreach (var (key, value) in (values ?? prod.Values).Where(p => !prod.SecretKeys.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var raw = key == $"{prod.ProjectName}:organizations" ? organizations.ToJsonString() : value;
            // JSON is YAML: arrays and objects go in flow style, scalars as JSON strings (the program reads strings).
            var isJson = raw.StartsWith('[') || raw.StartsWith('{');
            text.Append("  ").Append(key).Append(": ").Append(isJson ? raw : JsonSerializer.Serialize(raw)).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static async Task<PlanSample> PlanOnceAsync(string root, string stackFile, string work, params string[] extraArguments)
    {
        var stats = Path.Combine(work, "stats.json");
        File.Delete(stats);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        start.ArgumentList.Add("plan");
        start.ArgumentList.Add("--stack");
        start.ArgumentList.Add(stackFile);
        foreach (var argument in extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[StatsVariable] = stats;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the plan process.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The plan of {stackFile} failed ({process.ExitCode}): {await stderr.ConfigureAwait(false)}");
        }

        _ = await stdout.ConfigureAwait(false);
        var figures = JsonSerializer.Deserialize<PlanProcessStats>(await File.ReadAllTextAsync(stats).ConfigureAwait(false))
            ?? throw new InvalidDataException("The plan process wrote no figures.");
        return new PlanSample(clock.Elapsed.TotalSeconds, figures);
    }

    private static async Task<BuildFigures> MeasureBuildsAsync(string root, TextWriter error)
    {
        error.WriteLine("bench: clean build of tools/...");
        var clean = await TimeAsync(root, "build", "tools", "-p:PulumiSdk=Offline", "--no-incremental").ConfigureAwait(false);
        error.WriteLine("bench: no-op build of tools/...");
        var noOp = await TimeAsync(root, "build", "tools", "-p:PulumiSdk=Offline").ConfigureAwait(false);
        error.WriteLine("bench: the test suite...");
        var tests = await TimeAsync(root, "test", "Numinia.Infra.sln", "-p:PulumiSdk=Offline").ConfigureAwait(false);
        return new BuildFigures(clean, noOp, tests);
    }

    private static async Task<double> TimeAsync(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed: {await stdout.ConfigureAwait(false)}{await stderr.ConfigureAwait(false)}");
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static string Render(IReadOnlyList<PlanFigures> plans, BuildFigures? builds, int runs, int[] counts, IReadOnlyList<TenancyFigures> tenancy)
    {
        var md = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        md.AppendLine("# Benchmarks");
        md.AppendLine();
        md.AppendLine(culture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on: {Machine()}.");
        md.AppendLine();
        md.AppendLine("## Offline plan of the prod stack, by organization count");
        md.AppendLine();
        md.AppendLine(culture, $"Median of {runs} runs, each a fresh `dotnet Numinia.Infra.Tools.dll plan` process; wall time includes process start.");
        md.AppendLine();
        md.AppendLine("| organizations | resources | wall (s) | in-process plan (s) | allocated (MB) | peak memory (MB) | ms / resource | KB allocated / resource | wall ratio to previous | resources ratio to previous |");
        md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        PlanFigures? previous = null;
        foreach (var p in plans)
        {
            var wallRatio = previous is null ? "" : (p.WallSeconds / previous.WallSeconds).ToString("0.00", culture);
            var resourceRatio = previous is null ? "" : ((double)p.Resources / previous.Resources).ToString("0.00", culture);
            md.AppendLine(culture,
                $"| {p.Organizations} | {p.Resources} | {p.WallSeconds:0.00} | {p.PlanSeconds:0.00} | {p.AllocatedBytes / 1e6:0.0} | {p.PeakMemoryBytes / 1e6:0.0} | {p.WallSeconds * 1000 / p.Resources:0.000} | {p.AllocatedBytes / 1024.0 / p.Resources:0.0} | {wallRatio} | {resourceRatio} |");
            previous = p;
        }

        RenderTenancy(md, tenancy, plans, runs);

        if (builds is { } b)
        {
            md.AppendLine();
            md.AppendLine("## Builds and tests");
            md.AppendLine();
            md.AppendLine("| step | seconds |");
            md.AppendLine("| --- | ---: |");
            md.AppendLine(culture, $"| clean build of tools/ (`dotnet build tools -p:PulumiSdk=Offline --no-incremental`) | {b.CleanBuildSeconds:0.0} |");
            md.AppendLine(culture, $"| no-op incremental build of tools/ (`dotnet build tools -p:PulumiSdk=Offline`) | {b.NoOpBuildSeconds:0.0} |");
            md.AppendLine(culture, $"| the test suite (`dotnet test Numinia.Infra.sln -p:PulumiSdk=Offline`, incremental build included) | {b.TestSeconds:0.0} |");
        }

        md.AppendLine();
        md.AppendLine(culture, $"Reproduce: `dotnet run --project tools -c Release -p:PulumiSdk=Offline -- bench --organizations {string.Join(',', counts)} --runs {runs} --out docs/benchmarks.md`");
        return md.ToString();
    }

    /// <summary>The machine, as the figures need it: cores, memory, CPU model, OS and .NET.</summary>
    private static string Machine()
    {
        static string? Line(string file, string prefix)
            => File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) : null;
        var cpu = Line("/proc/cpuinfo", "model name")?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = Line("/proc/meminfo", "MemTotal")?.Split(':', 2)[1].Trim() ?? "unknown memory";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu}), {memory} RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
            $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Release build, offline SDK");
    }

    private sealed record PlanSample(double WallSeconds, PlanProcessStats Stats);

    private sealed record BuildFigures(double CleanBuildSeconds, double NoOpBuildSeconds, double TestSeconds);

    private sealed record PlanFigures(int Organizations, int Resources, double WallSeconds, double PlanSeconds, long AllocatedBytes, long PeakMemoryBytes)
    {
        public static PlanFigures Median(int organizations, IReadOnlyList<PlanSample> samples) => new(
            organizations,
            samples[0].Stats.Resources,
            MedianOf(samples.Select(s => s.WallSeconds)),
            MedianOf(samples.Select(s => s.Stats.PlanSeconds)),
            (long)MedianOf(samples.Select(s => (double)s.Stats.AllocatedBytes)),
            (long)MedianOf(samples.Select(s => (double)s.Stats.PeakWorkingSetBytes)));

        internal static double MedianOf(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}

/// <summary>The figures a plan process reports about itself when <see cref="BenchCommand.StatsVariable"/> names a file.</summary>
/// <param name="Resources">Resources the plan declared.</param>
/// <param name="PlanSeconds">Time from the start of Main to the end of the plan, in the process.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap over the process's life.</param>
/// <param name="PeakWorkingSetBytes">The process's peak resident memory.</param>
public sealed record PlanProcessStats(int Resources, double PlanSeconds, long AllocatedBytes, long PeakWorkingSetBytes)
{
    /// <summary>For a tenant stack: the part of <see cref="PlanSeconds"/> spent planning its platform stack first.</summary>
    public double ReferencedPlanSeconds { get; init; }

    /// <summary>For a tenant stack: the part of <see cref="AllocatedBytes"/> allocated planning its platform stack.</summary>
    public long ReferencedAllocatedBytes { get; init; }
}
#endif
