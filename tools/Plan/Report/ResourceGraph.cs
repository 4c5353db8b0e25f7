#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// A plan's resources indexed by position: each resource's parent, children, dependencies and provider
/// as indexes, resolved once through a URN dictionary so that every report walks the graph in linear time.
/// </summary>
public sealed class ResourceGraph
{
    /// <summary>The type token of the root stack resource.</summary>
    public const string StackType = "pulumi:pulumi:Stack";

    private readonly Dictionary<string, int> _index;
    private readonly int[] _parent;
    private readonly int[] _provider;
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly int[][] _dependencies;

    /// <summary>Indexes <paramref name="resources"/>; throws <see cref="ArgumentException"/> on a duplicate URN.</summary>
    public ResourceGraph(ImmutableArray<ResourceRegistration> resources)
    {
        Resources = resources;
        var count = resources.Length;
        _index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (!_index.TryAdd(resources[i].Urn, i))
            {
                throw new ArgumentException($"The plan has the URN '{resources[i].Urn}' twice.", nameof(resources));
            }
        }

        _parent = new int[count];
        _provider = new int[count];
        _dependencies = new int[count][];
        var childCounts = new int[count + 1];
        var seen = new int[count];
        for (var i = 0; i < count; i++)
        {
            var r = resources[i];
            _parent[i] = IndexOf(r.ParentUrn);
            _provider[i] = IndexOf(r.ProviderUrn);
            if (_parent[i] >= 0)
            {
                childCounts[_parent[i] + 1]++;
            }

            var dependencies = new List<int>(r.DependencyUrns.Length);
            foreach (var urn in r.DependencyUrns)
            {
                var d = IndexOf(urn);
                if (d >= 0 && d != i && seen[d] != i + 1)
                {
                    seen[d] = i + 1;
                    dependencies.Add(d);
                }
            }

            _dependencies[i] = dependencies.ToArray();
        }

        // Children in compressed rows: _children[_childStart[p] .. _childStart[p + 1]) are p's, in plan order.
        for (var p = 0; p < count; p++)
        {
            childCounts[p + 1] += childCounts[p];
        }

        _childStart = childCounts;
        _children = new int[count == 0 ? 0 : childCounts[count]];
        var next = (int[])childCounts.Clone();
        for (var i = 0; i < count; i++)
        {
            if (_parent[i] >= 0)
            {
                _children[next[_parent[i]]++] = i;
            }
        }
    }

    /// <summary>The resources, in plan order.</summary>
    public ImmutableArray<ResourceRegistration> Resources { get; }

    /// <summary>How many resources the plan has.</summary>
    public int Count => Resources.Length;

    /// <summary>The resource at <paramref name="index"/>.</summary>
    public ResourceRegistration this[int index] => Resources[index];

    /// <summary>The index of the resource with <paramref name="urn"/>, or -1.</summary>
    public int IndexOf(string? urn) => urn != null && _index.TryGetValue(urn, out var i) ? i : -1;

    /// <summary>The parent's index, or -1 for the root.</summary>
    public int ParentOf(int index) => _parent[index];

    /// <summary>The index of the provider resource the resource is created with, or -1.</summary>
    public int ProviderOf(int index) => _provider[index];

    /// <summary>The children's indexes, in plan order.</summary>
    public ReadOnlySpan<int> ChildrenOf(int index) => _children.AsSpan(_childStart[index], _childStart[index + 1] - _childStart[index]);

    /// <summary>The indexes of the resources this one depends on (inputs and dependsOn), each once.</summary>
    public ReadOnlySpan<int> DependenciesOf(int index) => _dependencies[index];

    /// <summary>Whether the resource is the root stack.</summary>
    public bool IsStack(int index) => Resources[index].Type == StackType && _parent[index] < 0;

    /// <summary>
    /// Whether the resource is a local component: registered by the program itself, creating nothing, so
    /// it takes no time (a remote component such as Pulumi.Eks's cluster is created by its provider).
    /// </summary>
    public bool IsComponent(int index) => !Resources[index].Custom && !Resources[index].Remote;

    /// <summary>Whether the resource groups others in the graph: a component (local or remote) with children.</summary>
    public bool IsGroup(int index) => !Resources[index].Custom && !IsStack(index) && _childStart[index + 1] > _childStart[index];
}
#endif
