using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace Numinia.Components.Kubernetes;

/// <summary>The Pod Security Admission level a namespace enforces, audits and warns at.</summary>
public enum PodSecurityLevel
{
    /// <summary>Fully restricted pods (tenants, application namespaces, most add-ons).</summary>
    Restricted,

    /// <summary>Prevents known privilege escalations.</summary>
    Baseline,

    /// <summary>Unrestricted: only for node agents that need the host (log shippers, CSI drivers, device plugins).</summary>
    Privileged,
}

/// <summary>A container's requests and limits, as Kubernetes quantities.</summary>
public sealed record ContainerResources(string RequestCpu, string RequestMemory, string LimitCpu, string LimitMemory)
{
    /// <summary>The seed's TypeScript service defaults (100m/256Mi, 500m/512Mi).</summary>
    public static ContainerResources TypeScriptService { get; } = new("100m", "256Mi", "500m", "512Mi");

    /// <summary>The seed's Python service defaults (200m/512Mi, 1000m/1Gi).</summary>
    public static ContainerResources PythonService { get; } = new("200m", "512Mi", "1000m", "1Gi");

    /// <summary>The seed's GPU serving defaults (2000m/8Gi, 4000m/16Gi).</summary>
    public static ContainerResources GpuServing { get; } = new("2000m", "8Gi", "4000m", "16Gi");

    /// <summary>As Helm values: <c>{ requests: { cpu, memory }, limits: { cpu, memory } }</c>.</summary>
    public ImmutableDictionary<string, object> ToValues() => ImmutableDictionary<string, object>.Empty
        .Add("requests", ImmutableDictionary<string, object>.Empty.Add("cpu", RequestCpu).Add("memory", RequestMemory))
        .Add("limits", ImmutableDictionary<string, object>.Empty.Add("cpu", LimitCpu).Add("memory", LimitMemory));
}

/// <summary>The total a namespace may request and use.</summary>
public sealed record NamespaceQuota
{
    /// <summary><c>requests.cpu</c>.</summary>
    public required string RequestsCpu { get; init; }

    /// <summary><c>requests.memory</c>.</summary>
    public required string RequestsMemory { get; init; }

    /// <summary><c>limits.cpu</c>.</summary>
    public required string LimitsCpu { get; init; }

    /// <summary><c>limits.memory</c>.</summary>
    public required string LimitsMemory { get; init; }

    /// <summary><c>pods</c>.</summary>
    public int Pods { get; init; } = 50;

    /// <summary><c>persistentvolumeclaims</c>.</summary>
    public int PersistentVolumeClaims { get; init; } = 10;

    /// <summary><c>requests.storage</c>.</summary>
    public string RequestsStorage { get; init; } = "100Gi";

    /// <summary>Services of type LoadBalancer (0: only the platform's ingress has load balancers).</summary>
    public int LoadBalancers { get; init; }

