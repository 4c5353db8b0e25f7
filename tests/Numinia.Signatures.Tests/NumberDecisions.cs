namespace Numinia.Signatures.Tests;

/// <summary>
/// TypeScript's <c>number</c> does not tell int from double. Each mirrored number member is
/// decided here, and the test fails when the mirror's C# type differs, or a mirrored number has
/// no entry. A decision's <see cref="Decision.Source"/> says what it rests on:
/// <list type="bullet">
/// <item>the real C# SDK file that was read (its path in the pulumi-aws or pulumi-eks repository);</item>
/// <item>where no stored copy of that C# file has the property, the Terraform provider schema the
/// SDK is generated from, marked with <see cref="SchemaPrefix"/> (see <see cref="Schema"/>): the
/// bridge types <c>schema.TypeInt</c> as <c>int</c> and <c>schema.TypeFloat</c> as <c>double</c>
/// (pulumi-terraform-bridge <c>pkg/tfgen/generate.go</c> <c>makePropertyType</c>: TypeInt is kindInt;
/// <c>generate_schema.go</c> <c>schemaPrimitiveType</c>: kindInt is "integer", kindFloat "number"; the .NET
/// code generator's <c>typeString</c>: "integer" is <c>int</c>, "number" <c>double</c>);</item>
/// <item><see cref="NotYetRead"/>: the mirror's current choice only, not yet confirmed anywhere; the test
/// fails while any decision rests on it.</item>
/// </list>
/// The test reports how many decisions rest on each.
/// </summary>
public static partial class NumberDecisions
{
    /// <summary>The mark of a decision not yet confirmed against the real SDK file or the provider schema.</summary>
    public const string? NotYetRead = null;

    /// <summary>How a <see cref="Decision.Source"/> read in the Terraform provider schema (not the C# SDK) begins.</summary>
    public const string SchemaPrefix = "schema: ";

    /// <summary>
    /// A source in the Terraform provider schema: the repository, the Go file and the commit read
    /// (as <c>owner/repo@commit path</c>), whose <c>schema.TypeInt</c> / <c>schema.TypeFloat</c>
    /// decided the member, because no stored copy of the real C# file has the property.
    /// </summary>
    public static string Schema(string fileRead) => SchemaPrefix + fileRead;

    /// <summary>
    /// The mirrored C# type, the member's wire name, <c>int</c> or <c>double</c>, and the source of
    /// the decision: the real C# file read, a <see cref="Schema"/> source, or <see cref="NotYetRead"/>.
    /// </summary>
    public sealed record Decision(string Type, string Member, string Number, string? Source)
    {
        /// <summary>Decided from the Terraform provider schema, not from the C# SDK file.</summary>
        public bool IsFromSchema => Source?.StartsWith(SchemaPrefix, StringComparison.Ordinal) == true;

        /// <summary>Decided from the real C# SDK file.</summary>
        public bool IsFromCSharpFile => Source is not null && !IsFromSchema;
    }

    public static IEnumerable<Decision> All => Aws.Concat(Eks);
}
