using System.Text.Json;
using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Addons;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.NvidiaDevicePlugin;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Rbac.V1;
using Pulumi.Kubernetes.Storage.V1;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
#endif

namespace Numinia.Infra.Tests;

/// <summary>The config keys of the cluster services and the platform namespaces.</summary>
public sealed partial class PlatformServicesTests
{
    // Config

    private static Func<string, string?> Config(params (string Key, string Value)[] values)
        => Harness.ConfigLookup(values, Harness.RequiredStackConfig);

    /// <summary>The settings of the cluster services and the platform namespaces, read from a whole stack's config.</summary>
    internal sealed record PlatformServicesConfig
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
