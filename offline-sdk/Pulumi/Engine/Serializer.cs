using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Pulumi.Offline;

namespace Pulumi.Engine
{
    /// <summary>
    /// Turns argument bags and values into the engine's plain representation: strings, doubles,
    /// booleans, <see cref="ImmutableArray{T}"/> of object and <see cref="ImmutableDictionary{TKey,TValue}"/>
    /// of string to object, with secret and unknown markers; nulls dropped from maps and args.
    /// </summary>
    internal static class Serializer
    {
        private sealed record InputMember(string Name, bool Required, bool Json, Func<object, object?> Get);

        private static readonly ConcurrentDictionary<Type, ImmutableArray<InputMember>> s_inputMembers = new();
        private static readonly ConcurrentDictionary<Type, MethodInfo?> s_enumConversions = new();

        private static ImmutableArray<InputMember> InputMembersOf(Type type)
            => s_inputMembers.GetOrAdd(type, static t =>
            {
                var members = ImmutableArray.CreateBuilder<InputMember>();
                for (var current = t; current != null && current != typeof(object); current = current.BaseType)
                {
                    const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
                    foreach (var field in current.GetFields(flags))
                    {
                        if (field.GetCustomAttribute<InputAttribute>() is { } attribute)
                        {
                            members.Add(new InputMember(attribute.Name, attribute.IsRequired, attribute.Json, field.GetValue));
                        }
                    }

                    foreach (var property in current.GetProperties(flags))
                    {
                        if (property.GetCustomAttribute<InputAttribute>() is { } attribute)
                        {
                            members.Add(new InputMember(attribute.Name, attribute.IsRequired, attribute.Json, property.GetValue));
                        }
                    }
                }

                return members.ToImmutable();
            });

        public static async Task<ImmutableDictionary<string, object?>> SerializeArgsAsync(
            InputArgs args, HashSet<Resource> dependencies, string? requiredContext)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, object?>();
            foreach (var member in InputMembersOf(args.GetType()))
            {
                var raw = member.Get(args);
                if (raw is null)
                {
                    if (member.Required && requiredContext != null)
                    {
                        throw new RunException($"{requiredContext}: missing required property '{member.Name}'.");
                    }

                    continue;
                }

                var value = await SerializeAsync(raw, dependencies).ConfigureAwait(false);
                if (value is null)
                {
                    continue;
                }

                builder[member.Name] = member.Json ? ToJsonString(value) : value;
            }

            return builder.ToImmutable();
        }

        public static async Task<object?> SerializeAsync(object? value, HashSet<Resource> dependencies)
        {
            switch (value)
            {
                case null:
                    return null;
                case IInput input:
                    return await SerializeAsync(input.ToOutputUntyped(), dependencies).ConfigureAwait(false);
                case IOutput output:
                    {
                        var data = await output.GetDataAsync().ConfigureAwait(false);
                        dependencies.UnionWith(data.Resources);
                        if (!data.IsKnown)
                        {
                            return UnknownValue.Instance;
                        }

                        var inner = await SerializeAsync(data.Value, dependencies).ConfigureAwait(false);
                        return inner is UnknownValue || !data.IsSecret || inner is SecretValue ? inner : new SecretValue(inner);
                    }

                case string or bool or SecretValue or UnknownValue:
                    return value;
                case int or long or short or byte or uint or ulong or ushort or sbyte or float or double or decimal:
                    return Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                case CustomResource custom:
                    {
                        dependencies.Add(custom);
                        return await SerializeAsync(custom.Id, new HashSet<Resource>()).ConfigureAwait(false);
                    }

                case Resource resource:
                    dependencies.Add(resource);
                    return resource.State.Urn;
                case InputArgs args:
                    return await SerializeArgsAsync(args, dependencies, null).ConfigureAwait(false);
                case AssetOrArchive asset:
                    return asset.Value is string text
                        ? ImmutableDictionary<string, object?>.Empty.Add(asset.Kind, text)
                        : ImmutableDictionary<string, object?>.Empty.Add(asset.Kind,
                            await SerializeAsync(asset.Value, dependencies).ConfigureAwait(false));
                case IUnion union:
                    return await SerializeAsync(union.Value, dependencies).ConfigureAwait(false);
                case JsonElement element:
                    return element.ValueKind == JsonValueKind.Undefined ? null : FromJson(element);
                case IDictionary dictionary:
                    {
                        var builder = ImmutableDictionary.CreateBuilder<string, object?>();
                        foreach (DictionaryEntry entry in dictionary)
                        {
                            if (entry.Key is not string key)
                            {
                                throw new InvalidOperationException($"{value.GetType().FullName} has a key that is not a string: maps must have string keys.");
                            }

                            var item = await SerializeAsync(entry.Value, dependencies).ConfigureAwait(false);
                            if (item != null)
                            {
                                builder[key] = item;
                            }
                        }

                        return builder.ToImmutable();
                    }

                case IEnumerable enumerable:
                    {
                        if (IsDefaultImmutableArray(value))
                        {
                            return null;
                        }

                        var builder = ImmutableArray.CreateBuilder<object?>();
                        foreach (var item in enumerable)
                        {
                            builder.Add(await SerializeAsync(item, dependencies).ConfigureAwait(false));
                        }

                        return builder.ToImmutable();
                    }
            }

            var type = value.GetType();
            if (EnumConversionOf(type) is { } conversion)
            {
                return await SerializeAsync(conversion.Invoke(null, new[] { value }), dependencies).ConfigureAwait(false);
            }

            throw new InvalidOperationException($"{type.FullName} is not a supported argument type.");
        }