    /// <summary>Other hard limits, e.g. <c>requests.nvidia.com/gpu</c>.</summary>
    public ImmutableDictionary<string, string> Extra { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The quota's <c>hard</c> map.</summary>
    public ImmutableDictionary<string, string> Hard => Extra
        .SetItem("requests.cpu", RequestsCpu)
        .SetItem("requests.memory", RequestsMemory)
        .SetItem("limits.cpu", LimitsCpu)
        .SetItem("limits.memory", LimitsMemory)
        .SetItem("pods", Pods.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .SetItem("persistentvolumeclaims", PersistentVolumeClaims.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .SetItem("requests.storage", RequestsStorage)
        .SetItem("services.loadbalancers", LoadBalancers.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>What a platform namespace is built from.</summary>
public sealed record PlatformNamespaceArgs
{
    /// <summary>The namespace's name (exact: never auto-named).</summary>
    public required string Name { get; init; }

    /// <summary>The Pod Security Admission level, set as the enforce, audit and warn labels.</summary>
    public PodSecurityLevel PodSecurity { get; init; } = PodSecurityLevel.Restricted;

    /// <summary>The namespace's ResourceQuota.</summary>
    public required NamespaceQuota Quota { get; init; }

    /// <summary>The LimitRange's defaults for containers that set no requests or limits.</summary>
    public required ContainerResources ContainerDefaults { get; init; }

    /// <summary>More labels (e.g. the organization and environment of a tenant namespace).</summary>
    public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Annotations (e.g. the node groups its workloads are for); none by default.</summary>
    public ImmutableDictionary<string, string> Annotations { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The Kubernetes provider of the cluster (never the ambient kubeconfig).</summary>
    public required Pulumi.Kubernetes.Provider Provider { get; init; }

    /// <summary>
    /// Whether pods here may use the system PriorityClasses (<see cref="PriorityClasses.System"/>): only the shared
    /// services' own namespaces, whose node agents and controllers need them. Elsewhere (the default) a quota refuses
    /// such pods, since a tenant or developer who may create pods could otherwise preempt the platform.
    /// </summary>
    public bool AllowSystemPriorityClasses { get; init; }
}

/// <summary>
/// A namespace of the platform: its Pod Security Admission labels (enforce, audit, warn), a ResourceQuota
/// and a LimitRange whose defaults apply to containers that declare no resources.
/// </summary>
public sealed class PlatformNamespace : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:kubernetes:PlatformNamespace";

    /// <summary>The label every object the program manages carries.</summary>
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";

    /// <summary>The namespace's name, once the namespace exists (dependents wait for it through this).</summary>
    [Output("name")]
    public Output<string> Name { get; private set; }

    /// <summary>The namespace.</summary>
    public Pulumi.Kubernetes.Core.V1.Namespace Namespace { get; }

    /// <summary>The namespace's quota.</summary>
    public Pulumi.Kubernetes.Core.V1.ResourceQuota Quota { get; }

    /// <summary>The namespace's container defaults.</summary>
    public Pulumi.Kubernetes.Core.V1.LimitRange LimitRange { get; }

    /// <summary>The quota that refuses pods at a system PriorityClass; null where they are allowed.</summary>
    public Pulumi.Kubernetes.Core.V1.ResourceQuota? SystemPriorityQuota { get; }

    /// <summary>The name of the quota that refuses pods at a system PriorityClass.</summary>
    public const string SystemPriorityQuotaName = "no-system-priority";

    /// <summary>The Pod Security Admission labels for a level: enforce, audit and warn at the latest version.</summary>
    public static ImmutableDictionary<string, string> PodSecurityLabels(PodSecurityLevel level)
    {
        var value = level.ToString().ToLowerInvariant();
        return ImmutableDictionary<string, string>.Empty
            .Add("pod-security.kubernetes.io/enforce", value)
            .Add("pod-security.kubernetes.io/enforce-version", "latest")
            .Add("pod-security.kubernetes.io/audit", value)
            .Add("pod-security.kubernetes.io/warn", value);
    }

    /// <summary>Builds the namespace, its quota and its limit range.</summary>
    public PlatformNamespace(string name, PlatformNamespaceArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var child = new CustomResourceOptions { Parent = this, Provider = args.Provider };
        var labels = args.Labels
            .SetItems(PodSecurityLabels(args.PodSecurity))
            .SetItem(ManagedByLabel, "pulumi")
            .SetItem("kubernetes.io/metadata.name", args.Name);

        Namespace = new Pulumi.Kubernetes.Core.V1.Namespace(name, new Pulumi.Kubernetes.Types.Inputs.Core.V1.NamespaceArgs
        {
            // No annotations map unless there are annotations: an empty one would be a diff on every namespace.
            Metadata = args.Annotations.IsEmpty
                ? new ObjectMetaArgs { Name = args.Name, Labels = labels }
                : new ObjectMetaArgs { Name = args.Name, Labels = labels, Annotations = args.Annotations },
        }, child);
        Name = Namespace.Metadata.Apply(m => m.Name);

        Quota = new Pulumi.Kubernetes.Core.V1.ResourceQuota($"{name}-quota", new Pulumi.Kubernetes.Types.Inputs.Core.V1.ResourceQuotaArgs
        {
            Metadata = new ObjectMetaArgs { Name = "quota", Namespace = Name, Labels = { { ManagedByLabel, "pulumi" } } },
            Spec = new ResourceQuotaSpecArgs { Hard = args.Quota.Hard },
        }, child);

        LimitRange = new Pulumi.Kubernetes.Core.V1.LimitRange($"{name}-limits", new Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs
        {
            Metadata = new ObjectMetaArgs { Name = "container-defaults", Namespace = Name, Labels = { { ManagedByLabel, "pulumi" } } },
            Spec = new LimitRangeSpecArgs
            {
                Limits = new LimitRangeItemArgs
                {
                    Type = "Container",
                    DefaultRequest = { { "cpu", args.ContainerDefaults.RequestCpu }, { "memory", args.ContainerDefaults.RequestMemory } },
                    Default = { { "cpu", args.ContainerDefaults.LimitCpu }, { "memory", args.ContainerDefaults.LimitMemory } },
                },
            },
        }, child);

        if (!args.AllowSystemPriorityClasses)
        {
            SystemPriorityQuota = NoSystemPriority($"{name}-system-priority-quota", Name, child);
        }

        RegisterOutputs(new Dictionary<string, object?> { ["name"] = Name });
    }

    /// <summary>
    /// A quota of no pods for the pods at a system PriorityClass: the Priority admission plugin lets any namespace use
    /// them (kubernetes/kubernetes v1.35 plugin/pkg/admission/priority/admission.go admitPod resolves the class and
    /// checks nothing else; the kube-system-only rule went with kubernetes#76310), and EKS exposes no admission
    /// configuration for the ResourceQuota plugin's limitedResources. A quota scoped to those classes counts only their
    /// pods (pkg/quota/v1/evaluator/core/pods.go podMatchesScopeFunc, PriorityClass scope with operator In), and the
    /// quota admission refuses a pod that would take its <c>pods</c> above 0 (Kubernetes docs, "Resource Quotas",
    /// "Limit Priority Class consumption by default").
    /// </summary>
    private static Pulumi.Kubernetes.Core.V1.ResourceQuota NoSystemPriority(string name, Output<string> namespaceName, CustomResourceOptions options)
        => new(name, new Pulumi.Kubernetes.Types.Inputs.Core.V1.ResourceQuotaArgs
        {
            Metadata = new ObjectMetaArgs { Name = SystemPriorityQuotaName, Namespace = namespaceName, Labels = { { ManagedByLabel, "pulumi" } } },
            Spec = new ResourceQuotaSpecArgs
            {
                Hard = { { "pods", "0" } },
                ScopeSelector = new ScopeSelectorArgs
                {
                    MatchExpressions =
                    {
                        new ScopedResourceSelectorRequirementArgs
                        {
                            ScopeName = "PriorityClass",
                            Operator = "In",
                            Values = PriorityClasses.System,
                        },
                    },
                },
            },
        }, options);
}
