#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Numinia.Components.Common;
using Pulumi.Offline;
using static Numinia.Infra.Plan.Report.PriceTable;

namespace Numinia.Infra.Plan.Report;

/// <summary>One line of the estimate: what is counted, its monthly quantity at idle and at maximum, and its unit price.</summary>
/// <param name="Item">What is paid for.</param>
/// <param name="Basis">How the quantities follow from the plan (counts, sizes, assumptions).</param>
/// <param name="Unit">The unit the price is per.</param>
/// <param name="UnitPrice">The price of one unit.</param>
/// <param name="IdleQuantity">Units a month with the node groups at their minimum size.</param>
/// <param name="MaxQuantity">Units a month with the node groups at their maximum size.</param>
public sealed record CostLine(string Item, string Basis, string Unit, decimal UnitPrice, decimal IdleQuantity, decimal MaxQuantity)
{
    /// <summary>The monthly cost at idle.</summary>
    public decimal Idle => IdleQuantity * UnitPrice;

    /// <summary>The monthly cost at maximum.</summary>
    public decimal Max => MaxQuantity * UnitPrice;
}

/// <summary>The platform's estimated monthly AWS cost, at idle and at the node groups' maximum.</summary>
/// <param name="Lines">What is counted.</param>
/// <param name="Assumptions">What the estimate assumes.</param>
/// <param name="Warnings">What could not be priced, or was priced approximately.</param>
public sealed record CostEstimate(ImmutableArray<CostLine> Lines, ImmutableArray<string> Assumptions, ImmutableArray<string> Warnings)
{
    /// <summary>The monthly total at idle.</summary>
    public decimal IdleTotal => Lines.Sum(l => l.Idle);

    /// <summary>The monthly total at maximum.</summary>
    public decimal MaxTotal => Lines.Sum(l => l.Max);
}

