namespace Numinia.Signatures.Tests;

/// <summary>
/// TypeScript's <c>number</c> does not tell int from double. Each mirrored number member is
/// decided here from the real C# SDK file that was read (path in the pulumi-aws or pulumi-eks
/// repository, at the pinned version); the test fails when the mirror's C# type differs, or a
/// mirrored number has no entry.
/// </summary>
public static partial class NumberDecisions
{
    /// <summary>The mirrored C# type, the member's wire name, <c>int</c> or <c>double</c>, and the real file read.</summary>
    public sealed record Decision(string Type, string Member, string Number, string RealFile);

    public static IEnumerable<Decision> All => [];
}
