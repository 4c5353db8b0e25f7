using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Infra.Plan;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>
/// Knative Serving with Kourier (operator, KnativeServing, Kourier's Service annotated for its NLB and for
/// external-dns's records) on its own with an external-dns, without a stack.
/// </summary>
[NonParallelizable]
public sealed class KnativeTests
{
    private const string Account = TestCluster.AccountId;
    private const string Region = TestCluster.Region;
    private const string ZoneId = "Z0123456789ABCDEFGHIJ";
    private const string ServingType = "kubernetes:operator.knative.dev/v1beta1:KnativeServing";
    private const string ServiceType = "kubernetes:core/v1:Service";
    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";
    private const string OperatorRelease = "knative-operator";
    private const string PdbType = "kubernetes:policy/v1:PodDisruptionBudget";
    private const string QuotaType = "kubernetes:core/v1:ResourceQuota";
    private const string NamespaceType = "kubernetes:core/v1:Namespace";

    /// <summary>
    /// The plan mocks, recording what each resource was registered with and each function called with.
    /// <see cref="ServingHasNoIdYet"/> plays a first preview, in which the KnativeServing resource does not
    /// exist and so has no id.
    /// </summary>
    private sealed class KnativeMocks : IMocks
    {
        private readonly PlanMocks _plan = new(Account, Region);

        public ConcurrentQueue<MockResourceArgs> Registered { get; } = new();

        public ConcurrentQueue<MockCallArgs> Calls { get; } = new();

        public bool ServingHasNoIdYet { get; init; }

        public MockResourceArgs Single(string type, string? name = null)
            => Registered.Single(r => r.Type == type && (name is null || r.Name == name));

        public ImmutableDictionary<string, object> InputsOf(string type, string? name = null) => Single(type, name).Inputs;

        public async Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            Registered.Enqueue(args);
            var (id, state) = await _plan.NewResourceAsync(args);
            return (args.Type == ServingType && ServingHasNoIdYet ? null : id, state);
        }

