#if PULUMI_OFFLINE
using Numinia.Components.Addons.Knative;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// What the Load Balancer Controller's webhooks can refuse in the prod plan, modelled on the pinned chart's
/// templates/webhook.yaml (aws/eks-charts stable/aws-load-balancer-controller 3.5.0) and the controller's code at
/// v3.5.0 (kubernetes-sigs/aws-load-balancer-controller).
/// </summary>
[NonParallelizable]
public sealed class LoadBalancerControllerWebhookTests
{
    private const string QuotaType = "kubernetes:core/v1:ResourceQuota";
    private const string NamespaceType = "kubernetes:core/v1:Namespace";
    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";
    private const string LoadBalancerControllerRelease = "aws-load-balancer-controller-release";

    private static Task<PlanResult> PlanAsync() => Harness.ProdPlanAsync();

    private static ResourceRegistration Release(PlanResult plan, string name) => plan.Resources.Single(r => r.Type == ReleaseType && r.Name == name);

    /// <summary>
    /// The webhooks the chart registers for Services, as templates/webhook.yaml renders them from the values: only
    /// <c>mservice.elbv2.k8s.aws</c>, when <c>enableServiceMutatorWebhook</c> (default true), with
    /// <c>serviceMutatorWebhookConfig.failurePolicy</c> (default Fail), every namespace unless
    /// <c>serviceMutatorWebhookConfig.namespaceSelectors</c> narrows them, and every object but the controller's own.
    /// </summary>
    private static IEnumerable<(string Name, string FailurePolicy, bool EveryNamespace)> ServiceWebhooks(ResourceRegistration release)
    {
        if (PolicyValues.AsBool(release.Input("values", "enableServiceMutatorWebhook")) ?? true)
        {
            var config = release.Input("values", "serviceMutatorWebhookConfig");
            var policy = PolicyValues.AsString(PolicyValues.At(config, "failurePolicy")) ?? "Fail";
            yield return ("mservice.elbv2.k8s.aws", policy, PolicyValues.AsList(PolicyValues.At(config, "namespaceSelectors")).IsEmpty);
        }
    }

    /// <summary>
    /// Rule: no Service anywhere can be refused because the Load Balancer Controller is not (yet) ready. A webhook with
    /// failurePolicy Fail whose endpoints are not ready refuses the request ("no endpoints available for service
    /// aws-load-balancer-webhook-service": aws/eks-charts#1058, kubernetes-sigs/aws-load-balancer-controller#4140), and
    /// on the first `up` nine other releases create Services while the controller's pods start.
    /// </summary>
    [Test]
    public async Task NoServiceCreationWaitsForTheLoadBalancerController()
    {
        var release = Release(await PlanAsync(), LoadBalancerControllerRelease);
        Assert.That(ServiceWebhooks(release).Where(w => w.FailurePolicy == "Fail").Select(w => w.Name), Is.Empty,
            "Service webhooks that refuse every Service while the controller is down");
    }

    /// <summary>
    /// Rule: no Ingress anywhere can be refused because the controller is down. The chart registers
    /// <c>vingress.elbv2.k8s.aws</c> for every Ingress (no class filter) unless <c>webhookConfig.disableIngressValidation</c>,
    /// with <c>webhookConfig.ingressValdationFailurePolicy</c> (default Fail; the key is spelt so in 3.5.0's values.yaml), so
    /// cert-manager's HTTP-01 solver Ingresses (class kourier.ingress.networking.knative.dev) would wait for the controller.
    /// </summary>
    [Test]
    public async Task NoIngressCreationWaitsForTheLoadBalancerController()
    {
        var release = Release(await PlanAsync(), LoadBalancerControllerRelease);
        var config = release.Input("values", "webhookConfig");
        var registered = !(PolicyValues.AsBool(PolicyValues.At(config, "disableIngressValidation")) ?? false);
        var policy = PolicyValues.AsString(PolicyValues.At(config, "ingressValdationFailurePolicy")) ?? "Fail";
        Assert.That(registered && policy == "Fail", Is.False, "vingress.elbv2.k8s.aws refuses every Ingress while the controller is down");
    }

    /// <summary>
    /// Whether the controller reconciles a Service (kubernetes-sigs/aws-load-balancer-controller v3.5.0,
    /// pkg/service/service_utils.go IsServiceSupported): its class if it has one, else the annotations, type
    /// <c>nlb-ip</c>, or <c>external</c> with target type <c>ip</c> or <c>instance</c>.
    /// </summary>
    private static bool ControllerOwns(IReadOnlyDictionary<string, string> annotations, string? loadBalancerClass)
    {
        if (loadBalancerClass is not null)
        {
            return loadBalancerClass == "service.k8s.aws/nlb";
        }

        var type = annotations.GetValueOrDefault("service.beta.kubernetes.io/aws-load-balancer-type");
        var target = annotations.GetValueOrDefault("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type");
        return type == "nlb-ip" || (type == "external" && target is "ip" or "instance");
    }

