#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Common;
using Numinia.Infra.Flows.Workloads;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using Pulumi.Offline;

namespace Numinia.Infra.Flows;

/// <summary>
/// The addresses of a planned platform: the VPC and its subnet tiers as the plan declares them, the service range pinned on
/// the cluster, and the addresses the flows name outside the pod network.
/// </summary>
public sealed record PlatformAddresses(
    Cidr Vpc,
    ImmutableArray<Cidr> Public,
    ImmutableArray<Cidr> Private,
    ImmutableArray<Cidr> Database,
    Cidr ServiceRange)
{
    /// <summary>The API server's ClusterIP: the first address of the service range (<c>default/kubernetes</c>).</summary>
    public Ipv4 ApiServer => Ipv4.In(ServiceRange, 1);

    /// <summary>coredns's ClusterIP: EKS gives <c>kube-dns</c> the tenth address of the service range.</summary>
    public Ipv4 Dns => Ipv4.In(ServiceRange, 10);

    /// <summary>An ENI of the EKS control plane: EKS places them in the subnets given to the cluster (the private ones).</summary>
    public Ipv4 ControlPlane => Ipv4.In(Private[0], 5);

    /// <summary>An address of Kourier's internet-facing NLB (the public subnets; client IP preservation is off for ip targets).</summary>
    public Ipv4 LoadBalancer => Ipv4.In(Public[0], 20);

    /// <summary>The database's writer, in a database subnet.</summary>
    public Ipv4 DatabaseWriter => Ipv4.In(Database[0], 50);

    /// <summary>The instance metadata service.</summary>
    public static Ipv4 InstanceMetadata { get; } = Ipv4.Parse("169.254.169.254");

    /// <summary>A regional AWS API endpoint (STS, Route 53, ELB, EC2, Secrets Manager, CloudWatch Logs): a public address.</summary>
    public static Ipv4 AwsApi { get; } = Ipv4.Parse("52.95.120.10");

    /// <summary>Let's Encrypt's ACME directory (acme-v02.api.letsencrypt.org).</summary>
    public static Ipv4 Acme { get; } = Ipv4.Parse("172.65.32.248");

    /// <summary>github.com, where the applications' repository is (one of GitHub's published git addresses, api.github.com/meta).</summary>
    public static Ipv4 GitHub { get; } = Ipv4.Parse("140.82.121.4");

    /// <summary>Any other address on the internet (a container registry, a web API an application calls).</summary>
    public static Ipv4 Internet { get; } = Ipv4.Parse("104.18.32.10");

    /// <summary>
    /// Reads the addresses from a plan: the VPC's block, the subnets by their <c>Tier</c> tag, and the service range the EKS
    /// cluster is given (<c>kubernetesServiceIpAddressRange</c>). Throws when the range is not pinned: EKS would choose
    /// 10.100.0.0/16 or 172.20.0.0/16 itself, and the API server's address would be unknown until then.
    /// </summary>
    public static PlatformAddresses Read(IEnumerable<ResourceRegistration> resources)
    {
        var all = resources.ToArray();
        var vpc = Cidr.Parse(PolicyValues.AsString(all.Single(r => r.Type == PolicyTokens.Vpc).Input("cidrBlock"))!);
        // The Tier tag, or on an adopted subnet (which keeps its live tags) the tier in its name, network-<tier>-<zone>.
        static string? TierOf(ResourceRegistration subnet) => PolicyValues.AsString(subnet.Input("tags", "Tier"))
            ?? new[] { "public", "private", "database" }.FirstOrDefault(t => subnet.Name.Contains($"-{t}-", StringComparison.Ordinal));
        ImmutableArray<Cidr> Tier(string tier) => all
            .Where(r => r.Type == PolicyTokens.Subnet && TierOf(r) == tier)
            .Select(r => Cidr.Parse(PolicyValues.AsString(r.Input("cidrBlock"))!))
            .ToImmutableArray();
        var range = PolicyValues.AsString(all.Single(r => r.Type == PolicyTokens.EksCluster).Input("kubernetesServiceIpAddressRange"))
            ?? throw new InvalidDataException("The EKS cluster's service range (kubernetesServiceIpAddressRange) is not pinned: the API server's address is unknown at plan time.");
        return new PlatformAddresses(vpc, Tier("public"), Tier("private"), Tier("database"), Cidr.Parse(range));
    }
}

