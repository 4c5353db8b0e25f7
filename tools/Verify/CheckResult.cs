namespace Numinia.Infra.Verify;

/// <summary>The outcome of one check of a running platform: its name, whether it passed, and what it saw.</summary>
public sealed record CheckResult(string Name, bool Passed, string Detail)
{
    /// <summary>A passed check.</summary>
    public static CheckResult Pass(string name, string detail) => new(name, true, detail);

    /// <summary>A failed check; the detail names the objects at fault.</summary>
    public static CheckResult Fail(string name, string detail) => new(name, false, detail);

    /// <summary>The line the command prints: <c>PASS  name  detail</c> or <c>FAIL  name  detail</c>.</summary>
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")}  {Name}  {Detail}";
}

/// <summary>One check of a running platform.</summary>
public interface IVerifyCheck
{
    /// <summary>The check's name, as <c>--only</c> selects it.</summary>
    string Name { get; }

    /// <summary>Runs the check. An unreachable API server is thrown (the command exits 2), any other problem is a failure.</summary>
    Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation);
}
