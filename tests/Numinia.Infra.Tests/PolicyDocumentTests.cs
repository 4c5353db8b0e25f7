using System.Collections.Immutable;
using Numinia.Components.Common;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

public sealed class PolicyDocumentTests
{
    private static readonly string[] Keys = ["aws:SourceVpc", "aws:PrincipalTag/team", "kms:ViaService", "aws:SourceAccount", "s3:prefix", "aws:RequestedRegion", "ec2:Vpc", "iam:PassedToService", "aws:SecureTransport", "aws:ResourceTag/env"];

    [Test]
    public void ConditionAndPrincipalKeysAreWrittenInOrdinalOrderSoThePolicyTextIsTheSameOnEveryRun()
    {
        // An immutable dictionary enumerates in string-hash order, which changes from process to process; a policy's
        // text must not, or every preview would show a change to the policy.
        var values = Keys.ToImmutableDictionary(k => k, k => ImmutableArray.Create("v-" + k));
        var document = PolicyDocument.Of(new PolicyStatement
        {
            Action = ["s3:GetObject"],
            Resource = ImmutableArray.Create("*"),
            Principal = values,
            Condition = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty
                .Add("StringEquals", values).Add("Bool", values).Add("ArnLike", values).Add("IpAddress", values),
        });

        var json = document.ToJson();

        var sorted = Keys.Order(StringComparer.Ordinal).ToArray();
        var positions = sorted.Select(k => json.IndexOf($"\"{k}\":", StringComparison.Ordinal)).ToArray();
        var operators = new[] { "ArnLike", "Bool", "IpAddress", "StringEquals" }.Select(k => json.IndexOf($"\"{k}\":", StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(positions, Is.Ordered, "the principal's keys (their first occurrence) in ordinal order");
            Assert.That(operators, Is.Ordered, "the condition's operators in ordinal order");
            Assert.That(PolicyDocument.FromJson(json).ToJson(), Is.EqualTo(json), "the text reads back to the same document");
        });
    }
}
