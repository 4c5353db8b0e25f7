#if PULUMI_OFFLINE
using System.Globalization;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// The network policies of the shared services' namespaces in the prod plan: each allow is a case of its own,
/// written out literally, so that removing one, or widening its pods, peers or ports, fails its case.
/// </summary>
[NonParallelizable]
public sealed class SharedServiceNetworkPolicyTests
{
    // The private subnets: the nodes, and the EKS control plane's ENIs. The public subnets: the NLB.
    private const string Private = "cidr:10.0.32.0/19,cidr:10.0.64.0/19,cidr:10.0.96.0/19";
    private const string Public = "cidr:10.0.0.0/24,cidr:10.0.1.0/24,cidr:10.0.2.0/24";
    private const string Internet = "cidr:0.0.0.0/0 except 10.0.0.0/16,172.20.0.0/16,169.254.169.254/32";
    private const string ApiServer = "Egress pods={} to [cidr:172.20.0.1/32] ports [TCP/443]";
    private const string MonitoringPods = "same-namespace pods {app.kubernetes.io/name NotIn prometheus-node-exporter}";
    private const string PrometheusEgress = "Egress pods={app.kubernetes.io/name=prometheus,operator.prometheus.io/name=kube-prometheus-stack-prometheus} ";
    private const string AwsApis = "Egress pods={} to [" + Internet + "] ports [TCP/443]";
    private const string Dns = "Egress pods={} to [ns:kube-system pods k8s-app=kube-dns] ports [UDP/53,TCP/53]";
    private const string FromMonitoring = "Ingress pods={} from [ns:monitoring]";
    private const string Served = "ns-labelled:numinia.xyz/knative-serving";

    private static PlanResult? s_prod;

    private static async Task<PlanResult> ProdAsync() => s_prod ??= await Planner.RunAsync(Harness.ProdConfig());

