using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Numinia.Components.Common;
using Numinia.Components.Network;

namespace Numinia.Stacks.Config;

/// <summary>
/// Reads the stack config from raw values (as Pulumi hands them to the program: strings, with arrays
/// and objects as JSON text) into <see cref="PlatformConfig"/>, collecting every problem and raising
/// them together.
/// </summary>
public sealed class ConfigReader
{
    private readonly Func<string, string?> _get;
    private readonly List<ConfigProblem> _problems = new();

    /// <summary>A reader over a lookup of full keys (<c>namespace:key</c>) to raw values.</summary>
    public ConfigReader(Func<string, string?> get)
    {
        _get = get;
    }

    /// <summary>Reads and validates the whole config; throws <see cref="ConfigValidationException"/> listing every problem.</summary>
    public static PlatformConfig Read(Func<string, string?> get) => new ConfigReader(get).Read();

    private static string Key(string name) => name.Contains(':', StringComparison.Ordinal) ? name : $"{PlatformConfig.Project}:{name}";

    private PlatformConfig Read()
    {
        var region = String("aws:region", "eu-west-1");
        var accountId = String("accountId", null);
        if (accountId is null)
        {
            Problem("accountId", null, "is missing; set the production AWS account id (12 digits): pulumi config set accountId <id>");
        }
        else if (accountId.Length != 12 || !accountId.All(char.IsAsciiDigit))
        {
            Problem("accountId", accountId, "is not an AWS account id (expected 12 digits)");
        }

        var config = new PlatformConfig
        {
            Region = region!,
            AccountId = accountId ?? string.Empty,
            Environment = String("environment", "production")!,
            ClusterName = String("clusterName", "production-numinia")!,
            Network = ReadNetwork(),
        };

        if (_problems.Count > 0)
        {
            throw new ConfigValidationException(_problems.ToImmutableArray());
        }

        return config;
    }

    private NetworkConfig ReadNetwork()
    {
        var zones = StringArray("availabilityZones", ImmutableArray.Create("eu-west-1a", "eu-west-1b", "eu-west-1c"));
        if (zones.Length < 2)
        {
            Problem("availabilityZones", string.Join(",", zones), "has fewer than 2 availability zones; the cluster and database need at least 2 (3 recommended)");
        }

        if (zones.Distinct(StringComparer.Ordinal).Count() != zones.Length)
        {
            Problem("availabilityZones", string.Join(",", zones), "lists an availability zone twice");
        }

        var vpcText = String("vpcCidr", "10.0.0.0/16")!;
        var layout = new NetworkLayout(default, zones, ImmutableArray<Cidr>.Empty, ImmutableArray<Cidr>.Empty, ImmutableArray<Cidr>.Empty);
        if (!Cidr.TryParse(vpcText, out var vpc, out var vpcError))
        {
            Problem("vpcCidr", vpcText, vpcError);
        }
        else if (vpc.PrefixLength is < 16 or > 20)
        {
            Problem("vpcCidr", vpcText, "must be a /16 to /20 block (AWS allows /16 at most; the layout needs room for three /19 private subnets at /16)");
        }
        else
        {
            var computed = vpc.PrefixLength <= 16 ? NetworkLayout.Compute(vpc, zones) : null;
            var publicBlocks = Blocks("publicSubnetCidrs", computed?.Public);
            var privateBlocks = Blocks("privateSubnetCidrs", computed?.Private);
            var databaseBlocks = Blocks("databaseSubnetCidrs", computed?.Database);
            if (publicBlocks is { } p && privateBlocks is { } q && databaseBlocks is { } d)
            {
                layout = new NetworkLayout(vpc, zones, p, q, d);
                foreach (var problem in layout.Problems())
                {
                    Problem("vpcCidr", vpcText, $"does not fit its subnets: {problem}");
                }
            }
        }

        var natText = String("natGateways", "single");
        var nat = natText switch
        {
            "single" => NatGatewayMode.Single,
            "perAz" => NatGatewayMode.PerAvailabilityZone,
            _ => Invalid(NatGatewayMode.Single, "natGateways", natText, "is not a NAT mode (expected single or perAz)"),
        };

        return new NetworkConfig
        {
            VpcName = String("vpcName", "numinia-vpc")!,
            Layout = layout,
            NatGateways = nat,
            FlowLogRetentionDays = Retention("flowLogRetentionDays", 90),
        };
    }

    private ImmutableArray<Cidr>? Blocks(string key, ImmutableArray<Cidr>? computed)
    {
        var texts = StringArray(key, ImmutableArray<string>.Empty);
        if (texts.IsEmpty)
        {
            if (computed is null)
            {
                Problem(key, null, "must be given when vpcCidr is smaller than a /16 (the computed layout needs a /16)");
            }

            return computed;
        }

        var blocks = ImmutableArray.CreateBuilder<Cidr>();
        var ok = true;
        foreach (var text in texts)
        {
            if (Cidr.TryParse(text, out var block, out var error))
            {
                blocks.Add(block);
            }
            else
            {
                Problem(key, text, error);
                ok = false;
            }
        }

        return ok ? blocks.ToImmutable() : null;
    }

    // CloudWatch Logs accepts only these retention periods.
    private static readonly ImmutableHashSet<int> s_retentionDays = ImmutableHashSet.Create(
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private int Retention(string key, int fallback)
    {
        var days = Int(key, fallback);
        return s_retentionDays.Contains(days)
            ? days
            : Invalid(fallback, key, days.ToString(CultureInfo.InvariantCulture),
                "is not a CloudWatch Logs retention period (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days)");
    }

    private string? String(string key, string? fallback)
    {
        var value = _get(Key(key));
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Problem(key, value, "is empty");
            return fallback;
        }

        return value ?? fallback;
    }

    private int Int(string key, int fallback)
    {
        var value = _get(Key(key));
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : Invalid(fallback, key, value, "is not a whole number");
    }

    private ImmutableArray<string> StringArray(string key, ImmutableArray<string> fallback)
    {
        var value = _get(Key(key));
        if (value is null)
        {
            return fallback;
        }

        try
        {
            var items = JsonSerializer.Deserialize<string[]>(value);
            return items is null ? fallback : items.ToImmutableArray();
        }
        catch (JsonException)
        {
            return Invalid(fallback, key, value, "is not a list of strings");
        }
    }

    private T Invalid<T>(T fallback, string key, string? value, string expected)
    {
        Problem(key, value, expected);
        return fallback;
    }

    private void Problem(string key, string? value, string expected) => _problems.Add(new ConfigProblem(Key(key), value, expected));
}
