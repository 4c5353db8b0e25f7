using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Common;
using Numinia.Components.Iam;

namespace Numinia.Components.Cluster;

/// <summary>
/// What the EKS cluster is configured with: its name, Kubernetes version, control-plane log retention, access, Service
/// range, EKS add-on versions, EFS and public endpoint access. The defaults are the live platform's (the access lists
/// come from the stack: the live admins are in its config); <see cref="Problems"/> holds the rules on these values,
/// each naming its config key.
/// </summary>
public sealed record ClusterSettings
{
    /// <summary>The config keys of the cluster's settings.</summary>
    public static class Keys
    {
        /// <summary>The cluster's name.</summary>
        public const string ClusterName = "clusterName";

        /// <summary>Whether the platform is paused: no cluster, nodes, NAT gateways or VPN associations.</summary>
        public const string Paused = "paused";

        /// <summary>The control plane's Kubernetes version.</summary>
        public const string KubernetesVersion = "kubernetesVersion";

        /// <summary>The control-plane logs' retention.</summary>
        public const string ClusterLogRetentionDays = "clusterLogRetentionDays";

        /// <summary>The Services' address range.</summary>
        public const string ServiceCidr = "serviceCidr";

        /// <summary>The cluster admins.</summary>
        public const string ClusterAdminArns = "clusterAdminArns";

        /// <summary>The developers.</summary>
        public const string ClusterDeveloperArns = "clusterDeveloperArns";

        /// <summary>The viewers.</summary>
        public const string ClusterViewerArns = "clusterViewerArns";

        /// <summary>The monitoring readers.</summary>
        public const string MonitoringReaderArns = "monitoringReaderArns";

        /// <summary>Public addresses that may reach the API server.</summary>
        public const string ClusterPublicAccessCidrs = "clusterPublicAccessCidrs";

        /// <summary>Whether EFS is installed.</summary>
        public const string EfsEnabled = "efsEnabled";

        /// <summary>vpc-cni's version.</summary>
        public const string VpcCniAddonVersion = "vpcCniAddonVersion";

        /// <summary>coredns's version.</summary>
        public const string CorednsAddonVersion = "corednsAddonVersion";

        /// <summary>kube-proxy's version.</summary>
        public const string KubeProxyAddonVersion = "kubeProxyAddonVersion";

        /// <summary>The EBS CSI driver's version.</summary>
        public const string EbsCsiAddonVersion = "ebsCsiAddonVersion";

        /// <summary>The EFS CSI driver's version.</summary>
        public const string EfsCsiAddonVersion = "efsCsiAddonVersion";
    }

    /// <summary>Kubernetes versions this program is tested with.</summary>
    public static readonly ImmutableArray<string> SupportedVersions = ImmutableArray.Create("1.31", "1.32", "1.33", "1.34", "1.35");

    /// <summary>EKS accepts at most 40 public access CIDR blocks per cluster.</summary>
    public const int MaxPublicAccessCidrs = 40;

    /// <summary>The widest block accepted: public access is for known operator or runner addresses.</summary>
    public const int WidestPublicAccessPrefix = 16;

    // EKS CreateCluster: 1 to 100 characters, a letter or digit first, then letters, digits, '-' and '_'.
    private static readonly Regex s_name = new("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", RegexOptions.CultureInvariant);

    // Private and shared ranges never reach a public endpoint from the internet: they come in through the VPC.
    private static readonly ImmutableArray<Cidr> s_nonPublicRanges = ImmutableArray.Create(
        Cidr.Parse("10.0.0.0/8"), Cidr.Parse("172.16.0.0/12"), Cidr.Parse("192.168.0.0/16"),
        Cidr.Parse("100.64.0.0/10"), Cidr.Parse("127.0.0.0/8"), Cidr.Parse("169.254.0.0/16"));

    // EKS accepts a service range inside one of the private blocks, from /12 to /24
    // (CreateCluster, KubernetesNetworkConfigRequest.serviceIpv4Cidr).
    private static readonly ImmutableArray<Cidr> s_serviceRangeBlocks = ImmutableArray.Create(
        Cidr.Parse("10.0.0.0/8"), Cidr.Parse("172.16.0.0/12"), Cidr.Parse("192.168.0.0/16"));

    /// <summary>The EKS cluster's name (live: <c>production-numinia</c>).</summary>
    public string Name { get; init; } = "production-numinia";

    /// <summary>The control plane's Kubernetes version (live: 1.35).</summary>
    public string KubernetesVersion { get; init; } = "1.35";

    /// <summary>
    /// Whether the platform is paused (README, "Pausing the platform"): the cluster and everything on it, the NAT gateways
    /// and the VPN's subnet associations are gone, what holds data and the names stay. Turning it back recreates them.
    /// </summary>
    public bool Paused { get; init; }

    /// <summary>Retention of the control-plane log group, in days.</summary>
    public int LogRetentionDays { get; init; } = 90;

    /// <summary>The IAM principals mapped to the platform roles through access entries.</summary>
    public PlatformAccess Access { get; init; } = new();

    /// <summary>
    /// The Services' address range (EKS's <c>kubernetesNetworkConfig.serviceIpv4Cidr</c>), pinned so that the API server's
    /// ClusterIP, its first address, is known at plan time; EKS cannot change it on an existing cluster. The default is
    /// the block EKS itself picks for a VPC in 10.0.0.0/8, so that pinning it changes nothing on a cluster created without it.
    /// </summary>
    public Cidr ServiceRange { get; init; } = Cidr.Parse("172.20.0.0/16");

    /// <summary>The pinned EKS add-on versions.</summary>
    public AddonVersions AddonVersions { get; init; } = new();

    /// <summary>Whether the EFS file system and its CSI driver are installed.</summary>
    public bool EfsEnabled { get; init; }

