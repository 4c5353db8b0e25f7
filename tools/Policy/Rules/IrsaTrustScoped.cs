#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Role trust policies never trust everyone, and every IRSA role (a role whose trust policy lets a web
/// identity assume it through the cluster's OIDC provider) trusts exactly one service account: a
/// <c>StringEquals</c> condition on the provider's <c>:sub</c> key with one
/// <c>system:serviceaccount:&lt;namespace&gt;:&lt;name&gt;</c> without wildcards, and a
/// <c>StringEquals</c> condition on its <c>:aud</c> key with exactly <c>sts.amazonaws.com</c>.
/// Without the <c>sub</c> condition, any pod of the cluster (any service account token) could assume the role.
/// </summary>
public sealed partial class IrsaTrustScoped : PolicyRule
{
    /// <summary>The audience EKS service account tokens carry for STS.</summary>
    public const string StsAudience = "sts.amazonaws.com";

    /// <inheritdoc />
    public override string Id => "irsa-trust-scoped";

    /// <inheritdoc />
    public override string Title => "Role trust policies trust no wildcard principal; each IRSA role trusts one service account (sub and aud StringEquals)";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.IamRole];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var role in plan.OfType(PolicyTokens.IamRole))
        {
            var trust = role.Input("assumeRolePolicy");
            if (PolicyValues.IsUnknown(trust))
            {
                yield return Violation(role, "assumeRolePolicy is unknown at plan time: its principals cannot be checked");
                continue;
            }

            if (!IamPolicyDocument.TryParse(PolicyValues.AsString(trust), out var statements, out var error))
            {
                yield return Violation(role, $"assumeRolePolicy: {error}");
                continue;
            }

            var serviceAccounts = new SortedSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < statements.Length; i++)
            {
                var statement = statements[i];
                if (!statement.Allow)
                {
                    continue;
                }

                if (statement.Principal?.IsWildcard == true)
                {
                    yield return Violation(role, $"assumeRolePolicy {statement.Label(i)} trusts any principal (\"*\")");
                }

                if (statement.NotPrincipal != null)
                {
                    yield return Violation(role, $"assumeRolePolicy {statement.Label(i)} trusts every principal but some (NotPrincipal)");
                }

                if (!IsWebIdentity(statement))
                {
                    continue;
                }

                foreach (var problem in WebIdentityProblems(statement, serviceAccounts))
                {
                    yield return Violation(role, $"assumeRolePolicy {statement.Label(i)}: {problem}");
                }
            }

            if (serviceAccounts.Count > 1)
            {
                yield return Violation(role, $"trusts {serviceAccounts.Count} service accounts ({IamPolicyDocument.Join(serviceAccounts)}); an IRSA role trusts exactly one");
            }
        }
    }

    private static bool IsWebIdentity(IamStatement statement)
        => statement.Principal?.Of("Federated").Any(IsOidcProvider) == true
           || statement.Actions.Any(a => a.Equals("sts:AssumeRoleWithWebIdentity", StringComparison.OrdinalIgnoreCase));

    private static bool IsOidcProvider(string arn) => arn.Contains(":oidc-provider/", StringComparison.Ordinal);

    private static IEnumerable<string> WebIdentityProblems(IamStatement statement, SortedSet<string> serviceAccounts)
    {
        // The condition keys are the issuer (the provider ARN after "oidc-provider/") followed by :sub and :aud.
        var issuers = statement.Principal?.Of("Federated").Where(IsOidcProvider)
            .Select(arn => arn[(arn.IndexOf(":oidc-provider/", StringComparison.Ordinal) + ":oidc-provider/".Length)..])
            .ToArray() ?? [];
        if (issuers.Length == 0)
        {
            yield return "a web identity is trusted without an OIDC provider as the Federated principal";
            yield break;
        }

        foreach (var issuer in issuers)
        {
            var subjects = statement.Condition("StringEquals", $"{issuer}:sub");
            if (subjects.Length != 1)
            {
                yield return $"needs StringEquals {issuer}:sub with exactly one service account (has {subjects.Length})";
            }

            foreach (var subject in subjects)
            {
                if (ServiceAccountSubject().IsMatch(subject))
                {
                    serviceAccounts.Add(subject);
                }
                else
                {
                    yield return $"{issuer}:sub is \"{subject}\", not one system:serviceaccount:<namespace>:<name> without wildcards";
                }
            }

            var audiences = statement.Condition("StringEquals", $"{issuer}:aud");
            if (audiences.Length != 1 || audiences[0] != StsAudience)
            {
                yield return $"needs StringEquals {issuer}:aud = {StsAudience} (has {(audiences.IsEmpty ? "none" : IamPolicyDocument.Join(audiences))})";
            }
        }
    }

    [GeneratedRegex("^system:serviceaccount:[a-z0-9]([-a-z0-9.]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")]
    private static partial Regex ServiceAccountSubject();
}
#endif
