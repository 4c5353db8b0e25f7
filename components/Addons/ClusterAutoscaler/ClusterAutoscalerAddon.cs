using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;

namespace Numinia.Components.Addons.ClusterAutoscaler;

/// <summary>What the Cluster Autoscaler is installed with.</summary>
public sealed record ClusterAutoscalerAddonArgs
{
    /// <summary>The cluster (its name is what the autoscaler discovers node groups by).</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>The ARN of its IRSA role (<see cref="NodeGroups.ClusterAutoscalerRoleArn"/>), which trusts only its service account.</summary>
    public required Output<string> RoleArn { get; init; }

    /// <summary>The cluster's Kubernetes minor (e.g. <c>1.35</c>), which chooses the autoscaler's image.</summary>
    public required string KubernetesVersion { get; init; }

    /// <summary>Its settings: the chart version.</summary>
    public ClusterAutoscalerSettings Settings { get; init; } = new();

    /// <summary>The container's requests and limits.</summary>
    public ContainerResources Resources { get; init; } = new("100m", "512Mi", "500m", "1Gi");

    /// <summary>
    /// The longest a pod may take to stop when its node is scaled down, in seconds: the longest request a Knative
    /// revision may serve (<c>max-revision-timeout-seconds</c>). Serving gives each revision's pods a termination grace
    /// of the revision's timeout (knative/serving knative-v1.23.0 pkg/reconciler/revision/resources/deploy.go
    /// BuildPodSpec), so that the queue-proxy drains the requests in flight; the autoscaler evicts with the smaller of
    /// the pod's grace and this (cluster-autoscaler-1.35.0 core/scaledown/actuation/drain.go evictPod), whose default
    /// of 600 would cut those requests at ten minutes whenever their node is removed.
    /// </summary>
    public required int MaxGracefulTerminationSeconds { get; init; }
}