    /// <summary>
    /// Public addresses (CIDR blocks) that may reach a public API endpoint besides the private one: empty (the
    /// default) keeps the endpoint private only. Set only to bootstrap from outside the VPC (see the README).
    /// </summary>
    public ImmutableArray<Cidr> PublicAccessCidrs { get; init; } = ImmutableArray<Cidr>.Empty;

    /// <summary>
    /// What EKS would refuse or what would weaken the cluster: a name EKS refuses, an untested Kubernetes version, a
    /// retention CloudWatch Logs does not offer, no admin or a principal with two access entries, a public endpoint
    /// open too wide, a Service range EKS refuses, add-on versions EKS would not find.
    /// </summary>
    public ImmutableArray<SettingProblem> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<SettingProblem>();
        if (!SupportedVersions.Contains(KubernetesVersion))
        {
            problems.Add(new SettingProblem(Keys.KubernetesVersion, KubernetesVersion, $"is not a supported Kubernetes version ({string.Join(", ", SupportedVersions)})"));
        }

        problems.AddRange(AccessProblems());
        if (!s_name.IsMatch(Name))
        {
            problems.Add(new SettingProblem(Keys.ClusterName, Name, "is not an EKS cluster name (1 to 100 letters, digits, '-' and '_', starting with a letter or digit)"));
        }

        if (ServiceRange.PrefixLength is < 12 or > 24 || !s_serviceRangeBlocks.Any(b => b.Contains(ServiceRange)))
        {
            problems.Add(new SettingProblem(Keys.ServiceCidr, ServiceRange.ToString(),
                "must be a /12 to /24 block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (an EKS rule)"));
        }

        if (LogRetention.Problem(Keys.ClusterLogRetentionDays, LogRetentionDays) is { } retention)
        {
            problems.Add(retention);
        }

        problems.AddRange(AddonVersions.Problems(KubernetesVersion));
        problems.AddRange(PublicAccessProblems());
        return problems.ToImmutable();
    }

    private IEnumerable<(string Key, ImmutableArray<string> Arns)> AccessLists()
    {
        yield return (Keys.ClusterAdminArns, Access.AdminArns);
        yield return (Keys.ClusterDeveloperArns, Access.DeveloperArns);
        yield return (Keys.ClusterViewerArns, Access.ViewerArns);
        yield return (Keys.MonitoringReaderArns, Access.MonitoringReaderArns);
    }

    /// <summary>
    /// Each principal is an IAM role or user, there is an admin (the cluster creator gets no implicit admin), and a
    /// principal has one access entry in the cluster (EKS CreateAccessEntry refuses a second): the cluster keys its
    /// entries by <see cref="EksCluster.AccessEntryKey"/>, so the same ARN twice, in one list or in two, or two ARNs with
    /// the same key, are refused here rather than by the component.
    /// </summary>
    private IEnumerable<SettingProblem> AccessProblems()
    {
        foreach (var (key, arns) in AccessLists())
        {
            foreach (var arn in arns)
            {
                if (IamPrincipal.Problem(arn) is { } problem)
                {
                    yield return new SettingProblem(key, arn, problem);
                }
            }
        }

        if (Access.AdminArns.IsEmpty)
        {
            yield return new SettingProblem(Keys.ClusterAdminArns, "[]", "is empty; at least one admin principal is required (the cluster creator gets no implicit admin)");
        }

        var seen = new Dictionary<string, (string Key, string Arn)>(StringComparer.Ordinal);
        foreach (var (key, arns) in AccessLists())
        {
            foreach (var arn in arns.Where(IamPrincipal.IsArn))
            {
                var entry = EksCluster.AccessEntryKey(arn);
                if (!seen.TryGetValue(entry, out var first))
                {
                    seen[entry] = (key, arn);
                }
                else if (first.Arn == arn)
                {
                    yield return new SettingProblem(key, arn, first.Key == key
                        ? $"is listed twice; {IamPrincipal.OneAccessEntryRule}"
                        : $"is also in {first.Key}; {IamPrincipal.OneAccessEntryRule}");
                }
                else
                {
                    yield return new SettingProblem(key, arn,
                        $"has the same access entry name as '{first.Arn}' in {first.Key} (their names differ only in account, punctuation or case)");
                }
            }
        }
    }

    private IEnumerable<SettingProblem> PublicAccessProblems()
    {
        if (PublicAccessCidrs.Length > MaxPublicAccessCidrs)
        {
            yield return new SettingProblem(Keys.ClusterPublicAccessCidrs, string.Join(",", PublicAccessCidrs),
                $"lists {PublicAccessCidrs.Length} blocks; EKS accepts at most {MaxPublicAccessCidrs}");
        }

        foreach (var block in PublicAccessCidrs)
        {
            if (block.PrefixLength == 0)
            {
                yield return new SettingProblem(Keys.ClusterPublicAccessCidrs, block.ToString(),
                    "opens the API server to the whole internet; list the operator's or runner's own addresses (e.g. 203.0.113.10/32)");
            }
            else if (block.PrefixLength < WidestPublicAccessPrefix)
            {
                yield return new SettingProblem(Keys.ClusterPublicAccessCidrs, block.ToString(),
                    $"is wider than a /{WidestPublicAccessPrefix}; list the operator's or runner's own addresses (e.g. 203.0.113.10/32)");
            }
            else if (s_nonPublicRanges.FirstOrDefault(r => r.Overlaps(block)) is { PrefixLength: > 0 } range)
            {
                yield return new SettingProblem(Keys.ClusterPublicAccessCidrs, block.ToString(),
                    $"is inside the non-public range {range}; addresses in the VPC or on the VPN reach the private endpoint, which is always on");
            }
        }
    }
}
