using System.Collections.Immutable;

namespace Numinia.Components.Tenants;

/// <summary>
/// The tenants' settings: where they live (<c>numinia-infra:tenancy</c>) and the organizations, <c>numinia-infra:organizations</c>, a list of objects (Pulumi hands it to the
/// program as JSON text). Each entry:
/// <list type="bullet">
/// <item><c>name</c> (required): a DNS-1123 label; <c>&lt;name&gt;-&lt;environment&gt;</c> at most 46 characters.</item>
/// <item><c>environments</c>: a list of <c>{ name, namespace?, quota?, containerDefaults? }</c> (default: <c>pre</c> and <c>pro</c>).
/// The namespace is the organization's name for <c>pro</c> and <c>&lt;org&gt;-&lt;env&gt;</c> otherwise, unless <c>namespace</c> is set.</item>
/// <item><c>domains</c>: the DNS zones the organization serves (its own issuer solves only for these).</item>
/// <item><c>acmeEmail</c>: when set, the organization gets its own ClusterIssuer <c>letsencrypt-&lt;name&gt;</c>.</item>
/// <item><c>quota</c>: <c>{ requestsCpu, requestsMemory, limitsCpu, limitsMemory, pods, persistentVolumeClaims, requestsStorage, gpus }</c>
/// (any subset; defaults 4 / 8Gi / 8 / 16Gi / 50 / 10 / 100Gi / 0).</item>
/// <item><c>containerDefaults</c>: <c>{ requestCpu, requestMemory, limitCpu, limitMemory }</c> (any subset; defaults 100m / 256Mi / 500m / 512Mi).</item>
/// <item><c>developerArns</c>, <c>viewerArns</c>: IAM role or user ARNs of the groups <c>&lt;name&gt;-developers</c> and <c>&lt;name&gt;-viewers</c>.</item>
/// <item><c>appSettings</c>: the keys of each environment's <c>numinia/&lt;name&gt;/&lt;env&gt;/app-settings</c> secret.</item>
/// <item><c>labels</c>: more labels for the organization's namespaces.</item>
/// <item><c>liveSecretNames</c>: <c>true</c> lets each environment's role read the live secrets
/// <c>hyperfy2-&lt;name&gt;-&lt;app&gt;-&lt;environment&gt;</c> too (docs/live-chart.md; default false).</item>
/// </list>
/// Without the key, the live organizations: <c>active-inference</c>, <c>numen-games</c>, <c>numinia</c>, <c>r3s3t</c>,
/// each with <c>pre</c> and <c>pro</c>.
/// </summary>
public sealed record TenantsSettings
{
    /// <summary>The config key (without the project namespace).</summary>
    public const string OrganizationsKey = "organizations";

    /// <summary>
    /// The longest <c>&lt;organization&gt;-&lt;environment&gt;</c>: the IAM role of an environment is auto-named
    /// <c>&lt;org&gt;-&lt;env&gt;-irsa-role-</c> plus 7 characters, and IAM allows 64.
    /// </summary>
    public const int MaxOrganizationEnvironmentLength = 46;

    /// <summary>The live organizations.</summary>
    public static readonly ImmutableArray<string> LiveOrganizationNames = ImmutableArray.Create("active-inference", "numen-games", "numinia", "r3s3t");

    /// <summary>The environments of an organization whose entry lists none (live: <c>pre</c> and <c>pro</c>).</summary>
    public static readonly ImmutableArray<string> DefaultEnvironmentNames = ImmutableArray.Create("pre", OrganizationSpec.ProductionEnvironment);

    /// <summary>The live organizations as the config value (what <c>numinia-infra:organizations</c> defaults to).</summary>
    public static string LiveOrganizationsJson { get; } = "[" + string.Join(",", LiveOrganizationNames.Select(name =>
        $$"""{"name":"{{name}}","environments":[{{string.Join(",", DefaultEnvironmentNames.Select(e => $$"""{"name":"{{e}}"}"""))}}]}""")) + "]";

    /// <summary>
    /// Namespaces of the platform that no tenant namespace may take: Kubernetes' own, the shared services',
    /// and the platform and application namespaces of seeds 002 and 004.
    /// </summary>
    public static readonly ImmutableArray<string> PlatformNamespaces = ImmutableArray.Create(
        "default", "kube-system", "kube-public", "kube-node-lease",
        "monitoring", "logging", "amazon-cloudwatch",
        "knative-serving", "knative-operator", "knative-eventing", "kourier-system",
        "cert-manager", "external-dns", "external-secrets", "secrets-management", "secrets-store-csi-driver", "secrets-store-csi", "sealed-secrets",
        "ingress-system", "aws-load-balancer-controller", "cluster-autoscaler", "metrics-server", "nvidia-device-plugin",
        "flux-system", "dev-center", "ci", "ai-platform", "auth", "staging", "production");

    /// <summary>The platform's ClusterIssuers, which no organization's <c>letsencrypt-&lt;name&gt;</c> may replace.</summary>
    public static readonly ImmutableArray<string> PlatformIssuers = ImmutableArray.Create("letsencrypt-prod", "letsencrypt-staging", "selfsigned");

    /// <summary>The config key choosing where tenants live (<see cref="Tenancy"/>).</summary>
    public const string TenancyKey = "tenancy";

    /// <summary><c>numinia-infra:organizations</c>: the validated organizations, in config order.</summary>
    public required ImmutableArray<OrganizationSpec> Organizations { get; init; }

    /// <summary>
    /// <c>numinia-infra:tenancy</c>: <c>inline</c> (the default) builds every organization inside the platform stack;
    /// <c>stacks</c> builds none there, each organization having its own tenant stack.
    /// </summary>
    public Tenancy Tenancy { get; init; } = Tenancy.Inline;

    /// <summary>A tenancy's config value.</summary>
    public static string TenancyName(Tenancy tenancy) => tenancy == Tenancy.Stacks ? "stacks" : "inline";
}

/// <summary>Where the tenant organizations live.</summary>
public enum Tenancy
{
    /// <summary>Every organization is a component of the platform stack (small platforms; the live choice).</summary>
    Inline,

    /// <summary>Every organization has its own stack, which reads the platform through the outputs contract.</summary>
    Stacks,
}
