using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Pulumi.Testing;

namespace Numinia.Infra.Plan;

/// <summary>
/// Mocks for the offline plan and the tests: every resource returns its inputs as outputs plus the
/// values AWS or Kubernetes would compute (ids, ARNs, names, endpoints), derived deterministically from
/// its type and name so that two plans of the same config are identical. A type token without a
/// known shape is an error, so that a new resource type cannot pass unnoticed.
/// </summary>
public sealed partial class PlanMocks : IMocks
{
    /// <summary>Adds the values the cloud would compute to a resource's state (its inputs, plus "id").</summary>
    private delegate void Compute(MockResourceArgs args, ImmutableDictionary<string, object>.Builder state, PlanMocks mocks);

    /// <summary>How one resource type looks once created: the prefix of its ids and what else it computes.</summary>
    private sealed record Shape(string IdPrefix, Compute? Compute = null);

    private static readonly ImmutableDictionary<string, Shape> s_types = NetworkShapes()
        .Concat(IamShapes())
        .Concat(ClusterShapes())
        .Concat(ComputeShapes())
        .Concat(AccessShapes())
        .Concat(KubernetesShapes())
        .Concat(IngressShapes())
        .Concat(DataShapes())
        .Concat(BackupShapes())
        .Concat(KnativeShapes())
        .Concat(FluxShapes())
        .Concat(TenantsShapes())
        .Concat(SecretsShapes())
        .Concat(EdgeShapes())
        .Concat(AlertingShapes())
        .ToImmutableDictionary(p => p.Key, p => p.Value);

