#if PULUMI_OFFLINE
using Numinia.Components.Addons.Knative;

namespace Numinia.Infra.Flows.Catalogue;

/// <summary>
/// Knative Serving's data path: the NLB to Kourier's gateway, the gateway and the activator to each served namespace's
/// revisions, the autoscaler's scrape of their queue-proxies, the components' own calls, cluster-local calls through
/// Kourier's internal gateway, and the ACME HTTP-01 solver behind the gateway.
/// </summary>
public static class ServingFlows
{
    private const string Ns = KnativeServingAddon.ServingNamespaceName;

    /// <summary>The flows of this group: <paramref name="served"/> are the namespaces Knative serves, <paramref name="unserved"/> those it must not reach.</summary>
    public static IEnumerable<Flow> For(PlatformAddresses addresses, IEnumerable<string> served, IEnumerable<string> unserved)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var gateway = FlowEnd.Pod(Ns, "3scale-kourier-gateway");
        var activator = FlowEnd.Pod(Ns, "activator");
        var autoscaler = FlowEnd.Pod(Ns, "autoscaler");
        var nlb = FlowEnd.Outside("Kourier's NLB", addresses.LoadBalancer);
        const string routing = "knative/serving 1.23 routes a request through the activator while a revision is scaled to zero or "
            + "short of capacity, and straight to the revision's pods otherwise";

        yield return new Flow("the NLB reaches Kourier's gateway on 8080 (HTTP)", nlb, gateway, "TCP", 8080, FlowExpectation.Open,
            "the kourier Service maps 80 to 8080; an NLB with target type ip sends to the pod from its own address");
        yield return new Flow("the NLB reaches Kourier's gateway on 8443 (HTTPS)", nlb, gateway, "TCP", 8443, FlowExpectation.Open,
            "the kourier Service maps 443 to 8443");
        yield return new Flow("Kourier's gateway reaches the activator on 8012", gateway, activator, "TCP", 8012, FlowExpectation.Open, routing);
        yield return new Flow("Kourier's gateway gets its configuration from net-kourier-controller (xDS 18000)", gateway,
            FlowEnd.Service(Ns, "net-kourier-controller"), "TCP", 18000, FlowExpectation.Open, "Envoy's bootstrap names the net-kourier-controller Service");
        yield return new Flow("net-kourier-controller probes Kourier's gateway on 8090", FlowEnd.Pod(Ns, "net-kourier-controller"), gateway, "TCP", 8090,
            FlowExpectation.Open, "a KIngress is Ready only once every gateway pod answers the probe (net-kourier pkg/reconciler/ingress)");
        yield return new Flow("the activator reports to the autoscaler (websocket 8080)", activator, FlowEnd.Service(Ns, "autoscaler"), "TCP", 8080,
            FlowExpectation.Open, "the activator streams request statistics to autoscaler.knative-serving:8080");

        foreach (var ns in served)
        {
            var revision = FlowEnd.Pod(ns, "revision");
            yield return new Flow($"Kourier's gateway reaches a revision in {ns} on 8012", gateway, revision, "TCP", 8012, FlowExpectation.Open, routing);
            yield return new Flow($"the activator reaches a revision in {ns} on 8012", activator, revision, "TCP", 8012, FlowExpectation.Open, routing);
            yield return new Flow($"the autoscaler scrapes a revision's queue-proxy in {ns} on 9090", autoscaler, revision, "TCP", 9090, FlowExpectation.Open,
                "the autoscaler reads each pod's request statistics from queue-proxy (networking.AutoscalingQueueMetricsPort)");
            yield return new Flow($"a revision in {ns} calls Knative services through kourier-internal:80", revision, FlowEnd.Service(Ns, "kourier-internal"),
                "TCP", 80, FlowExpectation.Open, "a Knative Service's cluster-local name is an ExternalName of kourier-internal.knative-serving");
            yield return new Flow($"Kourier's gateway reaches an HTTP-01 solver in {ns} on 8089", gateway, FlowEnd.Pod(ns, "acme-solver"), "TCP", 8089,
                FlowExpectation.Open, "DomainMapping certificates (external-domain-tls) are solved in the DomainMapping's namespace through the gateway");
        }

        foreach (var ns in unserved)
        {
            yield return new Flow($"Kourier's gateway cannot reach {ns}", gateway, FlowEnd.Pod(ns, "job"), "TCP", 8080, FlowExpectation.Closed,
                $"Knative serves nothing in {ns}");
        }
    }
}
#endif
