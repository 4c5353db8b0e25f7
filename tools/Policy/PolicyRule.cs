#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy;

/// <summary>Whether a failing rule fails the policy check or only warns.</summary>
public enum PolicySeverity
{
    /// <summary>A violation fails the check (<c>plan --policy</c> exits non-zero).</summary>
    Mandatory,

    /// <summary>A violation is reported as a warning; the check still passes.</summary>
    Advisory,
}

/// <summary>One thing wrong with one resource of a plan.</summary>
/// <param name="RuleId">The rule that found it.</param>
/// <param name="Urn">The offending resource.</param>
/// <param name="Message">What is wrong and what is expected.</param>
/// <param name="Live">
/// Whether the resource is adopted with its live values (an import): the import cannot make it worse than it is, so the
/// violation warns (it is the live platform's) and converging must fix it.
/// </param>
public sealed record PolicyViolation(string RuleId, string Urn, string Message, bool Live = false);

/// <summary>
/// A policy rule: one check over every resource of a planned stack. A rule reads the resources of
/// <see cref="ResourceTypes"/> (and may look up others to resolve references, e.g. a node group's
/// subnet ids) and names each offending resource by its URN.
/// </summary>
public abstract class PolicyRule
{
    /// <summary>A stable, kebab-case identifier (e.g. <c>eks-endpoint-private</c>).</summary>
    public abstract string Id { get; }

    /// <summary>What the rule requires, as one sentence.</summary>
    public abstract string Title { get; }

    /// <summary>Whether a violation fails the check; rules are mandatory unless they say otherwise.</summary>
    public virtual PolicySeverity Severity => PolicySeverity.Mandatory;

    /// <summary>The type tokens of the resources the rule checks.</summary>
    public abstract ImmutableArray<string> ResourceTypes { get; }

    /// <summary>Whether the rule checks resources of <paramref name="type"/> (a listed token ending in <c>*</c> is a prefix).</summary>
    public bool Covers(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ResourceTypes.Any(t => t.EndsWith('*') ? type.StartsWith(t[..^1], StringComparison.Ordinal) : t == type);
    }

    /// <summary>Every violation of the rule in <paramref name="plan"/>.</summary>
    public abstract IEnumerable<PolicyViolation> Check(PolicyPlan plan);

    /// <summary>A violation of this rule by <paramref name="resource"/>.</summary>
    protected PolicyViolation Violation(ResourceRegistration resource, string message)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new PolicyViolation(Id, resource.Urn, message);
    }
}
#endif
