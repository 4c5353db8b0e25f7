using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Compute;

namespace Numinia.Stacks.Config;

/// <summary>
/// A dated table of the EC2 instance families the node groups may use in eu-west-1 and of the DB instance classes Aurora
/// PostgreSQL offers, with their sizes, so that a name that cannot exist (<c>m6i.xlarg</c>, <c>db.t4g.mediun</c>) is
/// refused before apply rather than by EC2 or RDS at apply time.
/// <para>
/// Written by hand on <see cref="AsOf"/> from the AWS documentation pages in <see cref="Sources"/> (the build machines
/// have no internet access, so the pages were not re-read online that day). EC2 adds families and sizes, and regional
/// offerings change: before relying on a family, or when one the table lacks is wanted, check it with
/// <c>aws ec2 describe-instance-type-offerings --region eu-west-1 --filters Name=instance-type,Values=&lt;family&gt;.*</c>
/// (or, for Aurora, <c>aws rds describe-orderable-db-instance-options --engine aurora-postgresql --region eu-west-1</c>),
/// then update the table and <see cref="AsOf"/>. A family missing from the table is refused with a message naming it.
/// </para>
/// </summary>
public static class InstanceTypes
{
    /// <summary>The day the table was written.</summary>
    public const string AsOf = "2026-12-07";

    /// <summary>The region the table describes.</summary>
    public const string Region = "eu-west-1";

    /// <summary>The pages the table is based on.</summary>
    public static readonly ImmutableArray<string> Sources = ImmutableArray.Create(
        "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html",
        "https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html",
        "https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html",
        "https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html",
        "https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-regions.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.SupportAurora.html");

    /// <summary>One EC2 instance family: what it is for, its CPU architecture and its sizes.</summary>
    public sealed record Family(string Name, NodeGroupPurpose Purpose, string Architecture, ImmutableArray<string> Sizes);

    private static ImmutableArray<string> Sizes(params string[] sizes) => sizes.ToImmutableArray();

