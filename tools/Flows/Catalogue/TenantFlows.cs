#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.Monitoring;
using Numinia.Infra.Flows.Workloads;

namespace Numinia.Infra.Flows.Catalogue;

/// <summary>
/// What a tenant's applications may reach (the database, the internet) and the isolation the platform promises: no
/// tenant reaches another tenant, the instance metadata service, the API server, a node, or a shared service's pods.
/// </summary>
public static class TenantFlows
{
    /// <summary>The flows of this group: <paramref name="tenants"/> are the organizations' namespaces, <paramref name="served"/> every namespace with applications.</summary>
    public static IEnumerable<Flow> For(ClusterModel model, PlatformAddresses addresses, ImmutableArray<string> tenants, IEnumerable<string> served)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(addresses);
        var present = model.Pods.Select(p => (p.Namespace, p.Workload)).ToHashSet();
        for (var i = 0; i < tenants.Length; i++)
        {
            var ns = tenants[i];
            var app = FlowEnd.Pod(ns, "revision");
            yield return new Flow($"a revision in {ns} reaches the database on 5432", app, FlowEnd.Outside("the Aurora writer", addresses.DatabaseWriter),
                "TCP", 5432, FlowExpectation.Open, "applications keep their data in the platform's Aurora cluster (database subnets)");
            yield return new Flow($"a revision in {ns} reaches the internet on 443", app, FlowEnd.Outside("a public web API", PlatformAddresses.Internet),
                "TCP", 443, FlowExpectation.Open, "tenants may call out to the internet (PLATFORM.md: allow egress to the internet)");
            if (tenants.Length > 1)
            {
                var other = tenants[(i + 1) % tenants.Length];
                yield return new Flow($"a revision in {ns} cannot reach a revision in {other}", app, FlowEnd.Pod(other, "revision"), "TCP", 8012,
                    FlowExpectation.Closed, "tenants are isolated from each other");
            }

            foreach (var (target, port, what) in new[]
            {
                (FlowEnd.Pod(CertManagerAddon.NamespaceName, "cert-manager-webhook"), 10250, "cert-manager's webhook"),
                (FlowEnd.Pod(ExternalSecretsAddon.NamespaceName, "external-secrets-webhook"), 10250, "External Secrets' webhook"),
                (FlowEnd.Pod(MonitoringAddon.NamespaceName, "prometheus"), 9090, "Prometheus"),
                (FlowEnd.Pod(MonitoringAddon.NamespaceName, "grafana"), 3000, "Grafana"),
                (FlowEnd.Pod(MetricsServerAddon.NamespaceName, "metrics-server"), 10250, "metrics-server (whose /metrics needs no token)"),
            })
            {
                if (target is PodEnd p && present.Contains((p.Namespace, p.Workload)))
                {
                    yield return new Flow($"a revision in {ns} cannot reach {what}", app, target, "TCP", port, FlowExpectation.Closed,
                        "the platform's namespaces admit no tenant traffic");
                }
            }

            yield return new Flow($"a revision in {ns} cannot reach a kubelet", app, FlowEnd.Node, "TCP", 10250, FlowExpectation.Closed,
                "nodes are not a tenant's to call");
        }

        foreach (var ns in served)
        {
            var app = FlowEnd.Pod(ns, "revision");
            yield return new Flow($"a revision in {ns} cannot reach the instance metadata service", app,
                FlowEnd.Outside("instance metadata", PlatformAddresses.InstanceMetadata), "TCP", 80, FlowExpectation.Closed,
                "the node's credentials are not the application's (applications use their IRSA role)");
            yield return new Flow($"a revision in {ns} cannot reach the API server", app, FlowEnd.Service("default", ClusterWorkloads.ApiServerService),
                "TCP", 443, FlowExpectation.Closed, "applications have no business with the API server");
        }
    }
}
#endif