/// <summary>
/// Estimates the monthly cost of what the plan creates from a <see cref="PriceTable"/>: EKS control planes,
/// node groups (instances and root volumes, at min and at max size), volume claims found in Helm values and
/// Kubernetes objects, NAT gateways, public IPv4 addresses, Client VPN associations and connections,
/// load balancers (AWS ones, Services of type LoadBalancer, Kourier behind a KnativeServing, Helm values
/// asking for one), Aurora instances and storage, S3 buckets, CloudWatch log groups, KMS keys, Route 53
/// zones and Secrets Manager secrets. One pass over the resources.
/// </summary>
public static partial class CostEstimator
{
    /// <summary>Estimates the plan's monthly cost.</summary>
    public static CostEstimate Estimate(IEnumerable<ResourceRegistration> resources, PriceTable table)
    {
        var hours = table.HoursPerMonth;
        var lines = new List<CostLine>();
        var warnings = new List<string>();
        var clusters = 0;
        var nats = 0;
        var eips = 0;
        var vpnEndpoints = 0;
        var vpnAssociations = 0;
        var logGroups = 0;
        var kmsKeys = 0;
        var zones = 0;
        var secrets = 0;
        var buckets = 0;
        var auroraClusters = 0;
        var guardDuty = false;
        var databaseInstances = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var loadBalancers = new List<(bool Network, bool Public, string Where)>();
        var claims = new List<(string Item, string Path, int Replicas, decimal GiB)>();
        var nodeGroups = new List<ResourceRegistration>();
        var launchTemplateDisks = new Dictionary<string, decimal>(StringComparer.Ordinal);

        foreach (var r in resources)
        {
            if (!r.Custom && !r.Remote)
            {
                continue;
            }

            switch (r.Type)
            {
                case "eks:index:Cluster" or "aws:eks/cluster:Cluster":
                    clusters++;
                    break;
                case "aws:eks/nodeGroup:NodeGroup":
                    nodeGroups.Add(r);
                    break;
                case "aws:ec2/launchTemplate:LaunchTemplate":
                    if (RootVolumeGb(r) is { } disk)
                    {
                        foreach (var id in new[] { r.Id, r.Outputs.GetValueOrDefault("id") as string }.OfType<string>())
                        {
                            launchTemplateDisks[id] = disk;
                        }
                    }

                    break;
                case "aws:ec2/natGateway:NatGateway":
                    nats++;
                    break;
                case "aws:ec2/eip:Eip":
                    eips++;
                    break;
                case "aws:ec2clientvpn/endpoint:Endpoint":
                    vpnEndpoints++;
                    break;
                case "aws:ec2clientvpn/networkAssociation:NetworkAssociation":
                    vpnAssociations++;
                    break;
                case "aws:cloudwatch/logGroup:LogGroup":
                    logGroups++;
                    break;
                case "aws:kms/key:Key":
                    kmsKeys++;
                    break;
                case "aws:route53/zone:Zone":
                    zones++;
                    break;
                case "aws:secretsmanager/secret:Secret":
                    secrets++;
                    break;
                case "aws:s3/bucket:Bucket" or "aws:s3/bucketV2:BucketV2":
                    buckets++;
                    break;
                case "aws:rds/cluster:Cluster":
                    auroraClusters++;
                    break;
                case "aws:guardduty/detectorFeature:DetectorFeature":
                    guardDuty = true;
                    break;
                case "aws:rds/clusterInstance:ClusterInstance":
                    var instanceClass = r.Inputs.GetValueOrDefault("instanceClass") as string ?? "?";
                    databaseInstances[instanceClass] = databaseInstances.GetValueOrDefault(instanceClass) + 1;
                    break;
                case "aws:lb/loadBalancer:LoadBalancer" or "aws:alb/loadBalancer:LoadBalancer":
                    loadBalancers.Add((r.Inputs.GetValueOrDefault("loadBalancerType") as string == "network",
                        r.Inputs.GetValueOrDefault("internal") is not true, Inv($"{r.Type} {r.Name}")));
                    break;
                case KubernetesManifests.HelmReleaseType:
                    var (release, _) = HelmValues.NameOf(r);
                    if (r.Inputs.GetValueOrDefault("values") is ImmutableDictionary<string, object?> values)
                    {
                        FindClaims(values, release, claims, byFirstKey: true);
                        FindLoadBalancerValues(values, Inv($"Helm release {release}"), loadBalancers);
                    }

                    break;
                default:
                    if (KubernetesManifests.IsObject(r))
                    {
                        KubernetesObject(r, claims, loadBalancers);
                    }

                    break;
            }
        }

        Add(lines, "EKS control plane", Inv($"{clusters} cluster(s) × {hours} h"), "cluster-hour", table.Price(Prices.EksClusterHour), clusters * hours);

        var gb = table.Price(Prices.EbsGp3GbMonth);
        foreach (var group in nodeGroups)
        {
            var types = group.Inputs.GetValueOrDefault("instanceTypes") is ImmutableArray<object?> list ? list.OfType<string>().ToList() : new List<string>();
            var type = types.FirstOrDefault() ?? "?";
            var scaling = group.Inputs.GetValueOrDefault("scalingConfig") as ImmutableDictionary<string, object?>;
            var min = (decimal)(scaling?.GetValueOrDefault("minSize") as double? ?? 0);
            var max = (decimal)(scaling?.GetValueOrDefault("maxSize") as double? ?? 0);
            if (!table.Instances.TryGetValue(type, out var price))
            {
                warnings.Add($"node group {group.Name}: no price for instance type {type} in the table; counted as 0");
            }

            if (types.Count > 1)
            {
                warnings.Add($"node group {group.Name}: several instance types ({string.Join(", ", types)}); priced as {type}");
            }

            if (group.Inputs.GetValueOrDefault("capacityType") as string == "SPOT")
            {
                warnings.Add($"node group {group.Name}: SPOT capacity priced at the on-demand rate (an upper bound)");
            }

            lines.Add(new CostLine($"EC2 {type}, node group {group.Name}", Inv($"{min}..{max} nodes × {hours} h"), "instance-hour", price, min * hours, max * hours));

            var disk = NodeDiskGb(group, launchTemplateDisks) ?? table.Assume(Assumptions.NodeDiskGb);
            lines.Add(new CostLine($"EBS gp3 root volumes, node group {group.Name}", Inv($"{min}..{max} nodes × {disk} GB"), "GB-month", gb, min * disk, max * disk));
        }

        foreach (var (item, path, replicas, gib) in claims)
        {
            lines.Add(new CostLine($"EBS gp3 volume claims, {item}", Inv($"{replicas} × {gib} GiB ({path})"), "GB-month", gb, replicas * gib, replicas * gib));
        }

        Add(lines, "NAT gateways", Inv($"{nats} × {hours} h"), "gateway-hour", table.Price(Prices.NatGatewayHour), nats * hours);
        var natGb = table.Assume(Assumptions.NatGatewayGbPerMonth);
        if (nats > 0 && natGb > 0)
        {
            Add(lines, "NAT gateway data processed", Inv($"{natGb} GB a month (assumed)"), "GB", table.Price(Prices.NatGatewayPerGb), natGb);
        }

        var publicLoadBalancers = loadBalancers.Count(lb => lb.Public);
        var perLoadBalancer = table.Assume(Assumptions.PublicIpv4PerInternetFacingLoadBalancer);
        var addresses = eips + publicLoadBalancers * perLoadBalancer;
        Add(lines, "Public IPv4 addresses", Inv($"({eips} Elastic IP(s) + {publicLoadBalancers} internet-facing load balancer(s) × {perLoadBalancer}) × {hours} h"),
            "address-hour", table.Price(Prices.PublicIpv4Hour), addresses * hours);

        Add(lines, "Client VPN endpoint associations", Inv($"{vpnAssociations} subnet association(s) × {hours} h"), "association-hour",
            table.Price(Prices.ClientVpnAssociationHour), vpnAssociations * hours);
        // An endpoint without an associated subnet (a paused platform's) takes no connection.
        if (vpnEndpoints > 0 && vpnAssociations > 0)
        {
            var connectionHours = table.Assume(Assumptions.ClientVpnConnectionHoursPerMonth);
            Add(lines, "Client VPN connections", Inv($"{vpnEndpoints} endpoint(s) × {connectionHours} connection-hours a month (assumed)"),
                "connection-hour", table.Price(Prices.ClientVpnConnectionHour), vpnEndpoints * connectionHours);
        }

        var lcu = table.Assume(Assumptions.LoadBalancerLcuPerHour);
        foreach (var network in new[] { true, false })
        {
            var matching = loadBalancers.Where(lb => lb.Network == network).ToList();
            var name = network ? "Network Load Balancers" : "Application Load Balancers";
            var basis = Inv($"{matching.Count} × {hours} h ({string.Join("; ", matching.Select(lb => lb.Where))})");
            Add(lines, name, basis, "balancer-hour", table.Price(network ? Prices.NlbHour : Prices.AlbHour), matching.Count * hours);
            if (matching.Count > 0 && lcu > 0)
            {
                Add(lines, name + " capacity units", Inv($"{matching.Count} × {lcu} LCU × {hours} h (assumed)"), "LCU-hour",
                    table.Price(network ? Prices.NlbLcuHour : Prices.AlbLcuHour), matching.Count * lcu * hours);
            }
        }

        foreach (var (instanceClass, count) in databaseInstances)
        {
            if (!table.DatabaseInstances.TryGetValue(instanceClass, out var price))
            {
                warnings.Add($"Aurora: no price for instance class {instanceClass} in the table; counted as 0");
            }

            Add(lines, Inv($"Aurora {instanceClass} instances"), Inv($"{count} × {hours} h"), "instance-hour", price, count * hours);
        }

        if (auroraClusters > 0)
        {
            var storage = table.Assume(Assumptions.AuroraStorageGb);
            var io = table.Assume(Assumptions.AuroraIoMillionsPerMonth);
            Add(lines, "Aurora storage", Inv($"{auroraClusters} cluster(s) × {storage} GB (assumed)"), "GB-month", table.Price(Prices.AuroraStorageGbMonth), auroraClusters * storage);
            Add(lines, "Aurora I/O", Inv($"{auroraClusters} cluster(s) × {io} million requests a month (assumed)"), "million requests", table.Price(Prices.AuroraIoPerMillion), auroraClusters * io);
        }

        var bucketGb = table.Assume(Assumptions.S3GbPerBucket);
        Add(lines, "S3 Standard storage", Inv($"{buckets} bucket(s) × {bucketGb} GB (assumed)"), "GB-month", table.Price(Prices.S3StandardGbMonth), buckets * bucketGb);

        var ingested = table.Assume(Assumptions.CloudWatchLogsGbPerLogGroupMonth);
        var stored = table.Assume(Assumptions.CloudWatchLogsStoredGbPerLogGroup);
        Add(lines, "CloudWatch Logs ingestion", Inv($"{logGroups} log group(s) × {ingested} GB a month (assumed)"), "GB", table.Price(Prices.CloudWatchLogsIngestionPerGb), logGroups * ingested);
        Add(lines, "CloudWatch Logs storage", Inv($"{logGroups} log group(s) × {stored} GB kept (assumed)"), "GB-month", table.Price(Prices.CloudWatchLogsStorageGbMonth), logGroups * stored);
        Add(lines, "KMS customer managed keys", Inv($"{kmsKeys} key(s)"), "key-month", table.Price(Prices.KmsKeyMonth), kmsKeys);
        Add(lines, "Route 53 hosted zones", Inv($"{zones} zone(s)"), "zone-month", table.Price(Prices.Route53HostedZoneMonth), zones);
        Add(lines, "Secrets Manager secrets", Inv($"{secrets} secret(s)"), "secret-month", table.Price(Prices.SecretsManagerSecretMonth), secrets);

        var assumptions = ImmutableArray.Create(
            Inv($"{hours} hours a month; on-demand list prices in {table.Region} from {RepositoryPath} (dated {table.Date}), {table.Currency}, without tax"),
            "no Savings Plans, Reserved Instances, Spot discounts, credits or free tier",
            "idle: every node group at its minimum size; max: every node group at its maximum size; everything else the same in both",
            natGb > 0
                ? Inv($"data transfer (internet egress, cross-zone, VPN traffic) excluded, except {natGb} GB a month through the NAT gateways")
                : "data transfer (internet egress, cross-zone, VPN traffic, NAT gateway GB processed) excluded",
            "usage the plan cannot know comes from the table's assumptions: "
                + string.Join(", ", table.Usage.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Inv($"{p.Key}={p.Value}"))),
            "volume claims are priced as gp3 (claims on an EFS storage class are left out: EFS bills by use); snapshots and backups within the free retention",
            "AWS-managed secrets (e.g. the RDS master password) and Kubernetes-created resources the plan does not show are not counted");
        if (guardDuty)
        {
            // GuardDuty bills by what it analyses, which the plan cannot know; its agent's share of each node is in the capacity report.
            assumptions = assumptions.Add("GuardDuty is not counted: it bills by use (CloudTrail events, VPC flow and DNS logs, EKS audit-log events, "
                + "runtime monitoring per monitored vCPU-hour), and the VPC interface endpoint it creates for its agent (one per zone) is its own");
        }

