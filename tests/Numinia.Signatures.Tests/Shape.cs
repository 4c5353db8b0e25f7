namespace Numinia.Signatures.Tests;

/// <summary>
/// The language-neutral kind of a member's type: what both the C# mirror and the TypeScript
/// definitions must agree on. <see cref="Ref"/> names an object, enum or resource type as
/// <c>package:module.Name</c> (the C# <c>Args</c>/<c>Result</c> suffixes dropped).
/// </summary>
public sealed record Shape(string Kind, string? Ref = null, IReadOnlyList<Shape>? Items = null)
{
    public static readonly Shape String = new("string");
    public static readonly Shape Bool = new("bool");
    public static readonly Shape Number = new("number");
    public static readonly Shape Any = new("any");

    public static Shape List(Shape element) => new("list", Items: [element]);

    public static Shape Map(Shape element) => new("map", Items: [element]);

    public static Shape Object(string reference) => new("object", reference);

    public static Shape Enum(string reference) => new("enum", reference);

    public static Shape Resource(string reference) => new("resource", reference);

    public static Shape Union(IEnumerable<Shape> alternatives)
    {
        var distinct = alternatives.Distinct().OrderBy(a => a.ToString(), StringComparer.Ordinal).ToList();
        return distinct.Count == 1 ? distinct[0] : new("union", Items: distinct);
    }

    public bool Equals(Shape? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    public override string ToString() => Kind switch
    {
        "list" or "map" => $"{Kind}<{Items![0]}>",
        "union" => string.Join(" | ", Items!),
        _ when Ref is not null => $"{Kind}({Ref})",
        _ => Kind,
    };

    /// <summary>True when a number appears anywhere in the shape (its int/double needs a decision).</summary>
    public bool HasNumber => Kind == "number" || (Items?.Any(i => i.HasNumber) ?? false);
}

/// <summary>One member as one side declares it: wire name, optionality and shape.</summary>
public sealed record Member(string WireName, bool Optional, Shape Shape);
