#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Policy;
using Pulumi.Offline;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// A DaemonSet the plan installs: one pod on every node it can be scheduled on, taken from each node before any
/// quota'd pod. <see cref="Namespace"/> is null for EKS add-ons (kube-system has no quota).
/// </summary>
/// <param name="Name">What the agent is, e.g. <c>fluent-bit (logging)</c>.</param>
/// <param name="Namespace">The namespace its pods run in, when a ResourceQuota there counts them.</param>
/// <param name="CpuMillis">Its pod's CPU requests, in millicores.</param>
/// <param name="MemoryMiB">Its pod's memory requests, in MiB.</param>
/// <param name="Placement">Where it may run: its tolerations and node selection.</param>
public sealed record NodeAgent(string Name, string? Namespace, decimal CpuMillis, decimal MemoryMiB, PodPlacement Placement);

/// <summary>
/// The DaemonSets of a plan and what their pods request, read from where the plan sets them: the Helm values of
/// the charts that run one (each path as the chart's DaemonSet template reads it at its pinned version, checked
/// with <c>helm template</c>), and the EKS add-ons, whose manifests the plan does not hold (their requests as
/// each add-on's upstream manifest sets them at its pinned version).
/// </summary>
public static class NodeAgents
{
    /// <summary>A chart's DaemonSet: the values paths of its containers' resources, of its tolerations, node selector and affinity.</summary>
    private sealed record ChartDaemonSet(string Chart, string What, string[] Enabled, string[][] Resources, string[] Prefix);

    private static readonly ImmutableArray<ChartDaemonSet> s_charts =
    [
        // fluent/helm-charts fluent-bit-0.58.1, charts/fluent-bit/templates/daemonset.yaml (when kind is DaemonSet, the default).
        new("fluent-bit", "fluent-bit", [], [["resources"]], []),
        // prometheus-community/helm-charts kube-prometheus-stack-88.5.3 runs prometheus-node-exporter-4.56.1 unless
        // nodeExporter.enabled is false; its templates/daemonset.yaml has one container, node-exporter.
        new("kube-prometheus-stack", "node-exporter", ["nodeExporter", "enabled"], [["resources"]], ["prometheus-node-exporter"]),
        // kubernetes-sigs/secrets-store-csi-driver v1.6.0, charts/secrets-store-csi-driver/templates/csidriver-daemonset.yaml
        // (linux.enabled): node-driver-registrar, secrets-store, liveness-probe.
        new("secrets-store-csi-driver", "secrets-store-csi-driver", ["linux", "enabled"],
            [["driver", "resources"], ["registrar", "resources"], ["livenessProbe", "resources"]], ["linux"]),
        // aws/secrets-store-csi-driver-provider-aws 3.1.1, charts/secrets-store-csi-driver-provider-aws/templates/daemonset.yaml.
        new("secrets-store-csi-driver-provider-aws", "secrets-store-csi-driver-provider-aws", [], [["resources"]], []),
        // NVIDIA/k8s-device-plugin v0.20.0, deployments/helm/nvidia-device-plugin/templates/daemonset-device-plugin.yml;
        // its MPS control daemon selects nvidia.com/mps.capable=true, a label no node group has.
        new("nvidia-device-plugin", "nvidia-device-plugin", [], [["resources"]], []),
    ];

    /// <summary>
    /// The EKS add-ons that run a DaemonSet, with its pod's requests (millicores, MiB); every one tolerates every taint.
    /// vpc-cni v1.20.4 (aws/amazon-vpc-cni-k8s, <c>config/master/aws-k8s-cni.yaml</c>): aws-node and aws-eks-nodeagent
    /// 25m each (the init container's 25m runs before them). aws-ebs-csi-driver v1.53.0 (kubernetes-sigs/aws-ebs-csi-driver,
    /// <c>deploy/kubernetes/base/node.yaml</c>): ebs-plugin, node-driver-registrar, liveness-probe 10m/40Mi each, with
    /// <c>tolerateAllTaints</c>. kube-proxy: 100m, as EKS's kube-proxy DaemonSet requests (EKS publishes no source for
    /// it; <c>kubectl -n kube-system get ds kube-proxy -o jsonpath='{..resources}'</c> shows it). aws-efs-csi-driver's
    /// node pods set no requests in its chart, so it takes nothing here.
    /// </summary>
    private static readonly ImmutableDictionary<string, (string Name, decimal Cpu, decimal Memory)> s_eksAddons =
        new Dictionary<string, (string, decimal, decimal)>
        {
            ["vpc-cni"] = ("aws-node (vpc-cni)", 50, 0),
            ["kube-proxy"] = ("kube-proxy", 100, 0),
            ["aws-ebs-csi-driver"] = ("ebs-csi-node (aws-ebs-csi-driver)", 30, 120),
        }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>
    /// GuardDuty's security agent, the EKS add-on <c>aws-guardduty-agent</c> that GuardDuty installs itself once the
    /// detector's <c>RUNTIME_MONITORING</c> feature has <c>EKS_ADDON_MANAGEMENT</c> enabled (the plan holds the feature, not
    /// the add-on): its pod requests 200m and 256Mi, the defaults GuardDuty sets and the least it accepts (GuardDuty User
    /// Guide, "Configure GuardDuty security agent (add-on) parameters for Amazon EKS"). Counted on every node, GPU nodes
    /// included, which is the upper bound.
    /// </summary>
    public static readonly NodeAgent GuardDutyAgent = new("aws-guardduty-agent (GuardDuty)", null, 200, 256, PodPlacement.Everywhere);

