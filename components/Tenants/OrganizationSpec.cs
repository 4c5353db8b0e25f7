using System.Collections.Immutable;
using Numinia.Components.Kubernetes;

namespace Numinia.Components.Tenants;

/// <summary>
/// One tenant organization as data: its environments, domains, access and defaults. The stack reads and
/// validates these from config (<c>numinia-infra:organizations</c>); an <see cref="Organization"/> builds one.
/// </summary>
public sealed record OrganizationSpec
{
    /// <summary>The environment whose namespace is the organization's own name.</summary>
    public const string ProductionEnvironment = "pro";

    /// <summary>The organization's name: a DNS-1123 label (namespaces, groups, secret names, the S3 prefix).</summary>
    public required string Name { get; init; }

    /// <summary>The organization's environments (live: <c>pre</c> and <c>pro</c>).</summary>
    public required ImmutableArray<EnvironmentSpec> Environments { get; init; }

    /// <summary>The DNS zones the organization serves; its own ClusterIssuer, if any, solves only for these.</summary>
    public ImmutableArray<string> Domains { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>When set, the organization gets its own ACME ClusterIssuer <c>letsencrypt-&lt;org&gt;</c> registered with this email.</summary>
    public string? AcmeEmail { get; init; }

    /// <summary>The quota of each environment's namespace, unless the environment overrides it.</summary>
    public NamespaceQuota Quota { get; init; } = DefaultQuota;

    /// <summary>The LimitRange defaults of each environment's namespace, unless the environment overrides them.</summary>
    public ContainerResources ContainerDefaults { get; init; } = ContainerResources.TypeScriptService;

    /// <summary>IAM principals (role or user ARNs) of the organization's developers (group <c>&lt;org&gt;-developers</c>).</summary>
    public ImmutableArray<string> DeveloperArns { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>IAM principals (role or user ARNs) of the organization's viewers (group <c>&lt;org&gt;-viewers</c>).</summary>
    public ImmutableArray<string> ViewerArns { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The keys of the application settings secret of each environment (values are set outside the program).</summary>
    public ImmutableArray<string> AppSettingsKeys { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>More labels for the organization's namespaces (e.g. a cost centre).</summary>
    public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Whether each environment's role also reads the live platform's secrets of its applications,
    /// <c>hyperfy2-&lt;org&gt;-&lt;app&gt;-&lt;env&gt;</c> (<see cref="LiveSecretNamePattern"/>), so that during the cutover both
    /// clusters read the same secrets rather than copies that could diverge.
    /// </summary>
    public bool LiveSecretNames { get; init; }

    /// <summary>
    /// The default quota of a tenant namespace: 4 CPUs and 8Gi requested, 8 CPUs and 16Gi in limits, 50 pods, no
    /// load balancers or node ports (traffic comes in through Kourier) and no GPUs unless granted.
    /// </summary>
    public static NamespaceQuota DefaultQuota { get; } = new()
    {
        RequestsCpu = "4",
        RequestsMemory = "8Gi",
        LimitsCpu = "8",
        LimitsMemory = "16Gi",
        Pods = 50,
        PersistentVolumeClaims = 10,
        RequestsStorage = "100Gi",
        LoadBalancers = 0,
        Extra = ImmutableDictionary<string, string>.Empty
            .Add(GpuQuotaKey, "0")
            .Add("services.nodeports", "0"),
    };

    /// <summary>The quota key of GPUs (extended resources only take the <c>requests.</c> form).</summary>
    public const string GpuQuotaKey = "requests.nvidia.com/gpu";

    /// <summary>The Kubernetes group of the organization's developers.</summary>
    public string DeveloperGroup => $"{Name}-developers";

    /// <summary>The Kubernetes group of the organization's viewers.</summary>
    public string ViewerGroup => $"{Name}-viewers";

    /// <summary>The name of the organization's own ClusterIssuer (when <see cref="AcmeEmail"/> is set).</summary>
    public string IssuerName => $"letsencrypt-{Name}";

    /// <summary>The organization's prefix in the statics bucket (no leading slash, with the trailing one).</summary>
    public string StaticsPrefix => $"hyperfy-spaces/{Name}/";

    /// <summary>The namespace of an environment: its override, else the live naming (see <see cref="DefaultNamespace"/>).</summary>
    public string NamespaceOf(EnvironmentSpec environment) => environment.Namespace ?? DefaultNamespace(Name, environment.Name);

    /// <summary>
    /// The live naming of tenant namespaces: the organization's name for <c>pro</c>, <c>&lt;org&gt;-&lt;env&gt;</c>
    /// for every other environment (<c>numinia-pre</c>).
    /// </summary>
    public static string DefaultNamespace(string organization, string environment)
        => environment == ProductionEnvironment ? organization : $"{organization}-{environment}";

    /// <summary>The Secrets Manager name prefix of an environment's secrets: <c>numinia/&lt;org&gt;/&lt;env&gt;/</c>.</summary>
    public string SecretNamePrefix(EnvironmentSpec environment) => $"numinia/{Name}/{environment.Name}/";

    /// <summary>
    /// The IAM resource name of an environment's live secrets: <c>hyperfy2-&lt;org&gt;-*-&lt;env&gt;-??????</c>. Secrets Manager
    /// ends every secret's ARN with <c>-</c> and six random characters, which the <c>??????</c> stand for, so the
    /// environment is the last part of the name and <c>*</c> (any run of characters) is the application.
    /// </summary>
    public string LiveSecretNamePattern(EnvironmentSpec environment) => $"hyperfy2-{Name}-*-{environment.Name}-??????";

    /// <summary>The quota of an environment's namespace.</summary>
    public NamespaceQuota QuotaOf(EnvironmentSpec environment) => environment.Quota ?? Quota;

    /// <summary>The container defaults of an environment's namespace.</summary>
    public ContainerResources ContainerDefaultsOf(EnvironmentSpec environment) => environment.ContainerDefaults ?? ContainerDefaults;
}

/// <summary>One environment of an organization.</summary>
public sealed record EnvironmentSpec
{
    /// <summary>The environment's name: a DNS-1123 label (live: <c>pre</c>, <c>pro</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The namespace, when it is not the live naming (<see cref="OrganizationSpec.DefaultNamespace"/>).</summary>
    public string? Namespace { get; init; }

    /// <summary>The namespace's quota, when it is not the organization's.</summary>
    public NamespaceQuota? Quota { get; init; }

    /// <summary>The namespace's container defaults, when they are not the organization's.</summary>
    public ContainerResources? ContainerDefaults { get; init; }
}
