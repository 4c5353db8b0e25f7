#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// CRDs on a chart bump. Helm installs a chart's <c>crds/</c> folder on the first install only and never upgrades
/// it, so a chart that keeps its CRDs there would run each new controller on its first CRDs. Every release of the
/// prod plan is listed here with how its chart ships CRDs at its pinned version (read from each chart's source),
/// and each such chart gets its CRDs upgraded with it.
/// </summary>
public sealed class ChartCrdTests
{
    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";
    private const string ConfigFileType = "kubernetes:yaml/v2:ConfigFile";

    /// <summary>How a chart's CRDs reach the cluster, and are upgraded.</summary>
    public enum Crds
    {
        /// <summary>The chart has none (at least with the values set).</summary>
        None,

        /// <summary>Templates: Helm upgrades them with the release.</summary>
        Templates,

        /// <summary>A <c>crds/</c> folder plus a pre-install and pre-upgrade hook Job of the chart that applies them.</summary>
        UpgradeHook,

        /// <summary>A <c>crds/</c> folder, skipped: the CRDs come from a separate release, upgraded before this one.</summary>
        SeparateRelease,

        /// <summary>A <c>crds/</c> folder, skipped: its manifests are applied by Pulumi from the chart version's tag.</summary>
        AppliedFromTag,

        /// <summary>A <c>crds/</c> folder, skipped: nothing the values enable reads those CRDs.</summary>
        Skipped,
    }

    /// <summary>Each chart of the prod plan, as its pinned version ships CRDs.</summary>
    private static readonly ImmutableDictionary<string, Crds> s_charts = new Dictionary<string, Crds>
    {
        // crds/crds.yaml and crds/gateway-crds.yaml (kubernetes-sigs/aws-load-balancer-controller v3.5.0, helm/).
        ["aws-load-balancer-controller"] = Crds.AppliedFromTag,
        // templates/crds.yaml, rendered when crds.enabled.
        ["cert-manager"] = Crds.Templates,
        // crds/dnsendpoints.externaldns.k8s.io.yaml, read only by the crd source (this platform: service, ingress).
        ["external-dns"] = Crds.Skipped,
        // templates/crds/ of config/charts/knative-operator.
        ["knative-operator"] = Crds.Templates,
        // templates, rendered when installCRDs.
        ["external-secrets"] = Crds.Templates,
        // crds/ and templates/crds-upgrade-hook.yaml (pre-install, pre-upgrade Job), on while linux.crds.enabled.
        ["secrets-store-csi-driver"] = Crds.UpgradeHook,
        ["secrets-store-csi-driver-provider-aws"] = Crds.None,
        // templates/*.crds.yaml, rendered when installCRDs (fluxcd-community/helm-charts flux2-2.18.3).
        ["flux2"] = Crds.Templates,
        // crds/bitnami.com_sealedsecrets.yaml (bitnami-labs/sealed-secrets helm-v2.18.5).
        ["sealed-secrets"] = Crds.AppliedFromTag,
        // charts/crds/templates/: the CRDs of kube-prometheus-stack as templates.
        ["prometheus-operator-crds"] = Crds.Templates,
        // charts/crds/crds/ (a subchart's crds/ folder), off with crds.enabled=false.
        ["kube-prometheus-stack"] = Crds.SeparateRelease,
        ["fluent-bit"] = Crds.None,
        ["metrics-server"] = Crds.None,
        ["cluster-autoscaler"] = Crds.None,
        // Its CRDs are node-feature-discovery's, a subchart off with nfd.enabled=false.
        ["nvidia-device-plugin"] = Crds.None,
        // crds/ (vmware-tanzu/helm-charts velero-12.1.0, charts/velero/crds/), applied by Pulumi; its upgrade-CRDs Job is off.
        ["velero"] = Crds.AppliedFromTag,
    }.ToImmutableDictionary();

    private static PlanResult? s_plan;

    private static async Task<PlanResult> PlanAsync() => s_plan ??= await Planner.RunAsync(Harness.ProdConfig());

    private static object? At(object? value, params string[] path)
        => path.Aggregate(value, (node, key) => node is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(key) : null);

    private static IEnumerable<ResourceRegistration> Releases(PlanResult plan) => plan.Resources.Where(r => r.Type == ReleaseType);

    private static IEnumerable<TestCaseData> Charts() => s_charts.Select(c => new TestCaseData(c.Key, c.Value).SetName($"ChartCrds_{c.Key}_{c.Value}"));

    /// <summary>Rule: every chart of the plan has a stated CRD handling, so a new chart cannot bring a crds/ folder unnoticed.</summary>
    [Test]
    public async Task EveryChartOfThePlanHasAStatedCrdHandling()
    {
        var charts = Releases(await PlanAsync()).Select(r => (string)r.Inputs["chart"]!).ToHashSet();
        Assert.That(charts, Is.EquivalentTo(s_charts.Keys));
    }

