using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Access;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Network;
using ClusterKeys = Numinia.Components.Cluster.ClusterSettings.Keys;
using VpnKeys = Numinia.Components.Access.VpnSettings.Keys;

namespace Numinia.Stacks.Config;

/// <summary>
/// The cluster's and the VPN's keys, read into <see cref="ClusterSettings"/> and <see cref="VpnSettings"/>, and the rules
/// that span them and the network: a Service range or VPN clients inside the VPC, a cluster name too long for the node
/// group names derived from it.
/// </summary>
public sealed partial class ConfigReader
{
    /// <summary>
    /// EKS node group names are at most 63 characters; the program names each group with the prefix
    /// <c>&lt;clusterName&gt;-&lt;group&gt;-</c>, to which the AWS provider appends a 26-character unique suffix.
    /// </summary>
    public const int NodeGroupNameLimit = 63;

    /// <summary>The length of the unique suffix the AWS provider appends to a name prefix.</summary>
    public const int UniqueSuffixLength = 26;

    private ClusterSettings ReadCluster()
    {
        var defaults = new ClusterSettings();
        var versions = defaults.AddonVersions;
        var settings = new ClusterSettings
        {
            KubernetesVersion = String(ClusterKeys.KubernetesVersion, defaults.KubernetesVersion)!,
            Access = new PlatformAccess
            {
                AdminArns = StringArray(ClusterKeys.ClusterAdminArns, defaults.Access.AdminArns),
                DeveloperArns = StringArray(ClusterKeys.ClusterDeveloperArns, defaults.Access.DeveloperArns),
                ViewerArns = StringArray(ClusterKeys.ClusterViewerArns, defaults.Access.ViewerArns),
                MonitoringReaderArns = StringArray(ClusterKeys.MonitoringReaderArns, defaults.Access.MonitoringReaderArns),
            },
            Name = String(ClusterKeys.ClusterName, defaults.Name)!,
            ServiceRange = CidrValue(ClusterKeys.ServiceCidr, defaults.ServiceRange),
            LogRetentionDays = Int(ClusterKeys.ClusterLogRetentionDays, defaults.LogRetentionDays),
            AddonVersions = new AddonVersions
            {
                VpcCni = String(ClusterKeys.VpcCniAddonVersion, versions.VpcCni)!,
                CoreDns = String(ClusterKeys.CorednsAddonVersion, versions.CoreDns)!,
                KubeProxy = String(ClusterKeys.KubeProxyAddonVersion, versions.KubeProxy)!,
                EbsCsi = String(ClusterKeys.EbsCsiAddonVersion, versions.EbsCsi)!,
                EfsCsi = String(ClusterKeys.EfsCsiAddonVersion, versions.EfsCsi)!,
            },
            EfsEnabled = Bool(ClusterKeys.EfsEnabled, defaults.EfsEnabled),
            PublicAccessCidrs = CidrValues(ClusterKeys.ClusterPublicAccessCidrs, defaults.PublicAccessCidrs),
            Paused = Bool(ClusterKeys.Paused, defaults.Paused),
        };
        if (settings.Paused && settings.EfsEnabled)
        {
            // The EFS file system lives with the cluster's add-ons and holds data: pausing would have to delete it.
            Problem(ClusterKeys.Paused, "true", "cannot be set while efsEnabled is true: the EFS file system holds data and goes with the cluster (copy its data out and set efsEnabled false first)");
        }
        Report(settings.Problems());
        return settings;
    }

    private VpnSettings ReadVpn()
    {
        var defaults = new VpnSettings();
        var settings = new VpnSettings
        {
            Enabled = Bool(VpnKeys.VpnEnabled, defaults.Enabled),
            ClientCidr = CidrValue(VpnKeys.VpnClientCidr, defaults.ClientCidr),
            ServerName = String(VpnKeys.VpnServerName, defaults.ServerName)!,
            LogRetentionDays = Int(VpnKeys.VpnLogRetentionDays, defaults.LogRetentionDays),
            SubnetAssociations = Int(VpnKeys.VpnSubnetAssociations, defaults.SubnetAssociations),
        };
        DomainName(VpnKeys.VpnServerName, settings.ServerName);
        Report(settings.Problems());
        return settings;
    }

