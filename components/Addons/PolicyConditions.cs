using System.Collections.Immutable;

namespace Numinia.Components.Addons;

/// <summary>Builds the <c>Condition</c> block of an IAM policy statement from (operator, key, values) entries.</summary>
public static class PolicyConditions
{
    /// <summary>
    /// The conditions, grouped by operator: <c>Of(("Null", "aws:ResourceTag/x", ["false"]))</c> is
    /// <c>{"Null": {"aws:ResourceTag/x": ["false"]}}</c>. Entries with the same operator share its block.
    /// </summary>
    public static ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>> Of(
        params (string Operator, string Key, string[] Values)[] entries)
    {
        var result = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty;
        foreach (var (op, key, values) in entries)
        {
            var block = result.GetValueOrDefault(op) ?? ImmutableDictionary<string, ImmutableArray<string>>.Empty;
            result = result.SetItem(op, block.Add(key, values.ToImmutableArray()));
        }

        return result;
    }
}
