using System.Reflection;
using Pulumi;

namespace Numinia.Signatures.Tests;

/// <summary>
/// Compares mirrored members with the TypeScript declarations and collects every difference.
/// A member the mirror leaves out is fine (it mirrors the program's surface); a mirrored member
/// that TypeScript lacks, or declares with another optionality or shape, is a mismatch. Every
/// number needs an int/double decision in <see cref="NumberDecisions"/>.
/// </summary>
public sealed class SignatureComparer
{
    /// <summary>Which side of the wire a member is on, for the optionality rules.</summary>
    public enum Side
    {
        /// <summary>Args and input types: <c>required</c> against <c>x:</c> / <c>x?:</c>.</summary>
        Input,

        /// <summary>A resource's outputs: <c>Output&lt;T?&gt;</c> against <c>Output&lt;T | undefined&gt;</c>.</summary>
        ResourceOutput,

        /// <summary>Output types and invoke results: nullable fields.</summary>
        OutputType,
    }

    private readonly List<string> _mismatches = [];
    private readonly Dictionary<(string Type, string Member), NumberDecisions.Decision> _decisions;
    private readonly HashSet<(string Type, string Member)> _decisionsUsed = [];

    public SignatureComparer(IEnumerable<NumberDecisions.Decision> decisions)
    {
        _decisions = decisions.ToDictionary(d => (d.Type, d.Member));
    }

    public IReadOnlyList<string> Mismatches => _mismatches;

    public int MembersChecked { get; private set; }

    public void Mismatch(string message) => _mismatches.Add(message);

    /// <summary>Counts a member checked outside <see cref="CompareMembers"/> (an enum value).</summary>
    public void CountMember() => MembersChecked++;

    /// <summary>Compares the mirror's members of <paramref name="csType"/> with a TypeScript class or interface body.</summary>
    public void CompareMembers(Type csType, string tsName, IEnumerable<MirrorShapes.MirrorMember> mirror, string? tsBody, TsPackage package, Side side)
    {
        var label = $"{csType.FullName} (TS {tsName})";
        if (tsBody is null)
        {
            Mismatch($"{label}: no TypeScript declaration");
            return;
        }

        var declared = TsDeclarations.Members(tsBody);
        foreach (var member in mirror)
        {
            MembersChecked++;
            if (!declared.TryGetValue(member.WireName, out var ts))
            {
                Mismatch($"{label}.{member.WireName}: not declared in TypeScript");
                continue;
            }

            Shape tsShape;
            bool undefinedSeen;
            try
            {
                tsShape = package.Parser.Parse(ts.Type, out undefinedSeen);
            }
            catch (FormatException e)
            {
                Mismatch($"{label}.{member.WireName}: TypeScript type not understood: {e.Message}");
                continue;
            }

            var tsOptional = ts.Question || undefinedSeen;
            if (OptionalityDiffers(side, member, tsOptional))
            {
                Mismatch($"{label}.{member.WireName}: {Optionality(member.Optional)} in the mirror, {Optionality(tsOptional)} in TypeScript");
            }

            if (!SameShape(member.Shape, tsShape))
            {
                Mismatch($"{label}.{member.WireName}: {member.Shape} in the mirror, {tsShape} in TypeScript");
            }

            CheckNumber(csType, member);
        }
    }

    /// <summary>Decisions recorded but matching no mirrored member (stale entries).</summary>
    public void ReportUnusedDecisions()
    {
        foreach (var key in _decisions.Keys.Where(k => !_decisionsUsed.Contains(k)))
        {
            Mismatch($"{key.Type}.{key.Member}: an int/double decision for a member the mirror does not have as a number");
        }
    }

    private void CheckNumber(Type csType, MirrorShapes.MirrorMember member)
    {
        if (!member.Shape.HasNumber)
        {
            return;
        }

        var key = (csType.FullName!, member.WireName);
        if (!_decisions.TryGetValue(key, out var decision))
        {
            Mismatch($"{key.Item1}.{member.WireName}: a number ({member.NumberType}) with no int/double decision");
            return;
        }

        _decisionsUsed.Add(key);
        if (decision.Number != member.NumberType)
        {
            Mismatch($"{key.Item1}.{member.WireName}: {member.NumberType} in the mirror, {decision.Number} in {decision.Source ?? "no source yet (not yet read)"}");
        }
    }

    /// <summary>
    /// Where the two languages' generators agree on optionality. C# lists (<c>ImmutableArray</c>, a
    /// struct) are never nullable on the output side. C# output types mark a field nullable unless
    /// the schema requires it, while TypeScript output types leave <c>?</c> off every field the
    /// provider always fills: there, only a TypeScript <c>?</c> on a non-nullable C# field differs.
    /// </summary>
    private static bool OptionalityDiffers(Side side, MirrorShapes.MirrorMember member, bool tsOptional)
    {
        if (side != Side.Input && member.IsImmutableArray)
        {
            return false;
        }

        return side == Side.OutputType ? tsOptional && !member.Optional : tsOptional != member.Optional;
    }

    /// <summary>
    /// Equal shapes; also a C# <c>object</c> for a TypeScript union of more than two alternatives,
    /// which C#'s two-way <c>InputUnion</c> cannot spell.
    /// </summary>
    private static bool SameShape(Shape mirror, Shape ts) =>
        mirror.Equals(ts) || (mirror.Kind == "any" && ts.Kind == "union" && ts.Items!.Count > 2);

    private static string Optionality(bool optional) => optional ? "optional" : "required";

    /// <summary>The type token a mirrored resource class declares through its ResourceType attribute.</summary>
    public static string? DeclaredToken(Type resource) =>
        resource.GetCustomAttributes(inherit: false).OfType<ResourceTypeAttribute>().SingleOrDefault()?.Type;

    /// <summary>The public mirrored types of an assembly (compiler-made types left out).</summary>
    public static IEnumerable<Type> PublicTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => !t.IsNested).OrderBy(t => t.FullName, StringComparer.Ordinal);
}