/// <summary>
/// Builds the cluster model of a plan: its namespaces and NetworkPolicies as planned, the pods and Services of every
/// release the plan installs (from <see cref="SharedServiceCharts"/>, checked against the releases' pinned charts), Knative
/// Serving and Kourier, what EKS runs, and one application pod in each namespace the flows speak of.
/// </summary>
public static class ModelBuilder
{
    /// <summary>The Helm release type token.</summary>
    public const string ReleaseType = "kubernetes:helm.sh/v3:Release";

    /// <summary>The KnativeServing type token.</summary>
    public const string KnativeServingType = "kubernetes:operator.knative.dev/v1beta1:KnativeServing";

    /// <summary>The model of <paramref name="plan"/>; <paramref name="applicationNamespaces"/> get a Knative revision's pod each, <paramref name="jobNamespaces"/> a plain workload.</summary>
    public static ClusterModel Build(ImmutableArray<ResourceRegistration> plan, PlatformAddresses addresses, IEnumerable<string> applicationNamespaces,
        IEnumerable<string> jobNamespaces)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var workloads = new List<WorkloadSpec>();
        var services = new List<ServiceSpec>();
        foreach (var rendering in Renderings(plan))
        {
            workloads.AddRange(rendering.Workloads);
            services.AddRange(rendering.Services);
        }

        foreach (var ns in applicationNamespaces)
        {
            workloads.Add(ClusterWorkloads.Revision(ns));
            workloads.Add(ClusterWorkloads.AcmeSolver(ns));
        }

        workloads.AddRange(jobNamespaces.Select(ClusterWorkloads.Job));

        // One pod of each workload, spread over the zones' nodes; a host-network workload is a DaemonSet with one pod on every
        // node, at the node's address (the address the policy controller resolves such a pod to).
        var nodes = addresses.Private.Select(subnet => Ipv4.In(subnet, 10)).ToImmutableArray();
        var pods = workloads.SelectMany((w, i) => w.HostNetwork
            ? nodes.Select(node => new ModelPod(w.Namespace, w.Name, w.Labels, node, node, true, w.Ports))
            : [new ModelPod(w.Namespace, w.Name, w.Labels, Ipv4.In(addresses.Private[i % nodes.Length], 100 + (uint)i), nodes[i % nodes.Length], false, w.Ports)])
            .ToImmutableArray();

        var next = 100u;
        var modelServices = services.Select(s => new ModelService(s.Namespace, s.Name, s.Selector,
            s.Headless ? null : s.Namespace == "default" && s.Name == ClusterWorkloads.ApiServerService ? addresses.ApiServer
                : s.Namespace == "kube-system" && s.Name == ClusterWorkloads.DnsService ? addresses.Dns
                : Ipv4.In(addresses.ServiceRange, next++),
            s.Ports)).ToImmutableArray();

        return new ClusterModel(PlannedPolicies.Namespaces(plan), pods, modelServices, PlannedPolicies.Policies(plan), nodes);
    }

    /// <summary>
    /// The renderings of what the plan installs: every Helm release by its namespace and name (a release the catalogue does
    /// not know, or knows at another chart version, is an error naming it), Knative Serving when the plan has a
    /// KnativeServing, and EKS's own workloads.
    /// </summary>
    public static IEnumerable<ChartWorkloads> Renderings(IEnumerable<ResourceRegistration> resources)
    {
        var all = resources.ToArray();
        foreach (var release in all.Where(r => r.Type == ReleaseType))
        {
            var ns = PolicyValues.AsString(release.Input("namespace")) ?? string.Empty;
            var name = PolicyValues.AsString(release.Input("name")) ?? string.Empty;
            var chart = PolicyValues.AsString(release.Input("chart"));
            var version = PolicyValues.AsString(release.Input("version"));
            if (!SharedServiceCharts.All.TryGetValue((ns, name), out var rendering))
            {
                throw new InvalidDataException($"The flow model has no rendering of the Helm release {ns}/{name} ({chart} {version}): add its pods and Services to SharedServiceCharts.");
            }

            if (rendering.Chart != chart || rendering.Version != version)
            {
                throw new InvalidDataException($"The flow model renders {ns}/{name} as {rendering.Chart} {rendering.Version}, but the plan installs {chart} {version}: render the pinned chart again and update SharedServiceCharts.");
            }

            yield return rendering;
        }

        if (all.FirstOrDefault(r => r.Type == KnativeServingType) is { } serving)
        {
            var knative = ClusterWorkloads.KnativeServing();
            var version = PolicyValues.AsString(serving.Input("spec", "version"));
            if (version != knative.Version)
            {
                throw new InvalidDataException($"The flow model renders Knative Serving {knative.Version}, but the plan's KnativeServing asks for {version}.");
            }

            yield return knative;
        }

        yield return ClusterWorkloads.Eks();
    }
}
#endif
