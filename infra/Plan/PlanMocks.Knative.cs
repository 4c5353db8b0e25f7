using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pulumi.Testing;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    /// <summary>
    /// Knative Serving: the operator's KnativeServing resource (a namespaced object like any other) and the
    /// Route53 record of the platform's wildcard domain.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, Shape>> KnativeShapes() => new Dictionary<string, Shape>
    {
        ["kubernetes:operator.knative.dev/v1beta1:KnativeServing"] = KubernetesObject(),
        ["aws:route53/record:Record"] = new("", (a, s, m) =>
        {
            // The provider's id of a simple record is <zone>_<name>_<type>; its fqdn is the name without the final dot.
            var name = ((string)s["name"]).TrimEnd('.');
            s["fqdn"] = name;
            s["id"] = $"{s["zoneId"]}_{name}_{s["type"]}";
            s["allowOverwrite"] = s.GetValueOrDefault("allowOverwrite") ?? false;
        }),
    };

    private static readonly Regex s_notAlphanumeric = new("[^A-Za-z0-9]", RegexOptions.CultureInvariant);

    /// <summary>The Route53 hosted zone of network load balancers, by region (what alias records to an NLB name).</summary>
    private static readonly ImmutableDictionary<string, string> s_nlbHostedZones = ImmutableDictionary<string, string>.Empty
        .Add("eu-west-1", "Z2IFOLAFXWLO4F");

    /// <summary>
    /// The name of the NLB the AWS Load Balancer Controller makes for a Service (<c>namespace/name</c>):
    /// <c>k8s-&lt;namespace[:8]&gt;-&lt;name[:8]&gt;-&lt;10 hex&gt;</c>, derived from the id so that two plans agree.
    /// </summary>
    public static string LoadBalancerName(string serviceId)
    {
        var parts = serviceId.Split('/', 2);
        var (ns, name) = parts.Length == 2 ? (parts[0], parts[1]) : ("default", parts[0]);
        static string Short(string text)
        {
            var clean = s_notAlphanumeric.Replace(text, "");
            return clean.Length > 8 ? clean[..8] : clean;
        }

        return $"k8s-{Short(ns)}-{Short(name)}-{HexOf("nlb:" + serviceId, 10)}";
    }

    /// <summary>
    /// The DNS name of the NLB the AWS Load Balancer Controller makes for a Service (<c>namespace/name</c>):
    /// <c>&lt;its name&gt;-&lt;16 hex&gt;.elb.&lt;region&gt;.amazonaws.com</c>, derived from the id so that two plans agree.
    /// </summary>
    public string LoadBalancerHostname(string serviceId)
        => $"{LoadBalancerName(serviceId)}-{Hex("dns:" + serviceId, 16)}.elb.{Region}.amazonaws.com";

    /// <summary>
    /// <c>aws:lb/getLoadBalancer:getLoadBalancer</c> by the tags the AWS Load Balancer Controller puts on a Service's
    /// NLB (<c>elbv2.k8s.aws/cluster</c>, <c>service.k8s.aws/stack</c> = <c>namespace/name</c>): the internet-facing,
    /// IPv4, cross-zone NLB the controller makes for it, with the tags asked for. A lookup without those two tags
    /// is an error, as a search that matches more than one load balancer is for the provider.
    /// </summary>
    private Dictionary<string, object> LoadBalancerLookup(MockCallArgs args)
    {
        var tags = (args.Args.GetValueOrDefault("tags") as IReadOnlyDictionary<string, object>
            ?? ImmutableDictionary<string, object>.Empty).ToDictionary(t => t.Key, t => (object)(string)t.Value);
        if (tags.GetValueOrDefault("service.k8s.aws/stack") is not string serviceId || !tags.ContainsKey("elbv2.k8s.aws/cluster"))
        {
            throw new NotSupportedException(
                "The plan mocks look up a load balancer only by the tags of the AWS Load Balancer Controller "
                + $"(elbv2.k8s.aws/cluster and service.k8s.aws/stack), not by {string.Join(", ", args.Args.Keys)}.");
        }

        if (!s_nlbHostedZones.TryGetValue(Region, out var zoneId))
        {
            throw new NotSupportedException($"The plan mocks do not know the NLB hosted zone of region '{Region}'.");
        }

        var name = LoadBalancerName(serviceId);
        var arnSuffix = $"net/{name}/{Hex("lb:" + serviceId, 16)}";
        var subnets = Enumerable.Range(0, 3).Select(i => PhysicalId("subnet-", $"public-{i}")).ToArray();
        static Dictionary<string, object> NoLogs() => new() { ["bucket"] = "", ["enabled"] = false, ["prefix"] = "" };
        return new Dictionary<string, object>
        {
            ["accessLogs"] = NoLogs(),
            ["arn"] = Arn("elasticloadbalancing", $"loadbalancer/{arnSuffix}"),
            ["arnSuffix"] = arnSuffix,
            ["clientKeepAlive"] = 0,
            ["connectionLogs"] = ImmutableArray<object>.Empty,
            ["customerOwnedIpv4Pool"] = "",
            ["desyncMitigationMode"] = "",
            ["dnsName"] = LoadBalancerHostname(serviceId),
            ["dnsRecordClientRoutingPolicy"] = "any_availability_zone",
            ["dropInvalidHeaderFields"] = false,
            ["enableCrossZoneLoadBalancing"] = true,
            ["enableDeletionProtection"] = false,
            ["enableHttp2"] = false,
            ["enablePrefixForIpv6SourceNat"] = "off",
            ["enableTlsVersionAndCipherSuiteHeaders"] = false,
            ["enableWafFailOpen"] = false,
            ["enableXffClientPort"] = false,
            ["enableZonalShift"] = false,
            ["enforceSecurityGroupInboundRulesOnPrivateLinkTraffic"] = "on",
            ["healthCheckLogs"] = ImmutableArray<object>.Empty,
            ["id"] = Arn("elasticloadbalancing", $"loadbalancer/{arnSuffix}"),
            ["idleTimeout"] = 0,
            ["internal"] = false,
            ["ipAddressType"] = "ipv4",
            ["ipamPools"] = ImmutableArray<object>.Empty,
            ["loadBalancerType"] = "network",
            ["name"] = name,
            ["preserveHostHeader"] = false,
            ["region"] = Region,
            ["secondaryIpsAutoAssignedPerSubnet"] = 0,
            ["securityGroups"] = ImmutableArray.Create<object>(PhysicalId("sg-", name + "-frontend"), PhysicalId("sg-", name + "-backend")),
            ["subnetMappings"] = subnets.Select(subnet => (object)new Dictionary<string, object>
            {
                ["allocationId"] = "",
                ["ipv6Address"] = "",
                ["outpostId"] = "",
                ["privateIpv4Address"] = "",
                ["subnetId"] = subnet,
            }).ToImmutableArray(),
            ["subnets"] = subnets.Cast<object>().ToImmutableArray(),
            ["tags"] = tags,
            ["vpcId"] = PhysicalId("vpc-", "platform"),
            ["xffHeaderProcessingMode"] = "",
            ["zoneId"] = zoneId,
        };
    }
}
