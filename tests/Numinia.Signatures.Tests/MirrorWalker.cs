using System.Reflection;
using System.Text.RegularExpressions;
using Pulumi;

namespace Numinia.Signatures.Tests;

/// <summary>
/// Walks one mirror assembly: every resource (token, outputs, args), invoke (token, args,
/// result), nested input and output type, and enum, each against its TypeScript counterpart.
/// A public type that fits none of these is reported, so nothing mirrored goes unchecked.
/// </summary>
public sealed partial class MirrorWalker
{
    private readonly SignatureComparer _comparer;
    private readonly TsPackage _package;
    private readonly string _sourceRoot;
    private readonly HashSet<Type> _covered = [];

    /// <param name="sourceRoot">The mirror project's folder (invoke tokens are read from its source text).</param>
    public MirrorWalker(SignatureComparer comparer, TsPackage package, string sourceRoot)
    {
        _comparer = comparer;
        _package = package;
        _sourceRoot = sourceRoot;
    }

    public void Walk(Assembly assembly)
    {
        var types = SignatureComparer.PublicTypes(assembly).ToList();
        foreach (var type in types.Where(IsResource))
        {
            CompareResource(type, assembly);
        }

        foreach (var type in types.Where(t => t.IsAbstract && t.IsSealed && t.GetMethod("InvokeAsync") is not null))
        {
            CompareInvoke(type, assembly);
        }

        foreach (var type in types.Where(t => t.Namespace!.EndsWith(".Inputs", StringComparison.Ordinal)))
        {
            Cover(type);
            _comparer.CompareMembers(type, _package.TypeName(type), MirrorShapes.Inputs(type), _package.InputType(type), _package, SignatureComparer.Side.Input);
        }

        foreach (var type in types.Where(t => t.Namespace!.EndsWith(".Outputs", StringComparison.Ordinal)))
        {
            Cover(type);
            _comparer.CompareMembers(type, _package.TypeName(type), MirrorShapes.OutputTypeMembers(type), _package.OutputType(type), _package, SignatureComparer.Side.OutputType);
        }

        foreach (var type in types.Where(t => t.IsValueType && t.CustomAttributes.Any(a => a.AttributeType == typeof(EnumTypeAttribute))))
        {
            CompareEnum(type);
        }

        foreach (var type in types.Where(t => !_covered.Contains(t) && !IsSupport(t)))
        {
            _comparer.Mismatch($"{type.FullName}: a public mirrored type that no comparison covers");
        }
    }

    private static bool IsResource(Type type) =>
        !type.IsAbstract && (typeof(CustomResource).IsAssignableFrom(type) || typeof(ComponentResource).IsAssignableFrom(type));

    /// <summary>Public types that have no TypeScript counterpart by design.</summary>
    private static bool IsSupport(Type type) => type.Name is "Utilities";

    private void Cover(Type type) => _covered.Add(type);

    private void CompareResource(Type type, Assembly assembly)
    {
        Cover(type);
        var js = _package.ClassFile(type, ".js");
        var declared = SignatureComparer.DeclaredToken(type);
        var tsToken = js is null ? null : TsDeclarations.ResourceToken(js);
        if (tsToken is not null && !tsToken.Contains(':', StringComparison.Ordinal))
        {
            tsToken = "pulumi:providers:" + tsToken;
        }

        if (declared is null)
        {
            _comparer.Mismatch($"{type.FullName}: no ResourceType attribute (TypeScript token {tsToken ?? "not found"})");
        }
        else if (declared != tsToken)
        {
            _comparer.Mismatch($"{type.FullName}: token {declared} in the mirror, {tsToken ?? "no file"} in TypeScript");
        }

        var dts = _package.ClassFile(type, ".d.ts");
        var classBody = dts is null ? null : TsDeclarations.Body(dts, $@"export\s+declare\s+class\s+{type.Name}\b");
        _comparer.CompareMembers(type, type.Name, MirrorShapes.Outputs(type), classBody, _package, SignatureComparer.Side.ResourceOutput);

        if (assembly.GetType($"{type.FullName}Args") is { } args)
        {
            Cover(args);
            var argsBody = dts is null ? null : TsDeclarations.Body(dts, $@"export\s+interface\s+{type.Name}Args\b");
            _comparer.CompareMembers(args, type.Name + "Args", MirrorShapes.Inputs(args), argsBody, _package, SignatureComparer.Side.Input);
        }

        // Methods: ClusterGetKubeconfigArgs against `export declare namespace Cluster { interface GetKubeconfigArgs }`.
        var methods = dts is null ? null : TsDeclarations.Body(dts, $@"export\s+declare\s+namespace\s+{type.Name}\b");
        foreach (var call in assembly.GetExportedTypes().Where(t => t.BaseType == typeof(CallArgs) && t.Name.StartsWith(type.Name, StringComparison.Ordinal)))
        {
            Cover(call);
            var tsName = call.Name[type.Name.Length..];
            var body = methods is null ? null : TsDeclarations.Body(methods, $@"interface\s+{tsName}\b");
            _comparer.CompareMembers(call, $"{type.Name}.{tsName}", MirrorShapes.Inputs(call), body, _package, SignatureComparer.Side.Input);
        }
    }

