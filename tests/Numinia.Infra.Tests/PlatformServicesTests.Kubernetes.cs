using System.Collections;
using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.NvidiaDevicePlugin;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using NUnit.Framework;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Rbac.V1;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>The platform namespaces and the platform RBAC.</summary>
public sealed partial class PlatformServicesTests
{
    // Platform namespaces

    [Test]
    public async Task ThePlatformNamespacesAreThoseNoSharedServiceOwns()
    {
        var built = await BuildAsync();
        Assert.That(await ValueAsync(built.Component<PlatformNamespaces>().Names), Is.EquivalentTo(PlatformNamespaceNames));
    }

    [TestCase("dev-center", "restricted")]
    [TestCase("ci", "baseline")]
    [TestCase("ai-platform", "restricted")]
    [TestCase("auth", "restricted")]
    [TestCase("staging", "restricted")]
    [TestCase("production", "restricted")]
    public async Task EachPlatformNamespaceHasPodSecurityLabelsAQuotaAndALimitRange(string ns, string level)
    {
        var built = await BuildAsync();
        var labels = (await ValueAsync(built.Resources.Named<Namespace>($"platform-namespaces-{ns}").Metadata)).Labels;
        Assert.Multiple(async () =>
        {
            Assert.That(labels["pod-security.kubernetes.io/enforce"], Is.EqualTo(level));
            Assert.That(labels["pod-security.kubernetes.io/audit"], Is.EqualTo(level));
            Assert.That(labels["pod-security.kubernetes.io/warn"], Is.EqualTo(level));
            var quota = await ValueAsync((await built.In<ResourceQuota>(ns, "quota")).Spec);
            Assert.That(quota.Hard.Keys, Is.SupersetOf(new[] { "requests.cpu", "requests.memory", "limits.cpu", "limits.memory", "pods" }));
            var limits = await ValueAsync((await built.In<LimitRange>(ns, "container-defaults")).Spec);
            Assert.That(limits.Limits.Single().Type, Is.EqualTo("Container"));
        });
    }

    [TestCase("staging", "100m", "256Mi", "500m", "512Mi")]
    [TestCase("production", "100m", "256Mi", "500m", "512Mi")]
    [TestCase("dev-center", "100m", "256Mi", "500m", "512Mi")]
    [TestCase("auth", "100m", "256Mi", "500m", "512Mi")]
    [TestCase("ai-platform", "2000m", "8Gi", "4000m", "16Gi")]
    [TestCase("ci", "500m", "1Gi", "2000m", "4Gi")]
    public async Task ContainerDefaultsFollowTheSeed(string ns, string requestCpu, string requestMemory, string limitCpu, string limitMemory)
    {
        var built = await BuildAsync();
        var item = (await ValueAsync((await built.In<LimitRange>(ns, "container-defaults")).Spec)).Limits.Single();
        Assert.That(item.DefaultRequest, Is.EquivalentTo(new Dictionary<string, string> { ["cpu"] = requestCpu, ["memory"] = requestMemory }));
        Assert.That(item.Default, Is.EquivalentTo(new Dictionary<string, string> { ["cpu"] = limitCpu, ["memory"] = limitMemory }));
    }

    [Test]
    public async Task OnlyAiPlatformMayRequestAGpu()
    {
        var config = new PlatformServicesConfig();
        var built = await BuildAsync(config: config with { Platform = config.Platform with { Namespaces = PlatformNamespaces.WithGpuQuotas(config.Platform.Namespaces, [Gpu]) } });
        foreach (var ns in PlatformNamespaceNames)
        {
            var hard = (await ValueAsync((await built.In<ResourceQuota>(ns, "quota")).Spec)).Hard;
            Assert.That(hard["requests.nvidia.com/gpu"], Is.EqualTo(ns == "ai-platform" ? "3" : "0"), ns);
        }
    }

    [Test]
    public void TheDefaultQuotasNeverRequestMoreThanTheirLimits()
    {
        foreach (var spec in PlatformNamespaces.Defaults)
        {
            Assert.That(spec.Problems(), Is.Empty, spec.Name);
            Assert.That(Quantity.Parse(spec.Quota.RequestsCpu), Is.LessThanOrEqualTo(Quantity.Parse(spec.Quota.LimitsCpu)), spec.Name);
            Assert.That(Quantity.Parse(spec.Quota.RequestsMemory), Is.LessThanOrEqualTo(Quantity.Parse(spec.Quota.LimitsMemory)), spec.Name);
        }
    }

