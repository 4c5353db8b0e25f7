using NUnit.Framework;
using Pulumi;

namespace Numinia.Signatures.Tests;

/// <summary>The comparer itself: a deliberately wrong args class yields exactly its three faults.</summary>
public sealed class ComparerSelfTests
{
    /// <summary>
    /// VpcArgs as a careless mirror might write it: <c>cidrBlok</c> misspelled, <c>instanceTenancy</c>
    /// required (TypeScript: optional), <c>enableDnsSupport</c> a string (TypeScript: boolean);
    /// <c>region</c> and <c>tags</c> are right.
    /// </summary>
    private sealed class WrongVpcArgs : ResourceArgs
    {
        [Input("cidrBlok")]
        public Input<string>? CidrBlock { get; set; }

        [Input("instanceTenancy", required: true)]
        public Input<string> InstanceTenancy { get; set; } = null!;

        [Input("enableDnsSupport")]
        public Input<string>? EnableDnsSupport { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ??= new InputMap<string>();
            set => _tags = value;
        }
    }

    [Test]
    public void ComparerReportsExactlyTheWrongNameOptionalityAndKind()
    {
        var comparer = new SignatureComparer([]);
        var aws = new TsPackage(Repository.NodeModules, "aws");
        var dts = File.ReadAllText(Path.Combine(Repository.NodeModules, "@pulumi", "aws", "ec2", "vpc.d.ts"));
        var body = TsDeclarations.Body(TsDeclarations.StripComments(dts), @"export\s+interface\s+VpcArgs\b");

        comparer.CompareMembers(typeof(WrongVpcArgs), "VpcArgs", MirrorShapes.Inputs(typeof(WrongVpcArgs)), body, aws, SignatureComparer.Side.Input);

        var label = $"{typeof(WrongVpcArgs).FullName} (TS VpcArgs)";
        Assert.That(comparer.MembersChecked, Is.EqualTo(5));
        Assert.That(comparer.Mismatches, Is.EquivalentTo(new[]
        {
            $"{label}.cidrBlok: not declared in TypeScript",
            $"{label}.instanceTenancy: required in the mirror, optional in TypeScript",
            $"{label}.enableDnsSupport: string in the mirror, bool in TypeScript",
        }));
    }

    [Test]
    public void ComparerRequiresAnIntOrDoubleDecisionForEveryNumber()
    {
        var comparer = new SignatureComparer([new NumberDecisions.Decision("Other.Type", "port", "int", "some/File.cs")]);
        var aws = new TsPackage(Repository.NodeModules, "aws");
        const string body = "ipv4NetmaskLength?: pulumi.Input<number | undefined>;";

        comparer.CompareMembers(typeof(NumberArgs), "VpcArgs", MirrorShapes.Inputs(typeof(NumberArgs)), body, aws, SignatureComparer.Side.Input);
        comparer.ReportUnusedDecisions();

        Assert.That(comparer.Mismatches, Is.EquivalentTo(new[]
        {
            $"{typeof(NumberArgs).FullName}.ipv4NetmaskLength: a number (int) with no int/double decision",
            "Other.Type.port: an int/double decision for a member the mirror does not have as a number",
        }));
    }

    private sealed class NumberArgs : ResourceArgs
    {
        [Input("ipv4NetmaskLength")]
        public Input<int>? Ipv4NetmaskLength { get; set; }
    }
}
