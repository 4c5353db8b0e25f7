#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Numinia.Infra.Policy;

/// <summary>How a rule came out.</summary>
public enum PolicyOutcome
{
    /// <summary>No violation.</summary>
    Pass,

    /// <summary>A mandatory rule found violations (or could not run).</summary>
    Fail,

    /// <summary>An advisory rule found violations (or could not run).</summary>
    Warn,
}

/// <summary>One rule's result over a plan.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Checked">How many resources of the rule's types the plan has.</param>
/// <param name="Violations">What it found, in plan order.</param>
/// <param name="Error">Why the rule could not run, if it could not.</param>
public sealed record PolicyRuleResult(PolicyRule Rule, int Checked, ImmutableArray<PolicyViolation> Violations, string? Error)
{
    /// <summary>
    /// Pass when nothing is wrong; otherwise Fail for a mandatory rule and Warn for an advisory one, or for violations that
    /// are all of live values being imported (<see cref="PolicyViolation.Live"/>).
    /// </summary>
    public PolicyOutcome Outcome => Violations.IsEmpty && Error is null
        ? PolicyOutcome.Pass
        : Rule.Severity == PolicySeverity.Mandatory && (Error is not null || Violations.Any(v => !v.Live)) ? PolicyOutcome.Fail : PolicyOutcome.Warn;
}

/// <summary>The policy check of a plan: each rule's outcome and offending resources, as text and as JSON.</summary>
public sealed record PolicyReport(string Project, string Stack, int ResourceCount, ImmutableArray<PolicyRuleResult> Results)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Whether every mandatory rule passed (advisory warnings do not fail the check).</summary>
    public bool Passed => Results.All(r => r.Outcome != PolicyOutcome.Fail);

    /// <summary>The result of the rule <paramref name="id"/>.</summary>
    public PolicyRuleResult this[string id] => Results.Single(r => r.Rule.Id == id);

    /// <summary>
    /// Writes one line per rule (<c>PASS</c>, <c>FAIL</c> or <c>WARN</c>, its id, severity, title and how
    /// many resources it checked), each offending resource's URN with what is wrong under a failing or
    /// warning rule, and a last line with the verdict.
    /// </summary>
    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Policy check of {Project}/{Stack}: {Results.Length} rules over {ResourceCount} resources");
        output.WriteLine();
        var width = Results.Select(r => r.Rule.Id.Length).DefaultIfEmpty(0).Max();
        foreach (var result in Results)
        {
            var status = result.Outcome.ToString().ToUpperInvariant();
            var severity = result.Rule.Severity.ToString().ToLowerInvariant();
            output.WriteLine($"{status,-4}  {result.Rule.Id.PadRight(width)}  {severity,-9}  {result.Rule.Title} [{result.Checked} checked]");
            if (result.Error is not null)
            {
                output.WriteLine($"      could not run: {result.Error}");
            }

            foreach (var resource in result.Violations.GroupBy(v => v.Urn, StringComparer.Ordinal))
            {
                output.WriteLine($"      {resource.Key}");
                foreach (var violation in resource)
                {
                    output.WriteLine(violation.Live
                        ? $"        - {violation.Message} (the live value, imported as it is: adoptionPhase converge must fix it)"
                        : $"        - {violation.Message}");
                }
            }
        }

        output.WriteLine();
        var failed = Count(PolicyOutcome.Fail);
        var warned = Count(PolicyOutcome.Warn);
        var passed = Count(PolicyOutcome.Pass);
        output.WriteLine(Passed
            ? $"Policy passed: {passed} rules passed, {warned} advisory warned."
            : $"Policy FAILED: {failed} mandatory rules failed, {warned} advisory warned, {passed} passed.");
    }

    /// <summary>The report as JSON: the verdict, counts, and each rule with its status and violations.</summary>
    public string ToJson()
    {
        var rules = new JsonArray();
        foreach (var result in Results)
        {
            var violations = new JsonArray();
            foreach (var violation in result.Violations)
            {
                var (type, name) = ParseUrn(violation.Urn);
                violations.Add(new JsonObject
                {
                    ["urn"] = violation.Urn,
                    ["type"] = type,
                    ["name"] = name,
                    ["message"] = violation.Message,
                    ["live"] = violation.Live,
                });
            }

            rules.Add(new JsonObject
            {
                ["id"] = result.Rule.Id,
                ["title"] = result.Rule.Title,
                ["severity"] = result.Rule.Severity.ToString().ToLowerInvariant(),
                ["status"] = result.Outcome.ToString().ToLowerInvariant(),
                ["resourceTypes"] = new JsonArray(result.Rule.ResourceTypes.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                ["checked"] = result.Checked,
                ["error"] = result.Error,
                ["violations"] = violations,
            });
        }

        return new JsonObject
        {
            ["project"] = Project,
            ["stack"] = Stack,
            ["resourceCount"] = ResourceCount,
            ["passed"] = Passed,
            ["summary"] = new JsonObject
            {
                ["rules"] = Results.Length,
                ["passed"] = Count(PolicyOutcome.Pass),
                ["failed"] = Count(PolicyOutcome.Fail),
                ["warned"] = Count(PolicyOutcome.Warn),
            },
            ["rules"] = rules,
        }.ToJsonString(s_json);
    }

    private int Count(PolicyOutcome outcome) => Results.Count(r => r.Outcome == outcome);

    // urn:pulumi:<stack>::<project>::<parent types$...$type>::<name>
    private static (string? Type, string? Name) ParseUrn(string urn)
    {
        var parts = urn.Split("::");
        return parts.Length < 4 ? (null, null) : (parts[2].Split('$')[^1], string.Join("::", parts[3..]));
    }
}
#endif
