namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    /// <summary>
    /// The ingress add-ons' custom resources: cert-manager's ClusterIssuers (the platform's and the tenants'),
    /// which the API server stores like any other cluster-scoped object.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, Shape>> IngressShapes() => new Dictionary<string, Shape>
    {
        ["kubernetes:cert-manager.io/v1:ClusterIssuer"] = KubernetesObject(),
    };
}
