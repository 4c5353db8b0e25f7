using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Pulumi;
using Pulumi.Utilities;

namespace Numinia.Infra.Plan;

/// <summary>
/// A stack's outputs read from the stack object itself (its <c>[Output]</c> properties), on whichever SDK the
/// program is built with: each value as a stack reference's state carries it (maps, lists, strings, numbers,
/// booleans) and the names of the secret ones. What a referencing stack receives, without the offline engine's records.
/// </summary>
public sealed record StackOutputs(ImmutableDictionary<string, object?> Values, ImmutableHashSet<string> SecretNames)
{
    private static readonly MethodInfo s_readOne = typeof(StackOutputs).GetMethod(nameof(ReadOneAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Reads every <c>[Output]</c> property of <paramref name="stack"/>; fails on an output that is not known.</summary>
    public static async Task<StackOutputs> ReadAsync(Pulumi.Stack stack)
    {
        var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        var secrets = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var property in stack.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // The SDK's own members (the real Resource.Urn carries [Output("urn")]) are no stack output.
            if (property.DeclaringType?.Assembly == typeof(Pulumi.Stack).Assembly
                || property.GetCustomAttribute<OutputAttribute>() is not { } attribute
                || !property.PropertyType.IsGenericType || property.PropertyType.GetGenericTypeDefinition() != typeof(Output<>))
            {
                continue;
            }

            var name = attribute.Name ?? property.Name;
            var read = (Task<(bool Known, object? Value, bool Secret)>)s_readOne.MakeGenericMethod(property.PropertyType.GetGenericArguments()[0])
                .Invoke(null, new[] { property.GetValue(stack) })!;
            var (known, value, secret) = await read.ConfigureAwait(false);
            if (!known)
            {
                throw new InvalidOperationException($"The stack output '{name}' is not known; a referenced stack's outputs are known once it is deployed.");
            }

            values[name] = AsState(value);
            if (secret)
            {
                secrets.Add(name);
            }
        }

        return new StackOutputs(values.ToImmutable(), secrets.ToImmutable());
    }

    private static async Task<(bool Known, object? Value, bool Secret)> ReadOneAsync<T>(Output<T> output)
    {
        var known = await OutputUtilities.GetIsKnownAsync(output).ConfigureAwait(false);
        var value = known ? await OutputUtilities.GetValueAsync(output).ConfigureAwait(false) : default;
        return (known, value, await Output.IsSecretAsync(output).ConfigureAwait(false));
    }

    /// <summary>A value as a stack reference's state holds it: numbers as doubles, maps keyed by string, lists.</summary>
    private static object? AsState(object? value) => value switch
    {
        null or string or bool => value,
        int or long or double or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        IDictionary map => map.Keys.Cast<object>().ToImmutableDictionary(
            k => Convert.ToString(k, CultureInfo.InvariantCulture)!, k => AsState(map[k]), StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select(AsState).ToImmutableArray(),
        _ => throw new NotSupportedException($"A stack output of type {value.GetType().Name} has no stack reference form."),
    };
}