    /// <summary>Rule: a chart's crds/ folder is never left to Helm, and CRDs shipped otherwise are not switched off.</summary>
    [TestCaseSource(nameof(Charts))]
    public async Task EachChartsCrdsAreUpgradedWithIt(string chart, Crds crds)
    {
        var plan = await PlanAsync();
        var release = Releases(plan).Single(r => (string)r.Inputs["chart"]! == chart);
        var skips = release.Inputs.GetValueOrDefault("skipCrds") is true;
        var configFiles = release.DependencyUrns.Select(u => plan.Resources.Single(r => r.Urn == u)).Where(r => r.Type == ConfigFileType).ToArray();
        var values = release.Inputs["values"];
        Assert.Multiple(() =>
        {
            Assert.That(skips, Is.EqualTo(crds is Crds.AppliedFromTag or Crds.Skipped), "skipCrds");
            Assert.That(configFiles, crds == Crds.AppliedFromTag ? Is.Not.Empty : Is.Empty, "CRD manifests applied before the release");
            Assert.That(release.Inputs.GetValueOrDefault("disableCRDHooks"), Is.Not.EqualTo(true), "the chart's CRD hooks run");
            switch (chart)
            {
                case "kube-prometheus-stack":
                    Assert.That(At(values, "crds", "enabled"), Is.EqualTo(false), "the subchart's crds/ folder is off");
                    break;
                case "cert-manager":
                    Assert.That(At(values, "crds", "enabled"), Is.EqualTo(true));
                    break;
                case "external-secrets":
                    Assert.That(At(values, "installCRDs"), Is.EqualTo(true));
                    break;
                case "secrets-store-csi-driver":
                    Assert.That(At(values, "linux", "crds", "enabled"), Is.Not.EqualTo(false), "the CRD upgrade hook is on");
                    break;
            }
        });
    }

    /// <summary>
    /// Rule: CRD manifests applied by Pulumi are read at the tag of the release's own chart version (so a bump
    /// moves them), never a branch, through the cluster's provider; the release depends on each.
    /// </summary>
    [TestCase("aws-load-balancer-controller-release", "https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/v3.5.0/helm/aws-load-balancer-controller/crds/", 2)]
    [TestCase("sealed-secrets-release", "https://raw.githubusercontent.com/bitnami-labs/sealed-secrets/helm-v2.18.5/helm/sealed-secrets/crds/", 1)]
    public async Task CrdManifestsAreReadAtTheChartVersionsTag(string releaseName, string folder, int manifests)
    {
        var plan = await PlanAsync();
        var release = plan.Resources.Single(r => r.Name == releaseName);
        var files = plan.Resources.Where(r => r.Type == ConfigFileType && release.DependencyUrns.Contains(r.Urn)).ToArray();
        var provider = plan.Resources.Single(r => r.Type == "pulumi:providers:kubernetes" && r.Name == "cluster-k8s");
        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.EqualTo(manifests));
            Assert.That(files.Select(f => (string)f.Inputs["file"]!), Has.All.StartWith(folder).And.All.EndWith(".yaml"));
            Assert.That(files.Select(f => f.ProviderUrn), Has.All.StartWith(provider.Urn));
        });
    }

    /// <summary>Rule: a chart bump moves its CRD manifests to the new version's tag in the same `up`.</summary>
    [TestCase("loadBalancerControllerChartVersion=3.6.0", "aws-load-balancer-controller-release", "/aws-load-balancer-controller/v3.6.0/")]
    [TestCase("sealedSecretsChartVersion=2.19.0", "sealed-secrets-release", "/sealed-secrets/helm-v2.19.0/")]
    public async Task AChartBumpMovesItsCrdManifests(string setting, string releaseName, string tag)
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig(setting));
        var release = plan.Resources.Single(r => r.Name == releaseName);
        var files = plan.Resources.Where(r => r.Type == ConfigFileType && release.DependencyUrns.Contains(r.Urn)).Select(f => (string)f.Inputs["file"]!);
        Assert.That(files, Is.Not.Empty.And.All.Contain(tag));
    }

    /// <summary>
    /// Rule (edge): kube-prometheus-stack depends on the prometheus-operator-crds release, pinned to the chart whose
    /// appVersion is its operator's, so a bump of both updates the CRDs before the operator that needs them; the CRDs
    /// are kept if that release is ever removed (deleting a CRD deletes every object of its kind).
    /// </summary>
    [Test]
    public async Task Edge_KubePrometheusStackAfterItsCrdsRelease()
    {
        var plan = await PlanAsync();
        var crds = Releases(plan).Single(r => (string)r.Inputs["chart"]! == "prometheus-operator-crds");
        var stack = Releases(plan).Single(r => (string)r.Inputs["chart"]! == "kube-prometheus-stack");
        Assert.Multiple(() =>
        {
            Assert.That(stack.DependencyUrns, Does.Contain(crds.Urn));
            Assert.That(crds.Inputs["version"], Is.EqualTo("31.0.1"), "appVersion v0.93.1, as kube-prometheus-stack 88.5.3's");
            Assert.That(stack.Inputs["version"], Is.EqualTo("88.5.3"));
            Assert.That(crds.Inputs["repositoryOpts"], Is.EqualTo(stack.Inputs["repositoryOpts"]));
            Assert.That(At(crds.Inputs["values"], "crds", "annotations", "helm.sh/resource-policy"), Is.EqualTo("keep"));
        });
    }

    /// <summary>Rule: the CRDs chart's version is its own config key, so it is bumped beside kube-prometheus-stack's.</summary>
    [Test]
    public async Task TheCrdsChartVersionComesFromItsConfigKey()
    {
        var plan = await Planner.RunAsync(Harness.ProdConfig("prometheusOperatorCrdsChartVersion=31.1.0"));
        Assert.That(Releases(plan).Single(r => (string)r.Inputs["chart"]! == "prometheus-operator-crds").Inputs["version"], Is.EqualTo("31.1.0"));
    }
}
#endif
