namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    /// <summary>
    /// Knative Serving: the operator's KnativeServing resource (a namespaced object like any other). Kourier's
    /// Service, its NLB and its DNS records are the operator's, the Load Balancer Controller's and external-dns's,
    /// none of them in the plan.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, Shape>> KnativeShapes() => new Dictionary<string, Shape>
    {
        ["kubernetes:operator.knative.dev/v1beta1:KnativeServing"] = KubernetesObject(),
    };
}