    /// <summary>Every DaemonSet the plan runs on nodes; <paramref name="warnings"/> gets what could not be read.</summary>
    public static ImmutableArray<NodeAgent> Of(IEnumerable<ResourceRegistration> resources, List<string> warnings)
    {
        var agents = ImmutableArray.CreateBuilder<NodeAgent>();
        foreach (var r in resources)
        {
            if (r.Type == PolicyTokens.EksAddon && PolicyValues.AsString(r.Input("addonName")) is { } addon
                && s_eksAddons.TryGetValue(addon, out var eks))
            {
                agents.Add(new NodeAgent(eks.Name, null, eks.Cpu, eks.Memory, PodPlacement.Everywhere));
            }
            else if (r.Type == GuardDutyFeatureType && PolicyValues.AsString(r.Input("name")) == "RUNTIME_MONITORING"
                && PolicyValues.AsString(r.Input("status")) == "ENABLED"
                && PolicyValues.AsList(r.Input("additionalConfigurations")).Any(a =>
                    PolicyValues.AsString(PolicyValues.At(a, "name")) == "EKS_ADDON_MANAGEMENT" && PolicyValues.AsString(PolicyValues.At(a, "status")) == "ENABLED"))
            {
                agents.Add(GuardDutyAgent);
            }
            else if (HelmValues.IsRelease(r) && PolicyValues.AsString(r.Input("chart")) is { } chart)
            {
                var values = PolicyValues.AsMap(r.Input("values")) ?? ImmutableDictionary<string, object?>.Empty;
                var (release, ns) = HelmValues.NameOf(r);
                foreach (var daemonSet in s_charts.Where(c => c.Chart == chart && Runs(c, values)))
                {
                    agents.Add(Agent(daemonSet, values, $"{daemonSet.What} ({ns})", ns, $"Helm release {release}", warnings));
                }
            }
        }

        return agents.ToImmutable();
    }

    private const string GuardDutyFeatureType = "aws:guardduty/detectorFeature:DetectorFeature";

    private static bool Runs(ChartDaemonSet daemonSet, ImmutableDictionary<string, object?> values)
        => (daemonSet.Enabled.Length == 0 || PolicyValues.AsBool(PolicyValues.At(values, daemonSet.Enabled)) != false)
           && (daemonSet.Chart != "fluent-bit" || (PolicyValues.AsString(values.GetValueOrDefault("kind")) ?? "DaemonSet") == "DaemonSet");

    private static NodeAgent Agent(ChartDaemonSet daemonSet, ImmutableDictionary<string, object?> values, string name, string ns, string where,
        List<string> warnings)
    {
        var scope = PolicyValues.AsMap(PolicyValues.At(values, daemonSet.Prefix)) ?? ImmutableDictionary<string, object?>.Empty;
        decimal cpu = 0, memory = 0;
        foreach (var path in daemonSet.Resources)
        {
            var requests = PolicyValues.AsMap(PolicyValues.At(scope, [.. path, "requests"]));
            var (c, m) = (Quantities.Cpu(requests?.GetValueOrDefault("cpu")), Quantities.MemoryMiB(requests?.GetValueOrDefault("memory")));
            if (c is null || m is null)
            {
                warnings.Add($"{where}: values {string.Join('.', daemonSet.Prefix.Concat(path))}.requests set no cpu or memory; {name} counted without them");
            }

            cpu += c ?? 0;
            memory += m ?? 0;
        }

        if (!scope.ContainsKey("tolerations"))
        {
            warnings.Add($"{where}: values {string.Join('.', daemonSet.Prefix.Append("tolerations"))} are not set; {name} counted on untainted groups only");
        }

        return new NodeAgent(name, ns, cpu, memory, PodPlacement.FromPodSpec(scope));
    }
}
#endif
