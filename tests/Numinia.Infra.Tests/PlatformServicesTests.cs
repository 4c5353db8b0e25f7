using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
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
#endif

namespace Numinia.Infra.Tests;

/// <summary>
/// The cluster services (Metrics Server, Cluster Autoscaler, NVIDIA device plugin), storage classes,
/// platform namespaces and platform RBAC, each built on its own against a hand-made cluster context,
/// and their config.
/// </summary>
[NonParallelizable]
public sealed partial class PlatformServicesTests
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

    internal sealed record Built(ImmutableArray<Resource> Resources)
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

    internal static async Task<Built> BuildAsync(bool efs = false, PlatformServicesConfig? config = null)
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
                ["emit-per-nodegroup-metrics"] = "true",
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
}
