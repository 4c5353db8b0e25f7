#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.Flux;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Addons.Logging;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Addons.SealedSecrets;
using Numinia.Components.Addons.SecretsStoreCsi;
using Numinia.Components.Addons.Velero;
using Numinia.Infra.Flows.Workloads;

namespace Numinia.Infra.Flows.Catalogue;

/// <summary>
/// The flows between the shared services and the cluster's control plane and AWS: every controller to the API server
/// through <c>kubernetes.default</c>, every policed pod to the cluster DNS, the control plane to each admission webhook and
/// aggregated API, and the controllers that call AWS APIs or the ACME directory.
/// </summary>
public static class ControlPlaneFlows
{
    /// <summary>The workloads that call the API server (they watch, list or write objects), with what they do there.</summary>
    public static readonly ImmutableArray<(string Namespace, string Workload, string Why)> ApiClients =
    [
        (LoadBalancerControllerAddon.NamespaceName, "aws-load-balancer-controller", "reconciles Services, Ingresses and TargetGroupBindings"),
        (CertManagerAddon.NamespaceName, "cert-manager", "reconciles Certificates and Issuers"),
        (CertManagerAddon.NamespaceName, "cert-manager-cainjector", "injects CA bundles into webhooks and CRDs"),
        (CertManagerAddon.NamespaceName, "cert-manager-webhook", "reads its serving certificate"),
        (ExternalDnsAddon.NamespaceName, "external-dns", "watches Services for their hostnames"),
        (KnativeServingAddon.OperatorNamespaceName, "knative-operator", "installs Knative Serving from the KnativeServing"),
        (KnativeServingAddon.OperatorNamespaceName, "operator-webhook", "reads its serving certificate"),
        (KnativeServingAddon.ServingNamespaceName, "activator", "watches revisions and endpoints"),
        (KnativeServingAddon.ServingNamespaceName, "autoscaler", "scales revisions"),
        (KnativeServingAddon.ServingNamespaceName, "autoscaler-hpa", "reconciles HPA-class revisions"),
        (KnativeServingAddon.ServingNamespaceName, "controller", "reconciles Services, Routes, DomainMappings"),
        (KnativeServingAddon.ServingNamespaceName, "webhook", "reads its serving certificate and configs"),
        (KnativeServingAddon.ServingNamespaceName, "net-kourier-controller", "turns KIngresses into Envoy configuration"),
        (ExternalSecretsAddon.NamespaceName, "external-secrets", "writes Secrets from ExternalSecrets"),
        (ExternalSecretsAddon.NamespaceName, "external-secrets-cert-controller", "keeps the webhook's certificate and CA bundles"),
        (ExternalSecretsAddon.NamespaceName, "external-secrets-webhook", "reads its serving certificate"),
        (SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver", "reads SecretProviderClasses and syncs Secrets"),
        (SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver-provider-aws", "reads the pod's service account for its role"),
        (SealedSecretsAddon.NamespaceName, "sealed-secrets-controller", "unseals SealedSecrets into Secrets"),
        (MonitoringAddon.NamespaceName, "prometheus-operator", "runs Prometheus and Alertmanager from their resources"),
        (MonitoringAddon.NamespaceName, "prometheus", "discovers scrape targets from endpoints and nodes"),
        (MonitoringAddon.NamespaceName, "kube-state-metrics", "lists every object it reports on"),
        (MonitoringAddon.NamespaceName, "grafana", "its sidecars load dashboards and data sources from ConfigMaps"),
        (LoggingAddon.NamespaceName, "fluent-bit", "adds pod metadata to log records"),
        (MetricsServerAddon.NamespaceName, "metrics-server", "lists nodes and serves the metrics API"),
        (FluxAddon.NamespaceName, "source-controller", "reconciles GitRepositories and stores their artifacts' status"),
        (FluxAddon.NamespaceName, "kustomize-controller", "applies Kustomizations as their service accounts"),
        (FluxAddon.NamespaceName, "helm-controller", "installs HelmReleases as their service accounts"),
        (FluxAddon.NamespaceName, "notification-controller", "reads Alerts, Providers and Receivers"),
        (FluxAddon.NamespaceName, "flux2-flux-check", "runs flux check --pre before the chart installs"),
        (VeleroAddon.NamespaceName, "velero", "reads every object it backs up and creates those it restores"),
    ];

    /// <summary>Admission webhooks and aggregated APIs the control plane calls: (namespace, workload, container port, what).</summary>
    public static readonly ImmutableArray<(string Namespace, string Workload, int Port, string Why)> ControlPlaneCallers =
    [
        (LoadBalancerControllerAddon.NamespaceName, "aws-load-balancer-controller", 9443, "its pod, Service and Ingress webhooks"),
        (CertManagerAddon.NamespaceName, "cert-manager-webhook", 10250, "validates and mutates cert-manager resources"),
        (ExternalSecretsAddon.NamespaceName, "external-secrets-webhook", 10250, "validates SecretStores and ExternalSecrets"),
        (KnativeServingAddon.OperatorNamespaceName, "operator-webhook", 8443, "converts and validates KnativeServing"),
        (KnativeServingAddon.ServingNamespaceName, "webhook", 8443, "validates and defaults Knative Services and configs"),
        (MetricsServerAddon.NamespaceName, "metrics-server", 10250, "serves the metrics.k8s.io aggregated API"),
        (MonitoringAddon.NamespaceName, "prometheus-operator", 10250, "validates PrometheusRules and AlertmanagerConfigs"),
        (SealedSecretsAddon.NamespaceName, "sealed-secrets-controller", 8080, "answers kubeseal's certificate fetch through the API server's service proxy"),
    ];

    /// <summary>The workloads that call AWS APIs or other services on the internet over 443, with which.</summary>
    public static readonly ImmutableArray<(string Namespace, string Workload, string Why)> AwsApiClients =
    [
        (LoadBalancerControllerAddon.NamespaceName, "aws-load-balancer-controller", "ELB, EC2, ACM, WAF, Shield and STS"),
        (CertManagerAddon.NamespaceName, "cert-manager", "Route 53 for DNS-01 and STS"),
        (ExternalDnsAddon.NamespaceName, "external-dns", "Route 53 and STS"),
        (ExternalSecretsAddon.NamespaceName, "external-secrets", "Secrets Manager and STS"),
        (SecretsStoreCsiAddon.NamespaceName, "secrets-store-csi-driver-provider-aws", "Secrets Manager, SSM and STS"),
        (LoggingAddon.NamespaceName, "fluent-bit", "CloudWatch Logs and STS"),
        (KnativeServingAddon.ServingNamespaceName, "controller", "container registries, to resolve image tags to digests"),
        (VeleroAddon.NamespaceName, "velero", "S3 (its backup bucket), EC2 (EBS snapshots) and STS"),
        (MonitoringAddon.NamespaceName, "alertmanager", "SNS (the alerts topic) and STS; the Slack, webhook and heartbeat URLs"),
    ];

    /// <summary>The flows of this group for <paramref name="model"/>.</summary>
    public static IEnumerable<Flow> For(ClusterModel model, PlatformAddresses addresses)
    {
        ArgumentNullException.ThrowIfNull(model);
        var present = model.Pods.Select(p => (p.Namespace, p.Workload)).ToHashSet();
        var api = FlowEnd.Service("default", ClusterWorkloads.ApiServerService);
        foreach (var (ns, workload, why) in ApiClients.Where(c => present.Contains((c.Namespace, c.Workload))))
        {
            yield return new Flow($"{ns}/{workload} reaches the API server at kubernetes.default:443", FlowEnd.Pod(ns, workload), api, "TCP", 443,
                FlowExpectation.Open, $"it {why}; in-cluster clients dial the kubernetes Service's ClusterIP (KUBERNETES_SERVICE_HOST)");
        }

        foreach (var pod in model.Pods.Where(p => !p.HostNetwork && PolicyController.Selecting(model, p).Any()).DistinctBy(p => (p.Namespace, p.Workload)))
        {
            foreach (var protocol in new[] { "UDP", "TCP" })
            {
                yield return new Flow($"{pod.Id} resolves names at kube-dns ({protocol}/53)", FlowEnd.Pod(pod.Namespace, pod.Workload),
                    FlowEnd.Service("kube-system", ClusterWorkloads.DnsService), protocol, 53, FlowExpectation.Open,
                    "every pod's resolv.conf names the kube-dns Service's ClusterIP (kubelet --cluster-dns)");
            }
        }

        var controlPlane = FlowEnd.Outside("EKS control plane ENI", addresses.ControlPlane);
        foreach (var (ns, workload, port, why) in ControlPlaneCallers.Where(c => present.Contains((c.Namespace, c.Workload))))
        {
            yield return new Flow($"the control plane calls {ns}/{workload} on {port}", controlPlane, FlowEnd.Pod(ns, workload), "TCP", port,
                FlowExpectation.Open, $"{why}; EKS's API server reaches pods from its ENIs in the cluster's subnets");
        }

        var aws = FlowEnd.Outside("an AWS regional endpoint", PlatformAddresses.AwsApi);
        foreach (var (ns, workload, why) in AwsApiClients.Where(c => present.Contains((c.Namespace, c.Workload))))
        {
            yield return new Flow($"{ns}/{workload} reaches AWS APIs on 443", FlowEnd.Pod(ns, workload), aws, "TCP", 443, FlowExpectation.Open, why);
            yield return new Flow($"{ns}/{workload} cannot reach the instance metadata service", FlowEnd.Pod(ns, workload),
                FlowEnd.Outside("instance metadata", PlatformAddresses.InstanceMetadata), "TCP", 80, FlowExpectation.Closed,
                "its AWS identity is its IRSA role; the node's instance profile is not the service's");
            if (model.Services.Any(s => s.Namespace == MetricsServerAddon.NamespaceName && s.Name == "metrics-server"))
            {
                yield return new Flow($"{ns}/{workload} cannot call another namespace's Service on 443 through its internet rule", FlowEnd.Pod(ns, workload),
                    FlowEnd.Service(MetricsServerAddon.NamespaceName, "metrics-server"), "TCP", 443, FlowExpectation.Closed,
                    "its 443 to the internet is for AWS and ACME; Services are not the internet (the API server's calls come from the private subnets, "
                    + "so a webhook or aggregated API cannot tell a pod from the control plane by address)");
            }
        }

        if (present.Contains((CertManagerAddon.NamespaceName, "cert-manager")))
        {
            var certManager = FlowEnd.Pod(CertManagerAddon.NamespaceName, "cert-manager");
            yield return new Flow("cert-manager/cert-manager reaches the ACME directory on 443", certManager,
                FlowEnd.Outside("acme-v02.api.letsencrypt.org", PlatformAddresses.Acme), "TCP", 443, FlowExpectation.Open, "orders certificates");
            var outside = FlowEnd.Outside("a public address (an authoritative name server, the NLB's public address)", PlatformAddresses.Internet);
            yield return new Flow("cert-manager/cert-manager checks HTTP-01 tokens on port 80", certManager, outside, "TCP", 80, FlowExpectation.Open,
                "the HTTP-01 self-check fetches the token through the public name before it asks the ACME server to");
            yield return new Flow("cert-manager/cert-manager checks DNS-01 propagation on UDP/53", certManager, outside, "UDP", 53, FlowExpectation.Open,
                "the DNS-01 self-check asks the zone's authoritative name servers");
        }
    }
}
#endif
