using k8s;
using k8s.Models;

namespace Numinia.Infra.Verify;

/// <summary>
/// Each node group has a Ready node: nodes are grouped by the label EKS puts on every node of a managed group,
/// <c>eks.amazonaws.com/nodegroup</c> (its value is the group's name; AWS docs, "Managed node groups", labels). A node
/// is ready when its <c>Ready</c> condition is True, which the kubelet sets (kubernetes/api v0.35.0 core/v1/types.go,
/// NodeReady). A group whose minimum is zero (<c>--scaled-to-zero</c>) may have no node; its nodes must still be ready.
/// </summary>
public sealed class NodesCheck : IVerifyCheck
{
    /// <summary>The label EKS sets to the managed node group's name.</summary>
    public const string NodeGroupLabel = "eks.amazonaws.com/nodegroup";

    /// <inheritdoc/>
    public string Name => "nodes";

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var nodes = await context.Client.CoreV1.ListNodeAsync(cancellationToken: cancellation);
        var problems = new List<string>();
        var summary = new List<string>();
        foreach (var group in context.Outputs.NodeGroupNames)
        {
            var members = nodes.Items.Where(n => n.Metadata.Labels?.TryGetValue(NodeGroupLabel, out var g) == true && g == group).ToList();
            var notReady = members.Where(n => !IsReady(n)).Select(n => n.Metadata.Name).ToList();
            var ready = members.Count - notReady.Count;
            summary.Add($"{group} {ready}/{members.Count}");
            if (notReady.Count > 0)
            {
                problems.Add($"node {string.Join(", ", notReady)} of {group} not Ready");
            }
            else if (members.Count == 0 && !context.ScaledToZero.Contains(group))
            {
                problems.Add($"node group {group} has no Ready node");
            }
        }

        if (context.Outputs.NodeGroupNames.Count == 0)
        {
            problems.Add("the outputs name no node group");
        }

        return problems.Count == 0
            ? CheckResult.Pass(Name, $"ready nodes: {string.Join(", ", summary)}")
            : CheckResult.Fail(Name, string.Join("; ", problems));
    }

    private static bool IsReady(V1Node node) =>
        node.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true;
}
