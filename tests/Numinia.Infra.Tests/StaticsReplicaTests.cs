#if PULUMI_OFFLINE
using Numinia.Components.Common;
using Numinia.Components.Data;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// The statics bucket's copy in the second region: S3 replication as its API takes it (S3 User Guide, "Replicating
/// objects": both buckets versioned, a role S3 assumes, a V2 rule with a filter that says what of delete markers; lifecycle
/// actions are not replicated), on a new platform (the staging stack) at once and on the adopted live bucket from
/// <c>adoptionPhase: converge</c> on.
/// </summary>
[NonParallelizable]
public sealed class StaticsReplicaTests
{
    private const string ReplicationType = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";

    private static Task<PlanResult>? s_staging;
    private static Task<PlanResult>? s_converged;

    private static Task<PlanResult> StagingAsync() => s_staging ??= Planner.RunAsync(StackConfigFile.Load(Harness.RepoRoot, "staging", []));

    private static Task<PlanResult> ConvergedProdAsync() => s_converged ??= Planner.RunAsync(Harness.ProdConfig("adoptionPhase=converge"));

    private static ResourceRegistration Named(PlanResult plan, string name) => plan.Resources.Single(r => r.Name == name);

    private static IEnumerable<TestCaseData> Plans()
    {
        yield return new TestCaseData("staging").SetName("{m}(staging)");
        yield return new TestCaseData("prod converged").SetName("{m}(prod converged)");
    }

    private static Task<PlanResult> PlanAsync(string which) => which == "staging" ? StagingAsync() : ConvergedProdAsync();