    /// <summary>(namespace, policy, its spec rendered): every policy of every shared-service namespace.</summary>
    private static readonly (string Namespace, string Policy, string Spec)[] s_expected =
    [
        .. Common("aws-load-balancer-controller"),
        ("aws-load-balancer-controller", "allow-api-server-egress", ApiServer),
        ("aws-load-balancer-controller", "allow-aws-apis-egress", AwsApis),
        ("aws-load-balancer-controller", "allow-webhook-ingress", "Ingress pods={} from [" + Private + "] ports [TCP/9443]"),
        ("aws-load-balancer-controller", "allow-metrics-ingress", FromMonitoring + " ports [TCP/8080]"),

        .. Common("cert-manager"),
        ("cert-manager", "allow-api-server-egress", ApiServer),
        ("cert-manager", "allow-aws-apis-egress", AwsApis),
        ("cert-manager", "allow-webhook-ingress", "Ingress pods={} from [" + Private + "] ports [TCP/10250]"),
        ("cert-manager", "allow-metrics-ingress", FromMonitoring + " ports [TCP/9402]"),
        ("cert-manager", "allow-acme-self-check-egress", "Egress pods={} to [" + Internet + "] ports [TCP/53,UDP/53,TCP/80]"),

        .. Common("external-dns"),
        ("external-dns", "allow-api-server-egress", ApiServer),
        ("external-dns", "allow-aws-apis-egress", AwsApis),
        ("external-dns", "allow-metrics-ingress", FromMonitoring + " ports [TCP/7979]"),

        .. Common("knative-operator"),
        ("knative-operator", "allow-api-server-egress", ApiServer),
        ("knative-operator", "allow-webhook-ingress", "Ingress pods={} from [" + Private + "] ports [TCP/8443]"),
        ("knative-operator", "allow-metrics-ingress", FromMonitoring + " ports [TCP/9090]"),

        .. Common("knative-serving"),
        ("knative-serving", "allow-api-server-egress", ApiServer),
        ("knative-serving", "allow-webhook-ingress", "Ingress pods={} from [" + Private + "] ports [TCP/8443]"),
        ("knative-serving", "allow-metrics-ingress", FromMonitoring + " ports [TCP/9090,TCP/9000]"),
        ("knative-serving", "allow-nlb-ingress", "Ingress pods={app=3scale-kourier-gateway} from [" + Public + "] ports [TCP/8080,TCP/8443]"),
        ("knative-serving", "allow-served-ingress", "Ingress pods={app=3scale-kourier-gateway} from [" + Served + "] ports [TCP/8080,TCP/8443,TCP/8081]"),
        ("knative-serving", "allow-same-namespace-ingress", "Ingress pods={} from [same-namespace]"),
        ("knative-serving", "allow-same-namespace-egress", "Egress pods={} to [same-namespace]"),
        ("knative-serving", "allow-served-egress", "Egress pods={} to [" + Served + "]"),
        ("knative-serving", "allow-registries-egress", "Egress pods={app=controller} to [" + Internet + "] ports [TCP/443]"),

        .. Common("external-secrets"),
        ("external-secrets", "allow-api-server-egress", ApiServer),
        ("external-secrets", "allow-aws-apis-egress", AwsApis),
        ("external-secrets", "allow-webhook-ingress", "Ingress pods={} from [" + Private + "] ports [TCP/10250]"),
        ("external-secrets", "allow-metrics-ingress", FromMonitoring + " ports [TCP/8080]"),

        .. Common("secrets-store-csi"),
        ("secrets-store-csi", "allow-api-server-egress", ApiServer),
        ("secrets-store-csi", "allow-aws-apis-egress", AwsApis),
        ("secrets-store-csi", "allow-metrics-ingress", FromMonitoring + " ports [TCP/8095]"),

        .. Common("sealed-secrets"),
        ("sealed-secrets", "allow-api-server-egress", ApiServer),
        ("sealed-secrets", "allow-api-proxy-ingress", "Ingress pods={} from [" + Private + "] ports [TCP/8080]"),
        ("sealed-secrets", "allow-metrics-ingress", FromMonitoring + " ports [TCP/8081]"),

        .. Common("monitoring"),
        ("monitoring", "allow-api-server-egress", ApiServer),
        ("monitoring", "allow-webhook-ingress", "Ingress pods={} from [" + Private + "] ports [TCP/10250]"),
        ("monitoring", "allow-same-namespace-ingress", "Ingress pods={} from [" + MonitoringPods + "]"),
        ("monitoring", "allow-same-namespace-egress", "Egress pods={} to [" + MonitoringPods + "]"),
        ("monitoring", "allow-scrape-egress",
            PrometheusEgress + "to [all-namespaces] ports [TCP/2020,TCP/7979,TCP/8080,TCP/8081,TCP/8085,TCP/8095,TCP/9000,TCP/9090,TCP/9402,TCP/10250]"),
        ("monitoring", "allow-scrape-served-egress", PrometheusEgress + "to [" + Served + "]"),
        ("monitoring", "allow-scrape-coredns-egress", PrometheusEgress + "to [ns:kube-system pods k8s-app=kube-dns] ports [TCP/9153]"),
        ("monitoring", "allow-scrape-control-plane-egress", PrometheusEgress + "to [" + Private + "] ports [TCP/443]"),
        ("monitoring", "allow-scrape-nodes-egress", PrometheusEgress + "to [" + Private + "] ports [TCP/9100,TCP/10250]"),
        ("monitoring", "allow-alertmanager-notify-egress",
            "Egress pods={alertmanager=kube-prometheus-stack-alertmanager,app.kubernetes.io/name=alertmanager} to [" + Internet + "] ports [TCP/443]"),

        .. Common("logging"),
        ("logging", "allow-api-server-egress", ApiServer),
        ("logging", "allow-aws-apis-egress", AwsApis),
        ("logging", "allow-metrics-ingress", FromMonitoring + " ports [TCP/2020]"),

        .. Common("metrics-server"),
        ("metrics-server", "allow-api-server-egress", ApiServer),
        ("metrics-server", "allow-metrics-api-ingress", "Ingress pods={} from [" + Private + "] ports [TCP/10250]"),
        ("metrics-server", "allow-kubelet-egress", "Egress pods={} to [" + Private + "] ports [TCP/10250]"),

        .. Common("nvidia-device-plugin"),
    ];

    private static IEnumerable<TestCaseData> Allows() => s_expected.Select(e => new TestCaseData(e.Namespace, e.Policy, e.Spec)
        .SetName($"NetworkPolicy_{e.Namespace}_{e.Policy}"));

    private static (string, string, string)[] Common(string ns) =>
    [
        (ns, "default-deny", "Ingress,Egress pods={}"),
        (ns, "allow-dns", Dns),
    ];

    [TestCaseSource(nameof(Allows))]
    public async Task EveryAllowIsExactlyAsNeeded(string ns, string policy, string spec)
    {
        var plan = await ProdAsync();
        var found = Policies(plan).Where(p => p.Namespace == ns && p.Name == policy).ToArray();
        Assert.That(found, Has.Length.EqualTo(1), $"{ns}/{policy} is in the plan once");
        Assert.That(Render(found[0].Registration), Is.EqualTo(spec), $"{ns}/{policy}");
    }