    /// <summary>
    /// Whether EKS's legacy cloud provider leaves a Service alone (kubernetes/cloud-provider-aws v1.35.2,
    /// pkg/providers/v1/aws_loadbalancer.go isLBExternal): type <c>nlb-ip</c> or <c>external</c>.
    /// </summary>
    private static bool LegacyProviderSkips(IReadOnlyDictionary<string, string> annotations)
        => annotations.GetValueOrDefault("service.beta.kubernetes.io/aws-load-balancer-type") is "nlb-ip" or "external";

    /// <summary>
    /// Rule: without the Service mutator, Kourier's Service, which names no class (the operator's manifest has none and
    /// the KnativeServing's service override sets only annotations), is still the controller's and not the legacy
    /// provider's: the controller makes its NLB, and no Classic Load Balancer is made beside it.
    /// </summary>
    [Test]
    public async Task KouriersServiceIsTheControllersByItsAnnotationsAlone()
    {
        var serving = (await PlanAsync()).Resources.Single(r => r.Type == "kubernetes:operator.knative.dev/v1beta1:KnativeServing");
        var kourier = PolicyValues.AsList(serving.Input("spec", "services"))
            .Single(s => PolicyValues.AsString(PolicyValues.At(s, "name")) == KnativeServingAddon.KourierServiceName);
        var annotations = PolicyValues.AsMap(PolicyValues.At(kourier, "annotations"))!
            .ToDictionary(a => a.Key, a => PolicyValues.AsString(a.Value)!);
        Assert.Multiple(() =>
        {
            Assert.That(ControllerOwns(annotations, loadBalancerClass: null), Is.True, "the controller reconciles it");
            Assert.That(LegacyProviderSkips(annotations), Is.True, "the legacy cloud provider leaves it alone");
        });
    }

    /// <summary>
    /// Rule: the only namespace the plan lets hold a LoadBalancer Service is Kourier's, so no Service of another
    /// namespace relied on the mutator to be given the controller's class.
    /// </summary>
    [Test]
    public async Task OnlyKouriersNamespaceMayHoldALoadBalancerService()
    {
        var plan = await PlanAsync();
        var allowing = plan.Resources.Where(r => r.Type == QuotaType)
            .Where(q => PolicyValues.AsString(q.Input("spec", "hard", "services.loadbalancers")) is { } n && n != "0")
            .Select(q => PolicyValues.AsString(q.Input("metadata", "namespace")))
            .ToArray();
        var unbounded = Namespaces(plan).Where(ns => !plan.Resources.Any(q => q.Type == QuotaType
            && PolicyValues.AsString(q.Input("metadata", "namespace")) == ns && q.Input("spec", "hard", "services.loadbalancers") is not null));
        Assert.Multiple(() =>
        {
            Assert.That(allowing, Is.EqualTo(new[] { KnativeServingAddon.KourierNamespaceName }));
            Assert.That(unbounded, Is.Empty, "namespaces whose LoadBalancer Services no quota counts");
        });
    }

    /// <summary>
    /// Rule: no namespace of the plan opts into the controller's pod webhooks, so none of them sees a pod of the
    /// platform or a tenant. The chart selects namespaces by label: <c>mpod</c> (readiness gates, failurePolicy Ignore)
    /// <c>elbv2.k8s.aws/pod-readiness-gate-inject=enabled</c>, <c>quicid</c> (Fail)
    /// <c>elbv2.k8s.aws/quic-server-id-inject=enabled</c>, the namespace-wide ALB target control agent (Fail)
    /// <c>elbv2.k8s.aws/alb-target-control-agent-injection=enabled</c>; the per-object one needs the pod label
    /// <c>elbv2.k8s.aws/alb-target-control-agent-inject=true</c>, which no chart of the platform sets.
    /// </summary>
    [Test]
    public async Task NoNamespaceOfThePlanOptsIntoTheControllersPodWebhooks()
    {
        var plan = await PlanAsync();
        var optIn = new[] { "elbv2.k8s.aws/pod-readiness-gate-inject", "elbv2.k8s.aws/quic-server-id-inject", "elbv2.k8s.aws/alb-target-control-agent-injection" };
        var labelled = plan.Resources.Where(r => r.Type == NamespaceType)
            .Where(r => PolicyValues.AsMap(r.Input("metadata", "labels"))?.Keys.Intersect(optIn).Any() == true)
            .Select(r => r.Name);
        Assert.Multiple(() =>
        {
            Assert.That(PolicyValues.AsList(Release(plan, LoadBalancerControllerRelease).Input("values", "webhookNamespaceSelectors")), Is.Empty,
                "the chart's own namespace selectors apply");
            Assert.That(labelled, Is.Empty);
        });
    }

    /// <summary>The names of the namespaces the plan creates.</summary>
    private static IEnumerable<string> Namespaces(PlanResult plan) => plan.Resources.Where(r => r.Type == NamespaceType)
        .Select(r => PolicyValues.AsString(r.Input("metadata", "name"))!);
}
#endif
