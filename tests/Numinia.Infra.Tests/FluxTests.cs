#if PULUMI_OFFLINE
using System.Collections;
using System.Collections.Immutable;
using Numinia.Components.Addons.Flux;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// Flux as a shared service with the multi-tenancy lockdown (fluxcd.io/flux/installation/configuration/multitenancy), and
/// each organization environment's own locked Kustomization, over the prod plan.
/// </summary>
public sealed class FluxTests
{
    private const string KustomizationType = "kubernetes:kustomize.toolkit.fluxcd.io/v1:Kustomization";
    private const string GitRepositoryType = "kubernetes:source.toolkit.fluxcd.io/v1:GitRepository";
    private const string Rbac = "kubernetes:rbac.authorization.k8s.io/v1:";

    private static Task<PlanResult> PlanAsync() => Harness.ProdPlanAsync();

    private static IReadOnlyDictionary<string, object?> Map(object? value)
        => value as IReadOnlyDictionary<string, object?> ?? throw new AssertionException($"not a map: {value}");

    private static object? At(ResourceRegistration resource, params string[] path) => Harness.At(resource.Inputs, path);

    private static IEnumerable<ResourceRegistration> OfType(PlanResult plan, string type) => plan.Resources.Where(r => r.Type == type);

    /// <summary>The organizations' namespaces: those labelled with an organization.</summary>
    private static string[] TenantNamespaces(PlanResult plan)
        => OfType(plan, "kubernetes:core/v1:Namespace")
            .Where(n => At(n, "metadata", "labels") is IReadOnlyDictionary<string, object?> labels && labels.ContainsKey(NamespaceLabels.Organization))
            .Select(n => (string)At(n, "metadata", "name")!)
            .ToArray();

