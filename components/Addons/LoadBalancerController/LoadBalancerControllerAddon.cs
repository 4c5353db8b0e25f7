using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;

namespace Numinia.Components.Addons.LoadBalancerController;

/// <summary>What the AWS Load Balancer Controller is built from.</summary>
public sealed record LoadBalancerControllerAddonArgs
{
    /// <summary>The cluster it runs on and manages load balancers for.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Its settings (the chart version).</summary>
    public LoadBalancerControllerSettings Settings { get; init; } = new();

    /// <summary>Controller replicas: one leader and a standby that also serves the webhooks.</summary>
    public int Replicas { get; init; } = 2;

    /// <summary>The controller container's requests and limits.</summary>
    public ContainerResources Resources { get; init; } = new("100m", "256Mi", "500m", "512Mi");
}

/// <summary>
/// The AWS Load Balancer Controller in its own namespace: an IRSA role for its one service account with
/// upstream's IAM policy, its unconditioned writes scoped to this account, region and VPC
/// (<see cref="LoadBalancerControllerPolicy"/>), and the pinned chart with the cluster's name, region and
/// VPC set (pods cannot read them from the instance metadata service), two replicas spread over nodes
/// with a disruption budget, restricted pod security, no read access to every secret in the cluster, and
/// its Shield Advanced add-on off. Its Service mutator is off, so no Service anywhere waits for the controller to
/// be ready; it reconciles Kourier's Service by that Service's annotations.
/// </summary>
public sealed class LoadBalancerControllerAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:LoadBalancerController";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "aws-load-balancer-controller";

    /// <summary>The chart's repository (aws/eks-charts).</summary>
    public const string ChartRepository = "https://aws.github.io/eks-charts";

    /// <summary>
    /// The chart's <c>crds/</c> folder (TargetGroupBinding, IngressClassParams and the controller's other CRDs), which
    /// Helm never upgrades, at the controller's tag: from chart 3.0 on, a chart version's appVersion is <c>v</c> and
    /// the same number, and the chart's source is the controller repository's <c>helm/</c> folder.
    /// </summary>
    public static ImmutableArray<ChartCrds> Crds(string chartVersion)
    {
        var folder = $"https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/v{chartVersion.TrimStart('v')}/helm/aws-load-balancer-controller/crds";
        return ImmutableArray.Create(new ChartCrds("crds", $"{folder}/crds.yaml"), new ChartCrds("gateway-crds", $"{folder}/gateway-crds.yaml"));
    }

    /// <summary>The controller's namespace.</summary>
    public const string NamespaceName = "aws-load-balancer-controller";

    /// <summary>The chart value that registers the mutating webhook of Services (chart default: on).</summary>
    public const string EnableServiceMutatorWebhookKey = "enableServiceMutatorWebhook";

    /// <summary>The Helm release's name (also the chart's object names).</summary>
    public const string ReleaseName = "aws-load-balancer-controller";

    /// <summary>The controller's service account, the only one its IRSA role trusts.</summary>
    public const string ServiceAccountName = "aws-load-balancer-controller";

    /// <summary>The IRSA role's ARN.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }

    /// <summary>The controller's namespace, once it exists.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; private set; }

    /// <summary>
    /// The Helm release: Kourier's LoadBalancer Service depends on it, so that on <c>pulumi destroy</c> the Service
    /// goes while the controller still runs to delete its NLB and remove its finalizer.
    /// </summary>
    public Release Release { get; }

    /// <summary>The labels of the controller's pods (the chart's selector labels).</summary>
    public static ImmutableDictionary<string, string> PodLabels { get; } = ImmutableDictionary<string, string>.Empty
        .Add("app.kubernetes.io/name", ChartName)
        .Add("app.kubernetes.io/instance", ReleaseName);

    /// <summary>Builds the namespace, the IRSA role and the release.</summary>
    public LoadBalancerControllerAddon(string name, LoadBalancerControllerAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var context = args.Context;
        var ns = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this);
        var role = new IrsaRole($"{name}-irsa", new IrsaRoleArgs
        {
            Oidc = context.Oidc,
            Namespace = NamespaceName,
            ServiceAccount = ServiceAccountName,
            Statements = context.VpcId.Apply(vpcId => LoadBalancerControllerPolicy.Statements(context.Region, context.AccountId, vpcId)),
            Description = $"AWS Load Balancer Controller of the EKS cluster {context.ClusterName}.",
        }, new ComponentResourceOptions { Parent = this });

        // The release waits for the role's policy too, not only for the role whose ARN it reads.
        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, ChartRepository, args.Settings.ChartVersion),
            Namespace = ns.Name,
            Values = Values(args, role.RoleArn),
            UpstreamCrds = Crds(args.Settings.ChartVersion),
        }, context, this, role);

        RoleArn = role.RoleArn;
        Namespace = ns.Name;
        RegisterOutputs(new Dictionary<string, object?> { ["roleArn"] = RoleArn, ["namespace"] = Namespace });
    }

    private static InputMap<object> Values(LoadBalancerControllerAddonArgs args, Output<string> roleArn) => new()
    {
        ["clusterName"] = args.Context.ClusterName,
        ["region"] = args.Context.Region,
        ["vpcId"] = args.Context.VpcId,
        ["replicaCount"] = args.Replicas,
        ["serviceAccount"] = new Dictionary<string, object>
        {
            ["create"] = true,
            ["name"] = ServiceAccountName,
            ["annotations"] = HelmValues.RoleArnAnnotation(roleArn),
        },
        ["resources"] = args.Resources.ToValues(),
        // The chart renders the budget only when replicaCount > 1.
        ["podDisruptionBudget"] = new Dictionary<string, object> { ["maxUnavailable"] = 1 },
        ["affinity"] = HelmAddon.SpreadOverNodes(PodLabels),
        // The chart's defaults lack the seccomp profile and the dropped capabilities the restricted
        // Pod Security level requires.
        ["podSecurityContext"] = new Dictionary<string, object>
        {
            ["fsGroup"] = 65534,
            ["runAsNonRoot"] = true,
            ["seccompProfile"] = new Dictionary<string, object> { ["type"] = "RuntimeDefault" },
        },
        ["securityContext"] = new Dictionary<string, object>
        {
            ["readOnlyRootFilesystem"] = true,
            ["runAsNonRoot"] = true,
            ["allowPrivilegeEscalation"] = false,
            ["capabilities"] = new Dictionary<string, object> { ["drop"] = new[] { "ALL" } },
            ["seccompProfile"] = new Dictionary<string, object> { ["type"] = "RuntimeDefault" },
        },
        // Read access to every Secret is only for the legacy OIDC feature, which the platform does not use.
        ["clusterSecretsPermissions"] = new Dictionary<string, object> { ["allowAllSecrets"] = false },
        // Pods get VPC addresses from the VPC CNI, so load balancers target them directly.
        ["defaultTargetType"] = "ip",
        // Reuse the webhook's serving certificate on upgrades instead of regenerating it every time.
        ["keepTLSSecret"] = true,
        // No Shield Advanced protections: IAM cannot scope shield:CreateProtection, so the role lacks it
        // (LoadBalancerControllerPolicy.DroppedActions) and the controller must not try (the platform has no subscription).
        ["enableShield"] = false,
        // No Service mutator: the chart registers it for every Service in every namespace with failurePolicy Fail
        // (aws/eks-charts stable/aws-load-balancer-controller 3.5.0, templates/webhook.yaml, mservice.elbv2.k8s.aws;
        // values.yaml enableServiceMutatorWebhook: true, serviceMutatorWebhookConfig.failurePolicy: Fail), so while
        // the controller is not ready no Service can be created anywhere: on the first `up` the other releases'
        // Services are refused and their atomic installs roll back (aws/eks-charts#1058,
        // kubernetes-sigs/aws-load-balancer-controller#4140). All it does is give a LoadBalancer Service without a
        // class the controller's (v3.5.0 webhooks/core/service_mutator.go MutateCreate); the controller owns a
        // Service without a class by its annotations too (pkg/service/service_utils.go IsServiceSupported:
        // aws-load-balancer-type external with an ip or instance target type), which the platform's only one,
        // Kourier's, carries (KnativeServingAddon.KourierLoadBalancerAnnotations).
        [EnableServiceMutatorWebhookKey] = false,
        // No Ingress validator either: the chart registers vingress.elbv2.k8s.aws for every Ingress of every class with
        // failurePolicy Fail (templates/webhook.yaml, webhookConfig.ingressValdationFailurePolicy), so while the controller
        // is down cert-manager's HTTP-01 solvers, whose Ingresses are of Kourier's class (ClusterIssuer solvers), could not be
        // created and certificates would not renew. The platform makes no ALB Ingress; one a user makes is still reconciled,
        // with its errors as events.
        ["webhookConfig"] = new Dictionary<string, object> { ["disableIngressValidation"] = true },
        // The chart's default, pinned: without the controller no NLB target is registered and no pod readiness gate
        // is met, so it must not wait behind tenant pods on a full node.
        ["priorityClassName"] = PriorityClasses.SystemClusterCritical,
    };
}
