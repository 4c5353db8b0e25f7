using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;

namespace Numinia.Components.Addons.ExternalDns;

/// <summary>How external-dns reconciles the records it owns.</summary>
public enum ExternalDnsPolicy
{
    /// <summary>
    /// <c>sync</c>: creates, updates and deletes its records (the live choice, and production's: the records of a
    /// deleted Service, Kourier's wildcard on <c>pulumi destroy</c> among them, are removed rather than left pointing
    /// at a deleted NLB; the TXT ownership records limit deletion to records this cluster created).
    /// </summary>
    Sync,

    /// <summary><c>upsert-only</c>: creates and updates, never deletes (records outlive their Services and the platform).</summary>
    UpsertOnly,
}

/// <summary>What external-dns is built from.</summary>
public sealed record ExternalDnsAddonArgs
{
    /// <summary>The cluster it runs on.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>The platform's hosted zone: the only zone external-dns may write to.</summary>
    public required HostedZone Zone { get; init; }

    /// <summary>Its settings: the chart version, the domains it manages records for (the zone's name or names under it), and how records are reconciled.</summary>
    public ExternalDnsSettings Settings { get; init; } = new();

    /// <summary>The Kubernetes objects records are made from.</summary>
    public ImmutableArray<string> Sources { get; init; } = ImmutableArray.Create("service", "ingress");

    /// <summary>The container's requests and limits.</summary>
    public ContainerResources Resources { get; init; } = new("50m", "64Mi", "200m", "256Mi");
}

