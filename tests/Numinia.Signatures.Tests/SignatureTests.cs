using NUnit.Framework;

namespace Numinia.Signatures.Tests;

/// <summary>
/// The offline Pulumi.Aws and Pulumi.Eks mirrors declare the same public API as the real
/// packages: every mirrored resource, invoke, nested type and enum is compared with the
/// TypeScript definitions of @pulumi/aws and @pulumi/eks at the pinned versions.
/// </summary>
public sealed class SignatureTests
{
    [Test]
    public void MirroredAwsAndEksSignaturesMatchTheTypeDefinitions()
    {
        var comparer = new SignatureComparer(NumberDecisions.All);
        var repo = Repository.Root;
        new MirrorWalker(comparer, new TsPackage(Repository.NodeModules, "aws"), Path.Combine(repo, "offline-sdk", "Pulumi.Aws"))
            .Walk(typeof(Pulumi.Aws.Provider).Assembly);
        new MirrorWalker(comparer, new TsPackage(Repository.NodeModules, "eks"), Path.Combine(repo, "offline-sdk", "Pulumi.Eks"))
            .Walk(typeof(Pulumi.Eks.Cluster).Assembly);
        comparer.ReportUnusedDecisions();

        TestContext.Progress.WriteLine($"{comparer.MembersChecked} members checked, {comparer.Mismatches.Count} mismatches");
        foreach (var mismatch in comparer.Mismatches)
        {
            TestContext.Progress.WriteLine(mismatch);
        }

        var unread = NumberDecisions.All.Where(d => d.RealFile is null).ToList();
        TestContext.Progress.WriteLine(
            $"{NumberDecisions.All.Count() - unread.Count} int/double decisions read in the real SDK, {unread.Count} not yet read");
        foreach (var decision in unread)
        {
            TestContext.Progress.WriteLine($"  not yet read: {decision.Type}.{decision.Member} ({decision.Number})");
        }

        Assert.That(comparer.MembersChecked, Is.GreaterThan(500), "the walk found the mirror's members");
        Assert.That(comparer.Mismatches, Is.Empty);
    }
}
