namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    // The secrets tooling's custom resources. Its other kinds (Secret, Helm Release) and the Tls key and
    // certificate already have shapes.
    private static IEnumerable<KeyValuePair<string, Shape>> SecretsShapes() => new Dictionary<string, Shape>
    {
        ["kubernetes:external-secrets.io/v1:ClusterSecretStore"] = KubernetesObject(),
        ["kubernetes:external-secrets.io/v1:SecretStore"] = KubernetesObject(),
    };
}
