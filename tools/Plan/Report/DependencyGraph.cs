#if PULUMI_OFFLINE
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// The plan's dependency graph for people, as Graphviz DOT and as Mermaid: one node per resource (its type
/// and name), an arrow from each dependency to the resource that waits for it, components drawn as
/// clusters holding their children (with a node of their own, which others may depend on), and a dotted
/// arrow from a custom resource to a child it parents. Providers are left out (every Kubernetes object
/// would point at the cluster's provider). With a collapse depth, components nested that deep are drawn
/// as one node standing for everything in them, with the arrows of their contents merged.
/// </summary>
public sealed class DependencyGraph
{
    private readonly ResourceGraph _graph;
    private readonly int[] _representative;
    private readonly bool[] _expanded;
    private readonly List<(int From, int To, bool Parent)> _edges;
    private readonly int[] _contains;

    /// <summary>Lays out <paramref name="graph"/>, folding components <paramref name="collapseDepth"/> levels deep (null: none).</summary>
    public DependencyGraph(ResourceGraph graph, int? collapseDepth = null)
    {
        _graph = graph;
        var count = graph.Count;
        _representative = new int[count];
        _expanded = new bool[count];
        _contains = new int[count];
        var depth = new int[count];

        // Parents are registered before their children, but a hand-made plan need not be: walk from the roots.
        var order = new List<int>(count);
        var stack = new Stack<int>();
        for (var i = 0; i < count; i++)
        {
            if (graph.ParentOf(i) < 0)
            {
                stack.Push(i);
            }
        }

        while (stack.Count > 0)
        {
            var i = stack.Pop();
            order.Add(i);
            foreach (var child in graph.ChildrenOf(i))
            {
                stack.Push(child);
            }
        }

        foreach (var i in order)
        {
            var parent = graph.ParentOf(i);
            var parentRepresentative = parent < 0 ? -1 : _representative[parent];
            if (parentRepresentative >= 0 && parentRepresentative != parent)
            {
                // Inside a collapsed component.
                _representative[i] = parentRepresentative;
            }
            else if (parent >= 0 && parentRepresentative == parent && graph.IsGroup(parent) && !_expanded[parent])
            {
                _representative[i] = parent;
            }
            else
            {
                _representative[i] = i;
            }

            depth[i] = parent < 0 || graph.IsStack(parent) ? 0 : depth[parent] + (graph.IsGroup(parent) ? 1 : 0);
            _expanded[i] = graph.IsGroup(i) && _representative[i] == i && (collapseDepth is not { } limit || depth[i] + 1 < limit);
        }

        foreach (var i in order)
        {
            if (_representative[i] != i)
            {
                _contains[_representative[i]]++;
            }
            else if (!graph.IsStack(i))
            {
                NodeCount++;
            }
        }

        var seen = new HashSet<(int, int)>();
        _edges = new List<(int, int, bool)>();
        for (var i = 0; i < count; i++)
        {
            if (graph.IsStack(i))
            {
                continue;
            }

            var to = _representative[i];
            foreach (var dependency in graph.DependenciesOf(i))
            {
                var from = _representative[dependency];
                if (from != to && !graph.IsStack(from) && seen.Add((from, to)))
                {
                    _edges.Add((from, to, false));
                }
            }

            var parent = graph.ParentOf(i);
            if (parent >= 0 && graph[parent].Custom && _representative[parent] != to && seen.Add((_representative[parent], to)))
            {
                _edges.Add((_representative[parent], to, true));
            }
        }
    }

    /// <summary>How many nodes the drawing has.</summary>
    public int NodeCount { get; }

    /// <summary>How many arrows the drawing has.</summary>
    public int EdgeCount => _edges.Count;

    /// <summary>The graph in Graphviz DOT.</summary>
    public string ToDot()
    {
        var text = new StringBuilder();
        text.Append("// The plan's dependency graph: an arrow runs from a dependency to the resource that waits for it;\n");
        text.Append("// clusters are components, dotted arrows a custom resource's children, 3D boxes collapsed components.\n");
        text.Append("digraph plan {\n");
        text.Append("  rankdir=LR; compound=true; newrank=true; ranksep=0.6; nodesep=0.15;\n");
        text.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=9, fillcolor=\"#ffffff\"];\n");
        text.Append("  edge [color=\"#8a8a8a\", arrowsize=0.6];\n");
        foreach (var root in Roots())
        {
            WriteDot(text, root, 1);
        }

