using System.Text.Json.Nodes;
using Numinia.Infra.Bench;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>The benchmark's organization lists: the live entries, then renamed copies of the first.</summary>
public sealed class SyntheticOrganizationsTests
{
    private static JsonArray Live() => JsonNode.Parse("""
        [
          { "name": "active-inference", "domains": ["active-inference.numinia.xyz"],
            "developerArns": ["arn:aws:iam::111122223333:role/active-inference-developers"],
            "environments": [{ "name": "pre" }, { "name": "pro", "namespace": "active-inference" }] },
          { "name": "numinia", "domains": ["numinia.xyz"] }
        ]
        """)!.AsArray();

    [Test]
    public void TheLiveOrganizationsComeFirstUnchanged()
    {
        var list = SyntheticOrganizations.Generate(Live(), 2);
        Assert.That(JsonNode.DeepEquals(list, Live()), Is.True);
    }

    [Test]
    public void CopiesGetTheirOwnNameEverywhereTheTemplateNameAppears()
    {
        var list = SyntheticOrganizations.Generate(Live(), 4);
        Assert.That(list.Select(o => o!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "active-inference", "numinia", "org-0001", "org-0002" }));
        var copy = list[3]!;
        Assert.That(copy["domains"]![0]!.GetValue<string>(), Is.EqualTo("org-0002.numinia.xyz"));
        Assert.That(copy["developerArns"]![0]!.GetValue<string>(), Is.EqualTo("arn:aws:iam::111122223333:role/org-0002-developers"));
        Assert.That(copy["environments"]![1]!["namespace"]!.GetValue<string>(), Is.EqualTo("org-0002"), "namespace overrides do not collide");
    }

    [Test]
    public void AShorterListThanTheLiveOneIsItsPrefix()
    {
        var list = SyntheticOrganizations.Generate(Live(), 1);
        Assert.That(list.Count, Is.EqualTo(1));
        Assert.That(list[0]!["name"]!.GetValue<string>(), Is.EqualTo("active-inference"));
    }

    [Test]
    public void AnEmptyLiveListIsRejected()
        => Assert.Throws<ArgumentException>(() => SyntheticOrganizations.Generate(new JsonArray(), 3));
}
