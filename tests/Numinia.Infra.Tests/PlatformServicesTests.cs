using System.Text.Json;
using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Addons;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.NvidiaDevicePlugin;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Rbac.V1;
using Pulumi.Kubernetes.Storage.V1;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>
/// The cluster services (Metrics Server, Cluster Autoscaler, NVIDIA device plugin), storage classes,
/// platform namespaces and platform RBAC, each built on its own against a hand-made cluster context,
/// and their config.
/// </summary>
[NonParallelizable]
public sealed class PlatformServicesTests
{
    private const string Cluster = "production-numinia";
    private const string KmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/5f0c3e2a-8d4b-4c1e-9a7f-2b6d1e0c9f3a";
    private const string Issuer = "oidc.eks.eu-west-1.amazonaws.com/id/5E1D0C2B8A7F6E4D3C2B1A0F9E8D7C6B";
    private const string AutoscalerRoleArn = "arn:aws:iam::111122223333:role/nodes-cluster-autoscaler-5c1a2b3";
    private const string EfsFileSystemId = "fs-0123456789abcdef0";

    private static readonly string[] PlatformNamespaceNames = { "dev-center", "ci", "ai-platform", "auth", "staging", "production" };

    /// <summary>The gpu group as the config builds it (labels nvidia.com/gpu=true, taint nvidia.com/gpu=true:NoSchedule).</summary>
    private static readonly NodeGroupSpec Gpu = new()
    {
        Name = "gpu",
        Purpose = NodeGroupPurpose.Gpu,
        InstanceTypes = ImmutableArray.Create("g5.2xlarge"),
        MinSize = 0,
        MaxSize = 3,
        DesiredSize = 0,
        Labels = ImmutableDictionary<string, string>.Empty.Add("nvidia.com/gpu", "true"),
        Taints = ImmutableArray.Create(new NodeTaint("nvidia.com/gpu", "true", "NO_SCHEDULE")),
    };

    private sealed record Built(ImmutableArray<Resource> Resources)
    {
        public Release Release(string releaseName) => Resources.OfType<Release>().Single(r => r.GetResourceName() == $"{releaseName}-release");

        public T Component<T>() where T : Resource => Resources.OfType<T>().Single();

        public async Task<T> In<T>(string ns, string name) where T : Resource
        {
            foreach (var resource in Resources.OfType<T>())
            {
                var (resourceNs, resourceName) = await MetadataOf(resource);
                if (resourceNs == ns && resourceName == name)
                {
                    return resource;
                }
            }

            throw new InvalidOperationException($"No {typeof(T).Name} {ns}/{name}.");
        }
    }