    /// <summary>
    /// The rules across the network, the cluster and the VPN, each checked only when the values it compares were read
    /// and are sound on their own (a value already refused would only repeat its problem here).
    /// </summary>
    private void CheckClusterAgainstNetwork(NetworkSettings network, ClusterSettings cluster, VpnSettings vpn)
    {
        var vpc = network.Layout.Vpc;
        var vpnRead = !_unreadable.Contains(VpnKeys.VpnClientCidr);
        if (vpnRead && vpc.PrefixLength > 0 && vpn.ClientCidr.Overlaps(vpc))
        {
            Problem(VpnKeys.VpnClientCidr, vpn.ClientCidr.ToString(), $"overlaps the VPC {vpc}; VPN clients need their own range");
        }

        var zones = network.Layout.AvailabilityZones.Length;
        if (!_unreadable.Contains(VpnKeys.VpnSubnetAssociations) && zones > 0 && vpn.SubnetAssociations > zones)
        {
            Problem(VpnKeys.VpnSubnetAssociations, vpn.SubnetAssociations.ToString(CultureInfo.InvariantCulture),
                $"is more than the {zones.ToString(CultureInfo.InvariantCulture)} availability zones (one private subnet each to associate)");
        }

        var own = cluster.Problems().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var range = cluster.ServiceRange;
        if (!_unreadable.Contains(ClusterKeys.ServiceCidr) && !own.Contains(ClusterKeys.ServiceCidr))
        {
            if (vpc.PrefixLength > 0 && range.Overlaps(vpc))
            {
                Problem(ClusterKeys.ServiceCidr, range.ToString(), $"overlaps the VPC {vpc}; Services need a range of their own");
            }
            else if (vpnRead && range.Overlaps(vpn.ClientCidr))
            {
                Problem(ClusterKeys.ServiceCidr, range.ToString(), $"overlaps vpnClientCidr {vpn.ClientCidr}; VPN clients could not reach the Services' addresses");
            }
        }

        // The longest name derived from the cluster name: a node group's name prefix plus the unique suffix.
        var longest = NodeGroupNames.OrderByDescending(g => g.Length).First();
        var derived = $"{cluster.Name}-{longest}-";
        if (!own.Contains(ClusterKeys.ClusterName) && derived.Length + UniqueSuffixLength > NodeGroupNameLimit)
        {
            var most = NodeGroupNameLimit - UniqueSuffixLength - longest.Length - 2;
            Problem(ClusterKeys.ClusterName, cluster.Name,
                $"is too long for the node group names derived from it: '{derived}' plus the {UniqueSuffixLength}-character suffix AWS adds exceeds EKS's {NodeGroupNameLimit} characters (at most {most.ToString(CultureInfo.InvariantCulture)} characters)");
        }

        if (network.Imports is { } imports && string.Equals(imports.LiveClusterName, cluster.Name, StringComparison.Ordinal))
        {
            // The new cluster runs beside the live one until the cutover ends: EKS refuses a second cluster of one name in a
            // region, and external-dns's owner id (the cluster's name) would be the live cluster's, so neither would know
            // which records are its own.
            Problem(ClusterKeys.ClusterName, cluster.Name,
                $"is the live cluster's name (liveClusterName); the new cluster runs beside {imports.LiveClusterName} until the cutover ends, so it needs a name of its own");
        }
    }

    /// <summary>A CIDR block; one that does not parse is reported, and the key is marked unreadable, the default standing in.</summary>
    private Cidr CidrValue(string key, Cidr fallback)
    {
        var text = String(key, null);
        if (text is null)
        {
            return fallback;
        }

        if (Cidr.TryParse(text, out var block, out var error))
        {
            return block;
        }

        Problem(key, text, error);
        _unreadable.Add(key);
        return fallback;
    }

    /// <summary>A list of CIDR blocks; each one that does not parse is reported and left out.</summary>
    private ImmutableArray<Cidr> CidrValues(string key, ImmutableArray<Cidr> fallback)
    {
        if (_get(Key(key)) is null)
        {
            return fallback;
        }

        var blocks = ImmutableArray.CreateBuilder<Cidr>();
        foreach (var text in StringArray(key, ImmutableArray<string>.Empty))
        {
            if (Cidr.TryParse(text, out var block, out var error))
            {
                blocks.Add(block);
            }
            else
            {
                Problem(key, text, error);
            }
        }

        return blocks.ToImmutable();
    }
}