        public Task<object> CallAsync(MockCallArgs args)
        {
            Calls.Enqueue(args);
            return _plan.CallAsync(args);
        }
    }

    private sealed record Built(ImmutableArray<Resource> Resources, KnativeServingAddon Addon, KnativeMocks Mocks,
        Pulumi.Kubernetes.Provider Provider, Resource LoadBalancerController, Resource CertManager, ExternalDnsAddon ExternalDns)
    {
        public ImmutableDictionary<string, object> ServingInputs => Mocks.InputsOf(ServingType);

        public object Spec(params object[] path) => At(ServingInputs, new object[] { "spec" }.Concat(path).ToArray());

        public IDictionary KourierServiceAnnotations => (IDictionary)At(Named(Spec("services"), "kourier"), "annotations");
    }

    private static KnativeServingAddonArgs Args(ClusterContext context, Resource loadBalancerController, Resource certManager, ExternalDnsAddon externalDns) => new()
    {
        Context = context,
        ExternalDns = externalDns,
        BaseDomain = "numinia.xyz",
        LoadBalancerController = loadBalancerController,
        CertManager = certManager,
    };

    private static ExternalDnsAddonArgs ExternalDnsArgs(ClusterContext context) => new()
    {
        Context = context,
        Zone = new HostedZone { Name = "numinia.xyz", ZoneId = Output.Create(ZoneId) },
        Settings = new ExternalDnsSettings { DomainFilters = ImmutableArray.Create("numinia.xyz") },
    };

    private static async Task<Built> BuildAsync(Func<KnativeServingAddonArgs, KnativeServingAddonArgs>? adjust = null,
        KnativeMocks? mocks = null, TestOptions? options = null, Func<ExternalDnsAddonArgs, ExternalDnsAddonArgs>? adjustExternalDns = null)
    {
        mocks ??= new KnativeMocks();
        Pulumi.Kubernetes.Provider? provider = null;
        Resource? lbController = null;
        Resource? certManager = null;
        var resources = await Deployment.TestAsync(mocks, options ?? Options, () =>
        {
            provider = TestCluster.Provider();
            // Stand in for the AWS Load Balancer Controller's and cert-manager's releases.
            lbController = new ComponentResource("numinia:test:LoadBalancerController", "lb-controller");
            certManager = new ComponentResource("numinia:test:CertManager", "cert-manager");
            var context = TestCluster.Context(provider);
            var dnsArgs = ExternalDnsArgs(context);
            var externalDns = new ExternalDnsAddon("external-dns", adjustExternalDns is null ? dnsArgs : adjustExternalDns(dnsArgs));
            var args = Args(context, lbController, certManager, externalDns);
            _ = new KnativeServingAddon("knative", adjust is null ? args : adjust(args));
        });
        return new Built(resources, resources.OfType<KnativeServingAddon>().Single(), mocks, provider!, lbController!, certManager!,
            resources.OfType<ExternalDnsAddon>().Single());
    }

    // Walks serialized inputs: a string steps into a map, an int into a list.
    private static object At(object root, params object[] path)
    {
        var current = root;
        foreach (var step in path)
        {
            current = step switch
            {
                string key when current is IDictionary map => map.Contains(key)
                    ? map[key]!
                    : throw new KeyNotFoundException($"No '{key}' among {string.Join(", ", map.Keys.Cast<object>())}"),
                int index when current is IEnumerable list and not string => list.Cast<object>().ElementAt(index),
                _ => throw new InvalidOperationException($"Cannot take '{step}' of {current.GetType().Name}"),
            };
        }

        return current;
    }

    private static IEnumerable<object> Items(object list) => ((IEnumerable)list).Cast<object>();

    private static object Named(object list, string name) => Items(list).Single(item => (string)At(item, "name") == name);

    [Test]
    public async Task TheOperatorChartIsPinnedToItsUpstreamRepositoryAndVersion()
    {
        var release = (await BuildAsync()).Mocks.InputsOf(ReleaseType, OperatorRelease);
        Assert.Multiple(() =>
        {
            Assert.That(release["chart"], Is.EqualTo("knative-operator"));
            Assert.That(release["version"], Is.EqualTo("1.23.0"));
            Assert.That(At(release, "repositoryOpts", "repo"), Is.EqualTo("https://knative.github.io/operator"));
            Assert.That(release["name"], Is.EqualTo("knative-operator"));
            Assert.That(release["namespace"], Is.EqualTo("knative-operator"));
        });
    }

    [Test]
    public async Task TheOperatorChartVersionComesFromTheArgs()
    {
        var release = (await BuildAsync(a => a with { Settings = a.Settings with { OperatorChartVersion = "1.22.3" } })).Mocks.InputsOf(ReleaseType, OperatorRelease);
        Assert.That(release["version"], Is.EqualTo("1.22.3"));
    }

    [TestCase("knative_operator")]
    [TestCase("operator_webhook")]
    public async Task TheOperatorContainersHaveRequestsLimitsAndTheRestrictedSeccompProfile(string component)
    {
        var values = At((await BuildAsync()).Mocks.InputsOf(ReleaseType, OperatorRelease), "values", "knative_operator", component);
        Assert.Multiple(() =>
        {
            foreach (var kind in new[] { "requests", "limits" })
            {
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.That(At(values, "resources", kind, resource), Is.Not.Empty, $"{kind}.{resource}");
                }
            }

            Assert.That(Quantity.Parse((string)At(values, "resources", "requests", "cpu")), Is.LessThanOrEqualTo(Quantity.Parse((string)At(values, "resources", "limits", "cpu"))));
            Assert.That(At(values, "securityContext", "seccompProfile", "type"), Is.EqualTo("RuntimeDefault"));
            Assert.That(At(values, "securityContext", "runAsNonRoot"), Is.EqualTo(true));
        });
    }

    [Test]
    public async Task TheKnativeServingResourceIsAnOperatorV1beta1KnativeServingInKnativeServing()
    {
        var built = await BuildAsync();
        var inputs = built.ServingInputs;
        Assert.Multiple(() =>
        {
            Assert.That(inputs["apiVersion"], Is.EqualTo("operator.knative.dev/v1beta1"));
            Assert.That(inputs["kind"], Is.EqualTo("KnativeServing"));
            Assert.That(At(inputs, "metadata", "namespace"), Is.EqualTo("knative-serving"));
            Assert.That(At(inputs, "metadata", "name"), Is.EqualTo("knative-serving"));
            Assert.That(built.Spec("version"), Is.EqualTo("1.23.0"));
        });
    }

    [Test]
    public async Task TheServingVersionComesFromTheArgs()
        => Assert.That((await BuildAsync(a => a with { Settings = a.Settings with { ServingVersion = "1.22" } })).Spec("version"), Is.EqualTo("1.22"));

    [Test]
    public async Task KourierIsEnabledWithALoadBalancerServiceAndIsTheIngressClass()
    {
        var built = await BuildAsync();
        Assert.Multiple(() =>
        {
            Assert.That(built.Spec("ingress", "kourier", "enabled"), Is.EqualTo(true));
            Assert.That(built.Spec("ingress", "kourier", "service-type"), Is.EqualTo("LoadBalancer"));
            Assert.That(built.Spec("config", "network", "ingress-class"), Is.EqualTo("kourier.ingress.networking.knative.dev"));
        });
    }

    [TestCase("network", "autocreate-cluster-domain-claims", "true")]
    [TestCase("network", "external-domain-tls", "Enabled")]
    [TestCase("network", "certificate-class", "cert-manager.certificate.networking.knative.dev")]
    [TestCase("certmanager", "issuerRef", "kind: ClusterIssuer\nname: letsencrypt-prod\n")]
    [TestCase("domain", "numinia.xyz", "")]
    [TestCase("defaults", "max-revision-timeout-seconds", "3600")]
    [TestCase("defaults", "revision-timeout-seconds", "300")]
    [TestCase("defaults", "revision-response-start-timeout-seconds", "300")]
    [TestCase("deployment", "registries-skipping-tag-resolving", "111122223333.dkr.ecr.eu-west-1.amazonaws.com")]
    [TestCase("autoscaler", "enable-scale-to-zero", "true")]
    [TestCase("autoscaler", "scale-to-zero-grace-period", "30s")]
    public async Task TheLiveServingConfigurationIsSet(string configMap, string key, string value)
        => Assert.That((await BuildAsync()).Spec("config", configMap, key), Is.EqualTo(value));

    [Test]
    public async Task TheDefaultDomainIsTheBaseDomainAlone()
    {
        var domain = (IDictionary)(await BuildAsync(a => a with { BaseDomain = "apps.numinia.xyz" })).Spec("config", "domain");
        Assert.That(domain.Keys.Cast<string>(), Is.EqualTo(new[] { "apps.numinia.xyz" }));
    }

    [Test]
    public async Task DomainMappingCertificatesComeFromTheConfiguredClusterIssuer()
    {
        var built = await BuildAsync(a => a with { Settings = a.Settings with { DomainMappingIssuer = "letsencrypt-staging" } });
        Assert.That(built.Spec("config", "certmanager", "issuerRef"), Is.EqualTo("kind: ClusterIssuer\nname: letsencrypt-staging\n"));
    }

    [TestCase(3600, "300")]
    [TestCase(120, "120")]
    public async Task RevisionTimeoutsStayAtOrBelowTheMaximum(int maximum, string revisionTimeout)
    {
        var built = await BuildAsync(a => a with { Settings = a.Settings with { MaxRevisionTimeoutSeconds = maximum } });
        Assert.Multiple(() =>
        {
            Assert.That(built.Spec("config", "defaults", "max-revision-timeout-seconds"), Is.EqualTo(maximum.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(built.Spec("config", "defaults", "revision-timeout-seconds"), Is.EqualTo(revisionTimeout));
            Assert.That(built.Spec("config", "defaults", "revision-response-start-timeout-seconds"), Is.EqualTo(revisionTimeout));
        });
    }

    [Test]
    public async Task TheScaleToZeroGracePeriodComesFromTheArgs()
        => Assert.That((await BuildAsync(a => a with { Settings = a.Settings with { ScaleToZeroGracePeriod = "1m" } })).Spec("config", "autoscaler", "scale-to-zero-grace-period"), Is.EqualTo("1m"));

    [Test]
    public async Task TheControlPlaneRunsTwoReplicas()
        => Assert.That((await BuildAsync()).Spec("high-availability", "replicas"), Is.EqualTo(2));

    [Test]
    public async Task EveryKnativeAndKourierDeploymentHasRequestsAtMostItsLimits()
    {
        var workloads = (await BuildAsync()).Spec("workloads");
        Assert.That(Items(workloads).Select(w => (string)At(w, "name")), Is.EquivalentTo(new[]
        {
            "activator", "autoscaler", "controller", "webhook", "autoscaler-hpa", "net-kourier-controller", "3scale-kourier-gateway",
        }));
        Assert.Multiple(() =>
        {
            foreach (var workload in Items(workloads))
            {
                var name = (string)At(workload, "name");
                var resources = At(workload, "resources", 0);
                Assert.That(Items(At(workload, "resources")).Count(), Is.EqualTo(1), name);
                Assert.That(At(resources, "container"), Is.EqualTo(KnativeServingAddon.Workloads.Single(w => w.Deployment == name).Container), name);
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    var request = Quantity.Parse((string)At(resources, "requests", resource));
                    var limit = Quantity.Parse((string)At(resources, "limits", resource));
                    Assert.That(request, Is.LessThanOrEqualTo(limit), $"{name} {resource}");
                }
            }
        });
    }

    [Test]
    public async Task TheGatewayRunsItsKourierGatewayContainerWithRequestsAndLimits()
    {
        var gateway = Named((await BuildAsync()).Spec("workloads"), "3scale-kourier-gateway");
        Assert.Multiple(() =>
        {
            Assert.That(At(gateway, "resources", 0, "container"), Is.EqualTo("kourier-gateway"));
            Assert.That(At(gateway, "resources", 0, "requests", "cpu"), Is.EqualTo("200m"));
            Assert.That(At(gateway, "resources", 0, "limits", "memory"), Is.EqualTo("800Mi"));
        });
    }

    [TestCase("activator-pdb")]
    [TestCase("webhook-pdb")]
    [TestCase("3scale-kourier-gateway-pdb")]
    public async Task TheOperatorsBudgetsLetOnePodGoSoThatNodesCanDrain(string budget)
    {
        var overrides = Named((await BuildAsync()).Spec("podDisruptionBudgets"), budget);
        Assert.That(At(overrides, "maxUnavailable"), Is.EqualTo(1));
    }

    [Test]
    public async Task EveryReplicatedDeploymentHasExactlyOneDisruptionBudget()
    {
        var built = await BuildAsync();
        var overridden = Items(built.Spec("podDisruptionBudgets")).Select(b => ((string)At(b, "name"))[..^"-pdb".Length]);
        var own = built.Mocks.Registered.Where(r => r.Type == PdbType).Select(r => r.Inputs).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var budget in own)
            {
                var app = (string)At(budget, "spec", "selector", "matchLabels", "app");
                Assert.That(At(budget, "metadata", "namespace"), Is.EqualTo("knative-serving"), app);
                Assert.That(At(budget, "metadata", "name"), Is.EqualTo($"{app}-pdb"));
                Assert.That(At(budget, "spec", "maxUnavailable"), Is.EqualTo(1), app);
            }

            var covered = own.Select(b => (string)At(b, "spec", "selector", "matchLabels", "app")).Concat(overridden).ToArray();
            Assert.That(covered, Is.EquivalentTo(KnativeServingAddon.Workloads.Select(w => w.Deployment)), "each Deployment once");
        });
    }

    [TestCase("3scale-kourier-gateway")]
    [TestCase("net-kourier-controller")]
    public async Task KourierPodsSpreadOverNodes(string deployment)
    {
        var affinity = At(Named((await BuildAsync()).Spec("workloads"), deployment), "affinity");
        var term = At(affinity, "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution", 0, "podAffinityTerm");
        Assert.Multiple(() =>
        {
            Assert.That(At(term, "topologyKey"), Is.EqualTo("kubernetes.io/hostname"));
            Assert.That(At(term, "labelSelector", "matchLabels", "app"), Is.EqualTo(deployment));
        });
    }

    [Test]
    public async Task KourierIsExposedThroughAnInternetFacingIpTargetNlbOfTheLoadBalancerController()
    {
        var annotations = (IDictionary)At(Named((await BuildAsync()).Spec("services"), "kourier"), "annotations");
        Assert.Multiple(() =>
        {
            Assert.That(annotations["service.beta.kubernetes.io/aws-load-balancer-type"], Is.EqualTo("external"));
            Assert.That(annotations["service.beta.kubernetes.io/aws-load-balancer-nlb-target-type"], Is.EqualTo("ip"));
            Assert.That(annotations["service.beta.kubernetes.io/aws-load-balancer-scheme"], Is.EqualTo("internet-facing"));
            Assert.That(annotations.Contains("service.beta.kubernetes.io/aws-load-balancer-internal"), Is.False);
        });
    }

    [Test]
    public void TheOperatorPutsKourierIntoTheServingNamespace()
        => Assert.That(KnativeServingAddon.KourierNamespaceName, Is.EqualTo("knative-serving"));

    [Test]
    public async Task TheKnativeServingResourceIsAwaitedUntilReady()
    {
        var annotations = (IDictionary)At((await BuildAsync()).ServingInputs, "metadata", "annotations");
        Assert.That(annotations["pulumi.com/waitFor"], Is.EqualTo("condition=Ready"));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheKnativeServingResourceWaitsForTheOperatorTheLoadBalancerControllerCertManagerAndExternalDns()
    {
        var built = await BuildAsync();
        var dependencies = Registrations.Of(built.Addon.Serving).DependencyUrns;
        Assert.Multiple(() =>
        {
            Assert.That(dependencies, Does.Contain(Registrations.Of(built.Addon.Operator).Urn), "the operator's release (CRD and webhook)");
            Assert.That(dependencies, Does.Contain(Registrations.Of(built.LoadBalancerController).Urn), "the LB controller (its Service webhook)");
            Assert.That(dependencies, Does.Contain(Registrations.Of(built.CertManager).Urn), "cert-manager (its Certificate CRD)");
            Assert.That(dependencies, Does.Contain(Registrations.Of(built.ExternalDns.Release).Urn),
                "external-dns's release (deleted after the KnativeServing, so it still runs to delete Kourier's records)");
        });
    }

#endif

    [Test]
    public async Task NoKubernetesServiceIsReadOrDeclared()
    {
        var built = await BuildAsync();
        Assert.That(built.Mocks.Registered.Select(r => r.Type), Has.None.EqualTo(ServiceType), "the operator owns Kourier's Service");
    }

    /// <summary>Rule: Kourier's Service names the wildcard of the base domain and kourier.&lt;base domain&gt; for external-dns.</summary>
    [Test]
    public async Task KouriersServiceNamesTheWildcardRecordAndKourierHostnameForExternalDns()
    {
        var annotations = (await BuildAsync()).KourierServiceAnnotations;
        Assert.That(annotations["external-dns.alpha.kubernetes.io/hostname"], Is.EqualTo("*.numinia.xyz,kourier.numinia.xyz"));
    }

    [Test]
    public async Task KouriersDnsNamesFollowTheBaseDomain()
    {
        var annotations = (await BuildAsync(a => a with { BaseDomain = "apps.numinia.xyz" })).KourierServiceAnnotations;
        Assert.That(annotations["external-dns.alpha.kubernetes.io/hostname"], Is.EqualTo("*.apps.numinia.xyz,kourier.apps.numinia.xyz"));
    }

    /// <summary>Rule: nothing in the component waits on the NLB: no load balancer lookup, no Route 53 record of its own.</summary>
    [Test]
    public async Task NoLoadBalancerIsLookedUpAndNoRecordIsDeclared()
    {
        var built = await BuildAsync();
        Assert.Multiple(() =>
        {
            Assert.That(built.Mocks.Calls.Select(c => c.Token), Has.None.StartWith("aws:lb/"), "a lookup would race the controller");
            Assert.That(built.Mocks.Registered.Select(r => r.Type), Has.None.StartWith("aws:route53/"), "external-dns owns the records");
        });
    }

    [Test]
    public async Task TheKourierHostnameIsKnownOnAFirstPreview()
    {
        var mocks = new KnativeMocks { ServingHasNoIdYet = true };
        var built = await BuildAsync(mocks: mocks, options: new TestOptions { ProjectName = "numinia-infra", StackName = "test", IsPreview = true });
        Assert.Multiple(async () =>
        {
            Assert.That(await OutputUtilities.GetIsKnownAsync(built.Addon.KourierHostname), Is.True);
            Assert.That(await ValueAsync(built.Addon.KourierHostname), Is.EqualTo("kourier.numinia.xyz"));
            Assert.That(KnativeServingAddon.DnsNames("numinia.xyz"), Does.Contain("kourier.numinia.xyz"), "a name external-dns writes");
        });
    }

    [Test]
    public void ABaseDomainOutsideTheHostedZoneIsRejected()
    {
        var error = ProgramFailure<ArgumentException>(() => BuildAsync(a => a with { BaseDomain = "numinia.io" }));
        Assert.That(error!.Message, Does.Contain("'numinia.io' is not in the hosted zone 'numinia.xyz'"));
    }

    [Test]
    public void AnExternalDnsThatDoesNotWatchServicesIsRejected()
    {
        var error = ProgramFailure<ArgumentException>(() => BuildAsync(adjustExternalDns: d => d with { Sources = ImmutableArray.Create("ingress") }));
        Assert.That(error!.Message, Does.Contain("external-dns watches [ingress], not services"));
    }

    [Test]
    public void DomainFiltersThatMissKouriersNamesAreRejected()
    {
        var error = ProgramFailure<ArgumentException>(() => BuildAsync(adjustExternalDns: d => d with { Settings = d.Settings with { DomainFilters = ImmutableArray.Create("apps.numinia.xyz") } }));
        Assert.That(error!.Message, Does.Contain("[apps.numinia.xyz] do not cover *.numinia.xyz, kourier.numinia.xyz; add 'numinia.xyz'"));
    }

    [Test]
    public async Task EveryKubernetesObjectUsesTheClusterProvider()
    {
        var built = await BuildAsync();
        var providerUrn = await ValueAsync(built.Provider.Urn);
        var objects = built.Mocks.Registered.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal)).ToArray();
        Assert.That(objects.Select(o => o.Type), Is.SupersetOf(new[] { ReleaseType, ServingType, PdbType, NamespaceType, QuotaType }));
        Assert.Multiple(() =>
        {
            foreach (var o in objects)
            {
                Assert.That(o.Provider, Does.StartWith(providerUrn + "::"), $"{o.Type} {o.Name}");
            }
        });
    }

    [Test]
    public async Task TheServingNamespaceIsRestrictedAndAllowsOnlyKouriersLoadBalancer()
    {
        var built = await BuildAsync();
        var ns = built.Mocks.InputsOf(NamespaceType, "knative-serving-ns");
        var quotas = built.Mocks.Registered.Where(r => r.Type == QuotaType)
            .ToDictionary(r => r.Name!, r => (string)At(r.Inputs, "spec", "hard", "services.loadbalancers"));
        Assert.Multiple(() =>
        {
            Assert.That(At(ns, "metadata", "name"), Is.EqualTo("knative-serving"));
            Assert.That(At(ns, "metadata", "labels", "pod-security.kubernetes.io/enforce"), Is.EqualTo("restricted"));
            Assert.That(quotas["knative-serving-ns-quota"], Is.EqualTo("1"));
            Assert.That(quotas["knative-operator-ns-quota"], Is.EqualTo("0"));
        });
    }

    [TestCase(2)]
    [TestCase(3)]
    public void TheServingQuotaAdmitsTheControlPlaneAtItsAutoscalersMaxima(int replicas)
    {
        var quota = KnativeServingAddon.ServingQuota(replicas);
        decimal Total(Func<Numinia.Components.Kubernetes.ContainerResources, string> field)
            => KnativeServingAddon.Workloads.Sum(w => w.MostReplicas(replicas) * Quantity.Parse(field(w.Resources)).Value);
        Assert.Multiple(() =>
        {
            Assert.That(Quantity.Parse(quota.RequestsCpu).Value, Is.GreaterThanOrEqualTo(Total(r => r.RequestCpu)));
            Assert.That(Quantity.Parse(quota.RequestsMemory).Value, Is.GreaterThanOrEqualTo(Total(r => r.RequestMemory)));
            Assert.That(Quantity.Parse(quota.LimitsCpu).Value, Is.GreaterThanOrEqualTo(Total(r => r.LimitCpu)));
            Assert.That(Quantity.Parse(quota.LimitsMemory).Value, Is.GreaterThanOrEqualTo(Total(r => r.LimitMemory)));
            Assert.That(quota.Pods, Is.GreaterThanOrEqualTo(KnativeServingAddon.Workloads.Sum(w => w.MostReplicas(replicas))));
            Assert.That(quota.LoadBalancers, Is.EqualTo(1));
        });
    }

    [Test]
    public void TheHighAvailabilityReplicasRaiseTheAutoscalersMinimumAndMaximum()
    {
        var activator = KnativeServingAddon.Workloads.Single(w => w.Deployment == "activator");
        var controller = KnativeServingAddon.Workloads.Single(w => w.Deployment == "controller");
        Assert.Multiple(() =>
        {
            Assert.That(activator.MostReplicas(2), Is.EqualTo(21));
            Assert.That(controller.MostReplicas(2), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task TheOutputsNameTheIngress()
    {
        var addon = (await BuildAsync()).Addon;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(addon.BaseDomain), Is.EqualTo("numinia.xyz"));
            Assert.That(await ValueAsync(addon.ServingNamespace), Is.EqualTo("knative-serving"));
            Assert.That(await ValueAsync(addon.KourierNamespace), Is.EqualTo("knative-serving"));
            Assert.That(await ValueAsync(addon.IngressClass), Is.EqualTo("kourier.ingress.networking.knative.dev"));
        });
    }

    private static (KnativeSettings Config, IReadOnlyList<ConfigProblem> Problems) ReadKnative(params (string Key, string Value)[] values)
    {
        var map = values.ToDictionary(v => $"numinia-infra:{v.Key}", v => v.Value);
        return ConfigReader.ReadWithProblems(key => map.GetValueOrDefault(key), KnativeSettings.Read);
    }

    [Test]
    public void TheKnativeConfigDefaultsAreTheLivePlatform()
    {
        var (config, problems) = ReadKnative();
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(config.OperatorChartVersion, Is.EqualTo("1.23.0"));
            Assert.That(config.ServingVersion, Is.EqualTo("1.23.0"));
            Assert.That(config.ScaleToZeroGracePeriod, Is.EqualTo("30s"));
            Assert.That(config.MaxRevisionTimeoutSeconds, Is.EqualTo(3600));
            Assert.That(config.DomainMappingIssuer, Is.EqualTo("letsencrypt-prod"));
        });
    }

    [TestCase("knativeScaleToZeroGracePeriod", "1m30s")]
    [TestCase("knativeScaleToZeroGracePeriod", "6s")]
    [TestCase("knativeServingVersion", "1.20")]
    [TestCase("knativeServingVersion", "1.22.3")]
    [TestCase("knativeMaxRevisionTimeoutSeconds", "600")]
    [TestCase("knativeDomainMappingIssuer", "letsencrypt-staging")]
    public void GoodKnativeValuesAreAccepted(string key, string value)
        => Assert.That(ReadKnative((key, value)).Problems, Is.Empty);

    [TestCase("knativeScaleToZeroGracePeriod", "30 seconds", "numinia-infra:knativeScaleToZeroGracePeriod: '30 seconds' is not a duration")]
    [TestCase("knativeScaleToZeroGracePeriod", "30", "numinia-infra:knativeScaleToZeroGracePeriod: '30' is not a duration")]
    [TestCase("knativeScaleToZeroGracePeriod", "5s", "numinia-infra:knativeScaleToZeroGracePeriod: '5s' is shorter than 6s")]
    [TestCase("knativeOperatorChartVersion", "latest", "numinia-infra:knativeOperatorChartVersion: 'latest' is 'latest'; pin an exact chart version")]
    [TestCase("knativeOperatorChartVersion", "^1.23.0", "numinia-infra:knativeOperatorChartVersion: '^1.23.0' is not an exact chart version")]
    [TestCase("knativeServingVersion", "latest", "numinia-infra:knativeServingVersion: 'latest' is not a Knative Serving version (expected MAJOR.MINOR or MAJOR.MINOR.PATCH")]
    [TestCase("knativeServingVersion", "1.19.0", "numinia-infra:knativeServingVersion: '1.19.0' is not bundled by knative-operator 1.23.0 (knativeOperatorChartVersion), which installs Knative Serving 1.20 to 1.23")]
    [TestCase("knativeServingVersion", "1.24", "is not bundled by knative-operator 1.23.0")]
    [TestCase("knativeMaxRevisionTimeoutSeconds", "0", "numinia-infra:knativeMaxRevisionTimeoutSeconds: '0' must be a positive number of seconds")]
    [TestCase("knativeMaxRevisionTimeoutSeconds", "an hour", "numinia-infra:knativeMaxRevisionTimeoutSeconds: 'an hour' is not a whole number")]
    [TestCase("knativeDomainMappingIssuer", "Lets_Encrypt", "numinia-infra:knativeDomainMappingIssuer: 'Lets_Encrypt' is not a ClusterIssuer name")]
    public void BadKnativeValuesAreReportedByKeyAndValue(string key, string value, string message)
    {
        var problems = ReadKnative((key, value)).Problems;
        Assert.That(problems.Select(p => p.ToString()), Has.One.Contains(message));
    }
}