/// <summary>
/// external-dns on Route53 in its own namespace: one replica (the chart runs exactly one; two would race
/// on the same records), TXT ownership records naming the cluster as owner so it only ever changes
/// records it created, the configured domain filters and sync policy, limited to the platform's hosted
/// zone by id, and an IRSA role that may write only that zone.
/// </summary>
public sealed class ExternalDnsAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:ExternalDns";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "external-dns";

    /// <summary>The chart's repository (kubernetes-sigs).</summary>
    public const string ChartRepository = "https://kubernetes-sigs.github.io/external-dns/";

    /// <summary>
    /// The chart's <c>crds/</c> folder (the DNSEndpoint CRD), which Helm never upgrades, at the chart's tag
    /// (<c>external-dns-helm-chart-</c> and its version), when the <c>crd</c> source, its only reader, is enabled;
    /// otherwise none, and the release skips the folder: a CRD nothing reads would stay at its first version.
    /// </summary>
    public static ImmutableArray<ChartCrds> Crds(string chartVersion, ImmutableArray<string> sources)
        => sources.Contains("crd")
            ? ImmutableArray.Create(new ChartCrds("crds",
                $"https://raw.githubusercontent.com/kubernetes-sigs/external-dns/external-dns-helm-chart-{chartVersion.TrimStart('v')}/charts/external-dns/crds/dnsendpoints.externaldns.k8s.io.yaml"))
            : ImmutableArray<ChartCrds>.Empty;

    /// <summary>external-dns's namespace.</summary>
    public const string NamespaceName = "external-dns";

    /// <summary>The Helm release's name (also the chart's object names).</summary>
    public const string ReleaseName = "external-dns";

    /// <summary>external-dns's service account, the only one its IRSA role trusts.</summary>
    public const string ServiceAccountName = "external-dns";

    /// <summary>The record types external-dns writes: its managed types (A, AAAA, CNAME) and its TXT ownership records.</summary>
    public static readonly ImmutableArray<string> RecordTypes = ImmutableArray.Create("A", "AAAA", "CNAME", "TXT");

    /// <summary>The IRSA role's ARN.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }

    /// <summary>external-dns's namespace, once it exists.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; private set; }

    /// <summary>The Helm release.</summary>
    public Release Release { get; }

    /// <summary>The hosted zone external-dns writes to.</summary>
    public HostedZone Zone { get; }

    /// <summary>The domains external-dns manages records for.</summary>
    public ImmutableArray<string> DomainFilters { get; }

    /// <summary>The Kubernetes objects records are made from.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>How records are reconciled.</summary>
    public ExternalDnsPolicy Policy { get; }

    /// <summary>The chart's value of a policy.</summary>
    public static string PolicyValue(ExternalDnsPolicy policy) => policy switch
    {
        ExternalDnsPolicy.Sync => "sync",
        ExternalDnsPolicy.UpsertOnly => "upsert-only",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "not an external-dns policy"),
    };

    /// <summary>Builds the namespace, the IRSA role and the release.</summary>
    public ExternalDnsAddon(string name, ExternalDnsAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var context = args.Context;
        Zone = args.Zone;
        DomainFilters = args.Settings.DomainFilters;
        Sources = args.Sources;
        Policy = args.Settings.Policy;
        var ns = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this);
        var role = new IrsaRole($"{name}-irsa", new IrsaRoleArgs
        {
            Oidc = context.Oidc,
            Namespace = NamespaceName,
            ServiceAccount = ServiceAccountName,
            Statements = args.Zone.Arn.Apply(Route53Statements),
            Description = $"external-dns records in {args.Zone.Name} for the EKS cluster {context.ClusterName}.",
        }, new ComponentResourceOptions { Parent = this });

        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, ChartRepository, args.Settings.ChartVersion),
            Namespace = ns.Name,
            Values = Values(args, role.RoleArn),
            UpstreamCrds = Crds(args.Settings.ChartVersion, args.Sources),
            SkipChartCrds = true,
        }, context, this, role);

        RoleArn = role.RoleArn;
        Namespace = ns.Name;
        RegisterOutputs(new Dictionary<string, object?> { ["roleArn"] = RoleArn, ["namespace"] = Namespace });
    }

    /// <summary>
    /// What external-dns may do in Route53: change records of its record types in the platform's zone and
    /// read that zone's records and tags; list zones (an account-wide call, read-only) to find it.
    /// </summary>
    public static ImmutableArray<PolicyStatement> Route53Statements(string zoneArn) => ImmutableArray.Create(
        new PolicyStatement
        {
            Sid = "WriteRecordsInThePlatformZone",
            Action = ImmutableArray.Create("route53:ChangeResourceRecordSets"),
            Resource = ImmutableArray.Create(zoneArn),
            Condition = PolicyConditions.Of(("ForAllValues:StringEquals", "route53:ChangeResourceRecordSetsRecordTypes", RecordTypes.ToArray())),
        },
        // external-dns 0.21 reads zone tags with the batch call ListTagsForResources; the single-zone call is kept for older releases.
        PolicyStatement.Allow(new[] { "route53:ListResourceRecordSets", "route53:ListTagsForResource", "route53:ListTagsForResources" },
            new[] { zoneArn }, "ReadThePlatformZone"),
        PolicyStatement.Allow(new[] { "route53:ListHostedZones" }, new[] { "*" }, "ListZones"));

    private static InputMap<object> Values(ExternalDnsAddonArgs args, Output<string> roleArn) => new()
    {
        ["provider"] = new Dictionary<string, object> { ["name"] = "aws" },
        ["registry"] = "txt",
        ["txtOwnerId"] = args.Context.ClusterName,
        ["policy"] = PolicyValue(args.Settings.Policy),
        ["domainFilters"] = args.Settings.DomainFilters.ToArray(),
        ["sources"] = args.Sources.ToArray(),
        // Reconcile on Service and Ingress events too (--events, at most every 5s), not only every minute: the
        // wildcard record follows Kourier's NLB within seconds of the controller publishing it, and on destroy is
        // deleted within seconds of Kourier's Service going, before this release is uninstalled.
        ["triggerLoopOnEvent"] = true,
        // Only the platform's zone, even if another zone in the account matches a domain filter.
        ["extraArgs"] = new Dictionary<string, object> { ["zone-id-filter"] = args.Zone.ZoneId },
        // Pods cannot ask the instance metadata service for the region.
        ["env"] = new object[]
        {
            new Dictionary<string, object> { ["name"] = "AWS_REGION", ["value"] = args.Context.Region },
            new Dictionary<string, object> { ["name"] = "AWS_DEFAULT_REGION", ["value"] = args.Context.Region },
        },
        ["serviceAccount"] = new Dictionary<string, object>
        {
            ["create"] = true,
            ["name"] = ServiceAccountName,
            ["annotations"] = HelmValues.RoleArnAnnotation(roleArn),
        },
        ["resources"] = args.Resources.ToValues(),
        // The chart's security contexts are already restricted-compatible (non-root 65532, RuntimeDefault
        // seccomp, read-only root, all capabilities dropped): kept as they are.
    };
}
