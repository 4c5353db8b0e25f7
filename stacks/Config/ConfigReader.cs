using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Network;

namespace Numinia.Stacks.Config;

/// <summary>
/// Reads the stack config from raw values (as Pulumi hands them to the program: strings, with arrays
/// and objects as JSON text) into <see cref="PlatformConfig"/>, collecting every problem and raising
/// them together.
/// </summary>
public sealed partial class ConfigReader
{
    private readonly Func<string, string?> _get;
    private readonly List<ConfigProblem> _problems = new();

    /// <summary>A reader over a lookup of full keys (<c>namespace:key</c>) to raw values.</summary>
    public ConfigReader(Func<string, string?> get)
    {
        _get = get;
    }

    /// <summary>Reads and validates the whole config; throws <see cref="ConfigValidationException"/> listing every problem.</summary>
    public static PlatformConfig Read(Func<string, string?> get) => new ConfigReader(get).Read();

    private static string Key(string name) => name.Contains(':', StringComparison.Ordinal) ? name : $"{PlatformConfig.Project}:{name}";

    private PlatformConfig Read()
    {
        var region = Region();
        var accountId = String("accountId", null);
        if (accountId is null)
        {
            Problem("accountId", null, "is missing; set the production AWS account id (12 digits): pulumi config set accountId <id>");
        }
        else if (accountId.Length != 12 || !accountId.All(char.IsAsciiDigit))
        {
            Problem("accountId", accountId, "is not an AWS account id (expected 12 digits)");
        }

        var network = ReadNetwork(region);
        var config = new PlatformConfig
        {
            Region = region,
            AccountId = accountId ?? string.Empty,
            Environment = EnvironmentTag(),
            Network = network,
            Cluster = ReadCluster(network.Layout.Vpc),
            Ingress = ReadIngress(),
            Knative = ReadKnative(),
            Secrets = ReadSecrets(),
            Observability = ReadObservability(),
            PlatformServices = ReadPlatformServices(),
            Data = ReadData(),
            Tenants = ReadTenants(),
        };

        var zones = config.Network.Layout.AvailabilityZones.Length;
        foreach (var group in config.Cluster.NodeGroups.Where(g => g.OneGroupPerZone && g.MaxSize >= 1 && g.MaxSize < zones))
        {
            Problem($"{group.Name}MaxSize", group.MaxSize.ToString(CultureInfo.InvariantCulture),
                $"is less than the {zones} availability zones; the {group.Name} group is one node group per zone, each needing a maximum of at least 1");
        }

        if (Cidr.TryParse(config.Cluster.Vpn.ClientCidr, out var client, out _) && config.Network.Layout.Vpc.PrefixLength > 0
            && client.Overlaps(config.Network.Layout.Vpc))
        {
            Problem("vpnClientCidr", config.Cluster.Vpn.ClientCidr, $"overlaps the VPC {config.Network.Layout.Vpc}; VPN clients need their own range");
        }

        config = config with { PlatformServices = FollowGpuGroups(config.PlatformServices, config.Cluster.NodeGroups) };
        if (_problems.Count > 0)
        {
            throw new ConfigValidationException(_problems.ToImmutableArray());
        }

        return config;
    }

    private static readonly ImmutableDictionary<NodeGroupPurpose, (string Families, ImmutableArray<string> Prefixes)> s_families =
        new Dictionary<NodeGroupPurpose, (string, ImmutableArray<string>)>
        {
            [NodeGroupPurpose.General] = ("general purpose (m*, t3*)", ImmutableArray.Create("m5", "m6", "m7", "m8", "t3")),
            [NodeGroupPurpose.Compute] = ("compute optimized (c*)", ImmutableArray.Create("c5", "c6", "c7", "c8")),
            [NodeGroupPurpose.Gpu] = ("NVIDIA GPU (g4dn, g5, g6, p4, p5)", ImmutableArray.Create("g4dn", "g5", "g6", "p4", "p5")),
        }.ToImmutableDictionary();