        private static MethodInfo? EnumConversionOf(Type type)
            => s_enumConversions.GetOrAdd(type, static t => t.GetCustomAttribute<EnumTypeAttribute>() is null
                ? null
                : t.GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .FirstOrDefault(m => m.Name == "op_Explicit" && m.GetParameters()[0].ParameterType == t
                        && (m.ReturnType == typeof(string) || m.ReturnType == typeof(double) || m.ReturnType == typeof(int))));

        private static bool IsDefaultImmutableArray(object value)
        {
            var type = value.GetType();
            return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!;
        }

        /// <summary>Serializes what a mock returned as a resource's state or a function's result.</summary>
        public static async Task<ImmutableDictionary<string, object?>> SerializeStateAsync(object? state)
        {
            if (state is null)
            {
                return ImmutableDictionary<string, object?>.Empty;
            }

            if (state is not IDictionary and not InputArgs)
            {
                throw new InvalidOperationException($"{state.GetType().FullName} is not a supported argument type.");
            }

            return (ImmutableDictionary<string, object?>)(await SerializeAsync(state, new HashSet<Resource>()).ConfigureAwait(false))!;
        }

        /// <summary>The view of serialized values that mocks see: secrets unwrapped, unknowns and nulls dropped.</summary>
        public static ImmutableDictionary<string, object> ToMockView(ImmutableDictionary<string, object?> values)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, object>();
            foreach (var (key, value) in values)
            {
                if (ToMockValue(value) is { } plain)
                {
                    builder[key] = plain;
                }
            }

            return builder.ToImmutable();
        }

        private static object? ToMockValue(object? value) => value switch
        {
            SecretValue secret => ToMockValue(secret.Value),
            UnknownValue => null,
            ImmutableDictionary<string, object?> map => ToMockView(map),
            ImmutableArray<object?> list => list.Select(ToMockValue).ToImmutableArray(),
            _ => value,
        };

        public static bool IsSecret(object? value) => value switch
        {
            SecretValue => true,
            ImmutableDictionary<string, object?> map => map.Values.Any(IsSecret),
            ImmutableArray<object?> list => list.Any(IsSecret),
            _ => false,
        };

        /// <summary>Removes secret markers (the secret flag is tracked separately).</summary>
        public static object? Unwrap(object? value) => value switch
        {
            SecretValue secret => Unwrap(secret.Value),
            ImmutableDictionary<string, object?> map when map.Values.Any(v => v is SecretValue or ImmutableDictionary<string, object?> or ImmutableArray<object?>)
                => map.ToImmutableDictionary(p => p.Key, p => Unwrap(p.Value)),
            ImmutableArray<object?> list => list.Select(Unwrap).ToImmutableArray(),
            _ => value,
        };

        private static object? FromJson(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToImmutableArray(),
            JsonValueKind.Object => element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null)
                .ToImmutableDictionary(p => p.Name, p => FromJson(p.Value)),
            _ => null,
        };

        private static object ToJsonString(object value) => value switch
        {
            UnknownValue => value,
            SecretValue secret => new SecretValue(ToJsonString(secret.Value!)),
            _ => ProtobufJson.Format(Unwrap(value)),
        };
    }
}
