using System.Collections.Immutable;

namespace Numinia.Infra.Plan;

/// <summary>A problem of a stack file or Pulumi.yaml itself: where it is and what is wrong.</summary>
public sealed record StackFileProblem(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path.GetFileName(File)} line {Line}: {Message}";
}

/// <summary>The problems of a stack file that keep it from being read: a config error (the plan exits with 2), naming each line.</summary>
public sealed class StackFileException : Exception
{
    /// <summary>Raises the problems.</summary>
    public StackFileException(ImmutableArray<StackFileProblem> problems)
        : base($"The stack configuration has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:" + Environment.NewLine
               + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>The problems, in the order found.</summary>
    public ImmutableArray<StackFileProblem> Problems { get; }
}
