namespace Numinia.Signatures.Tests;

/// <summary>
/// TypeScript's <c>number</c> does not tell int from double. Each mirrored number member is
/// decided here from the real C# SDK file that was read (its path in the pulumi-aws or pulumi-eks
/// repository); the test fails when the mirror's C# type differs, or a mirrored number has no
/// entry. An entry whose file is <see cref="NotYetRead"/> records the mirror's current choice
/// only: the test lists those, and each is to be confirmed against the real file.
/// </summary>
public static partial class NumberDecisions
{
    /// <summary>The mark of a decision not yet confirmed against the real SDK file.</summary>
    public const string? NotYetRead = null;

    /// <summary>The mirrored C# type, the member's wire name, <c>int</c> or <c>double</c>, and the real file read.</summary>
    public sealed record Decision(string Type, string Member, string Number, string? RealFile);

    public static IEnumerable<Decision> All => Aws.Concat(Eks);
}
