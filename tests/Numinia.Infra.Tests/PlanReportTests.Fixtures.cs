#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Infra.Plan;
using Numinia.Infra.Plan.Report;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Rbac.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;
using Pulumi.Offline;
using YamlDotNet.RepresentationModel;

namespace Numinia.Infra.Tests;

/// <summary>Hand-built plans and helpers for the plan report tests.</summary>
public sealed partial class PlanReportTests
{
    // ---- Helpers --------------------------------------------------------------------------------------

    private sealed class IssuerArgs : Pulumi.Kubernetes.ApiExtensions.CustomResourceArgs
    {
        public IssuerArgs() : base("cert-manager.io/v1", "ClusterIssuer")
        {
        }

        [Input("spec")]
        public InputMap<object>? Spec { get; set; }
    }

    /// <summary>A namespace, a ConfigMap, a Secret not marked secret, a ClusterRole and a ClusterIssuer, through the engine.</summary>
    private static async Task<IEnumerable<ResourceRegistration>> KubernetesProgramAsync()
    {
        var resources = await Harness.RunAsync(() =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "{}" });
            var options = new CustomResourceOptions { Provider = provider };
            var ns = new Pulumi.Kubernetes.Core.V1.Namespace("monitoring-ns", new NamespaceArgs { Metadata = new ObjectMetaArgs { Name = "monitoring" } }, options);
            _ = new ConfigMap("dashboards", new ConfigMapArgs
            {
                Metadata = new ObjectMetaArgs { Name = "dashboards", Namespace = ns.Metadata.Apply(m => m.Name!) },
                Data = { ["refresh"] = "30s" },
            }, options);
            _ = new Pulumi.Kubernetes.Core.V1.Secret("grafana-admin", new SecretArgs
            {
                Metadata = new ObjectMetaArgs { Name = "grafana-admin", Namespace = "monitoring" },
                StringData = { ["admin-password"] = "hunter2" },
            }, options);
            _ = new ClusterRole("metrics-reader", new ClusterRoleArgs
            {
                Metadata = new ObjectMetaArgs { Name = "metrics-reader" },
                Rules = new PolicyRuleArgs { ApiGroups = { "metrics.k8s.io" }, Resources = { "pods" }, Verbs = { "get" } },
            }, options);
            _ = new Pulumi.Kubernetes.ApiExtensions.CustomResource("selfsigned", new IssuerArgs
            {
                Metadata = new ObjectMetaArgs { Name = "selfsigned" },
                Spec = new InputMap<object> { ["selfSigned"] = new Dictionary<string, object>() },
            }, options);
        });
        return resources.Select(Registrations.Of);
    }

    private static Task<(int Code, string Out, string Err)> PlanAsync(params string[] args) => Harness.PlanAsync(args);

    private static List<YamlMappingNode> Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    private static string? Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current is YamlScalarNode scalar ? scalar.Value : null;
    }

    private static string Urn(string type, string name) => $"{Project}{type}::{name}";

    private static ImmutableDictionary<string, object?> Map(params (string Key, object? Value)[] entries)
        => entries.ToImmutableDictionary(e => e.Key, e => e.Value);

    private static ImmutableArray<object?> List(params object?[] items) => items.ToImmutableArray();

    private static ResourceRegistration Resource(
        string type, string name, string? parent = null, bool custom = true, bool remote = false, string[]? dependencies = null,
        string? provider = null, ImmutableDictionary<string, object?>? inputs = null, string? id = null)
        => new(Urn(type, name), type, name, custom, remote, parent, provider,
            (dependencies ?? Array.Empty<string>()).ToImmutableArray(),
            new RegistrationOptions(false, false, false, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty,
                ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, null, ImmutableArray<ResourceTransform>.Empty),
            inputs ?? ImmutableDictionary<string, object?>.Empty, ImmutableDictionary<string, object?>.Empty, id);

    private static ResourceRegistration Stack() => Resource(ResourceGraph.StackType, "numinia-infra-test", custom: false);

    private static ResourceRegistration Component(string type, string name, string[]? dependencies = null)
        => Resource(type, name, parent: Urn(ResourceGraph.StackType, "numinia-infra-test"), custom: false, dependencies: dependencies);

    /// <summary>A network component with a VPC and a subnet that waits for it, and a cluster that waits for the subnet.</summary>
    private static ImmutableArray<ResourceRegistration> SmallNetwork()
    {
        var network = Urn("numinia:network:Network", "network");
        return ImmutableArray.Create(
            Stack(),
            Component("numinia:network:Network", "network"),
            Resource("aws:ec2/vpc:Vpc", "vpc", parent: network),
            Resource("aws:ec2/subnet:Subnet", "subnet", parent: network, dependencies: new[] { Urn("aws:ec2/vpc:Vpc", "vpc") }),
            Resource("aws:ec2/eip:Eip", "eip", parent: network),
            Resource("aws:eks/cluster:Cluster", "cluster", parent: Urn(ResourceGraph.StackType, "numinia-infra-test"),
                dependencies: new[] { Urn("aws:ec2/subnet:Subnet", "subnet") }));
    }

    /// <summary>
    /// vpc (10 s) → cluster (600 s) → the addons component {coredns (90 s, after the cluster), ebs (90 s, after the vpc)};
    /// a Helm release (120 s) depends on the addons component; a tenant component depends on the release and its
    /// namespace (5 s) waits for its parent; a NAT (90 s) and a new type (default 10 s) hang off the VPC.
    /// </summary>
    private static ImmutableArray<ResourceRegistration> Deployment()
    {
        var vpc = Urn("aws:ec2/vpc:Vpc", "vpc");
        var cluster = Urn("aws:eks/cluster:Cluster", "cluster");
        var addons = Urn("numinia:cluster:ManagedAddons", "addons");
        var release = Urn(KubernetesManifests.HelmReleaseType, "monitoring");
        var tenant = Urn("numinia:tenants:Organization", "tenant");
        var root = Urn(ResourceGraph.StackType, "numinia-infra-test");
        return ImmutableArray.Create(
            Stack(),
            Resource("aws:ec2/vpc:Vpc", "vpc", parent: root),
            Resource("aws:ec2/natGateway:NatGateway", "nat", parent: root, dependencies: new[] { vpc }),
            Resource("aws:new/thing:Thing", "thing", parent: root, dependencies: new[] { vpc }),
            Resource("aws:eks/cluster:Cluster", "cluster", parent: root, dependencies: new[] { vpc }),
            Resource("pulumi:providers:kubernetes", "k8s", parent: root, dependencies: new[] { cluster }),
            Component("numinia:cluster:ManagedAddons", "addons"),
            Resource("aws:eks/addon:Addon", "coredns", parent: addons, dependencies: new[] { cluster }),
            Resource("aws:eks/addon:Addon", "ebs", parent: addons, dependencies: new[] { vpc }),
            Resource(KubernetesManifests.HelmReleaseType, "monitoring", parent: root, dependencies: new[] { addons }),
            Component("numinia:tenants:Organization", "tenant", dependencies: new[] { release }),
            Resource("kubernetes:core/v1:Namespace", "tenant-ns", parent: tenant));
    }

    private static CreationTimes Times() => new("2026-11-21", new CreationTime("*", 10, "test default"), new[]
    {
        new CreationTime("aws:ec2/vpc:Vpc", 10, "test"),
        new CreationTime("aws:eks/cluster:Cluster", 600, "test"),
        new CreationTime("aws:eks/addon:Addon", 90, "test"),
        new CreationTime("aws:ec2/natGateway:NatGateway", 90, "test"),
        new CreationTime(KubernetesManifests.HelmReleaseType, 120, "test"),
        new CreationTime("kubernetes:*", 5, "test"),
        new CreationTime("pulumi:providers:*", 0, "test"),
    });

    /// <summary>
    /// One EKS cluster, one node group (m6i.xlarge, 2..10, 50 GB disks), one NAT with its EIP, a VPN with three
    /// associations, two log groups, a KMS key, a secret, kube-prometheus-stack asking 2 × 200Gi for Prometheus,
    /// 20Gi for Grafana and a disabled Alertmanager volume, and a KnativeServing with Kourier behind an NLB.
    /// </summary>
    private static ImmutableArray<ResourceRegistration> SmallPlatform()
    {
        static ImmutableDictionary<string, object?> Claim(string size)
            => Map(("spec", Map(("storageClassName", "gp3"), ("resources", Map(("requests", Map(("storage", size))))))));

        var values = Map(
            ("prometheus", Map(("prometheusSpec", Map(("replicas", 2.0), ("storageSpec", Map(("volumeClaimTemplate", Claim("200Gi")))))))),
            ("grafana", Map(("persistence", Map(("enabled", true), ("size", "20Gi"))))),
            ("alertmanager", Map(("enabled", false), ("alertmanagerSpec", Map(("storage", Map(("volumeClaimTemplate", Claim("50Gi")))))))));
        var rootVolume = Map(("deviceName", "/dev/xvda"), ("ebs", Map(("volumeSize", 50.0), ("volumeType", "gp3"))));
        return ImmutableArray.Create(
            Resource("eks:index:Cluster", "cluster", custom: false, remote: true),
            Resource("aws:ec2/launchTemplate:LaunchTemplate", "general-lt", id: "lt-1", inputs: Map(("blockDeviceMappings", List(rootVolume)))),
            Resource("aws:eks/nodeGroup:NodeGroup", "general", inputs: Map(
                ("instanceTypes", List("m6i.xlarge")),
                ("scalingConfig", Map(("minSize", 2.0), ("maxSize", 10.0), ("desiredSize", 2.0))),
                ("launchTemplate", Map(("id", "lt-1"), ("version", "1"))))),
            Resource("aws:ec2/eip:Eip", "nat-eip"),
            Resource("aws:ec2/natGateway:NatGateway", "nat"),
            Resource("aws:ec2clientvpn/endpoint:Endpoint", "vpn"),
            Resource("aws:ec2clientvpn/networkAssociation:NetworkAssociation", "vpn-a"),
            Resource("aws:ec2clientvpn/networkAssociation:NetworkAssociation", "vpn-b"),
            Resource("aws:ec2clientvpn/networkAssociation:NetworkAssociation", "vpn-c"),
            Resource("aws:cloudwatch/logGroup:LogGroup", "flow-logs"),
            Resource("aws:cloudwatch/logGroup:LogGroup", "cluster-logs"),
            Resource("aws:kms/key:Key", "key"),
            Resource("aws:secretsmanager/secret:Secret", "secret"),
            Resource(KubernetesManifests.HelmReleaseType, "monitoring", inputs: Map(
                ("name", "kube-prometheus-stack"), ("namespace", "monitoring"), ("values", values))),
            Resource("kubernetes:operator.knative.dev/v1beta1:KnativeServing", "serving", inputs: Map(
                ("metadata", Map(("name", "knative-serving"), ("namespace", "knative-serving"))),
                ("spec", Map(("ingress", Map(("kourier", Map(("enabled", true))))))))));
    }

    /// <summary>A plan of <paramref name="count"/> resources: 1000 tenant components of namespaced objects in a chain.</summary>
    private static ImmutableArray<ResourceRegistration> Synthetic(int count)
    {
        var root = Urn(ResourceGraph.StackType, "numinia-infra-test");
        var builder = ImmutableArray.CreateBuilder<ResourceRegistration>(count);
        builder.Add(Stack());
        builder.Add(Resource("aws:eks/cluster:Cluster", "cluster", parent: root));
        var perTenant = (count - 2) / 1000;
        for (var t = 0; builder.Count < count; t++)
        {
            var tenant = Component("numinia:tenants:Organization", $"org-{t}", dependencies: new[] { Urn("aws:eks/cluster:Cluster", "cluster") });
            builder.Add(tenant);
            string? previous = null;
            for (var i = 0; i < perTenant - 1 && builder.Count < count; i++)
            {
                var name = $"org-{t}-object-{i}";
                var ns = $"org-{t % 1000}";
                builder.Add(Resource("kubernetes:core/v1:ConfigMap", name, parent: tenant.Urn,
                    dependencies: previous is null ? new[] { Urn("aws:eks/cluster:Cluster", "cluster") } : new[] { previous, Urn("aws:eks/cluster:Cluster", "cluster") },
                    inputs: Map(("metadata", Map(("name", name), ("namespace", ns))), ("data", Map(("key", "value"))))));
                previous = Urn("kubernetes:core/v1:ConfigMap", name);
            }
        }

        return builder.ToImmutable();
    }
}
#endif