/// <summary>
/// The Cluster Autoscaler: adds nodes when pods cannot be scheduled and removes underused ones, for every
/// Auto Scaling group tagged as this cluster's (including the GPU group, which it builds from zero using
/// the node-template tags). It runs in kube-system as the service account its IRSA role trusts.
/// </summary>
public sealed class ClusterAutoscalerAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:ClusterAutoscaler";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "cluster-autoscaler";

    /// <summary>The chart's upstream repository.</summary>
    public const string Repository = "https://kubernetes.github.io/autoscaler";

    /// <summary>The Helm release's name.</summary>
    public const string ReleaseName = "cluster-autoscaler";

    /// <summary>
    /// The node labels the autoscaler must ignore to see a general group's zonal node groups as similar and balance
    /// them. It compares every label but the zone's and hostname's (cluster-autoscaler-1.35.0
    /// processors/nodegroupset/compare_nodegroups.go compareLabels: the same keys and values on both;
    /// aws_nodegroups.go ignores eks.amazonaws.com/nodegroup and a few more); EKS labels each managed node with its
    /// group's image, capacity type and launch template id and version, which a group scaled to zero has no node to
    /// show, and the autoscaler builds such a group's template node with labels from its Auto Scaling group's
    /// <c>eks:cluster-name</c> and <c>eks:nodegroup-name</c> tags (aws_manager.go extractLabelsFromAsg), which real
    /// nodes lack (kubernetes/autoscaler#3230, awsdocs/amazon-eks-user-guide#411).
    /// </summary>
    public static readonly ImmutableArray<string> BalancingIgnoredLabels = ImmutableArray.Create(
        "eks.amazonaws.com/nodegroup-image",
        "eks.amazonaws.com/capacityType",
        "eks.amazonaws.com/sourceLaunchTemplateId",
        "eks.amazonaws.com/sourceLaunchTemplateVersion",
        "k8s.io/cloud-provider-aws",
        "cluster-name",
        "nodegroup-name");

    /// <summary>The autoscaler's flag bounding a pod's termination grace when its node is scaled down (default 600).</summary>
    public const string MaxGracefulTerminationFlag = "max-graceful-termination-sec";

    /// <summary>
    /// One replica. The autoscaler elects a leader and only the leader acts, so a second replica would
    /// only stand by; if the one pod dies, Kubernetes restarts it within seconds and, in the meantime,
    /// nodes merely stop being added or removed. Its disruption budget (maxUnavailable 1) lets its node drain.
    /// </summary>
    public const int Replicas = 1;

    /// <summary>The Helm release (in kube-system, which EKS owns: no namespace is created).</summary>
    public Release Release { get; }

    /// <summary>The namespace it runs in.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; private set; }

    /// <summary>The service account it runs as.</summary>
    [Output("serviceAccount")]
    public Output<string> ServiceAccount { get; private set; }

    /// <summary>Installs the chart in kube-system.</summary>
    public ClusterAutoscalerAddon(string name, ClusterAutoscalerAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, Repository, args.Settings.ChartVersion),
            Namespace = NodeGroups.ClusterAutoscalerNamespace,
            Values = Values(args),
        }, args.Context, this);

        Namespace = Release.Namespace;
        ServiceAccount = Output.Create(NodeGroups.ClusterAutoscalerServiceAccount);
        RegisterOutputs(new Dictionary<string, object?> { ["namespace"] = Namespace, ["serviceAccount"] = ServiceAccount });
    }

    /// <summary>
    /// The autoscaler's image for a Kubernetes minor: upstream releases one autoscaler minor per Kubernetes
    /// minor and tests it only against that one ("We strongly recommend using Cluster Autoscaler with version
    /// for which it was meant", the autoscaler's README), so the tag follows <c>kubernetesVersion</c> and an
    /// upgrade of the control plane moves the autoscaler with it. The .0 release of each minor is pinned.
    /// </summary>
    public static string ImageTag(string kubernetesVersion) => $"v{kubernetesVersion}.0";

    /// <summary>
    /// The autoscaler's flags: <c>extraArgs</c> renders each key as <c>--key=value</c>, with anything from the first
    /// <c>_</c> cut off (templates/deployment.yaml, <c>mustRegexFind "^[^_]+"</c>), so a flag given several times
    /// takes keys <c>flag_1</c>, <c>flag_2</c>, ...
    /// </summary>
    public static ImmutableDictionary<string, object> ExtraArgs(ClusterAutoscalerAddonArgs args) => ImmutableDictionary<string, object>.Empty
        // Keeps groups of the same shape (the general group's one per zone) the same size, so zonal
        // volumes and zone spreading keep finding room in every zone.
        .Add("balance-similar-node-groups", true)
        // Scales up the group that leaves the least CPU and memory idle once the pending pods run:
        // cheapest for a mix of m6i, c6i and g5 nodes.
        .Add("expander", "least-waste")
        // kube-system pods (coredns, metrics, controllers) sit on every node; by default they would
        // pin their nodes forever. Their disruption budgets still keep them available when nodes go.
        .Add("skip-nodes-with-system-pods", false)
        // A removed node's pods get their own grace up to the longest revision timeout (see the argument).
        .Add(MaxGracefulTerminationFlag, args.MaxGracefulTerminationSeconds)
        // Each node group's minimum, maximum and target size as metrics (off by default: config/flags/flags.go at
        // cluster-autoscaler-chart-9.59.0), which the NodeGroupAtMaximum alert compares.
        .Add("emit-per-nodegroup-metrics", true)
        .AddRange(BalancingIgnoredLabels.Select((label, i) => KeyValuePair.Create<string, object>($"balancing-ignore-label_{i + 1}", label)));

    /// <summary>The chart's values (keys of chart 9.59).</summary>
    public static ImmutableDictionary<string, object> Values(ClusterAutoscalerAddonArgs args) => ImmutableDictionary<string, object>.Empty
        .Add("cloudProvider", "aws")
        .Add("awsRegion", args.Context.Region)
        // Discovers the Auto Scaling groups tagged k8s.io/cluster-autoscaler/enabled and
        // k8s.io/cluster-autoscaler/<cluster>, the tags the node groups carry and the IAM policy requires.
        .Add("autoDiscovery", ImmutableDictionary<string, object>.Empty.Add("clusterName", args.Context.ClusterName))
        .Add("fullnameOverride", ReleaseName)
        .Add("image", ImmutableDictionary<string, object>.Empty.Add("tag", ImageTag(args.KubernetesVersion)))
        .Add("rbac", ImmutableDictionary<string, object>.Empty
            .Add("create", true)
            .Add("serviceAccount", ImmutableDictionary<string, object>.Empty
                .Add("create", true)
                .Add("name", NodeGroups.ClusterAutoscalerServiceAccount)
                .Add("annotations", HelmValues.RoleArnAnnotation(args.RoleArn))))
        .Add("replicaCount", Replicas)
        // The chart's default, pinned (values.yaml priorityClassName): a pending autoscaler scales nothing.
        .Add("priorityClassName", PriorityClasses.SystemClusterCritical)
        .Add("podDisruptionBudget", ImmutableDictionary<string, object>.Empty.Add("maxUnavailable", 1))
        // The autoscaler must not remove the node it runs on while it works.
        .Add("podAnnotations", ImmutableDictionary<string, object>.Empty.Add("cluster-autoscaler.kubernetes.io/safe-to-evict", "false"))
        .Add("extraArgs", ExtraArgs(args))
        .Add("resources", args.Resources.ToValues())
        .Add("securityContext", ImmutableDictionary<string, object>.Empty
            .Add("runAsNonRoot", true)
            .Add("runAsUser", 65534)
            .Add("runAsGroup", 65534)
            .Add("seccompProfile", ImmutableDictionary<string, object>.Empty.Add("type", "RuntimeDefault")))
        .Add("containerSecurityContext", ImmutableDictionary<string, object>.Empty
            .Add("allowPrivilegeEscalation", false)
            .Add("readOnlyRootFilesystem", true)
            .Add("capabilities", ImmutableDictionary<string, object>.Empty.Add("drop", ImmutableArray.Create<object>("ALL"))));
}
