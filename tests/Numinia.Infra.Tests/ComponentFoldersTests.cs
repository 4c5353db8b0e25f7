using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The component folders form layers: a folder may use the folders below it and never one that uses it back, so each
/// concern can be read, changed and tested with only what it stands on (the cluster bundle lives with the cluster, the
/// shared services' descriptions with the shared services).
/// </summary>
public sealed partial class ComponentFoldersTests
{
    [GeneratedRegex(@"\bNuminia\.Components\.(?<folder>[A-Z][A-Za-z]*)")]
    private static partial Regex FolderReference();

    /// <summary>Each folder of components/ and the other folders its sources name (usings and qualified names).</summary>
    internal static Dictionary<string, SortedSet<string>> FolderDependencies(string componentsRoot)
    {
        var folders = Directory.GetDirectories(componentsRoot).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);
        var edges = folders.ToDictionary(f => f, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(componentsRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match match in FolderReference().Matches(File.ReadAllText(file)))
                {
                    var used = match.Groups["folder"].Value;
                    if (used != folder && folders.Contains(used))
                    {
                        edges[folder].Add(used);
                    }
                }
            }
        }

        return edges;
    }

    /// <summary>A cycle of the graph as "A -> B -> A", or null when there is none.</summary>
    internal static string? FindCycle(IReadOnlyDictionary<string, SortedSet<string>> edges)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        string? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return string.Join(" -> ", path.SkipWhile(n => n != next).Append(next));
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return edges.Keys.Order(StringComparer.Ordinal).Where(n => state.GetValueOrDefault(n) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    [Test]
    public void ComponentFoldersDependOnEachOtherWithoutACycle()
    {
        var edges = FolderDependencies(Path.Combine(Harness.RepoRoot, "components"));
        Assert.That(edges.Keys, Has.Member("Addons").And.Member("Cluster").And.Member("Kubernetes").And.Member("Tenants"), "the folders are read");
        Assert.That(FindCycle(edges), Is.Null, "a cycle between component folders");
    }

    [Test]
    public void TheCycleCheckFindsACycle()
    {
        var edges = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["Addons"] = new(StringComparer.Ordinal) { "Kubernetes" },
            ["Kubernetes"] = new(StringComparer.Ordinal) { "Common", "Addons" },
            ["Common"] = new(StringComparer.Ordinal),
        };
        Assert.That(FindCycle(edges), Is.EqualTo("Addons -> Kubernetes -> Addons"));
    }

    [Test]
    public void SharedServicesAndKubernetesObjectsTakeTheClusterFromTheClusterFolder()
    {
        var edges = FolderDependencies(Path.Combine(Harness.RepoRoot, "components"));
        Assert.That(edges["Kubernetes"], Has.Member("Cluster").And.No.Member("Addons"));
        Assert.That(edges["Addons"], Has.Member("Cluster"));
        Assert.That(edges["Cluster"], Has.No.Member("Addons").And.No.Member("Kubernetes").And.No.Member("Tenants"));
    }
}