    private ClusterConfig ReadCluster(Cidr vpc)
    {
        var version = String("kubernetesVersion", "1.35")!;
        if (!ClusterConfig.SupportedVersions.Contains(version))
        {
            Problem("kubernetesVersion", version, $"is not a supported Kubernetes version ({string.Join(", ", ClusterConfig.SupportedVersions)})");
        }

        var access = new PlatformAccess
        {
            AdminArns = PrincipalArns("clusterAdminArns"),
            DeveloperArns = PrincipalArns("clusterDeveloperArns"),
            ViewerArns = PrincipalArns("clusterViewerArns"),
            MonitoringReaderArns = PrincipalArns("monitoringReaderArns"),
        };
        if (access.AdminArns.IsEmpty)
        {
            Problem("clusterAdminArns", "[]", "is empty; at least one admin principal is required (the cluster creator gets no implicit admin)");
        }

        var vpnCidr = String("vpnClientCidr", "172.16.0.0/22")!;
        if (!Cidr.TryParse(vpnCidr, out var clientBlock, out var vpnError))
        {
            Problem("vpnClientCidr", vpnCidr, vpnError);
        }
        else if (clientBlock.PrefixLength is < 12 or > 22)
        {
            Problem("vpnClientCidr", vpnCidr, "must be a /12 to /22 block (an AWS Client VPN limit)");
        }

        return new ClusterConfig
        {
            Name = ClusterName(NodeGroupNames),
            KubernetesVersion = version,
            ServiceRange = ServiceRange(vpc, vpnCidr),
            LogRetentionDays = Retention("clusterLogRetentionDays", 90),
            Access = access,
            NodeGroups = ImmutableArray.Create(
                // One group per zone: Prometheus and Grafana claim zonal EBS volumes (NodeGroupSpec.OneGroupPerZone).
                NodeGroup("general", NodeGroupPurpose.General, "m6i.xlarge", 2, 10, 2, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty) with { OneGroupPerZone = true },
                NodeGroup("compute", NodeGroupPurpose.Compute, "c6i.2xlarge", 1, 5, 1,
                    ImmutableArray.Create("workload=ci"), ImmutableArray.Create("workload=ci:NoSchedule")),
                NodeGroup("gpu", NodeGroupPurpose.Gpu, "g5.2xlarge", 0, 3, 0,
                    ImmutableArray.Create("nvidia.com/gpu=true"), ImmutableArray.Create("nvidia.com/gpu=true:NoSchedule"))),
            AddonVersions = new AddonVersions
            {
                VpcCni = AddonVersion("vpcCniAddonVersion", "v1.20.4-eksbuild.2"),
                CoreDns = AddonVersion("corednsAddonVersion", "v1.12.4-eksbuild.1"),
                KubeProxy = AddonVersion("kubeProxyAddonVersion", "v1.35.0-eksbuild.2", version),
                EbsCsi = AddonVersion("ebsCsiAddonVersion", "v1.53.0-eksbuild.1"),
                EfsCsi = AddonVersion("efsCsiAddonVersion", "v2.1.15-eksbuild.1"),
            },
            EfsEnabled = Bool("efsEnabled", false),
            PublicAccessCidrs = PublicAccessCidrs(),
            Vpn = new VpnConfig
            {
                Enabled = Bool("vpnEnabled", true),
                ClientCidr = vpnCidr,
                ServerName = VpnServerName(),
                LogRetentionDays = Retention("vpnLogRetentionDays", 90),
            },
        };
    }

