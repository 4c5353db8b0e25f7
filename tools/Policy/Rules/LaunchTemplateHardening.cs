#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Pulumi.Offline;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Nodes start from launch templates that require IMDSv2 (session tokens) with a hop limit of 1, so
/// that pods cannot reach the node role's credentials through the metadata endpoint (they use IRSA),
/// and that encrypt every EBS volume, including the root volume (a template without block device
/// mappings leaves the root volume to the AMI). Every managed node group uses such a template of this
/// stack: without one, EKS's default template sets neither.
/// </summary>
public sealed class LaunchTemplateHardening : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "launch-template-hardening";

    /// <inheritdoc />
    public override string Title => "Node launch templates require IMDSv2 with hop limit 1 and encrypt every EBS volume; node groups use them";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.LaunchTemplate, PolicyTokens.NodeGroup, PolicyTokens.EksManagedNodeGroup];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var template in plan.OfType(PolicyTokens.LaunchTemplate))
        {
            foreach (var problem in TemplateProblems(template))
            {
                yield return Violation(template, problem);
            }
        }

        foreach (var group in plan.OfTypes([PolicyTokens.NodeGroup, PolicyTokens.EksManagedNodeGroup]))
        {
            if (!UsesTemplateOfThisStack(plan, group))
            {
                yield return Violation(group, $"launchTemplate is {PolicyValues.Show(group.Input("launchTemplate"))}, not a launch template of this stack: " +
                                              "the group would use EKS's default template, which neither requires IMDSv2 nor encrypts volumes");
            }
        }
    }

    private static IEnumerable<string> TemplateProblems(ResourceRegistration template)
    {
        var tokens = template.Input("metadataOptions", "httpTokens");
        if (PolicyValues.AsString(tokens) != "required")
        {
            yield return $"metadataOptions.httpTokens is {PolicyValues.Show(tokens)}; it must be \"required\" (IMDSv2 only)";
        }

        var hops = template.Input("metadataOptions", "httpPutResponseHopLimit");
        if (PolicyValues.AsNumber(hops) != 1)
        {
            yield return $"metadataOptions.httpPutResponseHopLimit is {PolicyValues.Show(hops)}; it must be 1 so that pods cannot reach the node's metadata";
        }

        var volumes = PolicyValues.AsList(template.Input("blockDeviceMappings"))
            .Select((mapping, index) => (Index: index, Ebs: PolicyValues.At(mapping, "ebs")))
            .Where(m => m.Ebs is not null)
            .ToArray();
        if (volumes.Length == 0)
        {
            yield return "blockDeviceMappings declares no EBS volume: the root volume would come from the AMI, not necessarily encrypted";
        }

        foreach (var (index, ebs) in volumes)
        {
            var encrypted = PolicyValues.At(ebs, "encrypted");
            if (PolicyValues.AsBool(encrypted) != true)
            {
                yield return $"blockDeviceMappings[{index}].ebs.encrypted is {PolicyValues.Show(encrypted)}; every volume must be encrypted";
            }
        }
    }

    private static bool UsesTemplateOfThisStack(PolicyPlan plan, ResourceRegistration group)
    {
        var reference = group.Input("launchTemplate");
        if (reference is null)
        {
            return false;
        }

        var id = PolicyValues.At(reference, "id") ?? PolicyValues.At(reference, "name");
        return PolicyValues.IsUnknown(reference) || PolicyValues.IsUnknown(id)
            ? group.DependencyUrns.Any(urn => plan.Find(urn)?.Type == PolicyTokens.LaunchTemplate)
            : plan.Resolve(id, PolicyTokens.LaunchTemplate) != null;
    }
}
#endif