    private static readonly ImmutableArray<string> s_fifth = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge");
    private static readonly ImmutableArray<string> s_fifthMetal = s_fifth.Add("metal");
    private static readonly ImmutableArray<string> s_fifthCompute = Sizes("large", "xlarge", "2xlarge", "4xlarge", "9xlarge", "12xlarge", "18xlarge", "24xlarge", "metal");
    private static readonly ImmutableArray<string> s_sixthIntel = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "metal");
    private static readonly ImmutableArray<string> s_sixthAmd = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge", "metal");
    private static readonly ImmutableArray<string> s_seventhAmd = Sizes("medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge", "metal-48xl");
    private static readonly ImmutableArray<string> s_seventhIntel = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge", "metal-24xl", "metal-48xl");
    private static readonly ImmutableArray<string> s_flex = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge");
    private static readonly ImmutableArray<string> s_graviton = Sizes("medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "metal");
    private static readonly ImmutableArray<string> s_graviton4 = Sizes("medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge", "metal-24xl", "metal-48xl");
    private static readonly ImmutableArray<string> s_burstable = Sizes("nano", "micro", "small", "medium", "large", "xlarge", "2xlarge");
    private static readonly ImmutableArray<string> s_gpu = Sizes("xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge");

    /// <summary>The families, by name (<c>m6i</c>).</summary>
    public static readonly ImmutableSortedDictionary<string, Family> Families = new[]
    {
        Ec2("m5", NodeGroupPurpose.General, s_fifthMetal), Ec2("m5a", NodeGroupPurpose.General, s_fifth), Ec2("m5ad", NodeGroupPurpose.General, s_fifth),
        Ec2("m5d", NodeGroupPurpose.General, s_fifthMetal), Ec2("m5dn", NodeGroupPurpose.General, s_fifthMetal), Ec2("m5n", NodeGroupPurpose.General, s_fifthMetal),
        Ec2("m5zn", NodeGroupPurpose.General, Sizes("large", "xlarge", "2xlarge", "3xlarge", "6xlarge", "12xlarge", "metal")),
        Ec2("m6a", NodeGroupPurpose.General, s_sixthAmd), Ec2("m6i", NodeGroupPurpose.General, s_sixthIntel), Ec2("m6id", NodeGroupPurpose.General, s_sixthIntel),
        Ec2("m6idn", NodeGroupPurpose.General, s_sixthIntel), Ec2("m6in", NodeGroupPurpose.General, s_sixthIntel),
        Ec2("m7a", NodeGroupPurpose.General, s_seventhAmd), Ec2("m7i", NodeGroupPurpose.General, s_seventhIntel), Ec2("m7i-flex", NodeGroupPurpose.General, s_flex),
        Ec2("t3", NodeGroupPurpose.General, s_burstable), Ec2("t3a", NodeGroupPurpose.General, s_burstable),
        Arm("m6g", NodeGroupPurpose.General, s_graviton), Arm("m6gd", NodeGroupPurpose.General, s_graviton), Arm("m7g", NodeGroupPurpose.General, s_graviton),
        Arm("m7gd", NodeGroupPurpose.General, s_graviton), Arm("m8g", NodeGroupPurpose.General, s_graviton4), Arm("t4g", NodeGroupPurpose.General, s_burstable),
        Ec2("c5", NodeGroupPurpose.Compute, s_fifthCompute), Ec2("c5a", NodeGroupPurpose.Compute, s_fifth), Ec2("c5ad", NodeGroupPurpose.Compute, s_fifth),
        Ec2("c5d", NodeGroupPurpose.Compute, s_fifthCompute),
        Ec2("c5n", NodeGroupPurpose.Compute, Sizes("large", "xlarge", "2xlarge", "4xlarge", "9xlarge", "18xlarge", "metal")),
        Ec2("c6a", NodeGroupPurpose.Compute, s_sixthAmd), Ec2("c6i", NodeGroupPurpose.Compute, s_sixthIntel), Ec2("c6id", NodeGroupPurpose.Compute, s_sixthIntel),
        Ec2("c6in", NodeGroupPurpose.Compute, s_sixthIntel),
        Ec2("c7a", NodeGroupPurpose.Compute, s_seventhAmd), Ec2("c7i", NodeGroupPurpose.Compute, s_seventhIntel), Ec2("c7i-flex", NodeGroupPurpose.Compute, s_flex),
        Arm("c6g", NodeGroupPurpose.Compute, s_graviton), Arm("c6gd", NodeGroupPurpose.Compute, s_graviton), Arm("c6gn", NodeGroupPurpose.Compute, s_graviton.Remove("metal")),
        Arm("c7g", NodeGroupPurpose.Compute, s_graviton), Arm("c7gd", NodeGroupPurpose.Compute, s_graviton), Arm("c7gn", NodeGroupPurpose.Compute, s_graviton),
        Arm("c8g", NodeGroupPurpose.Compute, s_graviton4),
        Ec2("g4dn", NodeGroupPurpose.Gpu, Sizes("xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "metal")),
        Ec2("g5", NodeGroupPurpose.Gpu, s_gpu), Ec2("g6", NodeGroupPurpose.Gpu, s_gpu),
        Ec2("p4d", NodeGroupPurpose.Gpu, Sizes("24xlarge")), Ec2("p5", NodeGroupPurpose.Gpu, Sizes("48xlarge")),
        Arm("g5g", NodeGroupPurpose.Gpu, Sizes("xlarge", "2xlarge", "4xlarge", "8xlarge", "16xlarge", "metal")),
    }.ToImmutableSortedDictionary(f => f.Name, f => f, StringComparer.Ordinal);

    /// <summary>The DB instance classes Aurora PostgreSQL offers (provisioned), by family (<c>t4g</c>), with their sizes.</summary>
    public static readonly ImmutableSortedDictionary<string, ImmutableArray<string>> AuroraPostgresClasses = new Dictionary<string, ImmutableArray<string>>
    {
        ["t3"] = Sizes("medium", "large"),
        ["t4g"] = Sizes("medium", "large"),
        ["r5"] = s_fifth,
        ["r6g"] = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"),
        ["r6i"] = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge"),
        ["r7g"] = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"),
        ["r7i"] = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"),
        ["r8g"] = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"),
        ["x2g"] = Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    // EC2 names: a series (letters), a generation (digits), options (letters and '-'), a dot and a size.
    private static readonly Regex s_ec2Name = new("^([a-z]+)([0-9]+)([a-z-]*)\\.([a-z0-9-]+)\\z", RegexOptions.CultureInvariant);

    private static Family Ec2(string name, NodeGroupPurpose purpose, ImmutableArray<string> sizes) => new(name, purpose, "x86_64", sizes);

    private static Family Arm(string name, NodeGroupPurpose purpose, ImmutableArray<string> sizes) => new(name, purpose, "arm64", sizes);

    /// <summary>
    /// What is wrong with <paramref name="type"/> as an instance type of a node group for <paramref name="purpose"/>
    /// (<paramref name="what"/> describes the families the group takes, <paramref name="amiType"/> is its AMI), or null.
    /// </summary>
    public static string? Ec2Problem(string type, NodeGroupPurpose purpose, string what, string amiType)
    {
        var match = s_ec2Name.Match(type);
        if (!match.Success)
        {
            return $"is not an EC2 instance type (expected <family>.<size>, e.g. m6i.xlarge)";
        }

        var (name, size) = (match.Groups[1].Value + match.Groups[2].Value + match.Groups[3].Value, match.Groups[4].Value);
        if (!Families.TryGetValue(name, out var family))
        {
            var sameSeries = Families.Values.Where(f => f.Purpose == purpose && f.Name.StartsWith(match.Groups[1].Value, StringComparison.Ordinal)).ToArray();
            return $"is not an instance family offered in {Region} ({name}: no such family or generation in the table of {AsOf}; {what} families are "
                   + $"{string.Join(", ", Families.Values.Where(f => f.Purpose == purpose && f.Architecture == "x86_64").Select(f => f.Name))})"
                   + Nearest(name, (sameSeries.Length > 0 ? sameSeries : Families.Values.Where(f => f.Purpose == purpose)).Select(f => f.Name), n => $"{n}.{size}");
        }

        if (family.Purpose != purpose)
        {
            return $"is not a {what} instance type";
        }

        if (family.Architecture != "x86_64")
        {
            return $"is a Graviton ({family.Architecture}) instance type; the node group's AMI {amiType} runs on x86_64 instances only";
        }

        return family.Sizes.Contains(size)
            ? null
            : $"is not a size of {name} ({string.Join(", ", family.Sizes)})" + Nearest(size, family.Sizes, s => $"{name}.{s}");
    }

    /// <summary>What is wrong with <paramref name="instanceClass"/> as an Aurora PostgreSQL DB instance class, or null.</summary>
    public static string? AuroraClassProblem(string instanceClass)
    {
        var parts = instanceClass.Split('.');
        if (parts.Length != 3 || parts[0] != "db" || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return "is not an RDS instance class (expected db.<family>.<size>, e.g. db.t4g.medium)";
        }

        if (!AuroraPostgresClasses.TryGetValue(parts[1], out var sizes))
        {
            return $"is not a DB instance class family Aurora PostgreSQL offers ({string.Join(", ", AuroraPostgresClasses.Keys.Select(k => $"db.{k}"))}; table of {AsOf})"
                   + Nearest(parts[1], AuroraPostgresClasses.Keys, f => $"db.{f}.{parts[2]}");
        }

        return sizes.Contains(parts[2])
            ? null
            : $"is not a size of db.{parts[1]} ({string.Join(", ", sizes)})" + Nearest(parts[2], sizes, s => $"db.{parts[1]}.{s}");
    }

    private static string Nearest(string text, IEnumerable<string> candidates, Func<string, string> spell)
    {
        var best = candidates.Select(c => (Candidate: c, Distance: ConfigReader.Distance(text, c)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal).FirstOrDefault();
        return best.Candidate is not null && best.Distance <= 2 ? $"; did you mean {spell(best.Candidate)}?" : string.Empty;
    }
}