    private NodeGroupSpec NodeGroup(string name, NodeGroupPurpose purpose, string instanceType, int min, int max, int desired,
        ImmutableArray<string> labels, ImmutableArray<string> taints)
    {
        var types = StringArray($"{name}InstanceTypes", ImmutableArray.Create(instanceType));
        var (families, prefixes) = s_families[purpose];
        if (types.IsEmpty)
        {
            Problem($"{name}InstanceTypes", "[]", "is empty; a node group needs at least one instance type");
        }

        var foreign = types.Where(t => !prefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal) && t.Contains('.', StringComparison.Ordinal))).ToList();
        foreach (var type in foreign)
        {
            Problem($"{name}InstanceTypes", type, $"is not a {families} instance type, which the {name} node group is for");
        }

        // The GPU group's accelerator label and the GPU quota come from the instance table.
        var typesOnly = new NodeGroupSpec { Name = name, Purpose = purpose, InstanceTypes = types, MinSize = 0, MaxSize = 0, DesiredSize = 0 };
        foreach (var problem in foreign.Count > 0 ? ImmutableArray<string>.Empty : typesOnly.GpuProblems())
        {
            Problem($"{name}InstanceTypes", string.Join(",", types), $"is refused: {problem}");
        }

        var minSize = Int($"{name}MinSize", min);
        var maxSize = Int($"{name}MaxSize", max);
        var desiredSize = Int($"{name}DesiredSize", desired);
        if (minSize < 0)
        {
            Problem($"{name}MinSize", minSize.ToString(CultureInfo.InvariantCulture), "must not be negative");
        }

        if (minSize > maxSize)
        {
            Problem($"{name}MinSize", minSize.ToString(CultureInfo.InvariantCulture), $"is greater than {name}MaxSize ({maxSize})");
        }
        else if (desiredSize < minSize || desiredSize > maxSize)
        {
            Problem($"{name}DesiredSize", desiredSize.ToString(CultureInfo.InvariantCulture), $"is outside {name}MinSize..{name}MaxSize ({minSize}..{maxSize})");
        }

        if (maxSize < 1)
        {
            Problem($"{name}MaxSize", maxSize.ToString(CultureInfo.InvariantCulture), "must be at least 1");
        }

        var disk = Int($"{name}DiskSizeGb", purpose == NodeGroupPurpose.Gpu ? 100 : 50);
        if (disk is < 20 or > 16384)
        {
            Problem($"{name}DiskSizeGb", disk.ToString(CultureInfo.InvariantCulture), "must be 20 to 16384 GiB");
        }

        var capacity = String($"{name}CapacityType", "ON_DEMAND")!;
        if (capacity is not ("ON_DEMAND" or "SPOT"))
        {
            Problem($"{name}CapacityType", capacity, "is not a capacity type (expected ON_DEMAND or SPOT)");
        }

        var labelMap = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var label in StringArray($"{name}Labels", labels))
        {
            var parts = label.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                Problem($"{name}Labels", label, "is not a label (expected key=value)");
                continue;
            }

            labelMap[parts[0]] = parts[1];
        }

        var taintList = ImmutableArray.CreateBuilder<NodeTaint>();
        foreach (var taint in StringArray($"{name}Taints", taints))
        {
            var match = System.Text.RegularExpressions.Regex.Match(taint, "^([^=:]+)=([^:]*):(NoSchedule|NoExecute|PreferNoSchedule)$");
            if (!match.Success)
            {
                Problem($"{name}Taints", taint, "is not a taint (expected key=value:NoSchedule|NoExecute|PreferNoSchedule)");
                continue;
            }

            var effect = match.Groups[3].Value switch
            {
                "NoSchedule" => "NO_SCHEDULE",
                "NoExecute" => "NO_EXECUTE",
                _ => "PREFER_NO_SCHEDULE",
            };
            taintList.Add(new NodeTaint(match.Groups[1].Value, match.Groups[2].Value, effect));
        }

        if (purpose == NodeGroupPurpose.Gpu && !taintList.Any(t => t.Key == "nvidia.com/gpu" && t.Effect == "NO_SCHEDULE"))
        {
            Problem($"{name}Taints", string.Join(",", taintList), "lacks the nvidia.com/gpu=true:NoSchedule taint, without which any pod could land on GPU nodes");
        }

        return new NodeGroupSpec
        {
            Name = name,
            Purpose = purpose,
            InstanceTypes = types,
            MinSize = minSize,
            MaxSize = maxSize,
            DesiredSize = desiredSize,
            DiskSizeGb = disk,
            CapacityType = capacity,
            Labels = labelMap.ToImmutable(),
            Taints = taintList.ToImmutable(),
        };
    }

    private static readonly System.Text.RegularExpressions.Regex s_principalArn =
        new("^arn:aws:iam::[0-9]{12}:(role|user)/[A-Za-z0-9+=,.@_/-]+$", System.Text.RegularExpressions.RegexOptions.Compiled);

    private ImmutableArray<string> PrincipalArns(string key)
    {
        var arns = StringArray(key, ImmutableArray<string>.Empty);
        foreach (var arn in arns.Where(a => !s_principalArn.IsMatch(a)))
        {
            Problem(key, arn, "is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name> or :user/<name>)");
        }

        return arns;
    }

    private bool Bool(string key, bool fallback)
    {
        var value = _get(Key(key));
        return value switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => Invalid(fallback, key, value, "is not a boolean (expected true or false)"),
        };
    }

    private ImmutableArray<Cidr>? Blocks(string key, ImmutableArray<Cidr>? computed)
    {
        var texts = StringArray(key, ImmutableArray<string>.Empty);
        if (texts.IsEmpty)
        {
            if (computed is null)
            {
                Problem(key, null, "must be given when vpcCidr is smaller than a /16 (the computed layout needs a /16)");
            }

            return computed;
        }

        var blocks = ImmutableArray.CreateBuilder<Cidr>();
        var ok = true;
        foreach (var text in texts)
        {
            if (Cidr.TryParse(text, out var block, out var error))
            {
                blocks.Add(block);
            }
            else
            {
                Problem(key, text, error);
                ok = false;
            }
        }

        return ok ? blocks.ToImmutable() : null;
    }

    // CloudWatch Logs accepts only these retention periods.
    private static readonly ImmutableHashSet<int> s_retentionDays = ImmutableHashSet.Create(
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private int Retention(string key, int fallback)
    {
        var days = Int(key, fallback);
        return s_retentionDays.Contains(days)
            ? days
            : Invalid(fallback, key, days.ToString(CultureInfo.InvariantCulture),
                "is not a CloudWatch Logs retention period (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days)");
    }

    private string? String(string key, string? fallback)
    {
        var value = _get(Key(key));
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Problem(key, value, "is empty");
            return fallback;
        }

        return value ?? fallback;
    }

    private int Int(string key, int fallback)
    {
        var value = _get(Key(key));
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : Invalid(fallback, key, value, "is not a whole number");
    }

    private ImmutableArray<string> StringArray(string key, ImmutableArray<string> fallback)
    {
        var value = _get(Key(key));
        if (value is null)
        {
            return fallback;
        }

        try
        {
            var items = JsonSerializer.Deserialize<string[]>(value);
            return items is null ? fallback : items.ToImmutableArray();
        }
        catch (JsonException)
        {
            return Invalid(fallback, key, value, "is not a list of strings");
        }
    }

    private static readonly System.Text.RegularExpressions.Regex s_chartVersion =
        new(@"^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>An exact Helm chart version: never empty, <c>latest</c> or a range.</summary>
    private string ChartVersion(string key, string fallback)
    {
        var version = String(key, fallback) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(version))
        {
            Problem(key, version, "is empty; pin an exact chart version (e.g. 1.2.3)");
        }
        else if (string.Equals(version, "latest", StringComparison.OrdinalIgnoreCase))
        {
            Problem(key, version, "is 'latest'; pin an exact chart version (e.g. 1.2.3)");
        }
        else if (!s_chartVersion.IsMatch(version))
        {
            Problem(key, version, "is not an exact chart version (expected MAJOR.MINOR.PATCH, optionally with a v prefix; no ranges)");
        }

        return version;
    }

    private T Invalid<T>(T fallback, string key, string? value, string expected)
    {
        Problem(key, value, expected);
        return fallback;
    }

    private void Problem(string key, string? value, string expected) => _problems.Add(new ConfigProblem(Key(key), value, expected));
}
