using System.Text.RegularExpressions;

namespace Numinia.Signatures.Tests;

/// <summary>
/// Parses a TypeScript type expression of the generated definitions into a <see cref="Shape"/>:
/// <c>pulumi.Input&lt;T&gt;</c> and <c>pulumi.Output&lt;T&gt;</c> are transparent, <c>T[]</c> is a list,
/// <c>{ [key: string]: T }</c> a map, <c>inputs.m.X</c>/<c>outputs.m.X</c> an object type,
/// <c>enums.m.X</c> an enum, a class of another package (<c>pulumiAws.ec2.SecurityGroup</c>) a resource.
/// <c>undefined</c> in a union marks the member optional.
/// </summary>
public sealed partial class TsTypeParser
{
    private readonly string _package;
    private List<string> _tokens = [];
    private int _at;

    /// <param name="package">The package whose files are read: <c>aws</c> or <c>eks</c>.</param>
    public TsTypeParser(string package) => _package = package;

    /// <summary>Parses <paramref name="text"/>; <paramref name="undefinedSeen"/> tells whether <c>undefined</c> was an alternative.</summary>
    public Shape Parse(string text, out bool undefinedSeen)
    {
        _tokens = TokenPattern().Matches(text).Select(m => m.Value).ToList();
        _at = 0;
        var undefinedFound = false;
        var shape = ParseUnion(ref undefinedFound);
        if (_at != _tokens.Count)
        {
            throw new FormatException($"unparsed TypeScript type text at '{string.Join(" ", _tokens.Skip(_at))}' in '{text}'");
        }

        undefinedSeen = undefinedFound;
        return shape;
    }

    private Shape ParseUnion(ref bool undefinedSeen)
    {
        var alternatives = new List<Shape>();
        if (Peek() == "|")
        {
            _at++;
        }

        do
        {
            var alternative = ParsePostfix(ref undefinedSeen);
            if (alternative is not null)
            {
                alternatives.Add(alternative);
            }
        }
        while (TryTake("|"));

        return Simplify(alternatives);
    }

    /// <summary>
    /// A string alternative that the definitions add for convenience (a resource whose id or ARN
    /// may be given instead, an ARN alias) is, on the wire and in C#, the string itself.
    /// </summary>
    private static Shape Simplify(List<Shape> alternatives)
    {
        if (alternatives.Contains(Shape.String))
        {
            alternatives.RemoveAll(a => a.Kind == "resource");
        }

        return Shape.Union(alternatives);
    }

    private Shape? ParsePostfix(ref bool undefinedSeen)
    {
        var shape = ParsePrimary(ref undefinedSeen);
        while (Peek() == "[" && PeekAt(1) == "]")
        {
            _at += 2;
            shape = Shape.List(shape ?? Shape.Any);
        }

        return shape;
    }

    private Shape? ParsePrimary(ref bool undefinedSeen)
    {
        var token = Take();
        if (token == "(")
        {
            var inner = ParseUnion(ref undefinedSeen);
            Expect(")");
            return inner;
        }

        if (token == "{")
        {
            // { [key: string]: T; }
            Expect("[");
            Take();
            Expect(":");
            Expect("string");
            Expect("]");
            Expect(":");
            var ignored = false;
            var element = ParseUnion(ref ignored);
            TryTake(";");
            Expect("}");
            return Shape.Map(element);
        }

        if (token.StartsWith('"') || token.StartsWith('\''))
        {
            return Shape.String;
        }

        if (token is "pulumi.Input" or "pulumi.Output")
        {
            // Transparent: undefined inside (Input<T | undefined>) marks the member optional.
            Expect("<");
            var wrapped = ParseUnion(ref undefinedSeen);
            Expect(">");
            return wrapped;
        }

        var arguments = new List<Shape>();
        if (TryTake("<"))
        {
            do
            {
                var ignored = false;
                arguments.Add(ParseUnion(ref ignored));
            }
            while (TryTake(","));

            Expect(">");
        }

        switch (token)
        {
            case "undefined":
                undefinedSeen = true;
                return null;
            case "string" or "ARN" or "pulumi.ID":
                return Shape.String;
            case "boolean":
                return Shape.Bool;
            case "number":
                return Shape.Number;
            case "any" or "object":
                return Shape.Any;
            case "Record":
                return Shape.Map(arguments[1]);
        }

        return Reference(token);
    }

    private Shape Reference(string token)
    {
        var parts = token.Split('.');
        return parts[0] switch
        {
            "inputs" or "outputs" => Shape.Object(Qualify(_package, Bare(parts[1..]))),
            "enums" => Shape.Enum(Qualify(_package, parts[1..])),
            "pulumiAws" or "pulumiKubernetes" when parts.Length > 3 && parts[1] == "types" =>
                Shape.Object(Qualify(OtherPackage(parts[0]), Bare(parts[3..]))),
            "pulumiAws" or "pulumiKubernetes" => Shape.Resource(Qualify(OtherPackage(parts[0]), parts[1..])),
            "PolicyDocument" => Shape.Object("aws:iam.PolicyDocument"),
            _ => Shape.Resource(Qualify(_package, parts)),
        };
    }

    private static string OtherPackage(string import) => import == "pulumiAws" ? "aws" : "kubernetes";

    private static string[] Bare(string[] parts) => [.. parts[..^1], MirrorShapes.BareName(parts[^1])];

    private static string Qualify(string package, string[] parts) =>
        parts.Length == 1 ? $"{package}:index.{parts[0]}" : $"{package}:{string.Join('.', parts[..^1])}.{parts[^1]}";

    private string? Peek() => _at < _tokens.Count ? _tokens[_at] : null;

    private string? PeekAt(int offset) => _at + offset < _tokens.Count ? _tokens[_at + offset] : null;

    private string Take() => _at < _tokens.Count ? _tokens[_at++] : throw new FormatException("unexpected end of TypeScript type");

    private bool TryTake(string token)
    {
        if (Peek() != token)
        {
            return false;
        }

        _at++;
        return true;
    }

    private void Expect(string token)
    {
        if (!TryTake(token))
        {
            throw new FormatException($"expected '{token}' at '{string.Join(" ", _tokens.Skip(_at).Take(5))}'");
        }
    }

    [GeneratedRegex("""[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*|"[^"]*"|'[^']*'|[<>\[\]{}()|:;,]""")]
    private static partial Regex TokenPattern();
}
