#if PULUMI_OFFLINE
using Numinia.Components.Addons.Flux;
using Numinia.Infra.Flows.Workloads;

namespace Numinia.Infra.Flows.Catalogue;

/// <summary>
/// Flux's flows: source-controller fetches the repository from GitHub; kustomize and helm controllers download its
/// artifacts from the source-controller Service, and the controllers post events to notification-controller (both
/// Services map 80 to 9090, flux2 chart 2.18.3 templates). Only source-controller goes out; nothing outside Flux reads
/// the artifacts, which hold every tenant's manifests.
/// </summary>
public static class FluxFlows
{
    private const string Ns = FluxAddon.NamespaceName;

    /// <summary>The flows of this group; <paramref name="tenants"/> are the organizations' namespaces.</summary>
    public static IEnumerable<Flow> For(ClusterModel model, IEnumerable<string> tenants)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Pods.Any(p => p.Namespace == Ns && p.Workload == "source-controller"))
        {
            yield break;
        }

        var source = FlowEnd.Pod(Ns, "source-controller");
        var github = FlowEnd.Outside("github.com", PlatformAddresses.GitHub);
        yield return new Flow("flux-system/source-controller fetches the repository from GitHub over SSH (22)", source, github, "TCP", 22,
            FlowExpectation.Open, "the GitRepositories' ssh:// URL, authenticated by the deploy key");
        yield return new Flow("flux-system/source-controller fetches from GitHub and Helm repositories over HTTPS (443)", source, github, "TCP", 443,
            FlowExpectation.Open, "https:// GitRepositories and HelmRepositories");
        yield return new Flow("flux-system/source-controller cannot reach the instance metadata service", source,
            FlowEnd.Outside("instance metadata", PlatformAddresses.InstanceMetadata), "TCP", 80, FlowExpectation.Closed,
            "Flux needs no AWS identity; the node's instance profile is not Flux's");

        // The internet rule excepts the Service range: Services are not GitHub.
        yield return new Flow("flux-system/source-controller cannot call another namespace's Service on 443 through its internet rule", source,
            FlowEnd.Service("cert-manager", "cert-manager-webhook"), "TCP", 443, FlowExpectation.Closed,
            "its 443 to the internet is for Git and Helm repositories; webhooks cannot tell a pod from the control plane by address");

        var artifacts = FlowEnd.Service(Ns, "source-controller");
        var events = FlowEnd.Service(Ns, "notification-controller");
        foreach (var controller in new[] { "kustomize-controller", "helm-controller" })
        {
            var pod = FlowEnd.Pod(Ns, controller);
            yield return new Flow($"flux-system/{controller} downloads artifacts from source-controller (80 to 9090)", pod, artifacts, "TCP", 80,
                FlowExpectation.Open, "a source's status.artifact.url is http://source-controller.flux-system.svc.cluster.local./… (--storage-adv-addr)");
            yield return new Flow($"flux-system/{controller} cannot reach GitHub", pod, github, "TCP", 22, FlowExpectation.Closed,
                "only source-controller fetches; the lockdown refuses remote bases (--no-remote-bases)");
        }

        foreach (var controller in new[] { "source-controller", "kustomize-controller", "helm-controller" })
        {
            yield return new Flow($"flux-system/{controller} posts events to notification-controller (80 to 9090)", FlowEnd.Pod(Ns, controller), events,
                "TCP", 80, FlowExpectation.Open, "--events-addr=http://notification-controller.flux-system.svc.cluster.local.");
        }

        foreach (var ns in tenants)
        {
            yield return new Flow($"a revision in {ns} cannot download Flux's artifacts", FlowEnd.Pod(ns, "revision"), artifacts, "TCP", 80,
                FlowExpectation.Closed, "an artifact is a tarball of the repository, other tenants' manifests included");
        }
    }
}
#endif
