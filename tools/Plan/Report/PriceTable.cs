#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// A dated table of on-demand list prices for one region (<c>docs/pricing/eu-west-1.yaml</c>): EC2 and
/// Aurora instance hours by type, the unit prices of the other services the platform uses, and the usage
/// assumptions the estimate needs where the plan cannot say (log volume, stored data, VPN hours).
/// </summary>
public sealed class PriceTable
{
    /// <summary>The table's path in the repository.</summary>
    public const string RepositoryPath = "docs/pricing/eu-west-1.yaml";

    /// <summary>The unit prices every table must have.</summary>
    public static readonly ImmutableArray<string> RequiredPrices = ImmutableArray.Create(
        Prices.EksClusterHour, Prices.NatGatewayHour, Prices.NatGatewayPerGb, Prices.ClientVpnAssociationHour,
        Prices.ClientVpnConnectionHour, Prices.EbsGp3GbMonth, Prices.AuroraStorageGbMonth, Prices.AuroraIoPerMillion,
        Prices.S3StandardGbMonth, Prices.CloudWatchLogsIngestionPerGb, Prices.CloudWatchLogsStorageGbMonth,
        Prices.KmsKeyMonth, Prices.NlbHour, Prices.NlbLcuHour, Prices.AlbHour, Prices.AlbLcuHour,
        Prices.Route53HostedZoneMonth, Prices.SecretsManagerSecretMonth, Prices.PublicIpv4Hour);

    /// <summary>The usage assumptions every table must have.</summary>
    public static readonly ImmutableArray<string> RequiredAssumptions = ImmutableArray.Create(
        Assumptions.NatGatewayGbPerMonth, Assumptions.ClientVpnConnectionHoursPerMonth,
        Assumptions.CloudWatchLogsGbPerLogGroupMonth, Assumptions.CloudWatchLogsStoredGbPerLogGroup,
        Assumptions.AuroraStorageGb, Assumptions.AuroraIoMillionsPerMonth, Assumptions.S3GbPerBucket,
        Assumptions.LoadBalancerLcuPerHour, Assumptions.PublicIpv4PerInternetFacingLoadBalancer, Assumptions.NodeDiskGb);

    /// <summary>A table from its parts (the tests build small ones).</summary>
    public PriceTable(
        string region, string currency, string date, decimal hoursPerMonth,
        IReadOnlyDictionary<string, decimal> instances, IReadOnlyDictionary<string, decimal> databaseInstances,
        IReadOnlyDictionary<string, decimal> prices, IReadOnlyDictionary<string, decimal> assumptions,
        IReadOnlyDictionary<string, string>? sources = null)
    {
        Region = region;
        Currency = currency;
        Date = date;
        HoursPerMonth = hoursPerMonth;
        Instances = instances.ToImmutableDictionary(StringComparer.Ordinal);
        DatabaseInstances = databaseInstances.ToImmutableDictionary(StringComparer.Ordinal);
        UnitPrices = prices.ToImmutableDictionary(StringComparer.Ordinal);
        Usage = assumptions.ToImmutableDictionary(StringComparer.Ordinal);
        Sources = (sources ?? ImmutableDictionary<string, string>.Empty).ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The AWS region the prices are for.</summary>
    public string Region { get; }

    /// <summary>The currency (USD).</summary>
    public string Currency { get; }

    /// <summary>When the table was written or last checked (ISO date).</summary>
    public string Date { get; }

    /// <summary>Hours in a month (730: AWS's own figure for monthly estimates).</summary>
    public decimal HoursPerMonth { get; }

    /// <summary>EC2 on-demand Linux price per instance-hour, by instance type.</summary>
    public ImmutableDictionary<string, decimal> Instances { get; }

    /// <summary>Aurora PostgreSQL on-demand price per instance-hour, by instance class.</summary>
    public ImmutableDictionary<string, decimal> DatabaseInstances { get; }

    /// <summary>The other unit prices, by the keys of <see cref="Prices"/>.</summary>
    public ImmutableDictionary<string, decimal> UnitPrices { get; }

    /// <summary>The usage assumptions, by the keys of <see cref="Assumptions"/>.</summary>
    public ImmutableDictionary<string, decimal> Usage { get; }

    /// <summary>Where the figures come from, by service.</summary>
    public ImmutableDictionary<string, string> Sources { get; }

    /// <summary>A unit price; throws naming the key when the table lacks it.</summary>
    public decimal Price(string key) => UnitPrices.TryGetValue(key, out var price)
        ? price
        : throw new InvalidDataException($"The price table has no prices.{key}.");

    /// <summary>A usage assumption; throws naming the key when the table lacks it.</summary>
    public decimal Assume(string key) => Usage.TryGetValue(key, out var amount)
        ? amount
        : throw new InvalidDataException($"The price table has no assumptions.{key}.");

    /// <summary>Loads a table; throws <see cref="InvalidDataException"/> naming what is missing or wrong.</summary>
    public static PriceTable Load(string path)
    {
        var root = YamlTables.Load(path);
        var date = YamlTables.RequiredDate(root, path);
        var sources = YamlTables.Map(root, "sources", path).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => (p.Value as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal);
        if (sources.Count == 0 || sources.Values.Any(s => !s.StartsWith("https://", StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"{path}: 'sources' must name the URL of each price's source.");
        }

        var prices = Amounts(root, "prices", path);
        var assumptions = Amounts(root, "assumptions", path);
        var missing = RequiredPrices.Where(k => !prices.ContainsKey(k)).Select(k => "prices." + k)
            .Concat(RequiredAssumptions.Where(k => !assumptions.ContainsKey(k)).Select(k => "assumptions." + k))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: missing {string.Join(", ", missing)}.");
        }

        return new PriceTable(
            YamlTables.Scalar(root, "region") ?? throw new InvalidDataException($"{path}: 'region' is missing."),
            YamlTables.Scalar(root, "currency") ?? "USD",
            date,
            YamlTables.Money(root, "hoursPerMonth", path),
            Amounts(root, "instances", path),
            Amounts(root, "databaseInstances", path),
            prices,
            assumptions,
            sources);
    }

    private static Dictionary<string, decimal> Amounts(YamlMappingNode root, string key, string path)
    {
        var map = YamlTables.Map(root, key, path);
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (name, _) in map.Children)
        {
            var text = ((YamlScalarNode)name).Value!;
            amounts[text] = YamlTables.Money(map, text, $"{path}: {key}");
        }

        return amounts;
    }