    private static ClusterContext Context() => new()
    {
        ClusterName = Cluster,
        Region = "eu-west-1",
        AccountId = "111122223333",
        VpcId = Output.Create("vpc-0123456789abcdef0"),
        Oidc = new OidcProvider
        {
            Arn = Output.Create($"arn:aws:iam::111122223333:oidc-provider/{Issuer}"),
            Issuer = Output.Create(Issuer),
        },
        KmsKeyArn = Output.Create(KmsKeyArn),
        KubernetesProvider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "{}" }),
    };

    private static async Task<Built> BuildAsync(bool efs = false, PlatformServicesConfig? config = null)
    {
        config ??= new PlatformServicesConfig();
        var resources = await RunAsync(() =>
        {
            var context = Context();
            _ = new MetricsServerAddon("metrics-server", new MetricsServerAddonArgs { Context = context, Settings = config.MetricsServer });
            _ = new ClusterAutoscalerAddon("cluster-autoscaler", new ClusterAutoscalerAddonArgs
            {
                Context = context,
                RoleArn = Output.Create(AutoscalerRoleArn),
                KubernetesVersion = "1.35",
                Settings = config.ClusterAutoscaler,
                MaxGracefulTerminationSeconds = 3600,
            });
            _ = new NvidiaDevicePluginAddon("nvidia-device-plugin", new NvidiaDevicePluginAddonArgs
            {
                Context = context,
                GpuNodeGroup = Gpu,
                Settings = config.NvidiaDevicePlugin,
            });
            _ = new StorageClasses("storage", new StorageClassesArgs
            {
                Context = context,
                EfsFileSystemId = efs ? Output.Create(EfsFileSystemId) : null,
            });
            var namespaces = new PlatformNamespaces("platform-namespaces", new PlatformNamespacesArgs { Context = context, Namespaces = config.Platform.Namespaces });
            _ = new PlatformRbac("platform-rbac", new PlatformRbacArgs
            {
                Context = context,
                DeveloperNamespaces = config.Platform.DeveloperNamespaces,
                DependsOn = ImmutableArray.Create<Resource>(namespaces),
            });
        });
        return new Built(resources);
    }

    private static async Task<(string? Namespace, string Name)> MetadataOf(Resource resource)
    {
        var metadata = resource switch
        {
            Namespace r => await ValueAsync(r.Metadata),
            ResourceQuota r => await ValueAsync(r.Metadata),
            LimitRange r => await ValueAsync(r.Metadata),
            NetworkPolicy r => await ValueAsync(r.Metadata),
            ClusterRole r => await ValueAsync(r.Metadata),
            ClusterRoleBinding r => await ValueAsync(r.Metadata),
            RoleBinding r => await ValueAsync(r.Metadata),
            StorageClass r => await ValueAsync(r.Metadata),
            _ => throw new ArgumentOutOfRangeException(nameof(resource), resource.GetType().Name, "no metadata reader"),
        };
        return (metadata.Namespace, metadata.Name);
    }

    /// <summary>A value at a path of nested Helm values.</summary>
    private static object? At(object? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node switch
            {
                IReadOnlyDictionary<string, object> map => map.GetValueOrDefault(key),
                IDictionary map => map.Contains(key) ? map[key] : null,
                _ => null,
            };
        }

        return node;
    }

    private static async Task<ImmutableDictionary<string, object>> ValuesOf(Built built, string releaseName)
        => await ValueAsync(built.Release(releaseName).Values);

    private static IEnumerable<object?> Items(object? list) => list is IEnumerable items and not string ? items.Cast<object?>() : Enumerable.Empty<object?>();

    private static ImmutableArray<string> Safe(ImmutableArray<string> items) => items.IsDefault ? ImmutableArray<string>.Empty : items;

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Dictionary<string, string?> Flat(object? map) => map switch
    {
        IReadOnlyDictionary<string, object> d => d.ToDictionary(p => p.Key, p => Text(p.Value)),
        _ => new Dictionary<string, string?>(),
    };

    // Charts

    [TestCase("metrics-server", "metrics-server", "https://kubernetes-sigs.github.io/metrics-server/", "3.13.1", "metrics-server")]
    [TestCase("cluster-autoscaler", "cluster-autoscaler", "https://kubernetes.github.io/autoscaler", "9.59.0", "kube-system")]
    [TestCase("nvidia-device-plugin", "nvidia-device-plugin", "https://nvidia.github.io/k8s-device-plugin", "0.20.0", "nvidia-device-plugin")]
    public async Task EachChartIsPinnedToAnExactVersionFromItsUpstreamRepository(string release, string chart, string repository, string version, string ns)
    {
        var built = await BuildAsync();
        var helm = built.Release(release);
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(helm.Name), Is.EqualTo(release));
            Assert.That(await ValueAsync(helm.Chart), Is.EqualTo(chart));
            Assert.That((await ValueAsync(helm.RepositoryOpts)).Repo, Is.EqualTo(repository));
            Assert.That(await ValueAsync(helm.Version), Is.EqualTo(version));
            Assert.That(await ValueAsync(helm.Namespace), Is.EqualTo(ns));
            Assert.That(await ValueAsync(helm.Atomic), Is.True);
        });
    }

    [Test]
    public async Task ChartVersionsComeFromTheConfig()
    {
        var config = ReadPlatformServicesOnly(Config(
            ("metricsServerChartVersion", "3.13.0"), ("clusterAutoscalerChartVersion", "9.58.0"), ("nvidiaDevicePluginChartVersion", "0.19.3")));
        var built = await BuildAsync(config: config);
        Assert.That(await ValueAsync(built.Release("metrics-server").Version), Is.EqualTo("3.13.0"));
        Assert.That(await ValueAsync(built.Release("cluster-autoscaler").Version), Is.EqualTo("9.58.0"));
        Assert.That(await ValueAsync(built.Release("nvidia-device-plugin").Version), Is.EqualTo("0.19.3"));
    }

    [TestCase("metrics-server")]
    [TestCase("cluster-autoscaler")]
    [TestCase("nvidia-device-plugin")]
    public async Task EveryAddonContainerHasRequestsAndLimitsWithRequestsWithinLimits(string release)
    {
        var resources = At(await ValuesOf(await BuildAsync(), release), "resources");
        foreach (var kind in new[] { "cpu", "memory" })
        {
            var request = Text(At(resources, "requests", kind));
            var limit = Text(At(resources, "limits", kind));
            Assert.That(request, Is.Not.Null.And.Not.Empty, $"requests.{kind}");
            Assert.That(limit, Is.Not.Null.And.Not.Empty, $"limits.{kind}");
            Assert.That(Quantity.Parse(request!), Is.LessThanOrEqualTo(Quantity.Parse(limit!)), kind);
        }
    }

    // Metrics Server

    [Test]
    public async Task MetricsServerRunsTwoReplicasWithADisruptionBudgetSpreadOverNodes()
    {
        var values = await ValuesOf(await BuildAsync(), "metrics-server");
        var term = Items(At(values, "affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(Text(At(values, "replicas")), Is.EqualTo("2"));
            Assert.That(At(values, "podDisruptionBudget", "enabled"), Is.True);
            Assert.That(Text(At(values, "podDisruptionBudget", "minAvailable")), Is.EqualTo("1"));
            Assert.That(At(term, "podAffinityTerm", "topologyKey"), Is.EqualTo("kubernetes.io/hostname"));
            Assert.That(Flat(At(term, "podAffinityTerm", "labelSelector", "matchLabels")), Is.EquivalentTo(new Dictionary<string, string?>
            {
                ["app.kubernetes.io/name"] = "metrics-server",
                ["app.kubernetes.io/instance"] = "metrics-server",
            }));
        });
    }

    [Test]
    public async Task MetricsServerRunsInItsOwnRestrictedNamespace()
    {
        var built = await BuildAsync();
        var labels = (await ValueAsync(built.Resources.Named<Namespace>("metrics-server-namespace").Metadata)).Labels;
        Assert.That(labels["pod-security.kubernetes.io/enforce"], Is.EqualTo("restricted"));
        Assert.That(await ValueAsync(built.Release("metrics-server").Namespace), Is.EqualTo("metrics-server"));
    }

    // Cluster Autoscaler

    [Test]
    public async Task TheClusterAutoscalerRunsInKubeSystemAsTheServiceAccountItsRoleTrusts()
    {
        var built = await BuildAsync();
        var values = await ValuesOf(built, "cluster-autoscaler");
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(built.Release("cluster-autoscaler").Namespace), Is.EqualTo(NodeGroups.ClusterAutoscalerNamespace).And.EqualTo("kube-system"));
            Assert.That(At(values, "rbac", "serviceAccount", "create"), Is.True);
            Assert.That(At(values, "rbac", "serviceAccount", "name"), Is.EqualTo(NodeGroups.ClusterAutoscalerServiceAccount).And.EqualTo("cluster-autoscaler"));
            Assert.That(Flat(At(values, "rbac", "serviceAccount", "annotations")), Is.EquivalentTo(new Dictionary<string, string?>
            {
                ["eks.amazonaws.com/role-arn"] = AutoscalerRoleArn,
            }));
        });
    }

    [Test]
    public async Task TheClusterAutoscalerDiscoversTheNodeGroupsOfThisCluster()
    {
        var values = await ValuesOf(await BuildAsync(), "cluster-autoscaler");
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "cloudProvider"), Is.EqualTo("aws"));
            Assert.That(At(values, "awsRegion"), Is.EqualTo("eu-west-1"));
            Assert.That(At(values, "autoDiscovery", "clusterName"), Is.EqualTo(Cluster));
            // The chart's default tags (enabled, and owned by this cluster) are the ones the node groups carry.
            Assert.That(At(values, "autoDiscovery", "tags"), Is.Null);
            Assert.That(At(values, "autoscalingGroups"), Is.Null, "no fixed group list");
        });
    }

    [Test]
    public async Task TheClusterAutoscalerRunsOneLeaderWithTheChosenScalingArguments()
    {
        var values = await ValuesOf(await BuildAsync(), "cluster-autoscaler");
        Assert.Multiple(() =>
        {
            Assert.That(Text(At(values, "replicaCount")), Is.EqualTo("1"));
            Assert.That(Text(At(values, "podDisruptionBudget", "maxUnavailable")), Is.EqualTo("1"), "its node can still be drained");
            Assert.That(Flat(At(values, "extraArgs")), Is.EquivalentTo(new Dictionary<string, string?>
            {
                ["balance-similar-node-groups"] = "true",
                ["expander"] = "least-waste",
                ["skip-nodes-with-system-pods"] = "false",
                ["max-graceful-termination-sec"] = "3600",
                ["balancing-ignore-label_1"] = "eks.amazonaws.com/nodegroup-image",
                ["balancing-ignore-label_2"] = "eks.amazonaws.com/capacityType",
                ["balancing-ignore-label_3"] = "eks.amazonaws.com/sourceLaunchTemplateId",
                ["balancing-ignore-label_4"] = "eks.amazonaws.com/sourceLaunchTemplateVersion",
                ["balancing-ignore-label_5"] = "k8s.io/cloud-provider-aws",
                ["balancing-ignore-label_6"] = "cluster-name",
                ["balancing-ignore-label_7"] = "nodegroup-name",
            }));
        });
    }

    [Test]
    public async Task TheClusterAutoscalerRunsAsNonRootWithoutPrivileges()
    {
        var values = await ValuesOf(await BuildAsync(), "cluster-autoscaler");
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "securityContext", "runAsNonRoot"), Is.True);
            Assert.That(At(values, "containerSecurityContext", "allowPrivilegeEscalation"), Is.False);
            Assert.That(At(values, "containerSecurityContext", "readOnlyRootFilesystem"), Is.True);
            Assert.That(Items(At(values, "containerSecurityContext", "capabilities", "drop")), Is.EqualTo(new[] { "ALL" }));
        });
    }

    [Test]
    public async Task NothingCreatesTheKubeSystemNamespace()
    {
        var built = await BuildAsync();
        foreach (var ns in built.Resources.OfType<Namespace>())
        {
            Assert.That((await MetadataOf(ns)).Name, Is.Not.EqualTo("kube-system"));
        }

        Assert.That(built.Resources.Where(r => r.GetResourceName().StartsWith("cluster-autoscaler", StringComparison.Ordinal)).Select(r => r.GetType()),
            Is.EquivalentTo(new[] { typeof(ClusterAutoscalerAddon), typeof(Release) }));
    }

    // NVIDIA device plugin

    [Test]
    public async Task TheNvidiaDevicePluginIsScheduledOnlyOnGpuNodes()
    {
        var values = await ValuesOf(await BuildAsync(), "nvidia-device-plugin");
        var terms = Items(At(values, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")).ToArray();
        var expression = Items(At(terms.Single(), "matchExpressions")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(Flat(At(values, "nodeSelector")), Is.EquivalentTo(new Dictionary<string, string?> { [NodeGroupSpec.GroupLabel] = "gpu" }));
            Assert.That(At(expression, "key"), Is.EqualTo(NodeGroupSpec.GroupLabel));
            Assert.That(At(expression, "operator"), Is.EqualTo("In"));
            Assert.That(Items(At(expression, "values")), Is.EqualTo(new[] { "gpu" }));
        });
    }

    [Test]
    public async Task TheNvidiaDevicePluginToleratesExactlyTheGpuTaint()
    {
        var values = await ValuesOf(await BuildAsync(), "nvidia-device-plugin");
        var tolerations = Items(At(values, "tolerations")).Select(Flat).ToArray();
        Assert.That(tolerations, Has.Length.EqualTo(1));
        Assert.That(tolerations[0], Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["key"] = "nvidia.com/gpu",
            ["operator"] = "Equal",
            ["value"] = "true",
            ["effect"] = "NoSchedule",
        }));
    }

    [Test]
    public void TheProdStacksGpuGroupIsWhatTheNvidiaDevicePluginSelectsAndTolerates()
    {
        var prod = ProdConfig();
        var gpu = ConfigReader.Read(key => prod.Values.GetValueOrDefault(key)).NodeGroups.Single(g => g.Purpose == NodeGroupPurpose.Gpu);
        var values = NvidiaDevicePluginAddon.Values(new NvidiaDevicePluginAddonArgs { Context = null!, GpuNodeGroup = gpu });
        Assert.That(values["nodeSelector"], Is.EquivalentTo(new Dictionary<string, string> { [NodeGroupSpec.GroupLabel] = "gpu" }));
        Assert.That(Items(values["tolerations"]).Select(t => $"{At(t, "key")}={At(t, "value")}:{At(t, "effect")}"),
            Is.EqualTo(new[] { "nvidia.com/gpu=true:NoSchedule" }));
    }

    [Test]
    public void TheNvidiaDevicePluginRefusesANodeGroupWithoutGpus()
    {
        var general = Gpu with { Name = "general", Purpose = NodeGroupPurpose.General, Taints = ImmutableArray<NodeTaint>.Empty };
        var error = ProgramFailure<ArgumentException>(() => RunAsync(() =>
            _ = new NvidiaDevicePluginAddon("nvidia-device-plugin", new NvidiaDevicePluginAddonArgs { Context = Context(), GpuNodeGroup = general })));
        Assert.That(error!.Message, Does.Contain("'general' is a General group"));
    }

    [Test]
    public async Task TheNvidiaDevicePluginNamespaceIsPrivilegedForItsHostPaths()
    {
        var built = await BuildAsync();
        var labels = (await ValueAsync(built.Resources.Named<Namespace>("nvidia-device-plugin-namespace").Metadata)).Labels;
        Assert.That(labels["pod-security.kubernetes.io/enforce"], Is.EqualTo("privileged"));
        Assert.That(await ValueAsync(built.Release("nvidia-device-plugin").Namespace), Is.EqualTo("nvidia-device-plugin"));
    }

    // Storage classes

    [Test]
    public async Task Gp3IsTheDefaultClassEncryptedWithTheClusterKeyAndBoundWhereThePodRuns()
    {
        var built = await BuildAsync();
        var gp3 = built.Component<StorageClasses>().Gp3;
        var metadata = await ValueAsync(gp3.Metadata);
        var parameters = await ValueAsync(gp3.Parameters);
        Assert.Multiple(async () =>
        {
            Assert.That(metadata.Name, Is.EqualTo("gp3"));
            Assert.That(metadata.Annotations[StorageClasses.DefaultClassAnnotation], Is.EqualTo("true"));
            Assert.That(await ValueAsync(gp3.Provisioner), Is.EqualTo("ebs.csi.aws.com"));
            Assert.That(parameters["type"], Is.EqualTo("gp3"));
            Assert.That(parameters["encrypted"], Is.EqualTo("true"));
            Assert.That(parameters["kmsKeyId"], Is.EqualTo(KmsKeyArn));
            Assert.That(await ValueAsync(gp3.VolumeBindingMode), Is.EqualTo("WaitForFirstConsumer"));
            Assert.That(await ValueAsync(gp3.AllowVolumeExpansion), Is.True);
            Assert.That(await ValueAsync(gp3.ReclaimPolicy), Is.EqualTo("Retain"), "a deleted claim must not destroy the volume");
            Assert.That(await ValueAsync(built.Component<StorageClasses>().DefaultStorageClassName), Is.EqualTo("gp3"));
        });
    }

    [Test]
    public async Task Gp3IsTheOnlyDefaultClass()
    {
        var built = await BuildAsync(efs: true);
        var defaults = new List<string>();
        foreach (var storageClass in built.Resources.OfType<StorageClass>())
        {
            var metadata = await ValueAsync(storageClass.Metadata);
            if (metadata.Annotations is { } annotations && annotations.GetValueOrDefault(StorageClasses.DefaultClassAnnotation) == "true")
            {
                defaults.Add(metadata.Name);
            }
        }

        Assert.That(defaults, Is.EqualTo(new[] { "gp3" }));
    }

    [Test]
    public async Task TheEfsClassExistsOnlyWhenEfsIsOn()
    {
        var off = await BuildAsync(efs: false);
        Assert.That(off.Resources.OfType<StorageClass>().Select(c => c.GetResourceName()), Is.EqualTo(new[] { "storage-gp3" }));
        Assert.That(off.Component<StorageClasses>().Efs, Is.Null);
        Assert.That(await ValueAsync(off.Component<StorageClasses>().EfsStorageClassName), Is.Null);

        var on = await BuildAsync(efs: true);
        Assert.That(on.Resources.OfType<StorageClass>().Count(), Is.EqualTo(2));
        Assert.That(await ValueAsync(on.Component<StorageClasses>().EfsStorageClassName), Is.EqualTo("efs-sc"));
    }

    [Test]
    public async Task TheEfsClassGivesEachVolumeAnAccessPointWithAPrivateDirectory()
    {
        var efs = (await BuildAsync(efs: true)).Component<StorageClasses>().Efs!;
        var parameters = await ValueAsync(efs.Parameters);
        Assert.Multiple(async () =>
        {
            Assert.That((await ValueAsync(efs.Metadata)).Name, Is.EqualTo("efs-sc"));
            Assert.That(await ValueAsync(efs.Provisioner), Is.EqualTo("efs.csi.aws.com"));
            Assert.That(parameters["provisioningMode"], Is.EqualTo("efs-ap"));
            Assert.That(parameters["fileSystemId"], Is.EqualTo(EfsFileSystemId));
            Assert.That(parameters["directoryPerms"], Is.EqualTo("700"));
            Assert.That(parameters["basePath"], Is.Not.Empty);
        });
    }

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

    [Test]
    public async Task EveryChildIsParentedToItsComponent()
    {
        var built = await BuildAsync(efs: true);
        foreach (var (prefix, component) in new (string, Resource)[]
        {
            ("metrics-server-", built.Component<MetricsServerAddon>()),
            ("cluster-autoscaler-", built.Component<ClusterAutoscalerAddon>()),
            ("nvidia-device-plugin-", built.Component<NvidiaDevicePluginAddon>()),
            ("storage-", built.Component<StorageClasses>()),
            ("platform-namespaces-", built.Component<PlatformNamespaces>()),
            ("platform-rbac-", built.Component<PlatformRbac>()),
        })
        {
            var urn = Registrations.Of(component).Urn;
            var children = built.Resources.Where(r => r != component && r.GetResourceName().StartsWith(prefix, StringComparison.Ordinal)).ToArray();
            Assert.That(children, Is.Not.Empty, prefix);
            foreach (var child in children)
            {
                var ancestors = new List<string>();
                for (var parent = Registrations.Of(child).ParentUrn; parent is not null;
                     parent = built.Resources.Select(Registrations.Of).FirstOrDefault(r => r.Urn == parent)?.ParentUrn)
                {
                    ancestors.Add(parent);
                }

                Assert.That(ancestors, Does.Contain(urn), child.GetResourceName());
            }
        }
    }
