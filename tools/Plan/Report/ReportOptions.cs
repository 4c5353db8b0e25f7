namespace Numinia.Infra.Plan.Report;

/// <summary>The reports <c>plan</c> can produce besides the tree.</summary>
[Flags]
public enum ReportKinds
{
    /// <summary>No report.</summary>
    None = 0,

    /// <summary><c>k8s/&lt;namespace&gt;.yaml</c>: the Kubernetes objects as manifests, one file per namespace.</summary>
    Kubernetes = 1,

    /// <summary><c>helm/&lt;namespace&gt;-&lt;release&gt;.yaml</c>: each Helm release with its chart and values.</summary>
    Helm = 2,

    /// <summary><c>graph.dot</c>, <c>graph.mmd</c> and <c>graph.svg</c>: the dependency graph.</summary>
    Graph = 4,

    /// <summary><c>critical-path.txt</c>: the longest chain of a first <c>pulumi up</c>, printed too.</summary>
    CriticalPath = 8,

    /// <summary><c>cost.txt</c>: the monthly AWS cost at idle and at the node groups' maximum, printed too.</summary>
    Cost = 16,

    /// <summary><c>capacity.txt</c>: the quotas' requests per pool of node groups against what the groups can give pods, printed too.</summary>
    Capacity = 32,


    /// <summary>
    /// <c>flows.txt</c>: the flow matrix, every flow the platform's workloads need or must never get, evaluated against the
    /// plan's NetworkPolicies as the VPC CNI enforces them.
    /// </summary>
    Flows = 64,

    /// <summary>
    /// <c>addresses.txt</c>: the private subnets against the addresses the nodes and pods of the cluster (and of the live
    /// cluster beside it until the cutover ends) take at the node groups' minimum and maximum sizes, printed too.
    /// </summary>
    Addresses = 128,

    /// <summary>Every report.</summary>
    All = Kubernetes | Helm | Graph | CriticalPath | Cost | Capacity | Flows | Addresses,
}

/// <summary>
/// The plan command's report options: <c>--out DIR</c> (write every report into DIR), <c>--report LIST</c>
/// (only these), <c>--collapse DEPTH</c> (fold the graph's nested components) and <c>--quiet</c> (no
/// progress on stderr).
/// </summary>
public sealed class ReportOptions
{
    /// <summary>The options' synopsis, for the usage line.</summary>
    public const string Synopsis = "[--out DIR] [--report k8s,helm,graph,critical-path,cost,capacity,flows,addresses] [--collapse DEPTH] [--quiet]";

    /// <summary>What each option does, for <c>--help</c>.</summary>
    public const string Help = """
          --out DIR          write the plan reports into DIR (all of them unless --report says which):
                               k8s/<namespace>.yaml: the Kubernetes objects as manifests (cluster-scoped: k8s/_cluster.yaml)
                               helm/<namespace>-<release>.yaml: each Helm release's chart, repository, version, values
                               graph.dot, graph.mmd: the dependency graph; graph.svg too when Graphviz `dot` is on PATH
                               critical-path.txt: the longest chain of a first `pulumi up`, with creation times
                               cost.txt: the monthly AWS cost at idle (node groups at min size) and at max size
                               capacity.txt: the quotas' requests per pool of node groups against their allocatable capacity
                               flows.txt: the flow matrix (each flow, must be open or closed, is, and by which policy)
                               addresses.txt: the private subnets against the addresses both clusters' nodes and pods take
          --report LIST      only these reports, comma-separated: k8s, helm, graph, critical-path, cost, capacity, flows,
                             addresses, all; critical-path, cost, capacity and addresses are also printed after the tree and added to --json, so
                             they work without --out; the others need --out
          --collapse DEPTH   graph: draw components nested DEPTH levels deep as one node each
                             (1 = one node per top-level component; default: every resource)
          --quiet            no progress lines on stderr
        """;

    /// <summary>The folder the reports go into, or null to write none.</summary>
    public string? OutputDirectory { get; set; }

    /// <summary>The reports asked for with <c>--report</c>, or null for the default.</summary>
    public ReportKinds? Selected { get; set; }

    /// <summary>The graph's component depth (<c>--collapse</c>), or null to draw every resource.</summary>
    public int? CollapseDepth { get; set; }

    /// <summary>Whether progress lines are left out (<c>--quiet</c>).</summary>
    public bool Quiet { get; set; }

    /// <summary>The reports to produce: those asked for, else all of them when a folder is given, else none.</summary>
    public ReportKinds Effective => Selected ?? (OutputDirectory != null ? ReportKinds.All : ReportKinds.None);

    /// <summary>Parses <c>--report</c>'s list; throws <see cref="ArgumentException"/> naming an unknown report.</summary>
    public static ReportKinds ParseKinds(string list)
    {
        var kinds = ReportKinds.None;
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            kinds |= item switch
            {
                "k8s" or "kubernetes" => ReportKinds.Kubernetes,
                "helm" => ReportKinds.Helm,
                "graph" => ReportKinds.Graph,
                "critical-path" or "path" => ReportKinds.CriticalPath,
                "cost" => ReportKinds.Cost,
                "capacity" => ReportKinds.Capacity,
                "flows" => ReportKinds.Flows,
                "addresses" => ReportKinds.Addresses,
                "all" => ReportKinds.All,
                _ => throw new ArgumentException(
                    $"Unknown report '{item}' in --report (expected k8s, helm, graph, critical-path, cost, capacity, flows, addresses or all)."),
            };
        }

        return kinds == ReportKinds.None ? throw new ArgumentException("--report needs at least one report.") : kinds;
    }

    /// <summary>Parses <c>--collapse</c>'s depth (a whole number from 1).</summary>
    public static int ParseDepth(string text)
        => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var depth) && depth >= 1
            ? depth
            : throw new ArgumentException($"--collapse '{text}' is not a depth (expected a whole number from 1).");

    /// <summary>Throws <see cref="ArgumentException"/> when the options do not go together.</summary>
    public void Validate()
    {
        const ReportKinds filesOnly = ReportKinds.Kubernetes | ReportKinds.Helm | ReportKinds.Graph | ReportKinds.Flows;
        if (OutputDirectory is null && (Effective & filesOnly) != ReportKinds.None)
        {
            throw new ArgumentException("--report k8s, helm, graph and flows write files: add --out DIR.");
        }

        if (CollapseDepth != null && (Effective & ReportKinds.Graph) == ReportKinds.None)
        {
            throw new ArgumentException("--collapse shapes the graph report: add --out DIR (and graph to --report).");
        }
    }
}
