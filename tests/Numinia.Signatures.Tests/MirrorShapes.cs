using System.Collections.Immutable;
using System.Reflection;
using Pulumi;

namespace Numinia.Signatures.Tests;

/// <summary>
/// Reads the mirror by reflection: the <see cref="Shape"/> of a C# member type, and the members
/// (wire name, optionality, shape, and the C# number type where there is one) of resources, args
/// and output types. Attributes are read through <see cref="CustomAttributeData"/>, so nothing
/// depends on the offline SDK's internals.
/// </summary>
public static class MirrorShapes
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>A mirrored member with the C# number type (int or double) found in its type, if any.</summary>
    public sealed record MirrorMember(string WireName, bool Optional, Shape Shape, string? NumberType, bool IsImmutableArray = false);

    /// <summary>The <c>[Output("x")]</c> properties of a resource; optional when <c>Output&lt;T?&gt;</c>.</summary>
    public static IEnumerable<MirrorMember> Outputs(Type resource)
    {
        foreach (var property in resource.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (AttributeName(property, "OutputAttribute") is not { } wire)
            {
                continue;
            }

            var info = Nullability.Create(property);
            var inner = info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : info;
            var optional = inner.ReadState == NullabilityState.Nullable;
            yield return Member(wire, optional, inner.Type);
        }
    }

    /// <summary>The <c>[Input("x", required)]</c> fields and properties of an args class, non-public ones too.</summary>
    public static IEnumerable<MirrorMember> Inputs(Type args)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var member in args.GetMembers(all).Where(m => m is FieldInfo or PropertyInfo))
        {
            var attribute = member.CustomAttributes.FirstOrDefault(a => a.AttributeType.Name == "InputAttribute");
            if (attribute is null)
            {
                continue;
            }

            var wire = (string)attribute.ConstructorArguments[0].Value!;
            var required = attribute.ConstructorArguments.Count > 1 && (bool)attribute.ConstructorArguments[1].Value!;
            var type = member is FieldInfo f ? f.FieldType : ((PropertyInfo)member).PropertyType;
            yield return Member(wire, !required, type);
        }
    }

    /// <summary>The <c>[OutputConstructor]</c> parameters of an output type; optional when nullable.</summary>
    public static IEnumerable<MirrorMember> OutputTypeMembers(Type outputType)
    {
        var constructor = outputType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Single(c => c.CustomAttributes.Any(a => a.AttributeType.Name == "OutputConstructorAttribute"));
        foreach (var parameter in constructor.GetParameters())
        {
            var info = Nullability.Create(parameter);
            var wire = parameter.CustomAttributes
                .FirstOrDefault(a => a.AttributeType.Name == "OutputConstructorParameterAttribute")?
                .ConstructorArguments[0].Value as string ?? parameter.Name!;
            yield return Member(wire, info.ReadState == NullabilityState.Nullable, parameter.ParameterType);
        }
    }

    private static MirrorMember Member(string wire, bool optional, Type type) =>
        new(wire, optional, ShapeOf(type), NumberTypes(type).Distinct().SingleOrDefault(), IsImmutableArray(type));

    private static bool IsImmutableArray(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Output<>))
        {
            type = type.GetGenericArguments()[0];
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
    }

    private static string? AttributeName(MemberInfo member, string attributeName) =>
        member.CustomAttributes.FirstOrDefault(a => a.AttributeType.Name == attributeName)?
            .ConstructorArguments.FirstOrDefault().Value as string;

    /// <summary>The shape of a C# type as the mirror (and the real SDK) spells it.</summary>
    public static Shape ShapeOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(Input<>) || definition == typeof(Output<>))
            {
                return ShapeOf(arguments[0]);
            }

            if (definition == typeof(InputList<>) || definition == typeof(ImmutableArray<>) || definition == typeof(List<>))
            {
                return Shape.List(ShapeOf(arguments[0]));
            }

            if (definition == typeof(InputMap<>))
            {
                return Shape.Map(ShapeOf(arguments[0]));
            }

            if (definition == typeof(ImmutableDictionary<,>) || definition == typeof(Dictionary<,>))
            {
                return Shape.Map(ShapeOf(arguments[1]));
            }

            if (definition == typeof(InputUnion<,>) || definition == typeof(Union<,>))
            {
                return Shape.Union(arguments.Select(ShapeOf));
            }
        }

        if (type == typeof(string))
        {
            return Shape.String;
        }

        if (type == typeof(bool))
        {
            return Shape.Bool;
        }

        if (type == typeof(int) || type == typeof(double))
        {
            return Shape.Number;
        }

        if (type == typeof(object) || type == typeof(System.Text.Json.JsonElement))
        {
            return Shape.Any;
        }

        if (type.CustomAttributes.Any(a => a.AttributeType.Name == "EnumTypeAttribute"))
        {
            return Shape.Enum(Reference(type));
        }

        if (typeof(Resource).IsAssignableFrom(type))
        {
            return Shape.Resource(Reference(type));
        }

        if (type.IsClass && type.Namespace?.StartsWith("Pulumi.", StringComparison.Ordinal) == true)
        {
            return Shape.Object(Reference(type));
        }

        return new Shape($"unsupported C# type {type}");
    }

    /// <summary>
    /// <c>package:module.Name</c> of a mirrored type: <c>Pulumi.Aws.Ec2.Inputs.VpcIpv6Args</c> is
    /// <c>aws:ec2.VpcIpv6</c>, <c>Pulumi.Eks.Outputs.CoreData</c> is <c>eks:index.CoreData</c>.
    /// </summary>
    public static string Reference(Type type)
    {
        var parts = type.Namespace!.Split('.').Skip(1).Where(p => p is not ("Inputs" or "Outputs" or "Types")).ToArray();
        var module = parts.Length > 1 ? string.Join('.', parts[1..]).ToLowerInvariant() : "index";
        return $"{parts[0].ToLowerInvariant()}:{module}.{BareName(type.Name)}";
    }

    /// <summary>A type name without the C# suffixes the TypeScript names lack.</summary>
    public static string BareName(string name)
    {
        if (name.EndsWith("Args", StringComparison.Ordinal) && name.Length > 4)
        {
            return name[..^4];
        }

        return name.StartsWith("Get", StringComparison.Ordinal) && name.EndsWith("Result", StringComparison.Ordinal)
            ? name[..^6]
            : name;
    }

    private static IEnumerable<string> NumberTypes(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(int))
        {
            yield return "int";
        }
        else if (type == typeof(double))
        {
            yield return "double";
        }
        else if (type.IsGenericType && type.Namespace is "Pulumi" or "System.Collections.Immutable" or "System.Collections.Generic")
        {
            foreach (var number in type.GetGenericArguments().SelectMany(NumberTypes))
            {
                yield return number;
            }
        }
    }
}
