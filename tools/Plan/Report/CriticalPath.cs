#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>One resource on the critical path.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Start">When its creation starts, from the beginning of <c>pulumi up</c>.</param>
/// <param name="Duration">How long its creation takes (the table's figure).</param>
/// <param name="Via">Why it waits for the previous step: "dependency", "provider", "parent", or "component X".</param>
public sealed record CriticalPathStep(ResourceRegistration Resource, TimeSpan Start, TimeSpan Duration, string Via)
{
    /// <summary>When its creation is done.</summary>
    public TimeSpan Done => Start + Duration;
}

/// <summary>The longest chain of a first <c>pulumi up</c> and its estimated length.</summary>
/// <param name="Steps">The resources on the path that take time, first to last.</param>
/// <param name="Total">The estimate of the whole <c>pulumi up</c>: when the last resource is done.</param>
/// <param name="Defaulted">Types the table does not list, which took its default, with their counts.</param>
/// <param name="Warnings">Dependency cycles that had to be cut, and similar oddities.</param>
public sealed record CriticalPathResult(
    ImmutableArray<CriticalPathStep> Steps,
    TimeSpan Total,
    ImmutableArray<(string Type, int Count)> Defaulted,
    ImmutableArray<string> Warnings);

/// <summary>
/// The critical path of a first <c>pulumi up</c>. Pulumi registers a resource once its parent is
/// registered, its provider is created and every resource it depends on is done, where depending on a
/// component means depending on it and on everything inside it; a custom resource (or a remote
/// component, which its provider creates) then takes its typical creation time, and a local component
/// takes none. The path is the chain of waits that ends last.
/// </summary>
public static class CriticalPath
{
    /// <summary>Computes the critical path in time linear in resources and dependencies.</summary>
    public static CriticalPathResult Compute(ResourceGraph graph, CreationTimes times)
    {
        var count = graph.Count;
        var duration = new double[count];
        var defaulted = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (graph.IsComponent(i))
            {
                continue;
            }

            var type = graph[i].Type;
            if (times.Find(type) is { } entry)
            {
                duration[i] = entry.Seconds;
            }
            else
            {
                duration[i] = times.Default.Seconds;
                defaulted[type] = defaulted.GetValueOrDefault(type) + 1;
            }
        }

        // Two values per resource: node 2i is "registered" (created), node 2i+1 is "done" (it and everything
        // inside it created). A resource waits for its parent's node 2p, its provider's 2q and each dependency's
        // 2d+1; "done" waits for "registered" and, for a component, each child's "done".
        var value = new double[2 * count];
        var best = new int[2 * count];
        var state = new byte[2 * count];
        var warnings = new List<string>();
        var stack = new Stack<(int Node, int[] Predecessors, int Next)>();
        for (var root = 0; root < 2 * count; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push((root, Predecessors(graph, root), 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, predecessors, next) = stack.Pop();
                if (next < predecessors.Length)
                {
                    stack.Push((node, predecessors, next + 1));
                    var predecessor = predecessors[next];
                    if (state[predecessor] == 0)
                    {
                        state[predecessor] = 1;
                        stack.Push((predecessor, Predecessors(graph, predecessor), 0));
                    }
                    else if (state[predecessor] == 1)
                    {
                        warnings.Add($"dependency cycle: {graph[node / 2].Urn} waits for {graph[predecessor / 2].Urn}, which waits for it; that wait is ignored");
                    }

                    continue;
                }

                // Every predecessor is settled (or on a cycle, and ignored): settle this node.
                var start = 0.0;
                var from = -1;
                foreach (var predecessor in predecessors)
                {
                    if (state[predecessor] == 2 && (from < 0 || value[predecessor] > start))
                    {
                        start = value[predecessor];
                        from = predecessor;
                    }
                }

                value[node] = node % 2 == 0 ? start + duration[node / 2] : start;
                best[node] = from;
                state[node] = 2;
            }
        }

        // The path ends at the resource created last; walk back through the waits that decided each start.
        var end = -1;
        for (var i = 0; i < count; i++)
        {
            if (end < 0 || value[2 * i] > value[end])
            {
                end = 2 * i;
            }
        }