    [Test]
    public void APlatformNamespaceWhoseRequestsExceedItsLimitsIsRefused()
    {
        var bad = PlatformNamespaces.Defaults[0] with { Quota = PlatformNamespaces.Defaults[0].Quota with { RequestsCpu = "64" } };
        var error = ProgramFailure<ArgumentException>(() => RunAsync(() =>
            _ = new PlatformNamespaces("platform-namespaces", new PlatformNamespacesArgs { Context = Context(), Namespaces = ImmutableArray.Create(bad) })));
        Assert.That(error!.Message, Does.Contain("dev-center: requests.cpu (64) exceeds limits.cpu (8)"));
    }

    [TestCaseSource(nameof(PlatformNamespaceNames))]
    public async Task EachPlatformNamespaceDeniesAllIngressAndEgressByDefault(string ns)
    {
        var spec = await ValueAsync((await (await BuildAsync()).In<NetworkPolicy>(ns, "default-deny")).Spec);
        Assert.Multiple(() =>
        {
            Assert.That(spec.PodSelector.MatchLabels, Is.Null.Or.Empty, "every pod");
            Assert.That(spec.PodSelector.MatchExpressions.IsDefaultOrEmpty, Is.True, "every pod");
            Assert.That(spec.PolicyTypes, Is.EquivalentTo(new[] { "Ingress", "Egress" }));
            Assert.That(spec.Ingress.IsDefaultOrEmpty, Is.True, "no ingress rule");
            Assert.That(spec.Egress.IsDefaultOrEmpty, Is.True, "no egress rule");
        });
    }

