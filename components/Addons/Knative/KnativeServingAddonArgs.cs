using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes;
using Pulumi;

namespace Numinia.Components.Addons.Knative;

/// <summary>One Deployment the operator installs, with the requests and limits the platform gives its container.</summary>
/// <param name="Deployment">The Deployment's name (what <c>spec.workloads[].name</c> matches).</param>
/// <param name="Container">The container's name in it.</param>
/// <param name="Resources">Its requests and limits.</param>
/// <param name="OperatorPodDisruptionBudget">
/// The PodDisruptionBudget the operator's manifests ship for it, if any; null when the platform adds its own.
/// </param>
/// <param name="AutoscalerMaxReplicas">
/// The maximum of the HorizontalPodAutoscaler the manifests ship for it (whose minimum is 1), or null when it
/// runs a fixed number of replicas.
/// </param>
/// <param name="MaxSurgePercent">
/// The rolling update's maxSurge the manifests ship, in percent: Kubernetes' default of 25 unless the Deployment sets
/// its own (Kourier's two set 100).
/// </param>
public sealed record KnativeWorkload(string Deployment, string Container, ContainerResources Resources,
    string? OperatorPodDisruptionBudget, int? AutoscalerMaxReplicas, int MaxSurgePercent = KnativeWorkload.DefaultMaxSurgePercent)
{
    /// <summary>A Deployment's maxSurge when its strategy sets none (Kubernetes apps/v1 defaults: 25%).</summary>
    public const int DefaultMaxSurgePercent = 25;

    /// <summary>
    /// The pods a rolling update of <paramref name="replicas"/> adds: the percentage rounded up, as the Deployment
    /// controller resolves maxSurge (kubernetes/kubernetes pkg/controller/deployment/util/deployment_util.go
    /// ResolveFenceposts, GetScaledValueFromIntOrPercent with roundUp).
    /// </summary>
    public int Surge(int replicas) => (int)Math.Ceiling(replicas * MaxSurgePercent / 100m);

    /// <summary>
    /// The most replicas it runs with <paramref name="highAvailabilityReplicas"/>: the operator raises an
    /// autoscaler's minimum to that many and its maximum by as much, and sets the others' replicas to it.
    /// </summary>
    public int MostReplicas(int highAvailabilityReplicas) => AutoscalerMaxReplicas is { } max
        ? max + Math.Max(0, highAvailabilityReplicas - 1)
        : highAvailabilityReplicas;
}

/// <summary>What Knative Serving with Kourier is built from.</summary>
public sealed record KnativeServingAddonArgs
{
    /// <summary>The cluster it runs on.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>
    /// external-dns, which writes Kourier's records (<see cref="KnativeServingAddon.DnsNames"/>) into its hosted zone
    /// from the annotation on Kourier's Service. It must watch Services and its domain filters must cover those
    /// names. The KnativeServing depends on its release: created after it, and deleted before it, so that
    /// external-dns still runs to delete the records once the Service is gone.
    /// </summary>
    public required ExternalDnsAddon ExternalDns { get; init; }

    /// <summary>
    /// The base domain of Knative routes (Serving's default domain, <c>config-domain</c>) and of the wildcard
    /// record; external-dns's hosted zone's name or a subdomain of it (live: <c>numinia.xyz</c>).
    /// </summary>
    public required string BaseDomain { get; init; }

    /// <summary>
    /// The AWS Load Balancer Controller's release, which makes Kourier's NLB from the Service's annotations (no
    /// webhook needs to see the Service created). The KnativeServing is created after it and deleted before it, so
    /// that the controller still runs to delete the NLB and release the Service's finalizer.
    /// </summary>
    public required Resource LoadBalancerController { get; init; }

    /// <summary>
    /// The cert-manager release (or its issuers), when there is one: with <c>external-domain-tls</c> on,
    /// Serving creates cert-manager Certificates for DomainMappings, whose CRDs must exist.
    /// </summary>
    public Resource? CertManager { get; init; }

    /// <summary>
    /// Its settings: the operator's chart, the Serving version, the scale-to-zero grace period, the maximum revision timeout
    /// and the ClusterIssuer of DomainMapping certificates.
    /// </summary>
    public KnativeSettings Settings { get; init; } = new();

    /// <summary>Replicas of the control plane (and the minimum of its autoscaled parts).</summary>
    public int HighAvailabilityReplicas { get; init; } = 2;
}
