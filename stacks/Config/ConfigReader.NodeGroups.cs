using System.Collections.Immutable;
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

    /// <summary>The node groups: each live group (<see cref="NodeGroupSpec.Live"/>) with what its keys set.</summary>
    private ImmutableArray<NodeGroupSpec> ReadNodeGroups() => NodeGroupSpec.Live.Select(ReadNodeGroup).ToImmutableArray();

    private NodeGroupSpec ReadNodeGroup(NodeGroupSpec live)
    {
        var (name, purpose) = (live.Name, live.Purpose);
        var typesKey = live.KeyOf(NodeGroupSpec.Keys.InstanceTypes);
        var types = StringArray(typesKey, live.InstanceTypes);
        var amiType = (live with { InstanceTypes = types }).AmiType;
        foreach (var type in types)
        {
            if (InstanceTypes.Ec2Problem(type, purpose, s_families[purpose], amiType) is { } problem)
            {
                Problem(typesKey, type, problem.StartsWith("is not a ", StringComparison.Ordinal) && problem.EndsWith(" instance type", StringComparison.Ordinal)
                    ? $"{problem}, which the {name} node group is for"
                    : problem);
            }
        }

        // The GPU group's accelerator label and the GPU quota come from the instance table.
        if (types.All(t => InstanceTypes.Ec2Problem(t, purpose, s_families[purpose], amiType) is null))
        {
            foreach (var problem in (live with { InstanceTypes = types }).GpuProblems())
            {
                Problem(typesKey, string.Join(",", types), $"is refused: {problem}");
            }
        }

        var labelsKey = live.KeyOf(NodeGroupSpec.Keys.Labels);
        var taintsKey = live.KeyOf(NodeGroupSpec.Keys.Taints);
        var spec = live with
        {
            InstanceTypes = types,
            MinSize = Int(live.KeyOf(NodeGroupSpec.Keys.MinSize), live.MinSize),
            MaxSize = Int(live.KeyOf(NodeGroupSpec.Keys.MaxSize), live.MaxSize),
            DesiredSize = Int(live.KeyOf(NodeGroupSpec.Keys.DesiredSize), live.DesiredSize),
            DiskSizeGb = Int(live.KeyOf(NodeGroupSpec.Keys.DiskSizeGb), live.DiskSizeGb),
            CapacityType = String(live.KeyOf(NodeGroupSpec.Keys.CapacityType), live.CapacityType)!,
            Taints = _get(Key(taintsKey)) is null ? live.Taints : NodeTaints(taintsKey),
            Labels = _get(Key(labelsKey)) is null ? live.Labels : NodeLabels(labelsKey),
        };
        Report(spec.Problems());
        return spec;
    }

    private ImmutableDictionary<string, string> NodeLabels(string key)
    {
        var labels = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var label in StringArray(key, ImmutableArray<string>.Empty))
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

    private ImmutableArray<NodeTaint> NodeTaints(string key)
    {
        var taints = ImmutableArray.CreateBuilder<NodeTaint>();
        foreach (var taint in StringArray(key, ImmutableArray<string>.Empty))
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
