using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The README is the front door: it maps every guide under docs/, and no link of the README or a guide leads nowhere
/// (a moved file, a renamed section).
/// </summary>
public sealed partial class DocsTests
{
    private static string Docs => Path.Combine(Harness.RepoRoot, "docs");

    private static IEnumerable<string> MarkdownFiles()
        => Directory.EnumerateFiles(Docs, "*.md").Prepend(Path.Combine(Harness.RepoRoot, "README.md"));

    [Test]
    public void TheReadmeLinksEveryGuide()
    {
        var readme = File.ReadAllText(Path.Combine(Harness.RepoRoot, "README.md"));
        var linked = Links().Matches(readme).Select(m => m.Groups[1].Value.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var guides = Directory.EnumerateFiles(Docs, "*.md").Select(f => $"docs/{Path.GetFileName(f)}");

        Assert.That(guides.Where(g => !linked.Contains(g)), Is.Empty, "guides the README's map leaves out");
    }

    [Test]
    public void EveryLinkOfTheDocsLeadsToAFileAndSection()
    {
        var broken = new List<string>();
        foreach (var file in MarkdownFiles())
        {
            foreach (Match link in Links().Matches(File.ReadAllText(file)))
            {
                var target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var path = hash < 0 ? target : target[..hash];
                var resolved = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                var where = $"{Path.GetRelativePath(Harness.RepoRoot, file)}: {target}";
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{where} (no such file)");
                }
                else if (hash >= 0 && !Anchors(resolved).Contains(target[(hash + 1)..]))
                {
                    broken.Add($"{where} (no such section)");
                }
            }
        }

        Assert.That(broken, Is.Empty);
    }

    /// <summary>
    /// The anchors GitHub gives a file's headings (lower case, punctuation dropped, spaces as hyphens); a line of a
    /// fenced code block that starts with # is a comment, not a heading.
    /// </summary>
    private static HashSet<string> Anchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inCode = false;
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && Heading().Match(line) is { Success: true } heading)
            {
                anchors.Add(Punctuation().Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-'));
            }
        }

        return anchors;
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Links();

    [GeneratedRegex(@"^#+\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex Punctuation();
}
