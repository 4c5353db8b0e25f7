using System.Collections.Immutable;
using Pulumi.Testing;

namespace Numinia.Infra.Plan;

/// <summary>
/// What an account answers to the preflight's data sources, as the plan mocks replay it. <see cref="ProdAccount"/> is
/// the recording the plan uses; tests change it (<c>with</c>) to see a refusal.
/// </summary>
public sealed record PreflightRecording
{
    /// <summary>
    /// eu-west-1 as recorded for the prod account on 2026-12-07, written by hand from the AWS documentation of the day
    /// (the build machines have no internet access): an example to re-record with the commands beside each value. The
    /// quotas are a grown account's, high enough for the prod and staging node groups at their maximum (prod: 80 standard
    /// vCPUs, 24 G vCPUs); a new account has the AWS defaults instead (<see cref="DefaultQuotas"/>), which refuse the GPU group.
    /// </summary>
    public static PreflightRecording ProdAccount { get; } = new();

    /// <summary>
    /// Per add-on, for Kubernetes 1.35: its default and most recent version
    /// (<c>aws eks describe-addon-versions --kubernetes-version 1.35 --addon-name NAME --region eu-west-1</c>).
    /// kube-proxy follows the cluster's minor, so its versions are given for a minor and rewritten for the one asked.
    /// </summary>
    public ImmutableDictionary<string, (string Default, string MostRecent)> Addons { get; init; } = new Dictionary<string, (string, string)>
    {
        ["vpc-cni"] = ("v1.20.4-eksbuild.2", "v1.21.1-eksbuild.3"),
        ["coredns"] = ("v1.12.4-eksbuild.1", "v1.12.4-eksbuild.1"),
        ["kube-proxy"] = ("v1.35.0-eksbuild.2", "v1.35.1-eksbuild.2"),
        ["aws-ebs-csi-driver"] = ("v1.53.0-eksbuild.1", "v1.53.0-eksbuild.1"),
        ["aws-efs-csi-driver"] = ("v2.1.15-eksbuild.1", "v2.1.15-eksbuild.1"),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Per Aurora PostgreSQL major: the default version and its valid upgrade targets
    /// (<c>aws rds describe-db-engine-versions --engine aurora-postgresql --db-parameter-group-family aurora-postgresqlMAJOR --default-only --region eu-west-1</c>).
    /// </summary>
    public ImmutableDictionary<string, (string Default, ImmutableArray<string> Targets)> AuroraPostgres { get; init; } = new Dictionary<string, (string, ImmutableArray<string>)>
    {
        ["16"] = ("16.6", ImmutableArray.Create("16.8", "16.9", "16.10", "16.11", "17.4", "17.5", "17.6", "17.7")),
        ["17"] = ("17.4", ImmutableArray.Create("17.5", "17.6", "17.7")),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>EKS clusters already in the account (<c>aws eks list-clusters --region eu-west-1</c>); none before the first deployment.</summary>
    public ImmutableArray<string> EksClusters { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The tags of the EKS clusters and DB clusters listed above, by name (none when absent).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> Tags { get; init; }
        = ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty;

    /// <summary>DB clusters already in the account (<c>aws rds describe-db-clusters --query 'DBClusters[].DBClusterIdentifier'</c>).</summary>
    public ImmutableArray<string> DbClusters { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// EC2 vCPU quotas by code, applied values
    /// (<c>aws service-quotas get-service-quota --service-code ec2 --quota-code CODE --region eu-west-1</c>).
    /// </summary>
    public ImmutableDictionary<string, double> Quotas { get; init; } = new Dictionary<string, double>
    {
        ["L-1216C47A"] = 1024,
        ["L-DB2E81BA"] = 384,
        ["L-417A185B"] = 768,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The AWS default of each quota, what a new account has
    /// (<c>aws service-quotas get-aws-default-service-quota --service-code ec2 --quota-code CODE</c>): G and VT, and P, are 0.
    /// </summary>
    public static ImmutableDictionary<string, double> DefaultQuotas { get; } = new Dictionary<string, double>
    {
        ["L-1216C47A"] = 5,
        ["L-DB2E81BA"] = 0,
        ["L-417A185B"] = 0,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Service-linked roles of the account (<c>aws iam list-roles --path-prefix /aws-service-role/</c>); the Auto Scaling
    /// role exists once the account has had an Auto Scaling group.
    /// </summary>
    public ImmutableArray<string> ServiceLinkedRoles { get; init; } = ImmutableArray.Create("AWSServiceRoleForAutoScaling", "AWSServiceRoleForAmazonEKS");
}

public sealed partial class PlanMocks
{
    /// <summary>What the account answers to the preflight's data sources (the prod account's recording by default).</summary>
    public PreflightRecording Preflight { get; init; } = PreflightRecording.ProdAccount;

    private static ImmutableArray<object> List(IEnumerable<string> values) => values.Cast<object>().ToImmutableArray();

    private static string Arg(MockCallArgs args, string name) => args.Args.GetValueOrDefault(name) as string ?? string.Empty;

    /// <summary>aws:eks/getAddonVersion: the default, or the most recent with mostRecent.</summary>
    private Dictionary<string, object> AddonVersionLookup(MockCallArgs args)
    {
        var (addon, kubernetesVersion) = (Arg(args, "addonName"), Arg(args, "kubernetesVersion"));
        var mostRecent = args.Args.GetValueOrDefault("mostRecent") is true;
        if (!Preflight.Addons.TryGetValue(addon, out var offer))
        {
            throw new InvalidOperationException($"error reading EKS Add-On version info ({addon}): no versions for Kubernetes {kubernetesVersion}");
        }

        var version = mostRecent ? offer.MostRecent : offer.Default;
        if (addon == "kube-proxy")
        {
            // v1.35.0-eksbuild.2 for 1.35 is v1.34.0-eksbuild.2 for 1.34.
            version = "v" + kubernetesVersion + version[version.IndexOf('.', version.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }

        return new Dictionary<string, object>
        {
            ["addonName"] = addon,
            ["id"] = addon,
            ["kubernetesVersion"] = kubernetesVersion,
            ["mostRecent"] = mostRecent,
            ["region"] = Region,
            ["version"] = version,
        };
    }

    /// <summary>aws:rds/getEngineVersion for a parameter group family's default.</summary>
    private Dictionary<string, object> EngineVersionLookup(MockCallArgs args)
    {
        var family = Arg(args, "parameterGroupFamily");
        var major = family.StartsWith("aurora-postgresql", StringComparison.Ordinal) ? family["aurora-postgresql".Length..] : string.Empty;
        if (!Preflight.AuroraPostgres.TryGetValue(major, out var offer))
        {
            throw new InvalidOperationException($"no RDS engine versions found (engine {Arg(args, "engine")}, family {family})");
        }

        return new Dictionary<string, object>
        {
            ["defaultOnly"] = true,
            ["engine"] = Arg(args, "engine"),
            ["id"] = offer.Default,
            ["latest"] = true,
            ["parameterGroupFamily"] = family,
            ["region"] = Region,
            ["status"] = "available",
            ["validMajorTargets"] = List(offer.Targets.Where(t => t.Split('.')[0] != major)),
            ["validMinorTargets"] = List(offer.Targets.Where(t => t.Split('.')[0] == major)),
            ["validUpgradeTargets"] = List(offer.Targets),
            ["version"] = offer.Default,
            ["versionActual"] = offer.Default,
        };
    }

    /// <summary>aws:servicequotas/getServiceQuota for an EC2 quota code.</summary>
    private Dictionary<string, object> ServiceQuotaLookup(MockCallArgs args)
    {
        var code = Arg(args, "quotaCode");
        return new Dictionary<string, object>
        {
            ["adjustable"] = true,
            ["arn"] = $"arn:aws:servicequotas:{Region}:{AccountId}:{Arg(args, "serviceCode")}/{code}",
            ["defaultValue"] = PreflightRecording.DefaultQuotas.GetValueOrDefault(code),
            ["globalQuota"] = false,
            ["id"] = $"{Arg(args, "serviceCode")}/{code}",
            ["quotaCode"] = code,
            ["quotaName"] = code,
            ["region"] = Region,
            ["serviceCode"] = Arg(args, "serviceCode"),
            ["serviceName"] = "Amazon Elastic Compute Cloud (Amazon EC2)",
            ["value"] = Preflight.Quotas.GetValueOrDefault(code),
        };
    }

    /// <summary>aws:iam/getRoles: the service-linked roles under the path whose names match the regex.</summary>
    private Dictionary<string, object> RolesLookup(MockCallArgs args)
    {
        var regex = new System.Text.RegularExpressions.Regex(args.Args.GetValueOrDefault("nameRegex") as string ?? ".*");
        var names = Preflight.ServiceLinkedRoles.Where(n => regex.IsMatch(n)).ToArray();
        return new Dictionary<string, object>
        {
            ["arns"] = List(names.Select(n => $"arn:aws:iam::{AccountId}:role/aws-service-role/{n}")),
            ["id"] = AccountId,
            ["nameRegex"] = regex.ToString(),
            ["names"] = List(names),
            ["pathPrefix"] = Arg(args, "pathPrefix"),
        };
    }

    /// <summary>aws:eks/getCluster and aws:rds/getCluster: a listed cluster's tags; a name not listed fails, as the data sources do.</summary>
    private Dictionary<string, object> ClusterLookup(MockCallArgs args, bool database)
    {
        var name = Arg(args, database ? "clusterIdentifier" : "name");
        if (!(database ? Preflight.DbClusters : Preflight.EksClusters).Contains(name, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"reading {(database ? "RDS Cluster" : "EKS Cluster")} ({name}): couldn't find resource");
        }

        return new Dictionary<string, object>
        {
            ["arn"] = database ? Arn("rds", $"cluster:{name}") : Arn("eks", $"cluster/{name}"),
            [database ? "clusterIdentifier" : "name"] = name,
            ["id"] = name,
            ["region"] = Region,
            ["tags"] = Preflight.Tags.GetValueOrDefault(name, ImmutableDictionary<string, string>.Empty).ToDictionary(t => t.Key, t => (object)t.Value),
        };
    }

    private Dictionary<string, object> EksClustersLookup() => new()
    {
        ["id"] = Region,
        ["names"] = List(Preflight.EksClusters),
        ["region"] = Region,
    };

    private Dictionary<string, object> DbClustersLookup() => new()
    {
        ["clusterArns"] = List(Preflight.DbClusters.Select(c => Arn("rds", $"cluster:{c}"))),
        ["clusterIdentifiers"] = List(Preflight.DbClusters),
        ["id"] = Region,
        ["region"] = Region,
    };
}
