#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// No security group admits SSH (22) or RDP (3389) from the whole internet (<c>0.0.0.0/0</c> or
/// <c>::/0</c>), whether by inline rules (<c>aws:ec2/securityGroup</c>, <c>aws:ec2/defaultSecurityGroup</c>),
/// classic rules (<c>aws:ec2/securityGroupRule</c> of type ingress) or VPC rules
/// (<c>aws:vpc/securityGroupIngressRule</c>). A port range covering 22 or 3389, and the all-protocols
/// protocol <c>-1</c>, count. Operators reach the VPC through the VPN (and nodes through SSM).
/// </summary>
public sealed class AdminPortsClosedToInternet : PolicyRule
{
    private static readonly (int Port, string Service)[] s_adminPorts = [(22, "SSH"), (3389, "RDP")];

    /// <inheritdoc />
    public override string Id => "no-admin-ports-from-internet";

    /// <inheritdoc />
    public override string Title => "No security group admits SSH (22) or RDP (3389) from 0.0.0.0/0 or ::/0";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } =
        [PolicyTokens.SecurityGroup, PolicyTokens.DefaultSecurityGroup, PolicyTokens.SecurityGroupRule, PolicyTokens.SecurityGroupIngressRule];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var group in plan.OfTypes([PolicyTokens.SecurityGroup, PolicyTokens.DefaultSecurityGroup]))
        {
            var rules = PolicyValues.AsList(group.Input("ingress"));
            for (var i = 0; i < rules.Length; i++)
            {
                var sources = PolicyValues.AsStrings(PolicyValues.At(rules[i], "cidrBlocks"))
                    .Concat(PolicyValues.AsStrings(PolicyValues.At(rules[i], "ipv6CidrBlocks")));
                foreach (var problem in Problems(sources, PolicyValues.At(rules[i], "protocol"),
                             PolicyValues.At(rules[i], "fromPort"), PolicyValues.At(rules[i], "toPort")))
                {
                    yield return Violation(group, $"ingress[{i}] {problem}");
                }
            }
        }

        foreach (var rule in plan.OfType(PolicyTokens.SecurityGroupRule))
        {
            if (PolicyValues.AsString(rule.Input("type")) != "ingress")
            {
                continue;
            }

            var sources = PolicyValues.AsStrings(rule.Input("cidrBlocks")).Concat(PolicyValues.AsStrings(rule.Input("ipv6CidrBlocks")));
            foreach (var problem in Problems(sources, rule.Input("protocol"), rule.Input("fromPort"), rule.Input("toPort")))
            {
                yield return Violation(rule, problem);
            }
        }

        foreach (var rule in plan.OfType(PolicyTokens.SecurityGroupIngressRule))
        {
            var sources = new[] { PolicyValues.AsString(rule.Input("cidrIpv4")), PolicyValues.AsString(rule.Input("cidrIpv6")) }.OfType<string>();
            foreach (var problem in Problems(sources, rule.Input("ipProtocol"), rule.Input("fromPort"), rule.Input("toPort")))
            {
                yield return Violation(rule, problem);
            }
        }
    }

    private static IEnumerable<string> Problems(IEnumerable<string> sources, object? protocol, object? fromPort, object? toPort)
    {
        var world = sources.Where(IsWholeInternet).ToArray();
        if (world.Length == 0)
        {
            yield break;
        }

        var allPorts = PolicyValues.AsString(protocol) is "-1" or "all";
        var portProtocol = PolicyValues.AsString(protocol)?.ToLowerInvariant() is "tcp" or "udp" or "6" or "17";
        if (!allPorts && !portProtocol)
        {
            yield break;
        }

        var from = PolicyValues.AsNumber(fromPort);
        var to = PolicyValues.AsNumber(toPort);
        foreach (var (port, service) in s_adminPorts)
        {
            // No ports on a TCP/UDP rule means every port, as with protocol -1.
            if (allPorts || from is null || to is null || (from <= port && port <= to))
            {
                yield return $"admits port {port} ({service}) from {IamPolicyDocument.Join(world)}";
            }
        }
    }

    private static bool IsWholeInternet(string cidr) => cidr.Trim().EndsWith("/0", StringComparison.Ordinal);
}
#endif
