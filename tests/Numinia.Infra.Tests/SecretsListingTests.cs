#if PULUMI_OFFLINE
using System.Text.RegularExpressions;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// External Secrets' <c>dataFrom.find</c> is unsupported on purpose: its calls, <c>ListSecrets</c> and
/// <c>BatchGetSecretValue</c> (external-secrets/external-secrets v2.9.0,
/// <c>providers/v1/aws/secretsmanager/secretsmanager.go</c>, <c>findByName</c> and <c>fetchWithBatch</c>), can only be
/// granted on every secret of the account, so no role the platform creates has them and nothing it creates uses
/// <c>find</c>.
/// </summary>
[NonParallelizable]
public sealed class SecretsListingTests
{
    private static readonly string[] s_listingActions = ["secretsmanager:ListSecrets", "secretsmanager:BatchGetSecretValue"];

    private static PlanResult? s_prod;

    private static async Task<PlanResult> ProdAsync() => s_prod ??= await Planner.RunAsync(Harness.ProdConfig());

    /// <summary>Every IAM policy document the plan declares, with the resource that carries it.</summary>
    private static IEnumerable<(ResourceRegistration Resource, string? Document)> PolicyDocuments(PlanResult plan)
    {
        foreach (var resource in plan.Resources)
        {
            if (resource.Type == PolicyTokens.IamRole)
            {
                foreach (var inline in PolicyValues.AsList(resource.Input("inlinePolicies")))
                {
                    yield return (resource, PolicyValues.AsString(PolicyValues.At(inline, "policy")));
                }
            }
            else if (resource.Type is "aws:iam/rolePolicy:RolePolicy" or "aws:iam/policy:Policy")
            {
                yield return (resource, PolicyValues.AsString(resource.Input("policy")));
            }
        }
    }

    /// <summary>Whether an Allow statement grants <paramref name="action"/>, through its Action wildcards or a NotAction that spares it.</summary>
    private static bool Grants(IamStatement statement, string action)
    {
        static bool Matches(string pattern, string action)
            => Regex.IsMatch(action, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return statement.Allow && (statement.Actions.Any(a => Matches(a, action))
            || (!statement.NotActions.IsDefaultOrEmpty && !statement.NotActions.Any(a => Matches(a, action))));
    }

    [Test]
    public async Task NoRoleThePlatformCreatesCanListSecretsOrReadThemInBatch()
    {
        var documents = PolicyDocuments(await ProdAsync()).ToList();
        Assert.That(documents.Count(d => d.Document?.Contains("secretsmanager:", StringComparison.Ordinal) == true), Is.GreaterThanOrEqualTo(9),
            "the operator's role and the eight tenant environments' roles read secrets");
        foreach (var (resource, document) in documents)
        {
            Assert.That(IamPolicyDocument.TryParse(document, out var statements, out var error), Is.True, $"{resource.Urn}: {error}");
            foreach (var action in s_listingActions)
            {
                Assert.That(statements.Where(s => Grants(s, action)), Is.Empty, $"{resource.Urn} grants {action}");
            }
        }
    }

    [Test]
    public async Task NothingThePlatformCreatesUsesDataFromFind()
    {
        var objects = (await ProdAsync()).Resources.Where(r => r.Type.StartsWith("kubernetes:external-secrets.io/", StringComparison.Ordinal)).ToList();
        Assert.That(objects.Select(o => o.Type), Does.Contain("kubernetes:external-secrets.io/v1:SecretStore"), "the tenants' stores are there to look at");
        foreach (var resource in objects)
        {
            var spec = PolicyValues.AsMap(resource.Input("spec"));
            var external = PolicyValues.AsMap(spec?.GetValueOrDefault("externalSecretSpec")) ?? spec;
            foreach (var source in PolicyValues.AsList(external?.GetValueOrDefault("dataFrom")))
            {
                Assert.That(PolicyValues.At(source, "find"), Is.Null, $"{resource.Urn} uses dataFrom.find, which no role can serve");
            }
        }
    }
}
#endif
