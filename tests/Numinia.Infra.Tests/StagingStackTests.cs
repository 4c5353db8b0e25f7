#if PULUMI_OFFLINE
using System.Collections;
using Numinia.Infra.Plan;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The staging stack runs the same program in its own account before prod: it plans, passes every mandatory policy
/// rule, takes no physical name the live platform holds and adopts nothing.
/// </summary>
[NonParallelizable]
public sealed class StagingStackTests
{
    // The physical names the live platform holds (../shared/LIVE.md: the cluster and its KMS alias, the VPC, the Aurora
    // cluster, the statics bucket, inferred and as the prod stack names it).
    private static readonly string[] s_liveNames =
    [
        "production-numinia", "alias/eks/production-numinia", "numinia-vpc", "prod-hyperfy", "prod-hyperfy-instance-1",
        "statics.numinia.xyz", "numinia-statics",
    ];

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        IDictionary map => map.Values.Cast<object?>().SelectMany(Strings),
        IEnumerable list => list.Cast<object?>().SelectMany(Strings),
        _ => [],
    };

    [Test]
    public async Task TheStagingStackPlansAndPassesEveryMandatoryPolicyRule()
    {
        var (code, output, error) = await Harness.PlanAsync("--stack", "staging", "--policy", "--quiet");
        Assert.That(code, Is.Zero, error + output);
        Assert.That(output, Does.Contain("Policy passed"));
    }

    [Test]
    public async Task TheStagingStackTakesNoLiveNameAndAdoptsNothing()
    {
        var plan = await Planner.RunAsync(StackConfigFile.Load(Harness.RepoRoot, "staging", []));
        var taken = plan.Resources.SelectMany(r => Strings(r.Inputs).Where(s_liveNames.Contains).Select(s => $"{r.Name}: {s}")).Distinct();
        Assert.Multiple(() =>
        {
            Assert.That(taken, Is.Empty, "a live platform's physical name");
            Assert.That(plan.Resources.Where(r => r.Options.ImportId is not null).Select(r => r.Name), Is.Empty, "adopted resources");
        });
    }

    [Test]
    public void TheStagingStackIsAnotherAccount()
    {
        var staging = StackConfigFile.Load(Harness.RepoRoot, "staging", []);
        var prod = Harness.ProdConfig();
        Assert.That(staging.Values["numinia-infra:accountId"], Is.Not.EqualTo(prod.Values["numinia-infra:accountId"]));
    }
}
#endif
