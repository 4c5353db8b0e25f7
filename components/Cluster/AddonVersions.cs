using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Common;
using Keys = Numinia.Components.Cluster.ClusterSettings.Keys;

namespace Numinia.Components.Cluster;

/// <summary>
/// Pinned versions of the EKS managed add-ons (<c>aws eks describe-addon-versions</c> lists them); the defaults are the
/// live platform's.
/// </summary>
public sealed record AddonVersions
{
    // EKS managed add-on versions: v<major>.<minor>.<patch>-eksbuild.<n>.
    private static readonly Regex s_version = new(@"^v(\d+)\.(\d+)\.(\d+)-eksbuild\.(\d+)$", RegexOptions.CultureInvariant);

    /// <summary>vpc-cni.</summary>
    public string VpcCni { get; init; } = "v1.20.4-eksbuild.2";

    /// <summary>coredns.</summary>
    public string CoreDns { get; init; } = "v1.12.4-eksbuild.1";

    /// <summary>kube-proxy; follows the control plane's minor version.</summary>
    public string KubeProxy { get; init; } = "v1.35.0-eksbuild.2";

    /// <summary>aws-ebs-csi-driver.</summary>
    public string EbsCsi { get; init; } = "v1.53.0-eksbuild.1";

    /// <summary>aws-efs-csi-driver.</summary>
    public string EfsCsi { get; init; } = "v2.1.15-eksbuild.1";

    /// <summary>Versions EKS would not find, and a kube-proxy built for another minor than <paramref name="kubernetesVersion"/>.</summary>
    public ImmutableArray<SettingProblem> Problems(string kubernetesVersion)
    {
        var problems = ImmutableArray.CreateBuilder<SettingProblem>();
        foreach (var (key, version, minor) in new[]
                 {
                     (Keys.VpcCniAddonVersion, VpcCni, null), (Keys.CorednsAddonVersion, CoreDns, null),
                     (Keys.KubeProxyAddonVersion, KubeProxy, kubernetesVersion), (Keys.EbsCsiAddonVersion, EbsCsi, null),
                     (Keys.EfsCsiAddonVersion, EfsCsi, (string?)null),
                 })
        {
            var match = s_version.Match(version);
            if (!match.Success)
            {
                problems.Add(new SettingProblem(key, version, "is not an EKS add-on version (expected v<major>.<minor>.<patch>-eksbuild.<n>, e.g. v1.12.4-eksbuild.1)"));
            }
            else if (minor is not null && $"{match.Groups[1].Value}.{match.Groups[2].Value}" != minor)
            {
                problems.Add(new SettingProblem(key, version,
                    $"is built for Kubernetes {match.Groups[1].Value}.{match.Groups[2].Value}, not kubernetesVersion {minor}; kube-proxy must match the cluster's minor"));
            }
        }

        return problems.ToImmutable();
    }
}
