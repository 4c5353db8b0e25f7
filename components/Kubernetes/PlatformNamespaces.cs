using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Numinia.Components.Compute;
using Pulumi;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Networking.V1;

namespace Numinia.Components.Kubernetes;

/// <summary>What the platform namespaces are built from.</summary>
public sealed record PlatformNamespacesArgs
{
    /// <summary>The cluster (its Kubernetes provider).</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>The namespaces (default: <see cref="PlatformNamespaces.Defaults"/>).</summary>
    public ImmutableArray<PlatformNamespaceSpec> Namespaces { get; init; } = PlatformNamespaces.Defaults;

    /// <summary>Knative Serving's namespace, which Kourier and the activator run in (served namespaces admit it).</summary>
    public string ServingNamespace { get; init; } = "knative-serving";

    /// <summary>The monitoring namespace (served namespaces admit Prometheus).</summary>
    public string MonitoringNamespace { get; init; } = "monitoring";

    /// <summary>
    /// The cluster's node groups: a namespace whose workloads are for a tainted group is annotated with its
    /// groups' names, and a GPU namespace's quota must cover every GPU its groups can bring. None: neither.
    /// </summary>
    public ImmutableArray<NodeGroupSpec> NodeGroups { get; init; } = ImmutableArray<NodeGroupSpec>.Empty;
}