    private static IReadOnlyDictionary<string, object?> FluxValues(PlanResult plan)
        => Map(plan.Resources.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && (string?)r.Inputs["name"] == FluxAddon.ReleaseName).Inputs["values"]);

    [Test]
    public async Task FluxIsTheFlux2ChartPinnedInItsOwnNamespace()
    {
        var release = (await PlanAsync()).Resources.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && (string?)r.Inputs["name"] == "flux2");
        Assert.Multiple(() =>
        {
            Assert.That(release.Inputs["chart"], Is.EqualTo("flux2"));
            Assert.That(release.Inputs["version"], Is.EqualTo("2.18.3"), "pinned: appVersion 2.8.5, the newest flux2 chart (no v2.9 chart is published)");
            Assert.That(At(release, "repositoryOpts", "repo"), Is.EqualTo("https://fluxcd-community.github.io/helm-charts"));
            Assert.That(release.Inputs["namespace"], Is.EqualTo("flux-system"));
        });
    }

    [Test]
    public async Task FluxNamespaceDeniesAllTrafficByDefault()
    {
        var policies = OfType(await PlanAsync(), Rbac.Replace("rbac.authorization.k8s.io", "networking.k8s.io", StringComparison.Ordinal) + "NetworkPolicy")
            .Where(p => (string?)At(p, "metadata", "namespace") == FluxAddon.NamespaceName).ToArray();
        var deny = policies.SingleOrDefault(p => (string?)At(p, "metadata", "name") == "default-deny");
        Assert.That(deny, Is.Not.Null, "flux-system has a default-deny policy");
        Assert.Multiple(() =>
        {
            Assert.That(Map(At(deny!, "spec", "podSelector")), Is.Empty, "it selects every pod");
            Assert.That(Harness.Strings(At(deny!, "spec", "policyTypes")), Is.EquivalentTo(new[] { "Ingress", "Egress" }));
            Assert.That(At(deny!, "spec", "ingress"), Is.Null);
            Assert.That(At(deny!, "spec", "egress"), Is.Null);
        });
    }

    /// <summary>
    /// The chart's own policies (flux2 2.18.3 templates/policies.yaml: allow-egress with <c>egress: [{}]</c>) would open
    /// every egress of the namespace, NetworkPolicies being additive: they must be off.
    /// </summary>
    [Test]
    public async Task FluxChartInstallsNoNetworkPolicyOfItsOwn()
        => Assert.That(Harness.At(FluxValues(await PlanAsync()), "policies", "create"), Is.EqualTo(false));

    [Test]
    public async Task FluxInstallsNoImageAutomation()
    {
        var values = FluxValues(await PlanAsync());
        Assert.Multiple(() =>
        {
            Assert.That(Harness.At(values, "imageAutomationController", "create"), Is.EqualTo(false));
            Assert.That(Harness.At(values, "imageReflectionController", "create"), Is.EqualTo(false));
        });
    }

    /// <summary>
    /// The controllers' arguments as the chart renders them from the values (flux2 2.18.3 templates/kustomize-controller.yaml,
    /// helm-controller.yaml, notification-controller.yaml: <c>multitenancy.enabled</c> adds <c>--no-cross-namespace-refs=true</c>
    /// to all three and <c>--default-service-account</c> to kustomize and helm; <c>container.additionalArgs</c> are appended).
    /// </summary>
    private static string[] RenderedArgs(IReadOnlyDictionary<string, object?> values, string controller)
    {
        var args = new List<string>();
        if (Harness.At(values, "multitenancy", "enabled") is true)
        {
            args.Add("--no-cross-namespace-refs=true");
            if (controller is "kustomizeController" or "helmController")
            {
                args.Add($"--default-service-account={Harness.At(values, "multitenancy", "defaultServiceAccount") ?? "default"}");
            }
        }

        if (Harness.At(values, controller, "container", "additionalArgs") is IEnumerable extra)
        {
            args.AddRange(extra.Cast<object>().Select(a => (string)a));
        }

        return [.. args];
    }

    [Test]
    public async Task FluxControllersCarryTheMultiTenancyLockdownFlags()
    {
        var values = FluxValues(await PlanAsync());
        Assert.Multiple(() =>
        {
            Assert.That(RenderedArgs(values, "kustomizeController"),
                Is.SupersetOf(new[] { "--no-cross-namespace-refs=true", "--default-service-account=default", "--no-remote-bases=true" }));
            Assert.That(RenderedArgs(values, "helmController"),
                Is.SupersetOf(new[] { "--no-cross-namespace-refs=true", "--default-service-account=default" }));
            Assert.That(RenderedArgs(values, "notificationController"), Does.Contain("--no-cross-namespace-refs=true"));
        });
    }

    [Test]
    public async Task EveryOrganizationEnvironmentHasOneKustomizationLockedToItsNamespace()
    {
        var plan = await PlanAsync();
        var tenants = TenantNamespaces(plan);
        var kustomizations = OfType(plan, KustomizationType).ToArray();
        Assert.That(tenants, Has.Length.EqualTo(8), "the prod stack's four organizations, pre and pro");
        Assert.That(kustomizations.Select(k => (string)At(k, "metadata", "namespace")!), Is.EquivalentTo(tenants), "one per organization environment");
        Assert.Multiple(() =>
        {
            foreach (var k in kustomizations)
            {
                var ns = (string)At(k, "metadata", "namespace")!;
                Assert.That(At(k, "spec", "serviceAccountName"), Is.EqualTo(Organization.FluxReconcilerName), ns);
                Assert.That(At(k, "spec", "targetNamespace"), Is.EqualTo(ns), ns);
                Assert.That(At(k, "spec", "prune"), Is.EqualTo(true), ns);
                Assert.That(Map(At(k, "spec", "sourceRef")).ContainsKey("namespace"), Is.False, $"{ns}: no cross-namespace source");
            }
        });
    }

    [Test]
    public async Task KustomizationsFollowTheChangedOrganizationPaths()
    {
        var k = OfType(await PlanAsync(), KustomizationType).Single(k => (string?)At(k, "metadata", "namespace") == "numen-games-pre");
        Assert.Multiple(() =>
        {
            Assert.That(At(k, "metadata", "name"), Is.EqualTo("numen-games-pre-apps"));
            Assert.That(At(k, "spec", "path"), Is.EqualTo("./clusters/numinia-production/organizations/numen-games/pre-kustomization"));
        });
    }

    [Test]
    public async Task EachTenantNamespaceHasItsOwnSourceAndDeployKey()
    {
        var plan = await PlanAsync();
        var sources = OfType(plan, GitRepositoryType).ToArray();
        var secrets = OfType(plan, "kubernetes:core/v1:Secret").Where(s => (string?)At(s, "metadata", "name") == FluxSync.SourceName).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var ns in TenantNamespaces(plan).Append(FluxAddon.NamespaceName))
            {
                var source = sources.SingleOrDefault(s => (string?)At(s, "metadata", "namespace") == ns);
                Assert.That(source, Is.Not.Null, $"{ns} has its own GitRepository");
                Assert.That(At(source!, "spec", "url"), Is.EqualTo("ssh://git@github.com/numengames/numinia-k8s"), ns);
                Assert.That(At(source!, "spec", "secretRef", "name"), Is.EqualTo(FluxSync.SourceName), ns);
                Assert.That(secrets.Count(s => (string?)At(s, "metadata", "namespace") == ns), Is.EqualTo(1), $"{ns} has its own deploy key Secret");
            }
        });
    }

    [Test]
    public async Task FluxObjectsWaitForTheFluxRelease()
    {
        var plan = await PlanAsync();
        var release = plan.Resources.Single(r => r.Name == "flux-release").Urn;
        Assert.Multiple(() =>
        {
            foreach (var r in OfType(plan, KustomizationType).Concat(OfType(plan, GitRepositoryType)))
            {
                Assert.That(r.DependencyUrns, Does.Contain(release), $"{r.Name} waits for the CRDs");
            }
        });
    }

    [Test]
    public async Task AddingAnOrganizationAddsItsKustomizations()
    {
        var organizations = TenantsSettings.LiveOrganizationsJson.TrimEnd(']') + """,{"name":"acme","environments":[{"name":"pre"},{"name":"pro"}]}]""";
        var plan = await Planner.RunAsync(Harness.ProdConfig($"organizations={organizations}"));
        var acme = OfType(plan, KustomizationType).Select(k => (string)At(k, "metadata", "namespace")!).Where(ns => ns.StartsWith("acme", StringComparison.Ordinal));
        Assert.Multiple(async () =>
        {
            Assert.That(acme, Is.EquivalentTo(new[] { "acme", "acme-pre" }));
            Assert.That(OfType(plan, KustomizationType).Count(), Is.EqualTo(OfType(await PlanAsync(), KustomizationType).Count() + 2));
        });
    }

    /// <summary>What a tenant's manifests could ask of the API server in another namespace: the grants it has at home, and Secrets.</summary>
    private static readonly (string Verb, string Group, string Resource)[] s_requests =
    [
        .. Organization.FluxReconcilerGrants.SelectMany(g => g.Resources.SelectMany(r => Organization.FluxReconcilerVerbs.Select(v => (v, g.ApiGroup, r)))),
        ("get", "", "secrets"), ("list", "", "secrets"), ("watch", "", "secrets"),
    ];

    [Test]
    public async Task AnOrganizationsReconcilerCannotActOutsideItsNamespaces()
    {
        var plan = await PlanAsync();
        var rbac = new RbacModel(plan.Resources);
        var tenants = TenantNamespaces(plan);
        var others = tenants.Concat(["default", "kube-system", FluxAddon.NamespaceName]).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var home in tenants)
            {
                Assert.That(rbac.ClusterBindingsOf(home, Organization.FluxReconcilerName), Is.Empty, $"{home}: no cluster-wide binding");
                Assert.That(rbac.Allows(home, Organization.FluxReconcilerName, "create", "serving.knative.dev", "services", home), Is.True,
                    $"{home}: it applies its own Knative Services (the model is not vacuous)");
                foreach (var ns in others.Where(n => n != home))
                {
                    var allowed = s_requests.Where(q => rbac.Allows(home, Organization.FluxReconcilerName, q.Verb, q.Group, q.Resource, ns)).ToArray();
                    Assert.That(allowed, Is.Empty, $"{home}'s reconciler in {ns}");
                }
            }
        });
    }

    [Test]
    public async Task AnOrganizationsReconcilerCannotReadAnotherTenantsSecrets()
    {
        var plan = await PlanAsync();
        var rbac = new RbacModel(plan.Resources);
        var tenants = TenantNamespaces(plan);
        Assert.Multiple(() =>
        {
            foreach (var home in tenants)
            {
                foreach (var ns in tenants.Where(n => n != home))
                {
                    foreach (var verb in new[] { "get", "list", "watch" })
                    {
                        Assert.That(rbac.Allows(home, Organization.FluxReconcilerName, verb, "", "secrets", ns), Is.False, $"{home} {verb} secrets in {ns}");
                    }
                }
            }
        });
    }

    /// <summary>
    /// The deploy key Flux's objects are built from is a secret even when the settings hold it in plain text (a Secret's
    /// <c>data</c> is always secret in state: pulumi-kubernetes marks it an additional secret output; this is the value
    /// before it).
    /// </summary>
    [Test]
    public async Task TheDeployKeyIsASecretOutput()
    {
        FluxAddon? flux = null;
        _ = await Harness.RunAsync(() => flux = new FluxAddon("flux",
            new FluxAddonArgs { Context = TestCluster.Context(), Settings = new FluxSettings { DeployKey = "a-deploy-key" } }));
        await Harness.AssertEngineSecretAsync(flux!.Sync.DeployKey, "the deploy key");
    }
}
#endif
