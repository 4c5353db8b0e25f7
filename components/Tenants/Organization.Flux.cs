using System.Collections.Immutable;
using Numinia.Components.Addons.Flux;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

namespace Numinia.Components.Tenants;

// Each environment's own Flux sync, locked to its namespace (fluxcd.io/flux/installation/configuration/multitenancy).
public sealed partial class Organization
{
    /// <summary>The service account Flux impersonates to apply an environment's manifests.</summary>
    public const string FluxReconcilerName = "flux-reconciler";

    /// <summary>
    /// What the reconciler may do in its own namespace, and nothing else: the objects the live applications' chart
    /// renders (hyperfy2-knative: Knative Services, DomainMappings, ExternalSecrets; ../shared/LIVE.md 7.4), what the
    /// environments' paths hold (HelmReleases and their values ConfigMaps; 7.5) and, as the account the HelmReleases
    /// name, Helm's release records. helm-controller installs a chart as the HelmRelease's service account and stores
    /// each release as a Secret of the release's namespace through that same account (fluxcd/helm-controller v1.5.3,
    /// internal/controller/helmrelease_controller.go buildRESTClientGetter and the storage of its install and upgrade
    /// actions, internal/action/config.go DefaultStorageDriver = secrets), so Secrets are granted here, in this namespace
    /// only. No Namespaces or ServiceAccounts: the platform makes both (docs/live-chart.md).
    /// </summary>
    public static readonly ImmutableArray<(string ApiGroup, ImmutableArray<string> Resources)> FluxReconcilerGrants = ImmutableArray.Create(
        ("serving.knative.dev", ImmutableArray.Create("services", "domainmappings")),
        ("external-secrets.io", ImmutableArray.Create("externalsecrets")),
        ("helm.toolkit.fluxcd.io", ImmutableArray.Create("helmreleases")),
        ("", ImmutableArray.Create("configmaps", "secrets")));

    /// <summary>The verbs of every grant: what applying, diffing and pruning need.</summary>
    public static readonly ImmutableArray<string> FluxReconcilerVerbs =
        ImmutableArray.Create("get", "list", "watch", "create", "update", "patch", "delete");

    private void FluxReconciliation(string prefix, OrganizationSpec spec, EnvironmentSpec environment, Output<string> ns,
        ImmutableDictionary<string, string> objectLabels, OrganizationArgs args)
    {
        if (args.Flux is not { } flux)
        {
            return;
        }

        var context = args.Cluster;
        var meta = new ObjectMetaArgs { Name = FluxReconcilerName, Namespace = ns, Labels = objectLabels };
        var account = new Pulumi.Kubernetes.Core.V1.ServiceAccount($"{prefix}-flux-sa", new ServiceAccountArgs
        {
            Metadata = meta,
            // Flux impersonates it; no pod runs as it.
            AutomountServiceAccountToken = false,
        }, context.Kubernetes(this));
        var role = new Pulumi.Kubernetes.Rbac.V1.Role($"{prefix}-flux-role", new RoleArgs
        {
            Metadata = meta,
            Rules = FluxReconcilerGrants.Select(g => new PolicyRuleArgs
            {
                ApiGroups = { g.ApiGroup },
                Resources = g.Resources,
                Verbs = FluxReconcilerVerbs,
            }).ToList(),
        }, context.Kubernetes(this));
        var binding = new Pulumi.Kubernetes.Rbac.V1.RoleBinding($"{prefix}-flux-binding", new RoleBindingArgs
        {
            Metadata = meta,
            RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = role.Metadata.Apply(m => m.Name) },
            Subjects = { new SubjectArgs { Kind = "ServiceAccount", Name = account.Metadata.Apply(m => m.Name), Namespace = ns } },
        }, context.Kubernetes(this));

        var source = flux.Source($"{prefix}-flux", ns, objectLabels, this, context.KubernetesProvider);
        _ = new Kustomization($"{prefix}-flux-kustomization", new KustomizationArgs
        {
            // The live name: <org>-<env>-apps.
            Metadata = new ObjectMetaArgs { Name = $"{spec.Name}-{environment.Name}-apps", Namespace = ns, Labels = objectLabels },
            Spec = new KustomizationSpecArgs
            {
                Interval = flux.Settings.KustomizationInterval,
                Path = flux.Settings.PathOf(spec.Name, environment.Name),
                Prune = true,
                SourceRef = new InputMap<string> { { "kind", GitRepository.ResourceKind }, { "name", FluxSync.SourceName } },
                ServiceAccountName = account.Metadata.Apply(m => m.Name),
                TargetNamespace = ns,
            },
        }, flux.Options(this, context.KubernetesProvider, source, binding));
    }
}
