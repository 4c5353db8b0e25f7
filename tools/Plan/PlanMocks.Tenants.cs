using System.Collections.Immutable;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    /// <summary>
    /// What the tenant organizations create besides the common Kubernetes kinds: EKS access entries and their
    /// namespace-scoped access policies, Secrets Manager secrets with their first version, and the
    /// server-side apply patch of each namespace's default ServiceAccount.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, Shape>> TenantsShapes() => new Dictionary<string, Shape>
    {
        // The provider's id is "<cluster>:<principal ARN>"; EKS derives the user name from the principal.
        ["aws:eks/accessEntry:AccessEntry"] = new("", (a, s, m) =>
        {
            var cluster = (string?)s.GetValueOrDefault("clusterName") ?? "cluster";
            var principal = (string?)s.GetValueOrDefault("principalArn") ?? string.Empty;
            var type = (string?)s.GetValueOrDefault("type") ?? "STANDARD";
            var principalName = principal[(principal.LastIndexOf('/') + 1)..];
            s["id"] = $"{cluster}:{principal}";
            s["accessEntryArn"] = m.Arn("eks",
                $"access-entry/{cluster}/{(principal.Contains(":user/", StringComparison.Ordinal) ? "user" : "role")}/{m.AccountId}/{principalName}/{m.ClusterUuid("access-entry:" + a.Name)}");
            s["type"] = type;
            s["kubernetesGroups"] = s.GetValueOrDefault("kubernetesGroups") ?? ImmutableArray<object>.Empty;
            s["userName"] = s.GetValueOrDefault("userName") ?? (principal.Contains(":role/", StringComparison.Ordinal)
                ? $"arn:aws:sts::{m.AccountId}:assumed-role/{principalName}/{{{{SessionName}}}}"
                : principal);
            s["createdAt"] = "2026-01-01T00:00:00Z";
            s["modifiedAt"] = "2026-01-01T00:00:00Z";
            s["tagsAll"] = s.GetValueOrDefault("tags") ?? ImmutableDictionary<string, object>.Empty;
            s["region"] = m.Region;
        }),
        // The provider's id is "<cluster>#<principal ARN>#<policy ARN>".
        ["aws:eks/accessPolicyAssociation:AccessPolicyAssociation"] = new("", (a, s, m) =>
        {
            s["id"] = $"{s.GetValueOrDefault("clusterName")}#{s.GetValueOrDefault("principalArn")}#{s.GetValueOrDefault("policyArn")}";
            s["associatedAt"] = "2026-01-01T00:00:00Z";
            s["modifiedAt"] = "2026-01-01T00:00:00Z";
            s["region"] = m.Region;
        }),
        // Secrets Manager appends six random characters to a secret's name in its ARN; the ARN is the id.
        ["aws:secretsmanager/secret:Secret"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? $"{s.GetValueOrDefault("namePrefix") ?? a.Name + "-"}{m.Hex("secret-name:" + a.Name, 26)}";
            var arn = m.Arn("secretsmanager", $"secret:{name}-{m.Hex("secret-suffix:" + name, 6)}");
            s["id"] = arn;
            s["arn"] = arn;
            s["name"] = name;
            s["recoveryWindowInDays"] = s.GetValueOrDefault("recoveryWindowInDays") ?? 30.0;
            s["forceOverwriteReplicaSecret"] = s.GetValueOrDefault("forceOverwriteReplicaSecret") ?? false;
            s["policy"] = s.GetValueOrDefault("policy") ?? string.Empty;
            s["replicas"] = s.GetValueOrDefault("replicas") ?? ImmutableArray<object>.Empty;
            s["tagsAll"] = s.GetValueOrDefault("tags") ?? ImmutableDictionary<string, object>.Empty;
            s["region"] = m.Region;
        }),
        // The provider's id is "<secret ARN>|<version id>"; a new version becomes AWSCURRENT.
        ["aws:secretsmanager/secretVersion:SecretVersion"] = new("", (a, s, m) =>
        {
            var secret = (string?)s.GetValueOrDefault("secretId") ?? string.Empty;
            var version = m.ClusterUuid("secret-version:" + a.Name);
            s["id"] = $"{secret}|{version}";
            s["arn"] = secret;
            s["versionId"] = version;
            s["versionStages"] = s.GetValueOrDefault("versionStages") ?? ImmutableArray.Create<object>("AWSCURRENT");
            s["region"] = m.Region;
        }),
        ["kubernetes:core/v1:ServiceAccountPatch"] = KubernetesObject(),
    };
}
