using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Common;
using Numinia.Components.Compute;

namespace Numinia.Stacks.Config;

/// <summary>
/// The name rules AWS applies at apply time to the names the user writes, and to the names the program
/// derives from them, checked before any resource is declared. Each problem names the key the user wrote.
/// </summary>
public sealed partial class ConfigReader
{
    // Commercial and GovCloud region codes: eu-west-1, us-gov-west-1, ap-southeast-5.

    // EC2/EKS tag values: at most 256 Unicode letters, digits, spaces and _ . : / = + - @.
    private static readonly Regex s_tagValue = new(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$", RegexOptions.CultureInvariant);

    private string Region() => Matching("aws:region", "eu-west-1", AwsRegion.Pattern, "is not an AWS region code (expected e.g. eu-west-1)");

    private string EnvironmentTag() => Matching(ConfigKeys.EnvironmentKey, "production", s_tagValue,
        "is not a valid AWS tag value (at most 256 letters, digits, spaces and _ . : / = + - @), which the Environment tag on every resource needs");

    private string Matching(string key, string fallback, Regex rule, string expected)
    {
        var value = String(key, fallback)!;
        if (!rule.IsMatch(value))
        {
            Problem(key, value, expected);
        }

        return value;
    }

    /// <summary>
    /// The node groups the program builds, whose names derive from the cluster name: general's is one per zone, named
    /// after the zone's letter (<see cref="NodeGroupSpec.ZoneSuffix"/>).
    /// </summary>
    internal static readonly ImmutableArray<string> NodeGroupNames = ImmutableArray.Create(
        $"{nameof(NodeGroupPurpose.General).ToLowerInvariant()}-a",
        nameof(NodeGroupPurpose.Compute).ToLowerInvariant(),
        nameof(NodeGroupPurpose.Gpu).ToLowerInvariant());
}