    private static IEnumerable<KeyValuePair<string, Shape>> NetworkShapes() => new Dictionary<string, Shape>
    {
        ["pulumi:providers:aws"] = new("provider"),
        ["pulumi:providers:kubernetes"] = new("provider"),
        ["aws:ec2/vpc:Vpc"] = new("vpc-", (a, s, m) =>
        {
            s["arn"] = m.Arn("ec2", $"vpc/{s["id"]}");
            s["defaultSecurityGroupId"] = m.PhysicalId("sg-", a.Name + "-default");
            s["mainRouteTableId"] = m.PhysicalId("rtb-", a.Name + "-main");
            s["ownerId"] = m.AccountId;
        }),
        ["aws:ec2/subnet:Subnet"] = new("subnet-", (a, s, m) => s["arn"] = m.Arn("ec2", $"subnet/{s["id"]}")),
        ["aws:ec2/internetGateway:InternetGateway"] = new("igw-", (a, s, m) => s["arn"] = m.Arn("ec2", $"internet-gateway/{s["id"]}")),
        ["aws:ec2/eip:Eip"] = new("eipalloc-", (a, s, m) =>
        {
            s["allocationId"] = s["id"];
            s["publicIp"] = m.PublicIp(a.Name!);
        }),
        ["aws:ec2/natGateway:NatGateway"] = new("nat-", (a, s, m) => s["publicIp"] = m.PublicIp(a.Name!)),
        ["aws:ec2/routeTable:RouteTable"] = new("rtb-", (a, s, m) => s["arn"] = m.Arn("ec2", $"route-table/{s["id"]}")),
        ["aws:ec2/route:Route"] = new("r-"),
        ["aws:ec2/routeTableAssociation:RouteTableAssociation"] = new("rtbassoc-"),
        // EC2 names a tag resource by the tagged resource and the key.
        ["aws:ec2/tag:Tag"] = new("", (a, s, m) => s["id"] = $"{s["resourceId"]},{s["key"]}"),
        // A hosted zone's id is Z and uppercase alphanumerics; Route 53 gives it four name servers.
        ["aws:route53/zone:Zone"] = new("", (a, s, m) =>
        {
            if (string.IsNullOrEmpty(a.Id))
            {
                s["id"] = "Z" + HexOf("zone:" + a.Name, 20).ToUpperInvariant();
            }

            s["zoneId"] = s["id"];
            s["arn"] = $"arn:aws:route53:::hostedzone/{s["id"]}";
            s["nameServers"] = ImmutableArray.Create<object>("ns-1.awsdns-01.org", "ns-2.awsdns-02.co.uk", "ns-3.awsdns-03.com", "ns-4.awsdns-04.net");
            s["primaryNameServer"] = "ns-1.awsdns-01.org";
        }),
        ["aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"] = new("sg-", (a, s, m) => s["arn"] = m.Arn("ec2", $"security-group/{s["id"]}")),
        ["aws:ec2/flowLog:FlowLog"] = new("fl-", (a, s, m) => s["arn"] = m.Arn("ec2", $"vpc-flow-log/{s["id"]}")),
        ["aws:cloudwatch/logGroup:LogGroup"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["name"] = name;
            s["id"] = name;
            s["arn"] = m.Arn("logs", $"log-group:{name}");
        }),
    };

    private static IEnumerable<KeyValuePair<string, Shape>> IamShapes() => new Dictionary<string, Shape>
    {
        ["aws:iam/role:Role"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["name"] = name;
            s["id"] = name;
            s["arn"] = $"arn:aws:iam::{m.AccountId}:role/{name}";
            s["uniqueId"] = m.PhysicalId("AROA", a.Name!).ToUpperInvariant();
        }),
        ["aws:iam/rolePolicy:RolePolicy"] = new("", (a, s, m) =>
        {
            s["name"] = s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["id"] = $"{s["role"]}:{s["name"]}";
        }),
        ["aws:iam/rolePolicyAttachment:RolePolicyAttachment"] = new("", (a, s, m) => s["id"] = $"{s["role"]}-{m.Hex(a.Name!, 8)}"),
        ["aws:iam/policy:Policy"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["name"] = name;
            s["arn"] = $"arn:aws:iam::{m.AccountId}:policy/{name}";
            s["id"] = s["arn"];
            s["policyId"] = m.PhysicalId("ANPA", a.Name!).ToUpperInvariant();
        }),
    };

    /// <summary>Mocks for an account and region.</summary>
    public PlanMocks(string accountId = "111122223333", string region = "eu-west-1")
    {
        AccountId = accountId;
        Region = region;
    }

    /// <summary>The account the ARNs name.</summary>
    public string AccountId { get; }

    /// <summary>The region the ARNs name.</summary>
    public string Region { get; }

    /// <summary>Whether these mocks know a type token.</summary>
    public static bool Knows(string type) => s_types.ContainsKey(type);

    /// <inheritdoc />
    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var type = args.Type ?? throw new ArgumentException("A resource without a type token.");
        var state = args.Inputs.ToBuilder();
        if (type.StartsWith("numinia:", StringComparison.Ordinal))
        {
            // Local components: the engine registers them, nothing is created.
            return Task.FromResult<(string?, object)>((null, state.ToImmutable()));
        }

        if (type == StackReferenceType)
        {
            return Task.FromResult(StackReferenceState(args));
        }

        if (!s_types.TryGetValue(type, out var shape))
        {
            throw new NotSupportedException($"The plan mocks do not know the type token '{type}' (resource '{args.Name}'); add its computed values to PlanMocks.");
        }

        state["id"] = string.IsNullOrEmpty(args.Id) ? PhysicalId(shape.IdPrefix, args.Name!) : args.Id;
        shape.Compute?.Invoke(args, state, this);
        var id = (string)state["id"];
        state.Remove("id");
        return Task.FromResult<(string?, object)>((id, state.ToImmutable()));
    }

    /// <inheritdoc />
    public Task<object> CallAsync(MockCallArgs args) => args.Token switch
    {
        "aws:index/getCallerIdentity:getCallerIdentity" => Task.FromResult<object>(new Dictionary<string, object>
        {
            ["accountId"] = AccountId,
            ["arn"] = $"arn:aws:iam::{AccountId}:user/plan",
            ["id"] = AccountId,
            ["userId"] = "AIDAPLAN",
        }),
        "aws:index/getPartition:getPartition" => Task.FromResult<object>(new Dictionary<string, object>
        {
            ["partition"] = "aws",
            ["dnsSuffix"] = "amazonaws.com",
            ["id"] = "aws",
            ["reverseDnsPrefix"] = "com.amazonaws",
        }),
        "aws:route53/getZone:getZone" => Task.FromResult<object>(HostedZoneLookup(args)),
        "aws:eks/getAddonVersion:getAddonVersion" => Task.FromResult<object>(AddonVersionLookup(args)),
        "aws:rds/getEngineVersion:getEngineVersion" => Task.FromResult<object>(EngineVersionLookup(args)),
        "aws:servicequotas/getServiceQuota:getServiceQuota" => Task.FromResult<object>(ServiceQuotaLookup(args)),
        "aws:iam/getRoles:getRoles" => Task.FromResult<object>(RolesLookup(args)),
        "aws:eks/getClusters:getClusters" => Task.FromResult<object>(EksClustersLookup()),
        "aws:rds/getClusters:getClusters" => Task.FromResult<object>(DbClustersLookup()),
        "aws:eks/getCluster:getCluster" => Task.FromResult<object>(ClusterLookup(args, database: false)),
        "aws:rds/getCluster:getCluster" => Task.FromResult<object>(ClusterLookup(args, database: true)),
        _ => throw new NotSupportedException($"The plan mocks do not know the function '{args.Token}'."),
    };

    /// <summary>The public hosted zone of a domain, as Route53 describes it.</summary>
    private Dictionary<string, object> HostedZoneLookup(MockCallArgs args)
    {
        var name = (args.Args.GetValueOrDefault("name") as string ?? "numinia.xyz").TrimEnd('.');
        var zoneId = "Z" + HexOf("zone:" + name, 20).ToUpperInvariant();
        return new Dictionary<string, object>
        {
            ["arn"] = $"arn:aws:route53:::hostedzone/{zoneId}",
            ["callerReference"] = HexOf("caller:" + name, 12),
            ["comment"] = "",
            ["id"] = zoneId,
            ["linkedServiceDescription"] = "",
            ["linkedServicePrincipal"] = "",
            ["name"] = name,
            ["nameServers"] = ImmutableArray.Create<object>("ns-1.awsdns-01.org", "ns-2.awsdns-02.co.uk", "ns-3.awsdns-03.com", "ns-4.awsdns-04.net"),
            ["primaryNameServer"] = "ns-1.awsdns-01.org",
            ["privateZone"] = false,
            ["resourceRecordSetCount"] = 10,
            ["tags"] = new Dictionary<string, object>(),
            ["vpcId"] = "",
            ["zoneId"] = zoneId,
        };
    }

    private string Arn(string service, string resource) => $"arn:aws:{service}:{Region}:{AccountId}:{resource}";

    private string Hex(string seed, int length) => HexOf(seed, length);

    private static string HexOf(string seed, int length)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..length];

    private string PhysicalId(string prefix, string name) => prefix + HexOf(prefix + name, 17);

    // Pulumi's auto-naming: the logical name plus a random-looking suffix.
    private string PhysicalName(string name) => $"{name}-{HexOf(name, 7)}";

    private string PublicIp(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return $"52.{bytes[0] % 200 + 16}.{bytes[1]}.{bytes[2] % 254 + 1}";
    }
}
