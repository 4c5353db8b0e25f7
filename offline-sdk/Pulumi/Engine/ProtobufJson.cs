using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Pulumi.Engine
{
    /// <summary>
    /// The JSON text of a <c>json: true</c> input (a provider's map and list settings), as the real SDK makes it: the
    /// serialized value as a protobuf <c>Value</c>, map keys sorted (<c>Serializer.CreateStruct</c>), formatted by
    /// Google.Protobuf's <c>JsonFormatter.Default</c>: <c>{ "k": v, ... }</c>, <c>[ a, b ]</c>, round-trip numbers, and
    /// its escapes (<c>&lt;</c>, <c>&gt;</c>, controls, and the invisible and separator characters it escapes).
    /// </summary>
    internal static class ProtobufJson
    {
        public static string Format(object? value)
        {
            var text = new StringBuilder();
            Write(text, value);
            return text.ToString();
        }

        private static void Write(StringBuilder text, object? value)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    break;
                case string s:
                    WriteString(text, s);
                    break;
                case bool b:
                    text.Append(b ? "true" : "false");
                    break;
                case double d:
                    text.Append(d.ToString("r", CultureInfo.InvariantCulture).Replace('E', 'e'));
                    break;
                case ImmutableDictionary<string, object?> map:
                    text.Append(map.IsEmpty ? "{ }" : "{ ");
                    var first = true;
                    foreach (var key in map.Keys.Where(k => map[k] is not null).OrderBy(k => k))
                    {
                        text.Append(first ? "" : ", ");
                        first = false;
                        WriteString(text, key);
                        text.Append(": ");
                        Write(text, map[key]);
                    }

                    text.Append(map.IsEmpty ? "" : " }");
                    break;
                case ImmutableArray<object?> list:
                    text.Append(list.IsDefaultOrEmpty ? "[ ]" : "[ ");
                    for (var i = 0; i < (list.IsDefault ? 0 : list.Length); i++)
                    {
                        text.Append(i == 0 ? "" : ", ");
                        Write(text, list[i]);
                    }

                    text.Append(list.IsDefaultOrEmpty ? "" : " ]");
                    break;
                default:
                    throw new InvalidOperationException($"A JSON input cannot hold a {value.GetType().FullName}.");
            }
        }

        private static void WriteString(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\b': text.Append("\\b"); break;
                    case '\f': text.Append("\\f"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (Escaped(c))
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            text.Append('"');
        }

        private static bool Escaped(char c)
            => c < 0x20 || c is '<' or '>' || (c >= 0x7f && c <= 0x9f) || c == 0xad
               || (c >= 0x600 && c <= 0x603) || c == 0x6dd || c == 0x70f || c is (char)0x17b4 or (char)0x17b5
               || (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064)
               || (c >= 0x206a && c <= 0x206f) || c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb);
    }
}
