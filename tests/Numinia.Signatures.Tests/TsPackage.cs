namespace Numinia.Signatures.Tests;

/// <summary>
/// One installed npm package (<c>node_modules/@pulumi/aws</c> or <c>/eks</c>): its files by the
/// C# namespace and class they mirror, and its types files read once.
/// </summary>
public sealed class TsPackage
{
    private readonly string _root;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, string>> _inputs;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _outputs;

    public TsPackage(string nodeModules, string name)
    {
        Name = name;
        _root = Path.Combine(nodeModules, "@pulumi", name);
        Parser = new TsTypeParser(name);
        _inputs = new(() => TsDeclarations.Interfaces(Read(Path.Combine("types", "input.d.ts")) ?? ""));
        _outputs = new(() => TsDeclarations.Interfaces(Read(Path.Combine("types", "output.d.ts")) ?? ""));
    }

    /// <summary><c>aws</c> or <c>eks</c>.</summary>
    public string Name { get; }

    public TsTypeParser Parser { get; }

    /// <summary>The body of the <c>types/input.d.ts</c> interface a mirrored input type stands for, or null.</summary>
    public string? InputType(Type type) => _inputs.Value.GetValueOrDefault(TypeName(type));

    /// <summary>The body of the <c>types/output.d.ts</c> interface a mirrored output type stands for, or null.</summary>
    public string? OutputType(Type type) => _outputs.Value.GetValueOrDefault(TypeName(type));

    /// <summary>
    /// The TypeScript name of a nested type, qualified by its module: Aws drops the C# <c>Args</c>
    /// of input types (but keeps it on invoke inputs, <c>GetFooArgs</c>, which TypeScript has
    /// beside a plain <c>GetFoo</c>) and the <c>Result</c> of invoke output types; Eks keeps both names.
    /// </summary>
    public string TypeName(Type type)
    {
        var name = type.Name;
        if (Name == "aws" && !name.StartsWith("Get", StringComparison.Ordinal) && name.EndsWith("Args", StringComparison.Ordinal))
        {
            name = name[..^4];
        }
        else if (Name == "aws" && name.StartsWith("Get", StringComparison.Ordinal) && name.EndsWith("Result", StringComparison.Ordinal))
        {
            name = name[..^6];
        }

        var module = Module(type.Namespace);
        return (module.Length == 0 ? "" : module + ".") + name;
    }

    /// <summary>The folder of a C# namespace: <c>Pulumi.Aws.Ec2ClientVpn</c> is <c>ec2clientvpn</c>, the root is the package root.</summary>
    public static string Module(string? csNamespace)
    {
        var parts = (csNamespace ?? "").Split('.').Where(p => p is not ("Inputs" or "Outputs")).ToArray();
        return parts.Length > 2 ? parts[2].ToLowerInvariant() : "";
    }

    /// <summary>The comment-free text of the generated file of a C# class (<c>ec2/securityGroupRule.d.ts</c>), or null.</summary>
    public string? ClassFile(Type type, string extension) =>
        Read(Path.Combine(Module(type.Namespace), char.ToLowerInvariant(type.Name[0]) + type.Name[1..] + extension));

    /// <summary>The comment-free text of the enums file of a C# namespace.</summary>
    public string? EnumsFile(string? csNamespace) =>
        Read(Path.Combine("types", "enums", Module(csNamespace), "index.d.ts"));

    private string? Read(string relative)
    {
        if (_files.TryGetValue(relative, out var text))
        {
            return text;
        }

        var path = Path.Combine(_root, relative);
        // The .js files are only searched for a token: their text stays as it is.
        text = !File.Exists(path) ? null
            : relative.EndsWith(".js", StringComparison.Ordinal) ? File.ReadAllText(path)
            : TsDeclarations.StripComments(File.ReadAllText(path));
        _files[relative] = text!;
        return text;
    }
}
