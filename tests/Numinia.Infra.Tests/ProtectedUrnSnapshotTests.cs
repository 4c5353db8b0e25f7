#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// Guards against accidental replacement: the URN of every protected or stateful resource of the prod plan
/// is kept in Snapshots/protected-urns.txt. A refactor that renames, re-parents or retypes one of them
/// changes its URN, so Pulumi would delete and recreate it; this test fails until the change adds an alias
/// (Aliases on the resource's options) or the snapshot is updated on purpose:
/// <c>UPDATE_SNAPSHOTS=1 dotnet test Numinia.Infra.sln -p:PulumiSdk=Offline --filter ProtectedUrnSnapshotTests</c>.
/// </summary>
[NonParallelizable]
public sealed class ProtectedUrnSnapshotTests
{
    /// <summary>Types that hold data or identity, whether or not they are protected.</summary>
    public static readonly ImmutableHashSet<string> StatefulTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "aws:kms/key:Key",
        "aws:rds/cluster:Cluster",
        "aws:rds/clusterInstance:ClusterInstance",
        "aws:s3/bucket:Bucket",
        "aws:s3/bucketV2:BucketV2",
        "aws:efs/fileSystem:FileSystem",
        "aws:secretsmanager/secret:Secret",
        "aws:route53/zone:Zone",
        "eks:index:Cluster",
        "tls:index/privateKey:PrivateKey",
        "tls:index/selfSignedCert:SelfSignedCert");

    private static string SnapshotPath => Path.Combine(Harness.RepoRoot, "tests", "Numinia.Infra.Tests", "Snapshots", "protected-urns.txt");

    /// <summary>The URNs the snapshot holds: protected resources and resources of a stateful type, sorted.</summary>
    public static ImmutableArray<string> GuardedUrns(IEnumerable<ResourceRegistration> resources)
        => resources.Where(r => r.Options.Protect || StatefulTypes.Contains(r.Type))
            .Select(r => r.Urn)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>What changed between the snapshot and a plan: URNs that would be replaced (gone) and new ones.</summary>
    public static (ImmutableArray<string> Gone, ImmutableArray<string> Added) Compare(IEnumerable<string> snapshot, IEnumerable<string> planned)
    {
        var before = snapshot.ToImmutableHashSet(StringComparer.Ordinal);
        var after = planned.ToImmutableHashSet(StringComparer.Ordinal);
        return (before.Except(after).Order(StringComparer.Ordinal).ToImmutableArray(),
                after.Except(before).Order(StringComparer.Ordinal).ToImmutableArray());
    }

    [Test]
    public async Task NoProtectedOrStatefulResourceChangesItsUrnUnnoticed()
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig());
        var planned = GuardedUrns(plan.Resources);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllLinesAsync(SnapshotPath, planned);
            Assert.Pass($"Snapshot updated: {planned.Length} URNs in {SnapshotPath}.");
        }

        var snapshot = File.Exists(SnapshotPath)
            ? (await File.ReadAllLinesAsync(SnapshotPath)).Where(l => l.Length > 0).ToImmutableArray()
            : ImmutableArray<string>.Empty;
        var (gone, added) = Compare(snapshot, planned);
        Assert.That(gone, Is.Empty,
            "rule: a protected or stateful resource keeps its URN (a new URN means Pulumi replaces it). These URNs are no longer planned:\n  " +
            string.Join("\n  ", gone) + "\nAdd an alias for each renamed resource, or update the snapshot on purpose (UPDATE_SNAPSHOTS=1).");
        Assert.That(added, Is.Empty,
            "rule: the snapshot lists every protected or stateful resource. New ones, to add on purpose with UPDATE_SNAPSHOTS=1:\n  " +
            string.Join("\n  ", added));
    }

    [Test]
    public void ARenamedStatefulResourceIsReportedAsGone()
    {
        var snapshot = new[] { "urn:pulumi:prod::numinia-infra::aws:kms/key:Key::cluster-key", "urn:pulumi:prod::numinia-infra::aws:s3/bucket:Bucket::statics" };
        var planned = new[] { "urn:pulumi:prod::numinia-infra::aws:kms/key:Key::cluster-key", "urn:pulumi:prod::numinia-infra::aws:s3/bucket:Bucket::statics-bucket" };
        var (gone, added) = Compare(snapshot, planned);
        Assert.That(gone, Is.EqualTo(new[] { "urn:pulumi:prod::numinia-infra::aws:s3/bucket:Bucket::statics" }));
        Assert.That(added, Is.EqualTo(new[] { "urn:pulumi:prod::numinia-infra::aws:s3/bucket:Bucket::statics-bucket" }));
    }

    [Test]
    public async Task TheSnapshotCoversTheClusterAndItsKey()
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig());
        var guarded = GuardedUrns(plan.Resources);
        Assert.That(guarded, Has.Some.Contains("eks:index:Cluster"), "the EKS cluster is guarded");
        Assert.That(guarded, Has.Some.Contains("aws:kms/key:Key"), "the cluster's KMS key is guarded");
    }
}
#endif