        return new CostEstimate(lines.ToImmutableArray(), assumptions, warnings.ToImmutableArray());
    }

    /// <summary>The estimate as a table for people.</summary>
    public static string ToText(CostEstimate estimate, PriceTable table)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Monthly AWS cost estimate, {table.Region}, {table.Currency} (prices dated {table.Date}; idle = node groups at min size, max = at max size):\n\n");
        var width = Math.Clamp(estimate.Lines.Select(l => l.Item.Length).DefaultIfEmpty(0).Max(), 40, 64);
        text.Append(CultureInfo.InvariantCulture, $"  {"item".PadRight(width)} {"unit price",22} {"idle",11} {"max",11}  basis\n");
        foreach (var line in estimate.Lines)
        {
            var unit = string.Create(CultureInfo.InvariantCulture, $"{line.UnitPrice:0.00####}/{line.Unit}");
            text.Append(CultureInfo.InvariantCulture,
                $"  {line.Item.PadRight(width)} {unit,22} {Money(line.Idle),11} {Money(line.Max),11}  {line.Basis}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  {"total".PadRight(width)} {"",22} {Money(estimate.IdleTotal),11} {Money(estimate.MaxTotal),11}\n\n");
        text.Append("Assumptions:\n");
        foreach (var assumption in estimate.Assumptions)
        {
            text.Append("  - ").Append(assumption).Append('\n');
        }

        foreach (var warning in estimate.Warnings)
        {
            text.Append("warning: ").Append(warning).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The estimate as JSON for <c>--json</c>.</summary>
    public static JsonObject ToJson(CostEstimate estimate, PriceTable table) => new()
    {
        ["region"] = table.Region,
        ["currency"] = table.Currency,
        ["pricesDate"] = table.Date,
        ["hoursPerMonth"] = table.HoursPerMonth,
        ["idleMonthly"] = Math.Round(estimate.IdleTotal, 2),
        ["maxMonthly"] = Math.Round(estimate.MaxTotal, 2),
        ["lines"] = new JsonArray(estimate.Lines.Select(l => (JsonNode?)new JsonObject
        {
            ["item"] = l.Item,
            ["basis"] = l.Basis,
            ["unit"] = l.Unit,
            ["unitPrice"] = l.UnitPrice,
            ["idleQuantity"] = l.IdleQuantity,
            ["maxQuantity"] = l.MaxQuantity,
            ["idleMonthly"] = Math.Round(l.Idle, 2),
            ["maxMonthly"] = Math.Round(l.Max, 2),
        }).ToArray()),
        ["assumptions"] = new JsonArray(estimate.Assumptions.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
        ["warnings"] = new JsonArray(estimate.Warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
    };

    /// <summary>An amount to the cent, e.g. <c>1,234.56</c>.</summary>
    public static string Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static void Add(List<CostLine> lines, string item, string basis, string unit, decimal price, decimal quantity)
    {
        if (quantity > 0)
        {
            lines.Add(new CostLine(item, basis, unit, price, quantity, quantity));
        }
    }

    private static decimal? RootVolumeGb(ResourceRegistration launchTemplate)
        => launchTemplate.Inputs.GetValueOrDefault("blockDeviceMappings") is ImmutableArray<object?> mappings
           && mappings.FirstOrDefault() is ImmutableDictionary<string, object?> mapping
           && mapping.GetValueOrDefault("ebs") is ImmutableDictionary<string, object?> ebs
           && ebs.GetValueOrDefault("volumeSize") is double size
            ? (decimal)size
            : null;

    private static decimal? NodeDiskGb(ResourceRegistration group, Dictionary<string, decimal> launchTemplateDisks)
    {
        if (group.Inputs.GetValueOrDefault("launchTemplate") is ImmutableDictionary<string, object?> template
            && (template.GetValueOrDefault("id") ?? template.GetValueOrDefault("name")) is string id
            && launchTemplateDisks.TryGetValue(id, out var disk))
        {
            return disk;
        }

        return group.Inputs.GetValueOrDefault("diskSize") is double size ? (decimal)size : null;
    }
}
#endif
