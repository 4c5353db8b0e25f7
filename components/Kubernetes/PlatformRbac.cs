using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Pulumi;
using Pulumi.Kubernetes.Rbac.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

namespace Numinia.Components.Kubernetes;

/// <summary>What the platform's roles and bindings are built from.</summary>
public sealed record PlatformRbacArgs
{
    /// <summary>The cluster (its Kubernetes provider).</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>
    /// The application namespaces where the developer group may manage workloads (default: staging,
    /// production, dev-center). They must exist: pass them in <see cref="DependsOn"/>.
    /// </summary>
    public ImmutableArray<string> DeveloperNamespaces { get; init; } = PlatformRbac.DefaultDeveloperNamespaces;

    /// <summary>What the bindings wait for: the namespaces they are made in.</summary>
    public ImmutableArray<Resource> DependsOn { get; init; } = ImmutableArray<Resource>.Empty;
}

/// <summary>
/// The platform's Kubernetes roles, bound to the groups EKS access entries give IAM principals
/// (<see cref="PlatformAccess"/>): admins are cluster-admin; developers manage workloads in the application
/// namespaces only; viewers and monitoring readers read cluster-wide. No role but cluster-admin can read
/// Secrets, open a shell or a tunnel into a pod, impersonate, or grant what it does not hold.
/// </summary>
public sealed class PlatformRbac : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:kubernetes:PlatformRbac";

    /// <summary>The built-in role of unlimited rights, bound to platform admins only.</summary>
    public const string ClusterAdminRole = "cluster-admin";

    /// <summary>The ClusterRole that manages workloads (tenants bind it in their own namespaces).</summary>
    public const string DeveloperRole = "platform-developer";

    /// <summary>The read-only ClusterRole (tenants bind it in their own namespaces).</summary>
    public const string ViewerRole = "platform-viewer";

    /// <summary>The ClusterRole of monitoring tools.</summary>
    public const string MonitoringReaderRole = "monitoring-reader";

    /// <summary>The application namespaces developers work in, unless configured otherwise.</summary>
    public static readonly ImmutableArray<string> DefaultDeveloperNamespaces = ImmutableArray.Create("staging", "production", "dev-center");

    /// <summary>The verbs of reading.</summary>
    public static readonly ImmutableArray<string> ReadVerbs = ImmutableArray.Create("get", "list", "watch");

    /// <summary>The verbs of managing a resource: reading it and changing it, one object at a time.</summary>
    public static readonly ImmutableArray<string> ManageVerbs = ReadVerbs.AddRange(new[] { "create", "update", "patch", "delete" });

    /// <summary>
    /// The workloads a developer manages, by API group. Pods without their exec, attach and portforward
    /// subresources; no Secrets (ExternalSecrets bring them from AWS Secrets Manager instead).
    /// </summary>
    public static readonly ImmutableArray<(string ApiGroup, ImmutableArray<string> Resources)> Workloads = ImmutableArray.Create(
        (ApiGroup: "", Resources: ImmutableArray.Create("pods", "services", "configmaps")),
        (ApiGroup: "apps", Resources: ImmutableArray.Create("deployments", "deployments/scale", "statefulsets", "statefulsets/scale")),
        (ApiGroup: "batch", Resources: ImmutableArray.Create("jobs", "cronjobs")),
        (ApiGroup: "autoscaling", Resources: ImmutableArray.Create("horizontalpodautoscalers")),
        (ApiGroup: "policy", Resources: ImmutableArray.Create("poddisruptionbudgets")),
        (ApiGroup: "networking.k8s.io", Resources: ImmutableArray.Create("ingresses")),
        (ApiGroup: "serving.knative.dev", Resources: ImmutableArray.Create("services", "routes", "configurations", "revisions", "domainmappings")),
        (ApiGroup: "external-secrets.io", Resources: ImmutableArray.Create("externalsecrets")));

    /// <summary>
    /// What a developer reads besides the workloads: pod logs, events, and the ReplicaSets behind
    /// Deployments (for <c>kubectl rollout status</c> and <c>undo</c>).
    /// </summary>
    public static readonly ImmutableArray<(string ApiGroup, ImmutableArray<string> Resources)> WorkloadStatus = ImmutableArray.Create(
        (ApiGroup: "", Resources: ImmutableArray.Create("pods/log", "events")),
        (ApiGroup: "apps", Resources: ImmutableArray.Create("replicasets")),
        (ApiGroup: "events.k8s.io", Resources: ImmutableArray.Create("events")));

    /// <summary>The only binding to cluster-admin: the platform admin group's.</summary>
    public ClusterRoleBinding AdminBinding { get; }

    /// <summary>The developer role.</summary>
    public ClusterRole Developer { get; }

    /// <summary>The viewer role.</summary>
    public ClusterRole Viewer { get; }

    /// <summary>The monitoring reader role.</summary>
    public ClusterRole MonitoringReader { get; }

    /// <summary>The developer group's bindings, by namespace.</summary>
    public ImmutableDictionary<string, RoleBinding> DeveloperBindings { get; }

    /// <summary>The viewer group's cluster-wide binding.</summary>
    public ClusterRoleBinding ViewerBinding { get; }

    /// <summary>The monitoring reader group's cluster-wide binding.</summary>
    public ClusterRoleBinding MonitoringReaderBinding { get; }

    /// <summary>The ClusterRoles' names, for tenants that bind them in their namespaces.</summary>
    [Output("clusterRoleNames")]
    public Output<ImmutableArray<string>> ClusterRoleNames { get; private set; }

    /// <summary>Builds the roles and their bindings.</summary>
    public PlatformRbac(string name, PlatformRbacArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Validate(args);
        var context = args.Context;

        AdminBinding = ClusterBinding($"{name}-admin", PlatformAccess.AdminGroup, ClusterAdminRole, context.Kubernetes(this));

        Developer = Role($"{name}-developer", DeveloperRole,
            Rules(Workloads, ManageVerbs).Concat(Rules(WorkloadStatus, ReadVerbs)), context.Kubernetes(this));

        Viewer = Role($"{name}-viewer", ViewerRole,
            Rules(Workloads, ReadVerbs).Concat(Rules(WorkloadStatus, ReadVerbs))
                .Append(Rule("", new[] { "namespaces", "nodes" }, ReadVerbs)), context.Kubernetes(this));

        // What a Prometheus scraping the cluster needs: discovery of targets, the kubelets' metrics through
        // nodes/metrics (not nodes/proxy, which reaches the whole kubelet API, exec included), and the
        // API servers' own /metrics.
        MonitoringReader = Role($"{name}-monitoring-reader", MonitoringReaderRole, new[]
        {
            Rule("", new[] { "pods", "nodes", "services", "endpoints", "namespaces" }, ReadVerbs),
            Rule("discovery.k8s.io", new[] { "endpointslices" }, ReadVerbs),
            Rule("", new[] { "nodes/metrics" }, new[] { "get" }),
            new PolicyRuleArgs { NonResourceURLs = { "/metrics" }, Verbs = { "get" } },
        }, context.Kubernetes(this));

        ViewerBinding = ClusterBinding($"{name}-viewer", PlatformAccess.ViewerGroup, ViewerRole, context.Kubernetes(this, Viewer));
        MonitoringReaderBinding = ClusterBinding($"{name}-monitoring-reader", PlatformAccess.MonitoringReaderGroup, MonitoringReaderRole,
            context.Kubernetes(this, MonitoringReader));

        // Namespaced bindings of a ClusterRole: developers get its rights in these namespaces and nowhere else.
        var developerBindings = ImmutableDictionary.CreateBuilder<string, RoleBinding>(StringComparer.Ordinal);
        foreach (var ns in args.DeveloperNamespaces)
        {
            var bindingOptions = context.Kubernetes(this, args.DependsOn.Add(Developer).ToArray());
            developerBindings[ns] = new RoleBinding($"{name}-developer-{ns}", new RoleBindingArgs
            {
                Metadata = new ObjectMetaArgs { Name = DeveloperRole, Namespace = ns, Labels = ManagedBy },
                RoleRef = ClusterRoleRef(DeveloperRole),
                Subjects = { Group(PlatformAccess.DeveloperGroup) },
            }, bindingOptions);
        }

        DeveloperBindings = developerBindings.ToImmutable();
        ClusterRoleNames = Output.All(new[] { Developer, Viewer, MonitoringReader }.Select(r => r.Metadata.Apply(m => m.Name)));
        RegisterOutputs(new Dictionary<string, object?> { ["clusterRoleNames"] = ClusterRoleNames });
    }

    private static InputMap<string> ManagedBy => new() { { PlatformNamespace.ManagedByLabel, "pulumi" } };

    private static IEnumerable<PolicyRuleArgs> Rules(IEnumerable<(string ApiGroup, ImmutableArray<string> Resources)> resources, IEnumerable<string> verbs)
        => resources.Select(r => Rule(r.ApiGroup, r.Resources, verbs));

    private static PolicyRuleArgs Rule(string apiGroup, IEnumerable<string> resources, IEnumerable<string> verbs) => new()
    {
        ApiGroups = { apiGroup },
        Resources = resources.ToList(),
        Verbs = verbs.ToList(),
    };

    private ClusterRole Role(string resourceName, string roleName, IEnumerable<PolicyRuleArgs> rules, CustomResourceOptions options)
    {
        var args = new ClusterRoleArgs { Metadata = new ObjectMetaArgs { Name = roleName, Labels = ManagedBy } };
        foreach (var rule in rules)
        {
            args.Rules.Add(rule);
        }

        return new ClusterRole(resourceName, args, options);
    }

    private static ClusterRoleBinding ClusterBinding(string resourceName, string group, string roleName, CustomResourceOptions options)
        => new(resourceName, new ClusterRoleBindingArgs
        {
            // Named after the group, so each group has one obvious binding.
            Metadata = new ObjectMetaArgs { Name = group, Labels = ManagedBy },
            RoleRef = ClusterRoleRef(roleName),
            Subjects = { Group(group) },
        }, options);

    private static RoleRefArgs ClusterRoleRef(string roleName)
        => new() { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = roleName };

    private static SubjectArgs Group(string group)
        => new() { ApiGroup = "rbac.authorization.k8s.io", Kind = "Group", Name = group };

    private static void Validate(PlatformRbacArgs args)
    {
        var problems = new List<string>();
        if (args.DeveloperNamespaces.IsDefault)
        {
            problems.Add("the developer namespaces are not given");
        }
        else
        {
            problems.AddRange(args.DeveloperNamespaces.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1)
                .Select(g => $"the developer namespace '{g.Key}' is given {g.Count()} times"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Cannot build the platform RBAC: {string.Join("; ", problems)}.", nameof(args));
        }
    }
}
