using System.Collections.Immutable;
using Pulumi;

namespace Numinia.Stacks.Config;

/// <summary>One bad config value: the key, the value as given, and what is expected.</summary>
public sealed record ConfigProblem(string Key, string? Value, string Expected)
{
    /// <inheritdoc />
    public override string ToString() => Value is null ? $"{Key}: {Expected}" : $"{Key}: '{Shown(Value)}' {Expected}";

    // Control characters (a trailing newline, a tab) are shown escaped, so that each problem stays on its line.
    private static string Shown(string value)
        => value.Any(char.IsControl)
            ? string.Concat(value.Select(c => c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            }))
            : value;
}

/// <summary>
/// Every problem found in the stack config, raised once before any resource is declared. It derives
/// from <see cref="RunException"/> so that Pulumi prints the message without a stack trace.
/// </summary>
public sealed class ConfigValidationException : RunException
{
    /// <summary>Raises the problems.</summary>
    public ConfigValidationException(ImmutableArray<ConfigProblem> problems)
        : base($"The stack configuration has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:" + System.Environment.NewLine
               + string.Join(System.Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>The problems, in the order found.</summary>
    public ImmutableArray<ConfigProblem> Problems { get; }

    /// <summary>
    /// The message with, after each problem, where its key is set (<paramref name="locate"/> answers for a full key such
    /// as <c>numinia-infra:organizations</c>, or null), so that a problem in a file names its line.
    /// </summary>
    public string MessageWithLocations(Func<string, string?> locate)
    {
        static string Setting(string key)
        {
            var end = key.IndexOfAny(['[', '.'], Math.Max(key.IndexOf(':', StringComparison.Ordinal), 0));
            return end < 0 ? key : key[..end];
        }

        return $"The stack configuration has {Problems.Length} problem{(Problems.Length == 1 ? "" : "s")}:" + System.Environment.NewLine
               + string.Join(System.Environment.NewLine, Problems.Select(p => "  - " + p + (locate(Setting(p.Key)) is { } where ? $" ({where})" : "")));
    }
}
