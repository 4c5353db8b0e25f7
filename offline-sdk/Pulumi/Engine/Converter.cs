using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Pulumi.Engine
{
    /// <summary>
    /// Builds typed output values from the engine's plain representation: primitives, arrays,
    /// dictionaries, [OutputType] classes through their [OutputConstructor], enum structs, unions,
    /// <see cref="JsonElement"/> and <see cref="object"/>.
    /// </summary>
    internal static class Converter
    {
        private static readonly ConcurrentDictionary<Type, Func<object, object?>> s_converters = new();

        public static object? Convert(object? value, Type target, string context)
        {
            value = Serializer.Unwrap(value);
            if (value is null or Offline.UnknownValue)
            {
                return DefaultOf(target);
            }

            try
            {
                return s_converters.GetOrAdd(target, BuildConverter)(value);
            }
            catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or InvalidOperationException)
            {
                throw new InvalidOperationException($"{context}: cannot convert {Describe(value)} to {target.Name}: {e.Message}", e);
            }
        }

        private static string Describe(object value) => value switch
        {
            string s => $"the string '{s}'",
            _ => $"a {value.GetType().Name}",
        };

        // As the real SDK's converter: an absent (or unknown) value is the default of the target type, so an absent
        // list is a default ImmutableArray (IsDefault) and an absent map is null, never an empty one.
        private static object? DefaultOf(Type type)
            => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;

        private static Func<object, object?> BuildConverter(Type target)
        {
            if (Nullable.GetUnderlyingType(target) is { } underlying)
            {
                var inner = BuildConverter(underlying);
                return inner;
            }

            if (target == typeof(object))
            {
                return v => v;
            }

            if (target == typeof(string))
            {
                return v => v is string s ? s : throw new InvalidCastException("expected a string");
            }

            if (target == typeof(bool))
            {
                return v => v is bool b ? b : throw new InvalidCastException("expected a boolean");
            }

            if (target == typeof(int))
            {
                return v => v is double or int or long ? System.Convert.ToInt32(v, CultureInfo.InvariantCulture) : throw new InvalidCastException("expected a number");
            }

            if (target == typeof(double))
            {
                return v => v is double or int or long ? System.Convert.ToDouble(v, CultureInfo.InvariantCulture) : throw new InvalidCastException("expected a number");
            }

            if (target == typeof(JsonElement))
            {
                return v => JsonSerializer.SerializeToElement(v);
            }

            if (target.IsGenericType)
            {
                var definition = target.GetGenericTypeDefinition();
                var arguments = target.GetGenericArguments();
                if (definition == typeof(ImmutableArray<>))
                {
                    var element = arguments[0];
                    var create = typeof(Converter).GetMethod(nameof(ToImmutableArray), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(element);
                    return v => create.Invoke(null, new[] { v })!;
                }

                if (definition == typeof(ImmutableDictionary<,>) && arguments[0] == typeof(string))
                {
                    var create = typeof(Converter).GetMethod(nameof(ToImmutableDictionary), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(arguments[1]);
                    return v => create.Invoke(null, new[] { v })!;
                }

                if (definition == typeof(Union<,>))
                {
                    var fromT0 = target.GetMethod(nameof(Union<int, int>.FromT0))!;
                    var fromT1 = target.GetMethod(nameof(Union<int, int>.FromT1))!;
                    return v =>
                    {
                        try
                        {
                            return fromT0.Invoke(null, new[] { Convert(v, arguments[0], "union") });
                        }
                        catch (InvalidOperationException)
                        {
                            return fromT1.Invoke(null, new[] { Convert(v, arguments[1], "union") });
                        }
                    };
                }
            }

            if (target.GetCustomAttribute<EnumTypeAttribute>() != null)
            {
                var constructor = target.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                    .First(c => c.GetParameters().Length == 1);
                var parameterType = constructor.GetParameters()[0].ParameterType;
                return v => constructor.Invoke(new[] { Convert(v, parameterType, target.Name) });
            }

            if (target.GetCustomAttribute<OutputTypeAttribute>() != null)
            {
                return BuildOutputTypeConverter(target);
            }

            if (typeof(Resource).IsAssignableFrom(target))
            {
                // Resource references cannot be rebuilt from a mock's state; they read as absent.
                return _ => null;
            }

            throw new InvalidOperationException($"{target.FullName} is not a supported output type.");
        }

        private static Func<object, object?> BuildOutputTypeConverter(Type target)
        {
            var constructor = target.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .FirstOrDefault(c => c.GetCustomAttribute<OutputConstructorAttribute>() != null)
                ?? throw new InvalidOperationException($"{target.FullName} has no [OutputConstructor].");
            var parameters = constructor.GetParameters()
                .Select(p => (Name: p.GetCustomAttribute<OutputConstructorParameterAttribute>()?.Name ?? p.Name!, p.ParameterType))
                .ToArray();
            return v =>
            {
                if (v is not ImmutableDictionary<string, object?> map)
                {
                    throw new InvalidCastException($"expected an object for {target.Name}");
                }

                var arguments = new object?[parameters.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    map.TryGetValue(parameters[i].Name, out var raw);
                    arguments[i] = Convert(raw, parameters[i].ParameterType, $"{target.Name}.{parameters[i].Name}");
                }

                return constructor.Invoke(arguments);
            };
        }

        private static ImmutableArray<T> ToImmutableArray<T>(object value)
            => value is IEnumerable items and not string and not IDictionary
                ? items.Cast<object?>().Select(i => (T)Convert(i, typeof(T), "list element")!).ToImmutableArray()
                : throw new InvalidCastException("expected a list");

        private static ImmutableDictionary<string, T> ToImmutableDictionary<T>(object value)
            => value is ImmutableDictionary<string, object?> map
                ? map.ToImmutableDictionary(p => p.Key, p => (T)Convert(p.Value, typeof(T), $"map value '{p.Key}'")!)
                : throw new InvalidCastException("expected a map");
    }
}
