using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Numinia.Components.Common;

/// <summary>
/// Writes an <see cref="ImmutableDictionary{TKey,TValue}"/> of string keys with its keys in ordinal order. An
/// immutable dictionary enumerates in hash order, and string hashes are randomized per process, so without this a
/// policy's JSON (a Condition's operators, a Principal's kinds) could differ from one <c>pulumi preview</c> to the next
/// and show a change where there is none.
/// </summary>
public sealed class SortedKeysConverter : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.IsGenericType
           && typeToConvert.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>)
           && typeToConvert.GetGenericArguments()[0] == typeof(string);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[1]))!;

    private sealed class Converter<TValue> : JsonConverter<ImmutableDictionary<string, TValue>>
    {
        public override ImmutableDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => (JsonSerializer.Deserialize<Dictionary<string, TValue>>(ref reader, options) ?? new Dictionary<string, TValue>())
                .ToImmutableDictionary();

        public override void Write(Utf8JsonWriter writer, ImmutableDictionary<string, TValue> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var key in value.Keys.Order(StringComparer.Ordinal))
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, value[key], options);
            }

            writer.WriteEndObject();
        }
    }
}
