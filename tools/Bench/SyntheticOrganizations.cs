using System.Globalization;
using System.Text.Json.Nodes;

namespace Numinia.Infra.Bench;

/// <summary>
/// Grows a stack's organization list for the benchmark: copies of the first organization of the list,
/// each with its own name wherever the template's name appears (namespaces, domains, e-mail addresses,
/// principal ARNs), so that the copies validate like real entries and nothing collides.
/// </summary>
public static class SyntheticOrganizations
{
    /// <summary>
    /// The first <paramref name="count"/> organizations: the live ones first, then <c>org-0001</c>,
    /// <c>org-0002</c>... copied from the first live entry.
    /// </summary>
    public static JsonArray Generate(JsonArray live, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (live.Count == 0)
        {
            throw new ArgumentException("The organization list is empty: there is no entry to copy.", nameof(live));
        }

        var template = live[0]!.AsObject();
        var templateName = template["name"]?.GetValue<string>()
            ?? throw new ArgumentException("The first organization has no name.", nameof(live));
        var result = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            result.Add(i < live.Count
                ? live[i]!.DeepClone()
                : Rename(template, templateName, "org-" + (i - live.Count + 1).ToString("D4", CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static JsonNode Rename(JsonNode node, string from, string to) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Rename(p.Value, from, to)))),
        JsonArray array => new JsonArray(array.Select(item => item is null ? null : Rename(item, from, to)).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(text.Replace(from, to, StringComparison.Ordinal)),
        _ => node.DeepClone(),
    };
}
