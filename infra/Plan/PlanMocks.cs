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
public sealed class PlanMocks : IMocks
{
    private delegate void Compute(MockResourceArgs args, ImmutableDictionary<string, object>.Builder state, PlanMocks mocks);

    private static readonly ImmutableDictionary<string, (string IdPrefix, Compute? Compute)> s_types =
        new Dictionary<string, (string, Compute?)>
        {
            ["pulumi:providers:aws"] = ("provider", null),
            ["pulumi:providers:kubernetes"] = ("provider", null),
            ["aws:ec2/vpc:Vpc"] = ("vpc-", (a, s, m) =>
            {
                s["arn"] = m.Arn("ec2", $"vpc/{s["id"]}");
                s["defaultSecurityGroupId"] = m.PhysicalId("sg-", a.Name + "-default");
                s["mainRouteTableId"] = m.PhysicalId("rtb-", a.Name + "-main");
                s["ownerId"] = m.AccountId;
            }
            ),
            ["aws:ec2/subnet:Subnet"] = ("subnet-", (a, s, m) => s["arn"] = m.Arn("ec2", $"subnet/{s["id"]}")),
            ["aws:ec2/internetGateway:InternetGateway"] = ("igw-", (a, s, m) => s["arn"] = m.Arn("ec2", $"internet-gateway/{s["id"]}")),
            ["aws:ec2/eip:Eip"] = ("eipalloc-", (a, s, m) =>
            {
                s["allocationId"] = s["id"];
                s["publicIp"] = m.PublicIp(a.Name!);
            }
            ),
            ["aws:ec2/natGateway:NatGateway"] = ("nat-", (a, s, m) => s["publicIp"] = m.PublicIp(a.Name!)),
            ["aws:ec2/routeTable:RouteTable"] = ("rtb-", (a, s, m) => s["arn"] = m.Arn("ec2", $"route-table/{s["id"]}")),
            ["aws:ec2/route:Route"] = ("r-", null),
            ["aws:ec2/routeTableAssociation:RouteTableAssociation"] = ("rtbassoc-", null),
            ["aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"] = ("sg-", (a, s, m) => s["arn"] = m.Arn("ec2", $"security-group/{s["id"]}")),
            ["aws:ec2/flowLog:FlowLog"] = ("fl-", (a, s, m) => s["arn"] = m.Arn("ec2", $"vpc-flow-log/{s["id"]}")),
            ["aws:cloudwatch/logGroup:LogGroup"] = ("", (a, s, m) =>
            {
                var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
                s["name"] = name;
                s["id"] = name;
                s["arn"] = m.Arn("logs", $"log-group:{name}");
            }
            ),
            ["aws:iam/role:Role"] = ("", (a, s, m) =>
            {
                var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
                s["name"] = name;
                s["id"] = name;
                s["arn"] = $"arn:aws:iam::{m.AccountId}:role/{name}";
                s["uniqueId"] = m.PhysicalId("AROA", a.Name!).ToUpperInvariant();
            }
            ),
            ["aws:iam/rolePolicy:RolePolicy"] = ("", (a, s, m) => s["name"] = s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!)),
        }.ToImmutableDictionary();

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

        if (!s_types.TryGetValue(type, out var shape))
        {
            throw new NotSupportedException($"The plan mocks do not know the type token '{type}' (resource '{args.Name}'); add its computed values to PlanMocks.");
        }

        state["id"] = args.Id ?? PhysicalId(shape.IdPrefix, args.Name!);
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
        _ => throw new NotSupportedException($"The plan mocks do not know the function '{args.Token}'."),
    };

    private string Arn(string service, string resource) => $"arn:aws:{service}:{Region}:{AccountId}:{resource}";

    private static string Hex(string seed, int length)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..length];

    private string PhysicalId(string prefix, string name) => prefix + Hex(prefix + name, 17);

    // Pulumi's auto-naming: the logical name plus a random-looking suffix.
    private string PhysicalName(string name) => $"{name}-{Hex(name, 7)}";

    private string PublicIp(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return $"52.{bytes[0] % 200 + 16}.{bytes[1]}.{bytes[2] % 254 + 1}";
    }
}