    private void CompareInvoke(Type type, Assembly assembly)
    {
        Cover(type);
        var js = _package.ClassFile(type, ".js");
        var tsToken = js is null ? null : TsDeclarations.InvokeToken(js);
        var declared = MirrorInvokeToken(type);
        if (declared != tsToken)
        {
            _comparer.Mismatch($"{type.FullName}: invoke token {declared ?? "not found"} in the mirror, {tsToken ?? "no file"} in TypeScript");
        }

        var dts = _package.ClassFile(type, ".d.ts");
        string? Interface(string name) => dts is null ? null : TsDeclarations.Body(dts, $@"export\s+interface\s+{name}\b");
        foreach (var (suffix, tsSuffix) in new[] { ("Args", "Args"), ("InvokeArgs", "OutputArgs"), ("Result", "Result") })
        {
            if (assembly.GetType($"{type.FullName}{suffix}") is not { } part)
            {
                continue;
            }

            Cover(part);
            var result = suffix == "Result";
            var members = result ? MirrorShapes.OutputTypeMembers(part) : MirrorShapes.Inputs(part);
            var side = result ? SignatureComparer.Side.OutputType : SignatureComparer.Side.Input;
            _comparer.CompareMembers(part, type.Name + tsSuffix, members, Interface(type.Name + tsSuffix), _package, side);
        }
    }

    /// <summary>The token the mirror's invoke passes to the engine, read from its source file.</summary>
    private string? MirrorInvokeToken(Type type)
    {
        var relative = string.Join(Path.DirectorySeparatorChar, type.Namespace!.Split('.').Skip(2).Append(type.Name + ".cs"));
        var path = Path.Combine(_sourceRoot, relative);
        if (!File.Exists(path))
        {
            return null;
        }

        var tokens = InvokeTokenPattern().Matches(File.ReadAllText(path)).Select(m => m.Groups["token"].Value).Distinct().ToList();
        return tokens.Count == 1 ? tokens[0] : null;
    }

    private void CompareEnum(Type type)
    {
        Cover(type);
        var label = $"{type.FullName} (TS enum {type.Name})";
        var file = _package.EnumsFile(type.Namespace);
        if (file is null || !TsDeclarations.Enums(file).TryGetValue(type.Name, out var tsValues))
        {
            _comparer.Mismatch($"{label}: no TypeScript declaration");
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type))
        {
            _comparer.CountMember();
            var value = property.GetValue(null)!.ToString();
            if (!tsValues.TryGetValue(property.Name, out var tsValue))
            {
                _comparer.Mismatch($"{label}.{property.Name}: not declared in TypeScript");
            }
            else if (tsValue != value)
            {
                _comparer.Mismatch($"{label}.{property.Name}: \"{value}\" in the mirror, \"{tsValue}\" in TypeScript");
            }
        }
    }

    [GeneratedRegex(@"Invoke(?:Async)?<[^>(]+>\(\s*""(?<token>[^""]+)""")]
    private static partial Regex InvokeTokenPattern();
}