/// <summary>
/// The platform namespaces no shared service owns (<c>dev-center</c>, <c>ci</c>, <c>ai-platform</c>,
/// <c>auth</c>, <c>staging</c>, <c>production</c>): each with its Pod Security labels, ResourceQuota and
/// LimitRange, a default-deny NetworkPolicy for ingress and egress, and an explicit allow of DNS to the
/// cluster's resolver in kube-system. Where Knative serves applications (every one but <c>ci</c>, which runs CI jobs),
/// Knative Serving and Prometheus may come in and the pods may call Kourier. Whatever else a namespace's workloads
/// need is allowed next to them.
/// </summary>
public sealed class PlatformNamespaces : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:kubernetes:PlatformNamespaces";

    /// <summary>The default-deny policy's name in each namespace.</summary>
    public const string DefaultDenyPolicyName = "default-deny";

    /// <summary>The DNS allow policy's name in each namespace.</summary>
    public const string AllowDnsPolicyName = "allow-dns";

    /// <summary>The label naming a namespace's tier (platform or application).</summary>
    public const string TierLabel = "numinia.xyz/tier";

    /// <summary>
    /// The annotation naming, comma-separated, the node groups a namespace's workloads are for when those are
    /// tainted groups (their pods tolerate the taints and select the groups' <see cref="NodeGroupSpec.GroupLabel"/>);
    /// without it a namespace's workloads run on the untainted groups. The capacity report reads it.
    /// </summary>
    public const string NodeGroupsAnnotation = "numinia.xyz/node-groups";

    /// <summary>The label the cluster's DNS pods (coredns) carry in kube-system.</summary>
    public static readonly ImmutableDictionary<string, string> DnsPodLabels = ImmutableDictionary<string, string>.Empty.Add("k8s-app", "kube-dns");

    /// <summary>Container defaults of CI jobs: builds and tests want more than a service (their own choice, not the seed's).</summary>
    public static ContainerResources CiJob { get; } = new("500m", "1Gi", "2000m", "4Gi");

    /// <summary>
    /// The platform namespaces of the live platform with their quotas and container defaults (seed 002). Knative serves
    /// the application namespaces (seed 004: staging, production) and the service namespaces whose workloads are served
    /// endpoints (seed 002: dev-center's APIs, auth's identity services, ai-platform's model serving); ci runs CI runners only.
    /// </summary>
    public static ImmutableArray<PlatformNamespaceSpec> Defaults { get; } = ImmutableArray.Create(
        Spec("dev-center", "platform", PodSecurityLevel.Restricted, "4", "8Gi", "8", "16Gi", 50, "100Gi", 0, ContainerResources.TypeScriptService) with { KnativeServed = true },
        // Image builds in CI (kaniko, buildah) run as root inside their container, which `restricted`
        // forbids; `baseline` still forbids privileged pods, host namespaces and host paths.
        Spec("ci", "platform", PodSecurityLevel.Baseline, "16", "32Gi", "32", "64Gi", 100, "200Gi", 0, CiJob, NodeGroupPurpose.Compute),
        // Its GPU quota follows the GPU groups (WithGpuQuotas): the stack sets it from the configured group.
        Spec("ai-platform", "platform", PodSecurityLevel.Restricted, "8", "32Gi", "16", "64Gi", 20, "200Gi", 0, ContainerResources.GpuServing, NodeGroupPurpose.Gpu) with { KnativeServed = true },
        Spec("auth", "platform", PodSecurityLevel.Restricted, "2", "4Gi", "4", "8Gi", 20, "50Gi", 0, ContainerResources.TypeScriptService) with { KnativeServed = true },
        Spec("staging", "application", PodSecurityLevel.Restricted, "4", "8Gi", "8", "16Gi", 50, "100Gi", 0, ContainerResources.TypeScriptService) with { KnativeServed = true },
        Spec("production", "application", PodSecurityLevel.Restricted, "8", "16Gi", "16", "32Gi", 100, "200Gi", 0, ContainerResources.TypeScriptService) with { KnativeServed = true });

    /// <summary>The namespaces' names, once they exist.</summary>
    [Output("names")]
    public Output<ImmutableArray<string>> Names { get; private set; }

    /// <summary>The namespaces by name.</summary>
    public ImmutableDictionary<string, PlatformNamespace> Namespaces { get; }

    /// <summary>Each namespace's default-deny policy, by namespace name.</summary>
    public ImmutableDictionary<string, NetworkPolicy> DefaultDenyPolicies { get; }

    /// <summary>Each namespace's DNS allow policy, by namespace name.</summary>
    public ImmutableDictionary<string, NetworkPolicy> AllowDnsPolicies { get; }

    /// <summary>Builds every namespace with its quota, limit range and network policies.</summary>
    public PlatformNamespaces(string name, PlatformNamespacesArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Validate(args);
        var namespaces = ImmutableDictionary.CreateBuilder<string, PlatformNamespace>(StringComparer.Ordinal);
        var denies = ImmutableDictionary.CreateBuilder<string, NetworkPolicy>(StringComparer.Ordinal);
        var dns = ImmutableDictionary.CreateBuilder<string, NetworkPolicy>(StringComparer.Ordinal);
        foreach (var spec in args.Namespaces)
        {
            var groups = NodeGroupsFor(spec, args.NodeGroups);
            var ns = new PlatformNamespace($"{name}-{spec.Name}", new PlatformNamespaceArgs
            {
                Name = spec.Name,
                PodSecurity = spec.PodSecurity,
                Quota = spec.Quota,
                ContainerDefaults = spec.ContainerDefaults,
                Labels = spec.KnativeServed ? spec.Labels.SetItem(NamespaceLabels.KnativeServed, NamespaceLabels.KnativeServedValue) : spec.Labels,
                Annotations = groups.IsEmpty
                    ? ImmutableDictionary<string, string>.Empty
                    : ImmutableDictionary<string, string>.Empty.Add(NodeGroupsAnnotation, string.Join(",", groups)),
                Provider = args.Context.KubernetesProvider,
            }, new ComponentResourceOptions { Parent = this });
            namespaces[spec.Name] = ns;
            denies[spec.Name] = DefaultDeny($"{name}-{spec.Name}-default-deny", ns.Name, args.Context.Kubernetes(this));
            dns[spec.Name] = AllowDns($"{name}-{spec.Name}-allow-dns", ns.Name, args.Context.Kubernetes(this));
            foreach (var allow in spec.KnativeServed ? ServedAllows(args.ServingNamespace, args.MonitoringNamespace) : ImmutableArray<NetworkAllow>.Empty)
            {
                _ = new NetworkPolicy($"{name}-{spec.Name}-{allow.PolicyName}", new NetworkPolicyArgs
                {
                    Metadata = Metadata(allow.PolicyName, ns.Name),
                    Spec = NamespaceNetworkPolicies.Spec(allow),
                }, args.Context.Kubernetes(this));
            }
        }

        Namespaces = namespaces.ToImmutable();
        DefaultDenyPolicies = denies.ToImmutable();
        AllowDnsPolicies = dns.ToImmutable();
        Names = Output.All(args.Namespaces.Select(s => Namespaces[s.Name].Name));
        RegisterOutputs(new Dictionary<string, object?> { ["names"] = Names });
    }

    /// <summary>Every GPU the groups can bring at their maximum size: each GPU group's maximum × GPUs per node.</summary>
    public static int GpuCapacity(IEnumerable<NodeGroupSpec> groups)
        => groups.Where(g => g.Purpose == NodeGroupPurpose.Gpu).Sum(g => g.MaxSize * g.GpusPerNode);

    /// <summary>
    /// The specs with the GPU quota of each namespace whose workloads are for the GPU groups set to
    /// <see cref="GpuCapacity"/>: a quota below it would leave GPUs the autoscaler can buy unusable.
    /// </summary>
    public static ImmutableArray<PlatformNamespaceSpec> WithGpuQuotas(ImmutableArray<PlatformNamespaceSpec> specs, IEnumerable<NodeGroupSpec> groups)
    {
        var gpus = GpuCapacity(groups).ToString(CultureInfo.InvariantCulture);
        return specs.Select(s => s.Workloads == NodeGroupPurpose.Gpu
            ? s with { Quota = s.Quota with { Extra = s.Quota.Extra.SetItem(QuotaFields.Gpus, gpus) } }
            : s).ToImmutableArray();
    }

    /// <summary>The names of the groups a namespace's workloads are for when those are tainted groups; empty for the untainted ones.</summary>
    private static ImmutableArray<string> NodeGroupsFor(PlatformNamespaceSpec spec, ImmutableArray<NodeGroupSpec> groups)
        => spec.Workloads == NodeGroupPurpose.General || groups.IsDefaultOrEmpty
            ? ImmutableArray<string>.Empty
            : groups.Where(g => g.Purpose == spec.Workloads).Select(g => g.Name).ToImmutableArray();

    /// <summary>
    /// What a namespace Knative serves needs: Knative Serving (Kourier's gateway, the activator, the autoscaler's scrape of
    /// queue-proxy) and Prometheus come in, and its pods call other Knative services through Kourier's internal gateway.
    /// </summary>
    public static ImmutableArray<NetworkAllow> ServedAllows(string servingNamespace, string monitoringNamespace) =>
    [
        NetworkAllow.In("platform-ingress", [NetworkPeer.Namespace(servingNamespace), NetworkPeer.Namespace(monitoringNamespace)]),
        NetworkAllow.Out("kourier-egress", NetworkPeer.Namespace(servingNamespace)),
    ];

    /// <summary>
    /// A policy selecting every pod of the namespace for ingress and egress with no rule: nothing gets in
    /// or out unless another policy allows it.
    /// </summary>
    public static NetworkPolicy DefaultDeny(string name, Input<string> namespaceName, CustomResourceOptions options)
        => new(name, new NetworkPolicyArgs
        {
            Metadata = Metadata(DefaultDenyPolicyName, namespaceName),
            Spec = new NetworkPolicySpecArgs
            {
                PodSelector = new LabelSelectorArgs(),
                PolicyTypes = { "Ingress", "Egress" },
            },
        }, options);

    /// <summary>A policy letting every pod of the namespace query the cluster's DNS (coredns in kube-system) on port 53.</summary>
    public static NetworkPolicy AllowDns(string name, Input<string> namespaceName, CustomResourceOptions options)
        => new(name, new NetworkPolicyArgs
        {
            Metadata = Metadata(AllowDnsPolicyName, namespaceName),
            Spec = new NetworkPolicySpecArgs
            {
                PodSelector = new LabelSelectorArgs(),
                PolicyTypes = { "Egress" },
                Egress =
                {
                    new NetworkPolicyEgressRuleArgs
                    {
                        To =
                        {
                            new NetworkPolicyPeerArgs
                            {
                                NamespaceSelector = new LabelSelectorArgs { MatchLabels = { { "kubernetes.io/metadata.name", "kube-system" } } },
                                PodSelector = new LabelSelectorArgs { MatchLabels = DnsPodLabels },
                            },
                        },
                        Ports =
                        {
                            new NetworkPolicyPortArgs { Protocol = "UDP", Port = 53 },
                            new NetworkPolicyPortArgs { Protocol = "TCP", Port = 53 },
                        },
                    },
                },
            },
        }, options);

    private static ObjectMetaArgs Metadata(string name, Input<string> namespaceName) => new()
    {
        Name = name,
        Namespace = namespaceName,
        Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
    };

    private static PlatformNamespaceSpec Spec(string name, string tier, PodSecurityLevel podSecurity,
        string requestsCpu, string requestsMemory, string limitsCpu, string limitsMemory, int pods, string storage, int gpus,
        ContainerResources defaults, NodeGroupPurpose workloads = NodeGroupPurpose.General) => new()
        {
            Name = name,
            Workloads = workloads,
            PodSecurity = podSecurity,
            Quota = new NamespaceQuota
            {
                RequestsCpu = requestsCpu,
                RequestsMemory = requestsMemory,
                LimitsCpu = limitsCpu,
                LimitsMemory = limitsMemory,
                Pods = pods,
                RequestsStorage = storage,
                // Zero outside ai-platform: GPU nodes are tainted, but a pod may tolerate any taint it likes;
                // the quota is what keeps other namespaces off the GPUs.
                Extra = ImmutableDictionary<string, string>.Empty.Add(QuotaFields.Gpus, gpus.ToString(CultureInfo.InvariantCulture)),
            },
            ContainerDefaults = defaults,
            Labels = ImmutableDictionary<string, string>.Empty.Add(TierLabel, tier),
        };

    private static void Validate(PlatformNamespacesArgs args)
    {
        var specs = args.Namespaces;
        var problems = new List<string>();
        if (specs.IsDefaultOrEmpty)
        {
            problems.Add("no namespaces are given");
        }
        else
        {
            problems.AddRange(specs.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
                .Select(g => $"the namespace '{g.Key}' is given {g.Count()} times"));
            problems.AddRange(specs.SelectMany(s => s.Problems().Select(p => $"{s.Name}: {p.Message}")));
            var gpus = args.NodeGroups.IsDefaultOrEmpty ? 0 : GpuCapacity(args.NodeGroups);
            problems.AddRange(specs.Where(s => s.Workloads == NodeGroupPurpose.Gpu)
                .Where(s => !int.TryParse(s.Quota.Extra.GetValueOrDefault(QuotaFields.Gpus, "0"), NumberStyles.None, CultureInfo.InvariantCulture, out var quota) || quota < gpus)
                .Select(s => $"{s.Name}: {QuotaFields.Gpus} ({s.Quota.Extra.GetValueOrDefault(QuotaFields.Gpus, "0")}) is below the {gpus} GPUs its node groups can bring"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Cannot build the platform namespaces: {string.Join("; ", problems)}.", nameof(args));
        }
    }
}
