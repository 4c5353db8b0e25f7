#if PULUMI_OFFLINE
using Numinia.Infra.Plan;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The prod-dr stack rebuilds prod in another region of the same account from the program and the backups: it plans and
/// passes every mandatory policy rule offline, adopts nothing, takes its own names and network, and takes its restore
/// inputs from config (the database's recovery point copy, prod's Velero bucket read-only).
/// </summary>
[NonParallelizable]
public sealed class DisasterRecoveryStackTests
{
    private const string Stack = "prod-dr";

    // A recovery point copy as AWS Backup lists it in the vault of the DR region.
    private const string RecoveryPoint = "arn:aws:rds:eu-central-1:111122223333:cluster-snapshot:awsbackup:job-0123abcd-4567-89ef-0123-456789abcdef";

    private static StackConfigFile DrConfig(params string[] overrides) => StackConfigFile.Load(Harness.RepoRoot, Stack, overrides);

    [Test]
    public async Task TheDrStackPlansAndPassesEveryMandatoryPolicyRule()
    {
        var (code, output, error) = await Harness.PlanAsync("--stack", Stack, "--policy", "--quiet");
        Assert.That(code, Is.Zero, error + output);
        Assert.That(output, Does.Contain("Policy passed"));
    }

    [Test]
    public void TheDrStackIsAnotherRegionOfProdsAccountWithItsOwnNetworkAndNames()
    {
        var dr = DrConfig().Values;
        var prod = Harness.ProdConfig().Values;
        Assert.Multiple(() =>
        {
            Assert.That(dr["aws:region"], Is.Not.EqualTo(prod["aws:region"]));
            Assert.That(dr["numinia-infra:accountId"], Is.EqualTo(prod["numinia-infra:accountId"]), "the copies and prod's Velero bucket are in prod's account");
            foreach (var key in new[] { "clusterName", "vpcName", "vpcCidr", "staticsBucketName" })
            {
                Assert.That(dr[$"numinia-infra:{key}"], Is.Not.EqualTo(prod.GetValueOrDefault($"numinia-infra:{key}")), key);
            }

            // The rebuild runs while prod's region may be lost: anything it creates there (its copy vault, its statics replica)
            // would fail its first up.
            Assert.That(dr["numinia-infra:backupCopyRegion"], Is.Not.EqualTo(prod["aws:region"]), "nothing of the rebuild is created in prod's region");
        });
    }

    [Test]
    public async Task TheDrStackRestoresTheDatabaseFromTheRecoveryPointItIsGiven()
    {
        var plan = await Planner.RunAsync(DrConfig($"numinia-infra:databaseRestoreSnapshotArn={RecoveryPoint}"));
        var cluster = plan.Resources.Single(r => r.Type == "aws:rds/cluster:Cluster");
        Assert.Multiple(() =>
        {
            Assert.That(cluster.Inputs["snapshotIdentifier"], Is.EqualTo(RecoveryPoint));
            Assert.That(cluster.Options.ImportId, Is.Null, "a new cluster, not an adopted one");
            Assert.That(plan.Resources.Where(r => r.Options.ImportId is not null).Select(r => r.Name), Is.Empty, "adopted resources");
        });
    }

    [Test]
    public async Task TheDrStackReadsProdsVeleroBucketReadOnly()
    {
        var plan = await Planner.RunAsync(DrConfig());
        var prodBucket = DrConfig().Values["numinia-infra:veleroRestoreFromBucket"];
        var policy = Numinia.Components.Common.PolicyDocument.FromJson(
            (string)plan.Resources.Single(r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name == "velero-irsa-policy").Inputs["policy"]!);
        var onProdBucket = policy.Statement.Where(s => s.Resource!.Value.Any(r => r.Contains(prodBucket, StringComparison.Ordinal))).SelectMany(s => s.Action);
        Assert.Multiple(() =>
        {
            Assert.That(prodBucket, Is.EqualTo(Numinia.Components.Addons.Velero.VeleroAddon.BucketNameOf(
                Harness.ProdConfig().Values["numinia-infra:clusterName"], Harness.ProdConfig().Values["numinia-infra:accountId"])), "prod's Velero bucket");
            Assert.That(onProdBucket, Is.EquivalentTo(new[] { "s3:GetObject", "s3:ListBucket" }));
        });
    }
}
#endif
