using System.Collections.Immutable;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    private static IEnumerable<KeyValuePair<string, Shape>> ComputeShapes() => new Dictionary<string, Shape>
    {
        ["aws:ec2/launchTemplate:LaunchTemplate"] = new("lt-", (a, s, m) =>
        {
            s["arn"] = m.Arn("ec2", $"launch-template/{s["id"]}");
            s["name"] = s.GetValueOrDefault("name") ?? $"{s.GetValueOrDefault("namePrefix") ?? a.Name + "-"}{m.Hex(a.Name!, 26)}";
            s["latestVersion"] = 1;
            s["defaultVersion"] = 1;
        }),
        ["aws:eks/nodeGroup:NodeGroup"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("nodeGroupName")
                ?? $"{s.GetValueOrDefault("nodeGroupNamePrefix") ?? a.Name + "-"}{m.Hex(a.Name!, 26)}";
            var cluster = (string?)s.GetValueOrDefault("clusterName") ?? "cluster";
            var uuid = m.Uuid(a.Name!);
            s["nodeGroupName"] = name;
            // The provider's id: cluster and group names, colon-separated.
            s["id"] = $"{cluster}:{name}";
            s["arn"] = m.Arn("eks", $"nodegroup/{cluster}/{name}/{uuid}");
            s["status"] = "ACTIVE";
            s["releaseVersion"] = "1.35.0-20260101";
            s["version"] = s.GetValueOrDefault("version") ?? "1.35";
            // EKS names the group's Auto Scaling group after the node group and its uuid.
            s["resources"] = ImmutableArray.Create<object>(new Dictionary<string, object>
            {
                ["autoscalingGroups"] = ImmutableArray.Create<object>(new Dictionary<string, object> { ["name"] = $"eks-{name}-{uuid}" }),
                ["remoteAccessSecurityGroupId"] = "",
            });
        }),
        ["aws:autoscaling/tag:Tag"] = new("", (a, s, m) =>
        {
            // The provider's id: the Auto Scaling group's name and the tag key, comma-separated.
            var tag = s.GetValueOrDefault("tag") as IReadOnlyDictionary<string, object>;
            s["id"] = $"{s.GetValueOrDefault("autoscalingGroupName") ?? "asg"},{tag?.GetValueOrDefault("key") ?? a.Name}";
        }),
    };

    private string Uuid(string seed)
    {
        var hex = HexOf("uuid" + seed, 32);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