    [Test]
    public async Task SharedServiceNamespacesHaveNoPolicyBeyondTheListedOnes()
    {
        var plan = await ProdAsync();
        var sharedNamespaces = s_expected.Select(e => e.Namespace).ToHashSet(StringComparer.Ordinal);
        var planned = Policies(plan).Where(p => sharedNamespaces.Contains(p.Namespace)).Select(p => $"{p.Namespace}/{p.Name}");
        Assert.That(planned, Is.EquivalentTo(s_expected.Select(e => $"{e.Namespace}/{e.Policy}")));
    }

    [Test]
    public async Task EveryNamespaceOfTheProdPlanPassesTheIsolationRule()
    {
        var plan = await ProdAsync();
        var policyPlan = new PolicyPlan(plan.Resources);
        var namespaces = policyPlan.OfType(PolicyTokens.Namespace).Select(KubernetesObjects.NameOf).ToArray();
        Assert.That(namespaces, Is.SupersetOf(s_expected.Select(e => e.Namespace).Distinct()), "every shared-service namespace is in the plan");
        Assert.That(namespaces, Does.Not.Contain("kube-system"), "kube-system is EKS's, not the platform's");
        Assert.That(new TenantNamespaceIsolation().Check(policyPlan), Is.Empty);
    }

    private static IEnumerable<(string Namespace, string Name, ResourceRegistration Registration)> Policies(PlanResult plan)
        => plan.Resources.Where(r => r.Type == PolicyTokens.NetworkPolicy)
            .Select(r => (PolicyValues.AsString(KubernetesObjects.NamespaceOf(r)) ?? "?", KubernetesObjects.NameOf(r) ?? "?", r));

    /// <summary>A policy as one line: its types, selected pods, peers and ports.</summary>
    private static string Render(ResourceRegistration policy)
    {
        var types = string.Join(",", PolicyValues.AsStrings(policy.Input("spec", "policyTypes")));
        var line = $"{types} pods={Labels(policy.Input("spec", "podSelector", "matchLabels"))}";
        foreach (var (key, peers) in new[] { ("ingress", "from"), ("egress", "to") })
        {
            foreach (var rule in PolicyValues.AsList(policy.Input("spec", key)))
            {
                line += $" {peers} [{string.Join(",", PolicyValues.AsList(PolicyValues.At(rule, peers)).Select(Peer))}]";
                var ports = PolicyValues.AsList(PolicyValues.At(rule, "ports"))
                    .Select(p => $"{PolicyValues.AsString(PolicyValues.At(p, "protocol"))}/{Number(PolicyValues.At(p, "port"))}").ToArray();
                line += ports.Length == 0 ? string.Empty : $" ports [{string.Join(",", ports)}]";
            }
        }

        return line;
    }

    private static string Peer(object? peer)
    {
        if (PolicyValues.At(peer, "ipBlock") is { } block)
        {
            var except = PolicyValues.AsStrings(PolicyValues.At(block, "except"));
            return $"cidr:{PolicyValues.AsString(PolicyValues.At(block, "cidr"))}" + (except.IsEmpty ? string.Empty : $" except {string.Join(",", except)}");
        }

        var namespaces = PolicyValues.AsMap(PolicyValues.At(peer, "namespaceSelector"));
        var pods = PolicyValues.At(peer, "podSelector", "matchLabels");
        if (namespaces is null)
        {
            var notIn = PolicyValues.AsList(PolicyValues.At(peer, "podSelector", "matchExpressions")).Select(e =>
                $"{PolicyValues.AsString(PolicyValues.At(e, "key"))} {PolicyValues.AsString(PolicyValues.At(e, "operator"))} {string.Join(",", PolicyValues.AsStrings(PolicyValues.At(e, "values")))}");
            return "same-namespace" + (pods is null ? string.Empty : $" pods {Labels(pods)}") + (notIn.Any() ? $" pods {{{string.Join(",", notIn)}}}" : string.Empty);
        }

        if (PolicyValues.AsString(PolicyValues.At(namespaces, "matchLabels", "kubernetes.io/metadata.name")) is { } name)
        {
            return $"ns:{name}" + (pods is null ? string.Empty : $" pods {Labels(pods).Trim('{', '}')}");
        }

        var expression = PolicyValues.AsList(namespaces.GetValueOrDefault("matchExpressions")).SingleOrDefault();
        return expression is not null && PolicyValues.AsString(PolicyValues.At(expression, "operator")) == "Exists"
            ? $"ns-labelled:{PolicyValues.AsString(PolicyValues.At(expression, "key"))}"
            : "all-namespaces";
    }

    private static string Labels(object? labels)
        => "{" + string.Join(",", (PolicyValues.AsMap(labels) ?? []).OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => $"{l.Key}={PolicyValues.AsString(l.Value)}")) + "}";

    private static string Number(object? value)
        => PolicyValues.AsNumber(value) is { } number ? number.ToString(CultureInfo.InvariantCulture) : PolicyValues.Show(value);
}
#endif
