using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Compute;

namespace Numinia.Stacks.Config;

/// <summary>
/// The node groups' keys: instance types against <see cref="InstanceTypes"/>, sizes, capacity, and the labels and taints
/// EKS puts on the nodes, held to Kubernetes' syntax (<see cref="KubernetesSyntax"/>) and EKS's limits.
/// </summary>
public sealed partial class ConfigReader
{
    private static readonly ImmutableDictionary<NodeGroupPurpose, string> s_families = new Dictionary<NodeGroupPurpose, string>
    {
        [NodeGroupPurpose.General] = "general purpose (m*, t3*)",
        [NodeGroupPurpose.Compute] = "compute optimized (c*)",
        [NodeGroupPurpose.Gpu] = "NVIDIA GPU (g4dn, g5, g6, p4, p5)",
    }.ToImmutableDictionary();

    // EKS's Taint and the labels of CreateNodegroup: keys of 1 to 63 characters in all (prefix included), label values
    // of 1 to 63, taint values of 0 to 63 (https://docs.aws.amazon.com/eks/latest/APIReference/API_Taint.html and
    // API_UpdateLabelsPayload.html); effects as Kubernetes spells them (k8s.io/api core/v1 TaintEffect).
    private const int EksKeyLength = 63;

    private static readonly Regex s_taint = new("^([^=]*)=([^:]*):([^:]*)\\z", RegexOptions.CultureInvariant);

    private NodeGroupSpec NodeGroup(string name, NodeGroupPurpose purpose, string instanceType, int min, int max, int desired,
        ImmutableArray<string> labels, ImmutableArray<string> taints)
    {
        var types = StringArray($"{name}InstanceTypes", ImmutableArray.Create(instanceType));
        if (types.IsEmpty)
        {
            Problem($"{name}InstanceTypes", "[]", "is empty; a node group needs at least one instance type");
        }

        var amiType = new NodeGroupSpec { Name = name, Purpose = purpose, InstanceTypes = types, MinSize = 0, MaxSize = 0, DesiredSize = 0 }.AmiType;
        foreach (var type in types)
        {
            if (InstanceTypes.Ec2Problem(type, purpose, s_families[purpose], amiType) is { } problem)
            {
                Problem($"{name}InstanceTypes", type, problem.StartsWith("is not a ", StringComparison.Ordinal) && problem.EndsWith(" instance type", StringComparison.Ordinal)
                    ? $"{problem}, which the {name} node group is for"
                    : problem);
            }
        }

        // The GPU group's accelerator label and the GPU quota come from the instance table.
        if (types.All(t => InstanceTypes.Ec2Problem(t, purpose, s_families[purpose], amiType) is null))
        {
            var typesOnly = new NodeGroupSpec { Name = name, Purpose = purpose, InstanceTypes = types, MinSize = 0, MaxSize = 0, DesiredSize = 0 };
            foreach (var problem in typesOnly.GpuProblems())
            {
                Problem($"{name}InstanceTypes", string.Join(",", types), $"is refused: {problem}");
            }
        }

        if (types.Distinct(StringComparer.Ordinal).Count() != types.Length)
        {
            Problem($"{name}InstanceTypes", string.Join(",", types), "lists an instance type twice");
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

        var taintList = NodeTaints($"{name}Taints", taints);
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
            Labels = NodeLabels($"{name}Labels", labels),
            Taints = taintList,
        };
    }

    private ImmutableDictionary<string, string> NodeLabels(string key, ImmutableArray<string> fallback)
    {
        var labels = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var label in StringArray(key, fallback))
        {
            var parts = label.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                Problem(key, label, "is not a label (expected key=value)");
            }
            else if (NodeKeyProblem(parts[0]) is { } keyProblem)
            {
                Problem(key, label, $"is not a label Kubernetes and EKS accept: its key {keyProblem}");
            }
            else if (parts[1].Length == 0 || KubernetesSyntax.LabelValueProblem(parts[1]) is not null)
            {
                Problem(key, label, $"is not a label EKS accepts: its value must be 1 to {KubernetesSyntax.MaxNameLength} letters, digits, '-', '_' or '.', starting and ending with a letter or digit (no '=' or spaces)");
            }
            else if (parts[0] == NodeGroupSpec.GroupLabel)
            {
                Problem(key, label, $"sets {NodeGroupSpec.GroupLabel}, which the program sets to the group's name");
            }
            else if (!labels.TryAdd(parts[0], parts[1]))
            {
                Problem(key, label, $"sets the label {parts[0]} a second time");
            }
        }

        return labels.ToImmutable();
    }

    private ImmutableArray<NodeTaint> NodeTaints(string key, ImmutableArray<string> fallback)
    {
        var taints = ImmutableArray.CreateBuilder<NodeTaint>();
        foreach (var taint in StringArray(key, fallback))
        {
            var match = s_taint.Match(taint);
            var effect = match.Success ? match.Groups[3].Value : string.Empty;
            if (!match.Success || match.Groups[1].Length == 0 || effect is not ("NoSchedule" or "NoExecute" or "PreferNoSchedule"))
            {
                Problem(key, taint, "is not a taint (expected key=value:NoSchedule|NoExecute|PreferNoSchedule)");
                continue;
            }

            var (taintKey, value) = (match.Groups[1].Value, match.Groups[2].Value);
            if (NodeKeyProblem(taintKey) is { } keyProblem)
            {
                Problem(key, taint, $"is not a taint Kubernetes and EKS accept: its key {keyProblem}");
                continue;
            }

            if (KubernetesSyntax.LabelValueProblem(value) is not null)
            {
                Problem(key, taint, $"is not a taint Kubernetes accepts: its value must be at most {KubernetesSyntax.MaxNameLength} letters, digits, '-', '_' or '.', starting and ending with a letter or digit (no spaces)");
                continue;
            }

            var eksEffect = effect switch
            {
                "NoSchedule" => "NO_SCHEDULE",
                "NoExecute" => "NO_EXECUTE",
                _ => "PREFER_NO_SCHEDULE",
            };

            // Kubernetes refuses two taints with the same key and effect (core validation, validateNodeTaints).
            if (taints.Any(t => t.Key == taintKey && t.Effect == eksEffect))
            {
                Problem(key, taint, $"repeats the key {taintKey} with the effect {effect}; a node has one taint per key and effect");
                continue;
            }

            taints.Add(new NodeTaint(taintKey, value, eksEffect));
        }

        return taints.ToImmutable();
    }

    /// <summary>A label or taint key: a Kubernetes qualified name that EKS also takes (at most 63 characters in all).</summary>
    private static string? NodeKeyProblem(string key)
        => KubernetesSyntax.LabelKeyProblem(key)
           ?? (key.Length > EksKeyLength ? $"is {key.Length} characters, more than the {EksKeyLength} EKS takes for node label and taint keys" : null);
}
