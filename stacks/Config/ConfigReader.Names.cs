using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Compute;

namespace Numinia.Stacks.Config;

/// <summary>
/// The name rules AWS applies at apply time to the names the user writes, and to the names the program
/// derives from them, checked before any resource is declared. Each problem names the key the user wrote.
/// </summary>
public sealed partial class ConfigReader
{
    // Commercial and GovCloud region codes: eu-west-1, us-gov-west-1, ap-southeast-5.
    private static readonly Regex s_region = new("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$", RegexOptions.CultureInvariant);

    // EKS CreateCluster: 1 to 100 characters, a letter or digit first, then letters, digits, '-' and '_'.
    private static readonly Regex s_clusterName = new("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", RegexOptions.CultureInvariant);

    // EC2/EKS tag values: at most 256 Unicode letters, digits, spaces and _ . : / = + - @.
    private static readonly Regex s_tagValue = new(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$", RegexOptions.CultureInvariant);

    // EKS managed add-on versions: v<major>.<minor>.<patch>-eksbuild.<n>.
    private static readonly Regex s_addonVersion = new(@"^v(\d+)\.(\d+)\.(\d+)-eksbuild\.(\d+)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// EKS node group names are at most 63 characters; the program names each group with the prefix
    /// <c>&lt;clusterName&gt;-&lt;group&gt;-</c>, to which the AWS provider appends a 26-character unique suffix.
    /// </summary>
    public const int NodeGroupNameLimit = 63;

    /// <summary>The length of the unique suffix the AWS provider appends to a name prefix.</summary>
    public const int UniqueSuffixLength = 26;

    private string Region() => Matching("aws:region", "eu-west-1", s_region, "is not an AWS region code (expected e.g. eu-west-1)");

    private string EnvironmentTag() => Matching("environment", "production", s_tagValue,
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

    private string ClusterName(IEnumerable<string> nodeGroups)
    {
        var name = String("clusterName", "production-numinia")!;
        if (!s_clusterName.IsMatch(name))
        {
            Problem("clusterName", name,
                "is not an EKS cluster name (1 to 100 letters, digits, '-' and '_', starting with a letter or digit)");
            return name;
        }

        // The longest name derived from the cluster name: a node group's name prefix plus the unique suffix.
        var longest = nodeGroups.OrderByDescending(g => g.Length).First();
        var derived = $"{name}-{longest}-";
        if (derived.Length + UniqueSuffixLength > NodeGroupNameLimit)
        {
            var most = NodeGroupNameLimit - UniqueSuffixLength - longest.Length - 2;
            Problem("clusterName", name,
                $"is too long for the node group names derived from it: '{derived}' plus the {UniqueSuffixLength}-character suffix AWS adds exceeds EKS's {NodeGroupNameLimit} characters (at most {most.ToString(CultureInfo.InvariantCulture)} characters)");
        }

        return name;
    }

    private string VpnServerName()
    {
        var name = String("vpnServerName", "vpn.numinia.xyz")!;
        DomainName("vpnServerName", name);
        return name;
    }

    /// <summary>An EKS add-on version; kube-proxy's must also be built for the cluster's Kubernetes minor.</summary>
    private string AddonVersion(string key, string fallback, string? kubernetesMinor = null)
    {
        var version = String(key, fallback)!;
        var match = s_addonVersion.Match(version);
        if (!match.Success)
        {
            Problem(key, version, "is not an EKS add-on version (expected v<major>.<minor>.<patch>-eksbuild.<n>, e.g. v1.12.4-eksbuild.1)");
        }
        else if (kubernetesMinor is not null && $"{match.Groups[1].Value}.{match.Groups[2].Value}" != kubernetesMinor)
        {
            Problem(key, version, $"is built for Kubernetes {match.Groups[1].Value}.{match.Groups[2].Value}, not kubernetesVersion {kubernetesMinor}; kube-proxy must match the cluster's minor");
        }

        return version;
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