        foreach (var (from, to, parent) in _edges)
        {
            text.Append("  n").Append(from).Append(" -> n").Append(to).Append(parent ? " [style=dotted];\n" : ";\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The graph in Mermaid (flowchart).</summary>
    public string ToMermaid()
    {
        var text = new StringBuilder();
        text.Append("%% The plan's dependency graph: an arrow runs from a dependency to the resource that waits for it;\n");
        text.Append("%% subgraphs are components, dotted arrows a custom resource's children.\n");
        if (_edges.Count > 500)
        {
            text.Append("%% ").Append(_edges.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" arrows: Mermaid draws at most 500 by default (its maxEdges setting); plan --collapse 1 or 2 draws fewer.\n");
        }

        text.Append("flowchart LR\n");
        text.Append("  classDef aws fill:#fff4e5,stroke:#d98b00\n");
        text.Append("  classDef kubernetes fill:#e8f0fe,stroke:#326ce5\n");
        text.Append("  classDef component fill:#f3f3f3,stroke:#777777\n");
        text.Append("  classDef other fill:#ffffff,stroke:#999999\n");
        foreach (var root in Roots())
        {
            WriteMermaid(text, root, 1);
        }

        foreach (var (from, to, parent) in _edges)
        {
            text.Append("  n").Append(from).Append(parent ? " -.-> n" : " --> n").Append(to).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Renders <paramref name="dotFile"/> to SVG with Graphviz's <c>dot</c> when it is on PATH; returns null on
    /// success, else why not (dot absent, failed, or slower than <paramref name="timeout"/>).
    /// </summary>
    public static async Task<string?> RenderSvgAsync(string dotFile, string svgFile, TimeSpan timeout)
    {
        var dot = FindOnPath("dot");
        if (dot is null)
        {
            return "Graphviz `dot` is not on PATH; graph.svg skipped (render it with: dot -Tsvg graph.dot -o graph.svg)";
        }

        using var process = new Process
        {
            StartInfo = new ProcessStartInfo(dot)
            {
                ArgumentList = { "-Tsvg", dotFile, "-o", svgFile },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            },
        };
        process.Start();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return $"dot did not finish within {timeout.TotalSeconds:0} s; graph.svg skipped (plan --collapse 1 draws a smaller graph)";
        }

        return process.ExitCode == 0 ? null : $"dot failed ({process.ExitCode}): {(await errors.ConfigureAwait(false)).Trim()}";
    }

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : new[] { name };
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in names)
            {
                var path = Path.Combine(folder, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>The top of the drawing: the stack's children (or any root that is not a stack).</summary>
    private IEnumerable<int> Roots()
    {
        for (var i = 0; i < _graph.Count; i++)
        {
            var parent = _graph.ParentOf(i);
            if (!_graph.IsStack(i) && (parent < 0 || _graph.IsStack(parent)))
            {
                yield return i;
            }
        }
    }

    private void WriteDot(StringBuilder text, int i, int indent)
    {
        var pad = new string(' ', indent * 2);
        if (_expanded[i])
        {
            text.Append(pad).Append("subgraph cluster_").Append(i).Append(" {\n");
            text.Append(pad).Append("  label=\"").Append(DotEscape(Label(i, " "))).Append("\"; style=\"rounded\"; color=\"#9a9a9a\"; fontsize=10;\n");
            text.Append(pad).Append("  n").Append(i).Append(" [label=\"").Append(DotEscape(Label(i, "\n")))
                .Append("\", shape=component, fillcolor=\"#f3f3f3\"];\n");
            foreach (var child in _graph.ChildrenOf(i))
            {
                WriteDot(text, child, indent + 1);
            }

            text.Append(pad).Append("}\n");
            return;
        }

        if (_representative[i] != i)
        {
            return;
        }

        text.Append(pad).Append('n').Append(i).Append(" [label=\"").Append(DotEscape(Label(i, "\n"))).Append('"');
        if (_graph.IsGroup(i))
        {
            text.Append(", shape=box3d, fillcolor=\"#f3f3f3\"");
        }
        else
        {
            text.Append(", fillcolor=\"").Append(Palette(i).Dot).Append('"');
        }

        text.Append("];\n");
        foreach (var child in _graph.ChildrenOf(i))
        {
            // A custom resource's children are drawn beside it.
            WriteDot(text, child, indent);
        }
    }

    private void WriteMermaid(StringBuilder text, int i, int indent)
    {
        var pad = new string(' ', indent * 2);
        if (_expanded[i])
        {
            text.Append(pad).Append("subgraph g").Append(i).Append("[\"").Append(MermaidEscape(Label(i, " "))).Append("\"]\n");
            text.Append(pad).Append("  n").Append(i).Append("[[\"").Append(MermaidEscape(Label(i, "<br/>"))).Append("\"]]:::component\n");
            foreach (var child in _graph.ChildrenOf(i))
            {
                WriteMermaid(text, child, indent + 1);
            }

            text.Append(pad).Append("end\n");
            return;
        }

        if (_representative[i] != i)
        {
            return;
        }

        text.Append(pad).Append('n').Append(i);
        text.Append(_graph.IsGroup(i) ? "[[\"" : "[\"").Append(MermaidEscape(Label(i, "<br/>")));
        text.Append(_graph.IsGroup(i) ? "\"]]:::component\n" : "\"]:::" + Palette(i).Mermaid + "\n");
        foreach (var child in _graph.ChildrenOf(i))
        {
            WriteMermaid(text, child, indent);
        }
    }

    private string Label(int i, string separator)
    {
        var resource = _graph[i];
        var label = resource.Type + separator + resource.Name;
        return _representative[i] == i && _graph.IsGroup(i) && !_expanded[i]
            ? label + separator + "(" + _contains[i].ToString(CultureInfo.InvariantCulture) + " resources)"
            : label;
    }

    private (string Dot, string Mermaid) Palette(int i)
    {
        var type = _graph[i].Type;
        if (type.StartsWith("aws:", StringComparison.Ordinal))
        {
            return ("#fff4e5", "aws");
        }

        if (type.StartsWith("kubernetes:", StringComparison.Ordinal))
        {
            return ("#e8f0fe", "kubernetes");
        }

        return _graph[i].Custom ? ("#ffffff", "other") : ("#f3f3f3", "component");
    }

    private static string DotEscape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string MermaidEscape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<br/>", "\u0001", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal)
        .Replace("\u0001", "<br/>", StringComparison.Ordinal);
}
#endif