    [TestCaseSource(nameof(PlatformNamespaceNames))]
    public async Task EachPlatformNamespaceMayQueryOnlyTheClusterDns(string ns)
    {
        var spec = await ValueAsync((await (await BuildAsync()).In<NetworkPolicy>(ns, "allow-dns")).Spec);
        var rule = spec.Egress.Single();
        var peer = rule.To.Single();
        Assert.Multiple(() =>
        {
            Assert.That(spec.PolicyTypes, Is.EqualTo(new[] { "Egress" }), "allows nothing in");
            Assert.That(spec.Ingress.IsDefaultOrEmpty, Is.True);
            Assert.That(peer.NamespaceSelector.MatchLabels, Is.EquivalentTo(new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = "kube-system" }));
            Assert.That(peer.PodSelector.MatchLabels, Is.EquivalentTo(new Dictionary<string, string> { ["k8s-app"] = "kube-dns" }));
            Assert.That(peer.IpBlock, Is.Null);
            Assert.That(rule.Ports.Select(p => $"{p.Protocol}/{p.Port.Value}"), Is.EquivalentTo(new[] { "UDP/53", "TCP/53" }));
        });
    }

    // Platform RBAC

    private static async Task<ImmutableArray<Pulumi.Kubernetes.Types.Outputs.Rbac.V1.PolicyRule>> RulesOf(Built built, string role)
        => await ValueAsync((await built.In<ClusterRole>(null!, role)).Rules);

    [TestCase("platform-developer")]
    [TestCase("platform-viewer")]
    [TestCase("monitoring-reader")]
    public async Task NoPlatformRoleGrantsSecretsWildcardsShellsOrEscalation(string role)
    {
        var rules = await RulesOf(await BuildAsync(), role);
        Assert.That(rules, Is.Not.Empty);
        var forbiddenResources = new[] { "secrets", "pods/exec", "pods/attach", "pods/portforward", "nodes/proxy", "services/proxy", "serviceaccounts/token" };
        var forbiddenVerbs = new[] { "impersonate", "escalate", "bind", "*" };
        foreach (var rule in rules)
        {
            Assert.Multiple(() =>
            {
                Assert.That(Safe(rule.Resources), Has.None.Contains("*"), role);
                Assert.That(Safe(rule.ApiGroups), Has.None.EqualTo("*"), role);
                Assert.That(Safe(rule.NonResourceURLs), Has.None.Contains("*"), role);
                Assert.That(Safe(rule.ResourceNames), Is.Empty, role);
                Assert.That(Safe(rule.Verbs), Has.None.AnyOf(forbiddenVerbs), role);
                Assert.That(Safe(rule.Resources), Has.None.AnyOf(forbiddenResources), role);
            });
        }
    }

    [TestCase("platform-viewer")]
    [TestCase("monitoring-reader")]
    public async Task ReadOnlyRolesOnlyRead(string role)
    {
        var rules = await RulesOf(await BuildAsync(), role);
        Assert.That(rules.SelectMany(r => r.Verbs), Is.All.AnyOf("get", "list", "watch"));
    }

    [Test]
    public async Task TheDeveloperRoleManagesTheWorkloadsOfTheSpec()
    {
        var rules = await RulesOf(await BuildAsync(), "platform-developer");
        bool Grants(string group, string resource, string verb)
            => rules.Any(r => Safe(r.ApiGroups).Contains(group) && Safe(r.Resources).Contains(resource) && Safe(r.Verbs).Contains(verb));
        var managed = new (string Group, string Resource)[]
        {
            ("apps", "deployments"), ("apps", "statefulsets"), ("batch", "jobs"), ("batch", "cronjobs"),
            ("", "services"), ("", "configmaps"), ("", "pods"), ("autoscaling", "horizontalpodautoscalers"),
            ("policy", "poddisruptionbudgets"), ("networking.k8s.io", "ingresses"),
            ("serving.knative.dev", "services"), ("serving.knative.dev", "routes"), ("serving.knative.dev", "configurations"),
            ("serving.knative.dev", "revisions"), ("serving.knative.dev", "domainmappings"), ("external-secrets.io", "externalsecrets"),
        };
        Assert.Multiple(() =>
        {
            foreach (var (group, resource) in managed)
            {
                foreach (var verb in new[] { "get", "list", "watch", "create", "update", "patch", "delete" })
                {
                    Assert.That(Grants(group, resource, verb), Is.True, $"{verb} {group}/{resource}");
                }
            }

            Assert.That(Grants("", "pods/log", "get"), Is.True, "logs");
            Assert.That(Grants("", "pods/log", "create"), Is.False);
        });
    }

    [Test]
    public async Task TheViewerRoleReadsTheWorkloadsNamespacesNodesAndEvents()
    {
        var rules = await RulesOf(await BuildAsync(), "platform-viewer");
        var read = rules.SelectMany(r => Safe(r.ApiGroups).SelectMany(g => Safe(r.Resources).Select(res => $"{g}/{res}"))).ToHashSet();
        Assert.That(read, Is.SupersetOf(new[]
        {
            "/namespaces", "/nodes", "/events", "/pods", "/services", "/configmaps", "apps/deployments", "batch/jobs",
            "serving.knative.dev/services", "external-secrets.io/externalsecrets",
        }));
    }

    [Test]
    public async Task TheMonitoringReaderScrapesWithoutTheKubeletProxy()
    {
        var rules = await RulesOf(await BuildAsync(), "monitoring-reader");
        var resources = rules.SelectMany(r => Safe(r.Resources)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(resources, Is.SupersetOf(new[] { "pods", "nodes", "services", "endpoints", "namespaces", "nodes/metrics" }));
            Assert.That(resources, Has.None.EqualTo("nodes/proxy"));
            Assert.That(rules.Single(r => !Safe(r.NonResourceURLs).IsEmpty).NonResourceURLs, Is.EqualTo(new[] { "/metrics" }));
            Assert.That(rules.Single(r => !Safe(r.NonResourceURLs).IsEmpty).Verbs, Is.EqualTo(new[] { "get" }));
        });
    }

    private sealed record Binding(string Kind, string? Namespace, string Role, ImmutableArray<string> Groups);

    private static async Task<ImmutableArray<Binding>> BindingsOf(Built built)
    {
        var bindings = ImmutableArray.CreateBuilder<Binding>();
        foreach (var binding in built.Resources.OfType<ClusterRoleBinding>())
        {
            bindings.Add(new Binding("ClusterRoleBinding", null, (await ValueAsync(binding.RoleRef)).Name,
                (await ValueAsync(binding.Subjects)).Select(s => $"{s.Kind}:{s.Name}").ToImmutableArray()));
        }

        foreach (var binding in built.Resources.OfType<RoleBinding>())
        {
            bindings.Add(new Binding("RoleBinding", (await MetadataOf(binding)).Namespace, (await ValueAsync(binding.RoleRef)).Name,
                (await ValueAsync(binding.Subjects)).Select(s => $"{s.Kind}:{s.Name}").ToImmutableArray()));
        }

        return bindings.ToImmutable();
    }

    [Test]
    public async Task OnlyThePlatformAdminGroupIsBoundToClusterAdmin()
    {
        var bindings = await BindingsOf(await BuildAsync());
        var clusterAdmin = bindings.Where(b => b.Role == "cluster-admin").ToArray();
        Assert.That(clusterAdmin, Has.Length.EqualTo(1));
        Assert.That(clusterAdmin[0].Kind, Is.EqualTo("ClusterRoleBinding"));
        Assert.That(clusterAdmin[0].Groups, Is.EqualTo(new[] { $"Group:{PlatformAccess.AdminGroup}" }));
        Assert.That(bindings.Where(b => b.Groups.Contains($"Group:{PlatformAccess.AdminGroup}")).Select(b => b.Role), Is.EqualTo(new[] { "cluster-admin" }));
    }

    [Test]
    public async Task TheDeveloperGroupIsBoundOnlyInTheDeveloperNamespaces()
    {
        var bindings = await BindingsOf(await BuildAsync());
        var developer = bindings.Where(b => b.Groups.Contains($"Group:{PlatformAccess.DeveloperGroup}") || b.Role == PlatformRbac.DeveloperRole).ToArray();
        Assert.That(developer.Select(b => b.Kind), Is.All.EqualTo("RoleBinding"), "never cluster-wide");
        Assert.That(developer.Select(b => b.Role), Is.All.EqualTo("platform-developer"));
        Assert.That(developer.Select(b => b.Namespace), Is.EquivalentTo(new[] { "staging", "production", "dev-center" }));
    }

    [Test]
    public async Task TheDeveloperNamespacesComeFromTheConfig()
    {
        var config = ReadPlatformServicesOnly(Config(("developerNamespaces", "[\"staging\"]")));
        var bindings = await BindingsOf(await BuildAsync(config: config));
        Assert.That(bindings.Where(b => b.Role == PlatformRbac.DeveloperRole).Select(b => b.Namespace), Is.EqualTo(new[] { "staging" }));
    }

    [TestCase("platform-viewer", "platform-viewer")]
    [TestCase("monitoring-reader", "monitoring-reader")]
    public async Task ReadersAreBoundClusterWideToTheirGroup(string role, string group)
    {
        var bindings = (await BindingsOf(await BuildAsync())).Where(b => b.Role == role).ToArray();
        Assert.That(bindings.Select(b => (b.Kind, string.Join(",", b.Groups))), Is.EqualTo(new[] { ("ClusterRoleBinding", $"Group:{group}") }));
    }

    [Test]
    public void TheRoleNamesTenantsReuseAreStable()
    {
        Assert.That(PlatformRbac.DeveloperRole, Is.EqualTo("platform-developer"));
        Assert.That(PlatformRbac.ViewerRole, Is.EqualTo("platform-viewer"));
        Assert.That(PlatformRbac.MonitoringReaderRole, Is.EqualTo("monitoring-reader"));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task EveryKubernetesObjectUsesTheClusterProvider()
    {
        var built = await BuildAsync(efs: true);
        var provider = built.Resources.OfType<Pulumi.Kubernetes.Provider>().Single();
        var providerUrn = Registrations.Of(provider).Urn;
        var objects = built.Resources.Where(r => Registrations.Of(r).Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToArray();
        Assert.That(objects, Has.Length.GreaterThan(40));
        foreach (var resource in objects)
        {
            Assert.That(Registrations.Of(resource).ProviderUrn, Does.StartWith(providerUrn), resource.GetResourceName());
        }
    }

    [Test]
    public async Task DeveloperBindingsWaitForTheirNamespaces()
    {
        var built = await BuildAsync();
        var namespacesUrn = Registrations.Of(built.Component<PlatformNamespaces>()).Urn;
        foreach (var binding in built.Component<PlatformRbac>().DeveloperBindings.Values)
        {
            Assert.That(Registrations.Of(binding).DependencyUrns, Does.Contain(namespacesUrn));
        }
    }

#endif
}
