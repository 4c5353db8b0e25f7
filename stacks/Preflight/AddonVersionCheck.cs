using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Cluster;
using Numinia.Stacks.Config;

namespace Numinia.Stacks.Preflight;

/// <summary>
/// The pinned EKS add-on versions against what EKS offers for <c>kubernetesVersion</c>. The data source answers with
/// two versions, not the list (hashicorp/terraform-provider-aws, internal/service/eks/addon_version_data_source.go:
/// DescribeAddonVersions for the add-on and Kubernetes version, then the default version, or the first, newest one
/// with most_recent; it fails only when EKS has no version of the add-on for that Kubernetes version). So a version newer
/// than the most recent is refused (EKS has not built it for this Kubernetes version); an older one may or may not
/// still be offered, and is left to EKS.
/// </summary>
public static class AddonVersionCheck
{
    /// <summary>The EKS add-on names, with the config key of the pinned version and the version, for <paramref name="cluster"/>.</summary>
    public static IEnumerable<(string Addon, string Key, string Version)> Pinned(ClusterSettings cluster)
    {
        var versions = cluster.AddonVersions;
        yield return ("vpc-cni", ClusterSettings.Keys.VpcCniAddonVersion, versions.VpcCni);
        yield return ("coredns", ClusterSettings.Keys.CorednsAddonVersion, versions.CoreDns);
        yield return ("kube-proxy", ClusterSettings.Keys.KubeProxyAddonVersion, versions.KubeProxy);
        yield return ("aws-ebs-csi-driver", ClusterSettings.Keys.EbsCsiAddonVersion, versions.EbsCsi);
        if (cluster.EfsEnabled)
        {
            yield return ("aws-efs-csi-driver", ClusterSettings.Keys.EfsCsiAddonVersion, versions.EfsCsi);
        }
    }

    /// <summary>Each pinned version newer than the most recent EKS offers for the cluster's Kubernetes version.</summary>
    public static IEnumerable<ConfigProblem> Problems(ClusterSettings cluster, ImmutableDictionary<string, AddonOffer> offers)
    {
        foreach (var (addon, key, version) in Pinned(cluster))
        {
            if (!offers.TryGetValue(addon, out var offer) || Parse(version) is not { } pinned || Parse(offer.MostRecent) is not { } newest)
            {
                continue;
            }

            if (Compare(pinned, newest) > 0)
            {
                yield return new ConfigProblem($"{Config.PlatformConfig.Project}:{key}", version,
                    $"is not offered by EKS for {addon} on kubernetesVersion {cluster.KubernetesVersion} (it offers up to {offer.MostRecent}; its default is {offer.Default})");
            }
        }
    }

    private static readonly Regex s_version = new(@"^v(\d+)\.(\d+)\.(\d+)-eksbuild\.(\d+)$", RegexOptions.CultureInvariant);

    private static int[]? Parse(string version)
    {
        var match = s_version.Match(version);
        return match.Success ? Enumerable.Range(1, 4).Select(i => int.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray() : null;
    }

    private static int Compare(int[] left, int[] right)
        => left.Zip(right, (l, r) => l.CompareTo(r)).FirstOrDefault(c => c != 0);
}
