#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// Produces the reports a plan run asked for (<see cref="ReportOptions"/>): writes the files into the
/// output folder, prints the critical path, the cost and the capacity fit after the tree, and returns the sections they
/// add to the <c>--json</c> plan. Each report is one linear pass over the indexed plan.
/// </summary>
public static class PlanReportWriter
{
    /// <summary>Exit code when a report cannot be produced (a missing or malformed table, an unwritable folder).</summary>
    public const int Failed = 1;

    /// <summary>The longest <c>dot</c> may take to draw graph.svg.</summary>
    public static readonly TimeSpan SvgTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most nodes graph.svg is drawn for: dot's layout of clusters grows much faster than linearly, and a
    /// drawing of thousands of boxes is unreadable anyway (<c>--collapse</c> makes a smaller one).
    /// </summary>
    public const int SvgMaxNodes = 2000;

    /// <summary>
    /// Writes the reports of <paramref name="options"/> for <paramref name="plan"/>; the tables come from
    /// <paramref name="projectRoot"/>; notes (a report skipped) go to <paramref name="error"/>, even with
    /// <c>--quiet</c>, and progress to <paramref name="progress"/>. <paramref name="live"/> is the live cluster beside this one (the address
    /// report counts it). Returns the JSON sections (<c>criticalPath</c>, <c>cost</c>, <c>capacity</c>, <c>addresses</c>) to add to
    /// the plan's JSON. Throws <see cref="InvalidDataException"/> or <see cref="IOException"/> when a report
    /// cannot be produced.
    /// </summary>
    public static async Task<ImmutableDictionary<string, JsonNode?>> WriteAsync(
        PlanResult plan, ReportOptions options, string projectRoot, TextWriter output, TextWriter error, PlanProgress progress,
        LiveClusterFacts? live = null)
    {
        var kinds = options.Effective;
        var sections = ImmutableDictionary.CreateBuilder<string, JsonNode?>(StringComparer.Ordinal);
        if (kinds == ReportKinds.None)
        {
            return sections.ToImmutable();
        }

        var directory = options.OutputDirectory;
        if (directory != null)
        {
            Directory.CreateDirectory(directory);
        }

        var written = new List<string>();
        if (kinds.HasFlag(ReportKinds.Kubernetes))
        {
            var files = progress.Step("k8s", () => KubernetesManifests.Render(plan.Resources), f => Count(f.Count, "namespace file"));
            await WriteFolderAsync(Path.Combine(directory!, "k8s"), files).ConfigureAwait(false);
            written.Add($"k8s/ ({Count(files.Count, "file")})");
        }

        if (kinds.HasFlag(ReportKinds.Helm))
        {
            var files = progress.Step("helm", () => HelmValues.Render(plan.Resources), f => Count(f.Count, "release"));
            await WriteFolderAsync(Path.Combine(directory!, "helm"), files).ConfigureAwait(false);
            written.Add($"helm/ ({Count(files.Count, "file")})");
        }

        ResourceGraph? graph = null;
        ResourceGraph Graph() => graph ??= progress.Step("index", () => new ResourceGraph(plan.Resources), g => Count(g.Count, "resource"));

        if (kinds.HasFlag(ReportKinds.Graph))
        {
            var (drawing, dotText, mermaidText) = progress.Step("graph", () =>
                {
                    var d = new DependencyGraph(Graph(), options.CollapseDepth);
                    return (d, d.ToDot(), d.ToMermaid());
                },
                d => $"{Count(d.Item1.NodeCount, "node")}, {Count(d.Item1.EdgeCount, "arrow")}");
            var dot = Path.Combine(directory!, "graph.dot");
            await File.WriteAllTextAsync(dot, dotText).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(directory!, "graph.mmd"), mermaidText).ConfigureAwait(false);
            written.Add("graph.dot");
            written.Add("graph.mmd");
            var svg = Path.Combine(directory!, "graph.svg");
            File.Delete(svg);
            var started = DateTime.UtcNow;
            var problem = drawing.NodeCount > SvgMaxNodes
                ? string.Create(CultureInfo.InvariantCulture,
                    $"graph.svg skipped: {drawing.NodeCount:N0} nodes are more than dot draws readably ({SvgMaxNodes:N0}); plan --collapse 1 or 2 draws fewer")
                : await DependencyGraph.RenderSvgAsync(dot, svg, SvgTimeout).ConfigureAwait(false);
            if (problem is null)
            {
                progress.Step(string.Create(CultureInfo.InvariantCulture, $"graph.svg: drawn by dot ({(DateTime.UtcNow - started).TotalSeconds:0.0} s)"));
                written.Add("graph.svg");
            }
            else
            {
                error.WriteLine("plan: note: " + problem);
            }
        }

