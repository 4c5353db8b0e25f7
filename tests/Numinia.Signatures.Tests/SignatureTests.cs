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

        var decisions = NumberDecisions.All.ToList();
        var fromSchema = decisions.Where(d => d.IsFromSchema).ToList();
        var unread = decisions.Where(d => d.Source is null).ToList();
        TestContext.Progress.WriteLine(
            $"{decisions.Count(d => d.IsFromCSharpFile)} int/double decisions read in the real SDK C# files, "
            + $"{fromSchema.Count} in the Terraform provider schema, {unread.Count} not yet read");
        foreach (var decision in fromSchema)
        {
            TestContext.Progress.WriteLine($"  from the provider schema: {decision.Type}.{decision.Member} ({decision.Number})");
        }

        foreach (var decision in unread)
        {
            TestContext.Progress.WriteLine($"  not yet read: {decision.Type}.{decision.Member} ({decision.Number})");
        }

        Assert.That(comparer.MembersChecked, Is.GreaterThan(500), "the walk found the mirror's members");
        Assert.That(comparer.Mismatches, Is.Empty);
        Assert.That(unread.Select(d => $"{d.Type}.{d.Member}"), Is.Empty, "int/double decisions that name no file read");
    }
}