#endif

    // Config

    private static Func<string, string?> Config(params (string Key, string Value)[] values)
        => Harness.ConfigLookup(values, Harness.RequiredStackConfig);

    /// <summary>The settings of the cluster services and the platform namespaces, read from a whole stack's config.</summary>
    private sealed record PlatformServicesConfig
    {
        public MetricsServerSettings MetricsServer { get; init; } = new();

        public ClusterAutoscalerSettings ClusterAutoscaler { get; init; } = new();

        public NvidiaDevicePluginSettings NvidiaDevicePlugin { get; init; } = new();

        public PlatformNamespacesSettings Platform { get; init; } = new();
    }

    private static PlatformServicesConfig ReadPlatformServicesOnly(Func<string, string?> get)
    {
        var config = ConfigReader.Read(get);
        return new PlatformServicesConfig
        {
            MetricsServer = config.Service<MetricsServerSettings>(),
            ClusterAutoscaler = config.Service<ClusterAutoscalerSettings>(),
            NvidiaDevicePlugin = config.Service<NvidiaDevicePluginSettings>(),
            Platform = config.Namespaces,
        };
    }

    private static ConfigValidationException Reject(params (string Key, string Value)[] values)
        => Assert.Throws<ConfigValidationException>(() => ReadPlatformServicesOnly(Config(values)))!;

    [Test]
    public void TheDefaultsAreTheLivePlatform()
    {
        var config = ReadPlatformServicesOnly(Config());
        Assert.Multiple(() =>
        {
            Assert.That(config.MetricsServer.ChartVersion, Is.EqualTo("3.13.1"));
            Assert.That(config.ClusterAutoscaler.ChartVersion, Is.EqualTo("9.59.0"));
            Assert.That(config.NvidiaDevicePlugin.ChartVersion, Is.EqualTo("0.20.0"));
            Assert.That(config.Platform.DeveloperNamespaces, Is.EqualTo(new[] { "staging", "production", "dev-center" }));
            Assert.That(config.Platform.Namespaces.Select(n => n.Name), Is.EqualTo(PlatformNamespaceNames));
            // The whole-stack read sets the GPU namespace's quota from the configured GPU groups; every other field is the live one.
            // Records holding dictionaries compare them by reference, so the comparison is of their JSON form.
            var expected = PlatformNamespaces.WithGpuQuotas(PlatformNamespaces.Defaults, ConfigReader.Read(Config()).NodeGroups);
            Assert.That(JsonSerializer.Serialize(config.Platform.Namespaces), Is.EqualTo(JsonSerializer.Serialize(expected)));
        });
    }

    [Test]
    public void QuotaOverridesReplaceTheLiveValues()
    {
        var config = ReadPlatformServicesOnly(Config(("namespaceQuotas",
            "[\"production:limits.cpu=32\", \"ai-platform:requests.nvidia.com/gpu=3\", \"ci:pods=40\", \"staging:default.memory=1Gi\"]")));
        var byName = config.Platform.Namespaces.ToDictionary(n => n.Name);
        Assert.Multiple(() =>
        {
            Assert.That(byName["production"].Quota.LimitsCpu, Is.EqualTo("32"));
            Assert.That(byName["ai-platform"].Quota.Hard["requests.nvidia.com/gpu"], Is.EqualTo("3"));
            Assert.That(byName["ci"].Quota.Pods, Is.EqualTo(40));
            Assert.That(byName["staging"].ContainerDefaults.LimitMemory, Is.EqualTo("1Gi"));
            Assert.That(byName["auth"], Is.EqualTo(PlatformNamespaces.Defaults.Single(d => d.Name == "auth")), "untouched");
        });
    }

    [TestCase("namespaceQuotas", "[\"staging:requests.cpu=32\"]",
        "numinia-infra:namespaceQuotas: 'staging:requests.cpu=32' is rejected for the namespace staging: requests.cpu (32) exceeds limits.cpu (8); requests never exceed limits")]
    [TestCase("namespaceQuotas", "[\"production:limits.memory=8Gi\"]",
        "numinia-infra:namespaceQuotas: 'production:limits.memory=8Gi' is rejected for the namespace production: requests.memory (16Gi) exceeds limits.memory (8Gi)")]
    [TestCase("namespaceQuotas", "[\"ci:defaultRequest.memory=8Gi\"]",
        "numinia-infra:namespaceQuotas: 'ci:defaultRequest.memory=8Gi' is rejected for the namespace ci: defaultRequest.memory (8Gi) exceeds default.memory (4Gi); requests never exceed limits")]
    [TestCase("namespaceQuotas", "[\"auth:default.cpu=8\"]",
        "numinia-infra:namespaceQuotas: 'auth:default.cpu=8' is rejected for the namespace auth: default.cpu (8) exceeds limits.cpu (4); a container with the default limits could never fit in the quota")]
    [TestCase("namespaceQuotas", "[\"monitoring:limits.cpu=8\"]",
        "numinia-infra:namespaceQuotas: 'monitoring:limits.cpu=8' names no platform namespace (expected one of dev-center, ci, ai-platform, auth, staging, production)")]
    [TestCase("namespaceQuotas", "[\"staging:limits.gpu=1\"]", "numinia-infra:namespaceQuotas: 'staging:limits.gpu=1' sets an unknown field 'limits.gpu'")]
    [TestCase("namespaceQuotas", "[\"staging:limits.cpu=lots\"]",
        "numinia-infra:namespaceQuotas: 'staging:limits.cpu=lots' sets limits.cpu to a value that is not a Kubernetes quantity")]
    [TestCase("namespaceQuotas", "[\"staging:pods=-1\"]", "numinia-infra:namespaceQuotas: 'staging:pods=-1' is not a whole number of pods")]
    [TestCase("namespaceQuotas", "[\"staging limits.cpu 8\"]", "numinia-infra:namespaceQuotas: 'staging limits.cpu 8' is not a namespace quota override")]
    [TestCase("namespaceQuotas", "[\"staging:pods=10\", \"staging:pods=20\"]", "numinia-infra:namespaceQuotas: 'staging:pods=20' sets staging:pods a second time")]
    [TestCase("developerNamespaces", "[\"Staging_1\"]", "numinia-infra:developerNamespaces: 'Staging_1' is not a DNS-1123 label")]
    [TestCase("developerNamespaces", "[\"-staging\"]", "numinia-infra:developerNamespaces: '-staging' is not a DNS-1123 label")]
    [TestCase("developerNamespaces", "[\"kube-system\"]", "numinia-infra:developerNamespaces: 'kube-system' is not a platform namespace")]
    [TestCase("developerNamespaces", "[\"staging\", \"staging\"]", "numinia-infra:developerNamespaces: 'staging' is listed more than once")]
    [TestCase("developerNamespaces", "staging", "numinia-infra:developerNamespaces: 'staging' is not a list of strings")]
    [TestCase("metricsServerChartVersion", "latest", "numinia-infra:metricsServerChartVersion: 'latest' is 'latest'; pin an exact chart version")]
    [TestCase("clusterAutoscalerChartVersion", "^9.59.0", "numinia-infra:clusterAutoscalerChartVersion: '^9.59.0' is not an exact chart version")]
    [TestCase("nvidiaDevicePluginChartVersion", "LATEST", "numinia-infra:nvidiaDevicePluginChartVersion: 'LATEST' is 'latest'")]
    public void ABadValueIsRejectedNamingItsKeyAndValue(string key, string value, string message)
    {
        var error = Reject((key, value));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void EveryProblemIsReportedAtOnce()
    {
        var error = Reject(("metricsServerChartVersion", "latest"), ("developerNamespaces", "[\"Bad\"]"), ("namespaceQuotas", "[\"staging:requests.memory=64Gi\"]"));
        Assert.That(error.Problems.Select(p => p.Key), Is.EquivalentTo(new[]
        {
            "numinia-infra:metricsServerChartVersion", "numinia-infra:developerNamespaces", "numinia-infra:namespaceQuotas",
        }));
    }
}