        if (kinds.HasFlag(ReportKinds.CriticalPath))
        {
            var times = CreationTimes.Load(Path.Combine(projectRoot, CreationTimes.RepositoryPath));
            var path = progress.Step("critical path", () => CriticalPath.Compute(Graph(), times), p => CriticalPath.Clock(p.Total));
            var text = CriticalPath.ToText(path, times);
            output.WriteLine();
            output.Write(text);
            sections["criticalPath"] = CriticalPath.ToJson(path, times);
            if (directory != null)
            {
                await File.WriteAllTextAsync(Path.Combine(directory, "critical-path.txt"), text).ConfigureAwait(false);
                written.Add("critical-path.txt");
            }
        }

        if (kinds.HasFlag(ReportKinds.Cost))
        {
            var table = PriceTable.Load(Path.Combine(projectRoot, PriceTable.RepositoryPath));
            var estimate = progress.Step("cost", () => CostEstimator.Estimate(plan.Resources, table),
                e => $"{CostEstimator.Money(e.IdleTotal)} to {CostEstimator.Money(e.MaxTotal)} {table.Currency} a month");
            var fit = CapacityCalculator.Compute(plan.Resources);
            var sizing = CostSizing.Lines(plan.Resources, table, PlatformFloorCalculator.Compute(plan.Resources, fit));
            var tenants = TenantCostCalculator.Of(plan.Resources.ToList(), table, fit);
            var text = CostEstimator.ToText(estimate, table) + CostSizing.ToText(sizing) + TenantCostCalculator.ToText(tenants, estimate);
            output.WriteLine();
            output.Write(text);
            sections["cost"] = CostEstimator.ToJson(estimate, table);
            if (directory != null)
            {
                await File.WriteAllTextAsync(Path.Combine(directory, "cost.txt"), text).ConfigureAwait(false);
                written.Add("cost.txt");
            }
        }

        if (kinds.HasFlag(ReportKinds.Capacity))
        {
            var fit = progress.Step("capacity", () => CapacityCalculator.Compute(plan.Resources),
                f => f.Pools.All(p => p.Fits) ? "the quotas fit" : $"{f.Pools.Count(p => !p.Fits)} pool(s) over capacity");
            var text = CapacityReport.ToText(fit) + CapacityReport.FloorText(PlatformFloorCalculator.Compute(plan.Resources, fit));
            output.WriteLine();
            output.Write(text);
            sections["capacity"] = CapacityReport.ToJson(fit);
            if (directory != null)
            {
                await File.WriteAllTextAsync(Path.Combine(directory, "capacity.txt"), text).ConfigureAwait(false);
                written.Add("capacity.txt");
            }
        }

        if (kinds.HasFlag(ReportKinds.Addresses))
        {
            var fit = progress.Step("addresses", () => AddressCalculator.Compute(plan.Resources, live?.Name, live?.NodeGroups ?? default),
                f => f.Holds ? "the subnets hold" : $"{f.Subnets.Count(s => !s.Holds)} subnet(s) short");
            var text = AddressReport.ToText(fit);
            output.WriteLine();
            output.Write(text);
            sections["addresses"] = AddressReport.ToJson(fit);
            if (directory != null)
            {
                await File.WriteAllTextAsync(Path.Combine(directory, "addresses.txt"), text).ConfigureAwait(false);
                written.Add("addresses.txt");
            }
        }

        if (kinds.HasFlag(ReportKinds.Flows))
        {
            var model = progress.Step("flows", () => Flows.FlowModel.Of(plan), m => Count(m.Flows.Length, "flow"));
            var verdicts = model.Evaluate();
            await File.WriteAllTextAsync(Path.Combine(directory!, "flows.txt"), Flows.FlowMatrix.ToText(model, verdicts)).ConfigureAwait(false);
            sections["flows"] = Flows.FlowMatrix.ToJson(verdicts);
            written.Add("flows.txt");
        }

        if (directory != null)
        {
            output.WriteLine();
            output.WriteLine($"Reports written to {directory}: {string.Join(", ", written)}");
        }

        return sections.ToImmutable();
    }

    /// <summary>
    /// Replaces the YAML files of a generated folder with <paramref name="files"/> (names made safe for
    /// any file system), so that a namespace or release that left the plan leaves no stale file.
    /// </summary>
    private static async Task WriteFolderAsync(string folder, ImmutableSortedDictionary<string, string> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.yaml"))
        {
            File.Delete(stale);
        }

        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, SafeFileName(name) + ".yaml"), text).ConfigureAwait(false);
        }
    }

    /// <summary>A name with anything but letters, digits, '.', '_' and '-' replaced by '_'.</summary>
    public static string SafeFileName(string name)
        => new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray());

    private static string Count(int count, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
#endif