    [TestCaseSource(nameof(Plans))]
    public async Task EveryObjectAndDeleteMarkerOfTheStaticsBucketIsReplicatedToTheSecondRegion(string which)
    {
        var plan = await PlanAsync(which);
        var replication = plan.Resources.Single(r => r.Type == ReplicationType);
        var source = Named(plan, "statics-bucket");
        var replica = Named(plan, "statics-replica-bucket");
        var rule = PolicyValues.AsList(replication.Input("rules")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(replication.Input("bucket"), Is.EqualTo(source.Id), "the rule is the source's");
            Assert.That(PolicyValues.At(rule, "status"), Is.EqualTo("Enabled"));
            Assert.That(PolicyValues.At(rule, "filter", "prefix"), Is.EqualTo(string.Empty), "the whole bucket");
            Assert.That(PolicyValues.At(rule, "deleteMarkerReplication", "status"), Is.EqualTo("Enabled"), "a delete reaches the replica as a marker; the versions stay");
            Assert.That(PolicyValues.At(rule, "destination", "bucket"), Is.EqualTo(replica.Outputs["arn"]));
            Assert.That(replica.Input("region"), Is.EqualTo("eu-central-1").And.Not.EqualTo(source.Input("region") ?? "eu-west-1"), "another region than the source's");
            Assert.That(replica.Input("bucket"), Is.EqualTo(StaticsReplica.ReplicaName((string)source.Input("bucket")!, "eu-central-1")));
        });
    }

    [Test]
    public async Task TheImportOfTheLiveBucketChangesNothingOfItAndConvergingReplicatesIt()
    {
        var imported = await Harness.ProdPlanAsync();
        Assert.That(imported.Resources.Where(r => r.Type == ReplicationType || r.Name.StartsWith("statics-replica", StringComparison.Ordinal)).Select(r => r.Name),
            Is.Empty, "adoptionPhase import: the adopted bucket gets no replication yet");
        Assert.That((await ConvergedProdAsync()).Resources.Count(r => r.Type == ReplicationType), Is.EqualTo(1));
    }

    [TestCaseSource(nameof(Plans))]
    public async Task S3AcceptsTheConfigurationOnlyOnceBothBucketsAreVersionedAndTheRoleMayAct(string which)
    {
        var plan = await PlanAsync(which);
        var replication = plan.Resources.Single(r => r.Type == ReplicationType);
        Assert.That(replication.DependencyUrns, Is.SupersetOf(new[]
        {
            Named(plan, "statics-versioning").Urn, Named(plan, "statics-replica-versioning").Urn, Named(plan, "statics-replica-role-policy").Urn,
        }));
        Assert.That(PolicyValues.AsString(Named(plan, "statics-replica-versioning").Input("versioningConfiguration", "status")), Is.EqualTo("Enabled"));
    }

    [TestCaseSource(nameof(Plans))]
    public async Task TheReplicaKeepsTheSourcesLifecycleAsS3ReplicatesNoLifecycleAction(string which)
    {
        var plan = await PlanAsync(which);
        Assert.That(PolicyValues.Show(Named(plan, "statics-replica-lifecycle").Input("rules")), Is.EqualTo(PolicyValues.Show(Named(plan, "statics-lifecycle").Input("rules"))));
    }

    [TestCaseSource(nameof(Plans))]
    public async Task TheReplicaIsPrivateEncryptedVersionedProtectedAndRefusesRequestsWithoutTls(string which)
    {
        var plan = await PlanAsync(which);
        var replica = Named(plan, "statics-replica-bucket");
        var report = PolicyRunner.Run(plan);
        var policy = PolicyDocument.FromJson((string)Named(plan, "statics-replica-policy").Input("policy")!);
        Assert.Multiple(() =>
        {
            Assert.That(report["s3-bucket-hardening"].Violations.Where(v => v.Urn == replica.Urn), Is.Empty);
            Assert.That(replica.Options.Protect, Is.True);
            Assert.That(replica.Input("forceDestroy"), Is.False);
            Assert.That(policy.Statement.Single().Effect, Is.EqualTo("Deny"));
            Assert.That(policy.Statement.Single().Condition!["Bool"]["aws:SecureTransport"], Is.EqualTo(new[] { "false" }));
        });
    }

    [TestCaseSource(nameof(Plans))]
    public async Task TheReplicationRoleReadsOnlyTheSourcesVersionsAndWritesOnlyIntoTheReplica(string which)
    {
        var plan = await PlanAsync(which);
        var source = (string)Named(plan, "statics-bucket").Outputs["arn"]!;
        var replica = (string)Named(plan, "statics-replica-bucket").Outputs["arn"]!;
        var trust = PolicyDocument.FromJson((string)Named(plan, "statics-replica-role").Input("assumeRolePolicy")!);
        var permissions = PolicyDocument.FromJson((string)Named(plan, "statics-replica-role-policy").Input("policy")!);
        Assert.Multiple(() =>
        {
            Assert.That(trust.Statement.Single().Principal!["Service"], Is.EqualTo(new[] { "s3.amazonaws.com" }));
            Assert.That(permissions.Statement.SelectMany(s => Resources(s)), Is.EquivalentTo(new[] { source, $"{source}/*", $"{replica}/*" }));
            Assert.That(permissions.Statement.Where(s => Resources(s).Contains($"{replica}/*")).SelectMany(s => s.Action),
                Is.EquivalentTo(new[] { "s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags" }));
            Assert.That(permissions.Statement.Where(s => Resources(s).Any(r => r == source || r == $"{source}/*")).SelectMany(s => s.Action),
                Has.All.StartWith("s3:Get").Or.EqualTo("s3:ListBucket"), "the source is only read");
        });
    }

    private static IEnumerable<string> Resources(PolicyStatement statement) => statement.Resource ?? [];

    [Test]
    public async Task PausingKeepsTheReplicaAndItsReplication()
    {
        var running = await StagingAsync();
        var paused = await Planner.RunAsync(StackConfigFile.Load(Harness.RepoRoot, "staging", ["paused=true"]));
        var kept = running.Resources.Where(r => r.Name.StartsWith("statics-replica", StringComparison.Ordinal) && r.Custom).Select(r => r.Urn).ToArray();
        Assert.That(kept, Is.Not.Empty);
        Assert.That(kept.Except(paused.Resources.Select(r => r.Urn)), Is.Empty);
    }
}
#endif
