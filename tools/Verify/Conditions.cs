using System.Text.Json;

namespace Numinia.Infra.Verify;

/// <summary>
/// Reads objects as the API server serves them (JSON): their names and the <c>status.conditions</c> that every
/// controller checked here publishes in the Kubernetes convention (type, status, reason, message).
/// </summary>
public static class Conditions
{
    /// <summary>The items of a list answer.</summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement list) =>
        list.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()] : [];

    /// <summary><c>namespace/name</c>, or the name of a cluster-scoped object.</summary>
    public static string Name(JsonElement item)
    {
        var metadata = item.GetProperty("metadata");
        var name = metadata.GetProperty("name").GetString();
        return metadata.TryGetProperty("namespace", out var ns) ? $"{ns.GetString()}/{name}" : name ?? "";
    }

    /// <summary>
    /// Null when the condition of this type has status True; otherwise why not (its reason and message, or that the
    /// controller has not reported it yet).
    /// </summary>
    public static string? NotTrue(JsonElement item, string type)
    {
        if (!item.TryGetProperty("status", out var status) || !status.TryGetProperty("conditions", out var conditions) ||
            conditions.ValueKind != JsonValueKind.Array)
        {
            return $"no {type} condition yet";
        }

        foreach (var condition in conditions.EnumerateArray())
        {
            if (condition.TryGetProperty("type", out var t) && t.GetString() == type)
            {
                var value = condition.TryGetProperty("status", out var s) ? s.GetString() : null;
                if (value == "True")
                {
                    return null;
                }

                var reason = condition.TryGetProperty("reason", out var r) ? r.GetString() : null;
                var message = condition.TryGetProperty("message", out var m) ? m.GetString() : null;
                return $"{type}={value}" + (reason is null ? "" : $" {reason}") + (string.IsNullOrEmpty(message) ? "" : $": {message}");
            }
        }

        return $"no {type} condition yet";
    }

    /// <summary>
    /// The check's result over a list of objects that must each have the condition True: FAIL naming every object that
    /// has not (and why), or FAIL when there is none and at least one is expected.
    /// </summary>
    public static CheckResult AllTrue(string check, string kind, IReadOnlyList<JsonElement> items, string type, bool requireOne = true)
    {
        if (items.Count == 0)
        {
            return requireOne ? CheckResult.Fail(check, $"no {kind} found") : CheckResult.Pass(check, $"no {kind}");
        }

        var failing = items.Select(i => (Name: Name(i), Why: NotTrue(i, type))).Where(f => f.Why is not null).ToList();
        return failing.Count == 0
            ? CheckResult.Pass(check, $"{items.Count} {kind} {type}")
            : CheckResult.Fail(check, string.Join("; ", failing.Select(f => $"{kind} {f.Name} {f.Why}")));
    }
}