        var steps = new List<CriticalPathStep>();
        for (var node = end; node >= 0; node = best[node])
        {
            var i = node / 2;
            if (node % 2 == 0 && duration[i] > 0)
            {
                var via = best[node] < 0 ? "start" : Link(graph, i, best[node]);
                steps.Add(new CriticalPathStep(graph[i], TimeSpan.FromSeconds(value[node] - duration[i]), TimeSpan.FromSeconds(duration[i]), via));
            }
        }

        steps.Reverse();
        if (steps.Count > 0)
        {
            steps[0] = steps[0] with { Via = "start" };
        }

        return new CriticalPathResult(
            steps.ToImmutableArray(),
            TimeSpan.FromSeconds(end < 0 ? 0 : value[end]),
            defaulted.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToImmutableArray(),
            warnings.ToImmutableArray());
    }

    /// <summary>The path as text: each step's start, duration and end, then the total and the defaulted types.</summary>
    public static string ToText(CriticalPathResult result, CreationTimes times)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Critical path of a first `pulumi up` (typical creation times from {CreationTimes.RepositoryPath}, dated {times.Date}):\n\n");
        text.Append(CultureInfo.InvariantCulture, $"  {"start",8} {"takes",8} {"done",8}  {"waits for the previous as",-28} resource\n");
        foreach (var step in result.Steps)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {Clock(step.Start),8} {Clock(step.Duration),8} {Clock(step.Done),8}  {step.Via,-28} {step.Resource.Type} {step.Resource.Name}\n");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"\nEstimated first `pulumi up`: {Clock(result.Total)} ({result.Total.TotalMinutes:0.#} min) along {result.Steps.Length} resources; ");
        text.Append("everything else runs in parallel beside this chain.\n");
        if (result.Defaulted.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Types without a figure in the table, counted at the default {times.Default.Seconds:0.#} s each:\n");
            foreach (var (type, count) in result.Defaulted)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {count,5}  {type}\n");
            }
        }

        foreach (var warning in result.Warnings)
        {
            text.Append("warning: ").Append(warning).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The path as JSON for <c>--json</c>.</summary>
    public static JsonObject ToJson(CriticalPathResult result, CreationTimes times) => new()
    {
        ["creationTimesDate"] = times.Date,
        ["totalSeconds"] = result.Total.TotalSeconds,
        ["steps"] = new JsonArray(result.Steps.Select(s => (JsonNode?)new JsonObject
        {
            ["urn"] = s.Resource.Urn,
            ["type"] = s.Resource.Type,
            ["startSeconds"] = s.Start.TotalSeconds,
            ["seconds"] = s.Duration.TotalSeconds,
            ["doneSeconds"] = s.Done.TotalSeconds,
            ["via"] = s.Via,
        }).ToArray()),
        ["defaultedTypes"] = new JsonObject(result.Defaulted.Select(d => KeyValuePair.Create(d.Type, (JsonNode?)JsonValue.Create(d.Count)))),
        ["warnings"] = new JsonArray(result.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
    };

    /// <summary>A duration as h:mm:ss or m:ss.</summary>
    public static string Clock(TimeSpan time)
        => time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes}:{time.Seconds:00}");

    private static int[] Predecessors(ResourceGraph graph, int node)
    {
        var i = node / 2;
        var into = new List<int>();
        if (node % 2 == 1)
        {
            into.Add(2 * i);
            if (!graph[i].Custom)
            {
                foreach (var child in graph.ChildrenOf(i))
                {
                    into.Add(2 * child + 1);
                }
            }

            return into.ToArray();
        }

        var parent = graph.ParentOf(i);
        if (parent >= 0)
        {
            into.Add(2 * parent);
        }

        var provider = graph.ProviderOf(i);
        if (provider >= 0)
        {
            into.Add(2 * provider);
        }

        foreach (var dependency in graph.DependenciesOf(i))
        {
            into.Add(2 * dependency + 1);
        }

        return into.ToArray();
    }

    private static string Link(ResourceGraph graph, int i, int previous)
    {
        var j = previous / 2;
        if (previous % 2 == 0)
        {
            return j == graph.ParentOf(i) ? $"parent {graph[j].Name}" : $"provider {graph[j].Name}";
        }

        return graph.IsComponent(j) ? $"component {graph[j].Name}" : "dependency";
    }
}
#endif