    /// <summary>The keys of the unit prices.</summary>
    public static class Prices
    {
        /// <summary>EKS cluster, per hour (standard support).</summary>
        public const string EksClusterHour = "eksClusterHour";

        /// <summary>NAT gateway, per hour.</summary>
        public const string NatGatewayHour = "natGatewayHour";

        /// <summary>NAT gateway, per GB processed.</summary>
        public const string NatGatewayPerGb = "natGatewayPerGb";

        /// <summary>Client VPN endpoint association (one subnet), per hour.</summary>
        public const string ClientVpnAssociationHour = "clientVpnAssociationHour";

        /// <summary>Client VPN connection, per hour.</summary>
        public const string ClientVpnConnectionHour = "clientVpnConnectionHour";

        /// <summary>EBS gp3 storage, per GB-month.</summary>
        public const string EbsGp3GbMonth = "ebsGp3GbMonth";

        /// <summary>Aurora (standard configuration) storage, per GB-month.</summary>
        public const string AuroraStorageGbMonth = "auroraStorageGbMonth";

        /// <summary>Aurora (standard configuration) I/O, per million requests.</summary>
        public const string AuroraIoPerMillion = "auroraIoPerMillion";

        /// <summary>S3 Standard storage, per GB-month.</summary>
        public const string S3StandardGbMonth = "s3StandardGbMonth";

        /// <summary>CloudWatch Logs ingestion (standard class), per GB.</summary>
        public const string CloudWatchLogsIngestionPerGb = "cloudWatchLogsIngestionPerGb";

        /// <summary>CloudWatch Logs storage, per GB-month.</summary>
        public const string CloudWatchLogsStorageGbMonth = "cloudWatchLogsStorageGbMonth";

        /// <summary>KMS customer managed key, per month.</summary>
        public const string KmsKeyMonth = "kmsKeyMonth";

        /// <summary>Network Load Balancer, per hour.</summary>
        public const string NlbHour = "nlbHour";

        /// <summary>Network Load Balancer capacity unit, per hour.</summary>
        public const string NlbLcuHour = "nlbLcuHour";

        /// <summary>Application Load Balancer, per hour.</summary>
        public const string AlbHour = "albHour";

        /// <summary>Application Load Balancer capacity unit, per hour.</summary>
        public const string AlbLcuHour = "albLcuHour";

        /// <summary>Route 53 hosted zone, per month.</summary>
        public const string Route53HostedZoneMonth = "route53HostedZoneMonth";

        /// <summary>Secrets Manager secret, per month.</summary>
        public const string SecretsManagerSecretMonth = "secretsManagerSecretMonth";

        /// <summary>Public IPv4 address (in use or idle), per hour.</summary>
        public const string PublicIpv4Hour = "publicIpv4Hour";
    }

    /// <summary>The keys of the usage assumptions.</summary>
    public static class Assumptions
    {
        /// <summary>GB a NAT gateway processes a month (data transfer is left out by default: 0).</summary>
        public const string NatGatewayGbPerMonth = "natGatewayGbPerMonth";

        /// <summary>Client VPN connection-hours a month.</summary>
        public const string ClientVpnConnectionHoursPerMonth = "clientVpnConnectionHoursPerMonth";

        /// <summary>GB ingested a month per log group.</summary>
        public const string CloudWatchLogsGbPerLogGroupMonth = "cloudWatchLogsGbPerLogGroupMonth";

        /// <summary>GB stored per log group (what its retention keeps).</summary>
        public const string CloudWatchLogsStoredGbPerLogGroup = "cloudWatchLogsStoredGbPerLogGroup";

        /// <summary>GB an Aurora cluster stores.</summary>
        public const string AuroraStorageGb = "auroraStorageGb";

        /// <summary>Millions of I/O requests an Aurora cluster makes a month.</summary>
        public const string AuroraIoMillionsPerMonth = "auroraIoMillionsPerMonth";

        /// <summary>GB a bucket stores.</summary>
        public const string S3GbPerBucket = "s3GbPerBucket";

        /// <summary>Capacity units a load balancer uses on average.</summary>
        public const string LoadBalancerLcuPerHour = "loadBalancerLcuPerHour";

        /// <summary>Public IPv4 addresses of an internet-facing load balancer (one per zone).</summary>
        public const string PublicIpv4PerInternetFacingLoadBalancer = "publicIpv4PerInternetFacingLoadBalancer";

        /// <summary>GB of a node's root volume when the plan does not say (the EKS default).</summary>
        public const string NodeDiskGb = "nodeDiskGb";
    }
}
#endif
