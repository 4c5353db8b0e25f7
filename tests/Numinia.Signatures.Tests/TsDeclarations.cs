using System.Text;
using System.Text.RegularExpressions;

namespace Numinia.Signatures.Tests;

/// <summary>
/// A small reader of the generated <c>.d.ts</c> files: the members of a class or interface, the
/// interfaces of the <c>types/input.d.ts</c> and <c>types/output.d.ts</c> namespaces, and the
/// <c>export declare const X: { readonly Name: "VALUE"; }</c> enums. Enough for generated code,
/// not a TypeScript parser.
/// </summary>
public static partial class TsDeclarations
{
    /// <summary>The text with its comments removed (the generated docs hold stray quotes and braces).</summary>
    public static string StripComments(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
                continue;
            }

            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end - 1;
                continue;
            }

            if (text[i] is '"' or '\'')
            {
                var end = text.IndexOf(text[i], i + 1);
                result.Append(text, i, end - i + 1);
                i = end;
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    /// <summary>The body (between its braces) of the declaration whose header matches, or null.</summary>
    public static string? Body(string text, string headerPattern)
    {
        var match = Regex.Match(text, headerPattern + @"[^{;]*\{");
        return match.Success ? Block(text, match.Index + match.Length - 1, out _) : null;
    }

    /// <summary>The text inside the braces that open at <paramref name="open"/>.</summary>
    private static string Block(string text, int open, out int close)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                close = i;
                return text.Substring(open + 1, i - open - 1);
            }
        }

        throw new FormatException("unbalanced braces in a type definition file");
    }

    /// <summary>The property members of a class or interface body: name, <c>?</c> and type text.</summary>
    public static IReadOnlyDictionary<string, (bool Question, string Type)> Members(string body)
    {
        var members = new Dictionary<string, (bool, string)>(StringComparer.Ordinal);
        foreach (var statement in TopLevelStatements(body))
        {
            var match = MemberPattern().Match(statement);
            if (match.Success && !statement.StartsWith("static ", StringComparison.Ordinal))
            {
                members[match.Groups["name"].Value] = (match.Groups["q"].Success, match.Groups["type"].Value);
            }
        }

        return members;
    }

    /// <summary>The interfaces of a types file, by qualified name (<c>ec2.VpcIpv6</c>; top level unqualified).</summary>
    public static IReadOnlyDictionary<string, string> Interfaces(string text)
    {
        var interfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(text, "", interfaces);
        return interfaces;
    }

    private static void Collect(string scope, string prefix, Dictionary<string, string> interfaces)
    {
        var from = 0;
        foreach (Match match in ScopeHeaderPattern().Matches(scope))
        {
            // Only headers at this scope's top level: skip those inside an already-read block.
            if (match.Index < from)
            {
                continue;
            }

            var body = Block(scope, match.Index + match.Length - 1, out var close);
            from = close + 1;
            var name = match.Groups["name"].Value;
            if (match.Groups["kind"].Value == "namespace")
            {
                Collect(body, prefix + name + ".", interfaces);
            }
            else
            {
                interfaces[prefix + name] = body;
            }
        }
    }

    /// <summary>The <c>export declare const X: { readonly A: "v"; }</c> enums of a file: member name to value.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Enums(string text)
    {
        var enums = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (Match match in EnumHeaderPattern().Matches(text))
        {
            var body = Block(text, match.Index + match.Length - 1, out _);
            enums[match.Groups["name"].Value] = EnumMemberPattern().Matches(body)
                .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
        }

        return enums;
    }

    /// <summary>The resource type token a generated class registers (<c>__pulumiType = '...'</c>).</summary>
    public static string? ResourceToken(string js) =>
        TokenAssignment().Match(js) is { Success: true } m ? m.Groups["token"].Value : null;

    /// <summary>The function token a generated invoke calls (<c>invoke("...")</c>).</summary>
    public static string? InvokeToken(string js) =>
        InvokeCall().Match(js) is { Success: true } m ? m.Groups["token"].Value : null;

    private static IEnumerable<string> TopLevelStatements(string body)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '{' or '(' or '[' or '<':
                    depth++;
                    break;
                case '>' when i > 0 && body[i - 1] == '=':
                    break;
                case '}' or ')' or ']' or '>':
                    depth--;
                    break;
                case ';' when depth == 0:
                    yield return body[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }
    }

    [GeneratedRegex(@"^(?:readonly\s+)?(?<name>[A-Za-z_$][\w$]*)(?<q>\?)?\s*:\s*(?<type>[\s\S]+)$")]
    private static partial Regex MemberPattern();

    [GeneratedRegex(@"(?:export\s+)?(?:declare\s+)?(?<kind>namespace|interface)\s+(?<name>[A-Za-z_$][\w$]*)[^{;]*\{")]
    private static partial Regex ScopeHeaderPattern();

    [GeneratedRegex(@"export\s+declare\s+const\s+(?<name>\w+)\s*:\s*\{")]
    private static partial Regex EnumHeaderPattern();

    [GeneratedRegex(@"readonly\s+(?<name>\w+)\s*:\s*""(?<value>[^""]*)""")]
    private static partial Regex EnumMemberPattern();

    [GeneratedRegex(@"__pulumiType\s*=\s*['""](?<token>[^'""]+)['""]")]
    private static partial Regex TokenAssignment();

    [GeneratedRegex(@"invoke(?:Output|SingleOutput|Single)?\(\s*['""](?<token>[^'""]+)['""]")]
    private static partial Regex InvokeCall();
}
