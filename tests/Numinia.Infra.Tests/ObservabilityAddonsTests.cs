using System.Collections;
using System.Collections.Immutable;
using System.Text;
using Numinia.Components.Addons.Logging;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Common;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Iam;
using static Numinia.Infra.Tests.Harness;
using static Numinia.Infra.Tests.SecretsAddonsTests;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>Monitoring (kube-prometheus-stack) and logging (Fluent Bit to CloudWatch Logs), without a stack.</summary>
[NonParallelizable]
public sealed class ObservabilityAddonsTests
{
    private const string Password = "correct-horse-battery-staple-42";
    private const string Issuer = TestCluster.OidcIssuer;

    private sealed record Built(ImmutableArray<Resource> Resources)
    {
        public MonitoringAddon Monitoring => Resources.OfType<MonitoringAddon>().Single();

        public LoggingAddon Logging => Resources.OfType<LoggingAddon>().Single();

        public Resource StorageClass => Resources.Single(r => r.GetResourceName() == "gp3");
    }

    private static async Task<Built> BuildAsync(Func<MonitoringAddonArgs, MonitoringAddonArgs>? monitoring = null, int logRetentionDays = 30)
    {
        var resources = await RunAsync(() =>
        {
            var context = TestCluster.Context();
            var gp3 = new Pulumi.Kubernetes.Storage.V1.StorageClass("gp3", new Pulumi.Kubernetes.Types.Inputs.Storage.V1.StorageClassArgs
            {
                Metadata = new Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs { Name = "gp3" },
                Provisioner = "ebs.csi.aws.com",
            }, new CustomResourceOptions { Provider = context.KubernetesProvider });
            var args = new MonitoringAddonArgs
            {
                Context = context,
                StorageClass = gp3,
                Settings = new MonitoringSettings { GrafanaAdminPassword = Password },
            };
            _ = new MonitoringAddon("monitoring", monitoring is null ? args : monitoring(args));
            _ = new LoggingAddon("logging", new LoggingAddonArgs { Context = context, Settings = new LoggingSettings { LogRetentionDays = logRetentionDays } });
        });
        return new Built(resources);
    }

    private static Task<ImmutableDictionary<string, object>> MonitoringValuesAsync(Built built) => ValueAsync(built.Monitoring.Release.Values);

    private static Task<ImmutableDictionary<string, object>> LoggingValuesAsync(Built built) => ValueAsync(built.Logging.Release.Values);

    /// <summary>Every (path, value) of a values tree whose last key is <paramref name="key"/>.</summary>
    private static IEnumerable<(string Path, object Value)> Find(object? node, string key, string path = "")
    {
        switch (node)
        {
            case IReadOnlyDictionary<string, object> map:
                foreach (var (k, v) in map)
                {
                    var here = path.Length == 0 ? k : $"{path}.{k}";
                    if (k == key)
                    {
                        yield return (here, v);
                    }

                    foreach (var found in Find(v, key, here))
                    {
                        yield return found;
                    }
                }

                break;
            case IEnumerable list and not string:
                var i = 0;
                foreach (var item in list)
                {
                    foreach (var found in Find(item, key, $"{path}[{i++}]"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    /// <summary>Every string in a values tree; a secret-marked value also yields <c>&lt;secret&gt;</c>.</summary>
    private static IEnumerable<string> Strings(object? node) => node switch
    {
        string text => new[] { text },
#if PULUMI_OFFLINE
        SecretValue secret => Strings(secret.Value).Append("<secret>"),
#endif
        IReadOnlyDictionary<string, object?> map => map.Values.SelectMany(Strings),
        IEnumerable list => list.Cast<object?>().SelectMany(Strings),
        _ => Array.Empty<string>(),
    };

    [TestCase("kube-prometheus-stack", "https://prometheus-community.github.io/helm-charts", "88.5.3", "monitoring")]
    [TestCase("fluent-bit", "https://fluent.github.io/helm-charts", "0.58.1", "logging")]
    public async Task ChartsArePinnedToTheirUpstreamRepositoryAndVersionInTheirOwnNamespace(string chart, string repository, string version, string ns)
    {
        var built = await BuildAsync();
        var release = chart == "fluent-bit" ? built.Logging.Release : built.Monitoring.Release;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(release.Name), Is.EqualTo(chart));
            Assert.That(await ValueAsync(release.Chart), Is.EqualTo(chart));
            Assert.That((await ValueAsync(release.RepositoryOpts))!.Repo, Is.EqualTo(repository));
            Assert.That(await ValueAsync(release.Version), Is.EqualTo(version));
            Assert.That(await ValueAsync(release.Namespace), Is.EqualTo(ns));
        });
    }

    [TestCase("monitoring")]
    [TestCase("logging")]
    public async Task NodeAgentNamespacesArePrivileged(string ns)
    {
        var built = await BuildAsync();
        var platformNamespace = ns == "logging" ? built.Logging.Namespace : built.Monitoring.Namespace;
        var metadata = await ValueAsync(platformNamespace.Namespace.Metadata);
        Assert.That(metadata.Name, Is.EqualTo(ns));
        Assert.That(metadata.Labels["pod-security.kubernetes.io/enforce"], Is.EqualTo("privileged"));
    }

    [Test]
    public async Task PrometheusRunsTwoReplicasKeepingFifteenDaysOn200GiGp3Volumes()
    {
        var values = await MonitoringValuesAsync(await BuildAsync());
        var spec = MapAt(values, "prometheus", "prometheusSpec");
        Assert.Multiple(() =>
        {
            Assert.That(At(spec, "replicas"), Is.EqualTo(2));
            Assert.That(At(spec, "retention"), Is.EqualTo("15d"));
            Assert.That(At(spec, "storageSpec", "volumeClaimTemplate", "spec", "storageClassName"), Is.EqualTo("gp3"));
            Assert.That(ListAt(spec, "storageSpec", "volumeClaimTemplate", "spec", "accessModes"), Is.EqualTo(new[] { "ReadWriteOnce" }));
            Assert.That(At(spec, "storageSpec", "volumeClaimTemplate", "spec", "resources", "requests", "storage"), Is.EqualTo("200Gi"));
            Assert.That(At(spec, "retentionSize"), Is.EqualTo("170GB"), "85% of the volume, so a burst of series cannot fill it");
        });
    }

    [Test]
    public async Task PrometheusReplicasRetentionAndVolumesComeFromTheArgs()
    {
        var values = await MonitoringValuesAsync(await BuildAsync(a => a with
        {
            Settings = a.Settings with
            {
                PrometheusReplicas = 3,
                PrometheusRetentionDays = 30,
                PrometheusStorageSize = Quantity.Parse("500Gi"),
                GrafanaStorageSize = Quantity.Parse("50Gi"),
            },
        }));
        Assert.That(At(values, "prometheus", "prometheusSpec", "replicas"), Is.EqualTo(3));
        Assert.That(At(values, "prometheus", "prometheusSpec", "retention"), Is.EqualTo("30d"));
        Assert.That(At(values, "prometheus", "prometheusSpec", "storageSpec", "volumeClaimTemplate", "spec", "resources", "requests", "storage"), Is.EqualTo("500Gi"));
        Assert.That(At(values, "grafana", "persistence", "size"), Is.EqualTo("50Gi"));
    }

    [TestCase("prometheus", "prometheusSpec")]
    [TestCase("alertmanager", "alertmanagerSpec")]
    public async Task ReplicatedComponentsHaveADisruptionBudgetAndAntiAffinity(string component, string spec)
    {
        var values = await MonitoringValuesAsync(await BuildAsync());
        Assert.Multiple(() =>
        {
            Assert.That(At(values, component, "podDisruptionBudget", "enabled"), Is.EqualTo(true));
            Assert.That(At(values, component, "podDisruptionBudget", "minAvailable"), Is.EqualTo(1));
            Assert.That(At(values, component, spec, "replicas"), Is.EqualTo(2));
            Assert.That(At(values, component, spec, "podAntiAffinity"), Is.EqualTo("soft"));
            Assert.That(At(values, component, spec, "podAntiAffinityTopologyKey"), Is.EqualTo("kubernetes.io/hostname"));
        });
    }

    [Test]
    public async Task GrafanaKeepsItsDatabaseOnA20GiGp3Volume()
    {
        var values = await MonitoringValuesAsync(await BuildAsync());
        var persistence = MapAt(values, "grafana", "persistence");
        Assert.Multiple(() =>
        {
            Assert.That(At(persistence, "enabled"), Is.EqualTo(true));
            Assert.That(At(persistence, "storageClassName"), Is.EqualTo("gp3"));
            Assert.That(At(persistence, "size"), Is.EqualTo("20Gi"));
            Assert.That(At(values, "grafana", "deploymentStrategy", "type"), Is.EqualTo("Recreate"), "a ReadWriteOnce volume attaches to one pod");
        });
    }

    [Test]
    public async Task GrafanaHasThePrometheusDataSourceAsDefault()
    {
        var datasources = MapAt(await MonitoringValuesAsync(await BuildAsync()), "grafana", "sidecar", "datasources");
        Assert.That(At(datasources, "enabled"), Is.EqualTo(true));
        Assert.That(At(datasources, "defaultDatasourceEnabled"), Is.EqualTo(true));
        Assert.That(At(datasources, "isDefaultDatasource"), Is.EqualTo(true));
    }

    [Test]
    public async Task GrafanaReadsItsAdminPasswordFromASecretAndNeverFromValues()
    {
        var built = await BuildAsync();
        var values = await MonitoringValuesAsync(built);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Password));
        Assert.Multiple(() =>
        {
            Assert.That(At(values, "grafana", "admin", "existingSecret"), Is.EqualTo("grafana-admin"));
            Assert.That(At(values, "grafana", "admin", "userKey"), Is.EqualTo("admin-user"));
            Assert.That(At(values, "grafana", "admin", "passwordKey"), Is.EqualTo("admin-password"));
            Assert.That(At(values, "grafana", "adminPassword"), Is.Null);
            Assert.That(Strings(values), Has.None.Contains(Password).And.None.Contains(encoded));
        });
#if PULUMI_OFFLINE
        var recorded = Registrations.Of(built.Monitoring.Release).Inputs["values"];
        Assert.That(Strings(recorded), Has.None.EqualTo("<secret>"), "nothing secret went into the values");
        Assert.That(Strings(recorded), Has.None.Contains(Password).And.None.Contains(encoded));
#endif
    }

    [Test]
    public async Task TheGrafanaSecretHoldsTheAdminCredentialsAsSecretData()
    {
        var built = await BuildAsync();
        var secret = built.Monitoring.GrafanaAdmin;
        var data = await ValueAsync(secret.Data);
        Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(data["admin-password"])), Is.EqualTo(Password));
        Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(data["admin-user"])), Is.EqualTo("admin"));
        var metadata = await ValueAsync(secret.Metadata);
        Assert.That((metadata.Namespace, metadata.Name), Is.EqualTo(("monitoring", "grafana-admin")));
#if PULUMI_OFFLINE
        Assert.That(Registrations.Of(secret).Inputs["data"], Is.InstanceOf<SecretValue>());
#endif
        await AssertEngineSecretAsync(secret.Data);
    }

#if PULUMI_OFFLINE
    // Only the offline engine lets a test see what the program hands the engine as secret (see AssertEngineSecretAsync).
    [Test]
    public async Task APasswordNotMarkedSecretIsStillKeptSecret()
    {
        var built = await BuildAsync(a => a with { Settings = a.Settings with { GrafanaAdminPassword = Password } });
        Assert.That(Registrations.Of(built.Monitoring.GrafanaAdmin).Inputs["data"], Is.InstanceOf<SecretValue>());
        await AssertEngineSecretAsync(built.Monitoring.GrafanaAdmin.Data);
    }
#endif

    [Test]
    public async Task OnlyNodeExporterToleratesTaintsAndItToleratesAll()
    {
        var values = await MonitoringValuesAsync(await BuildAsync());
        var tolerations = Find(values, "tolerations").ToArray();
        Assert.That(tolerations.Select(t => t.Path), Is.EqualTo(new[] { "prometheus-node-exporter.tolerations" }));
        var only = ((IEnumerable)tolerations.Single().Value).Cast<IReadOnlyDictionary<string, object>>().Single();
        Assert.That(only, Is.EquivalentTo(new Dictionary<string, object> { ["operator"] = "Exists" }));
    }

    [Test]
    public async Task EveryOtherMonitoringPodIsKeptOffTheGpuNodes()
    {
        var values = await MonitoringValuesAsync(await BuildAsync());
        var affinities = Find(values, "affinity").ToDictionary(a => a.Path, a => a.Value);
        Assert.That(affinities.Keys, Is.EquivalentTo(new[]
        {
            "prometheusOperator.affinity", "prometheusOperator.admissionWebhooks.patch.affinity", "prometheus.prometheusSpec.affinity",
            "alertmanager.alertmanagerSpec.affinity", "grafana.affinity", "kube-state-metrics.affinity",
        }));
        foreach (var (path, affinity) in affinities)
        {
            var term = (IReadOnlyDictionary<string, object>)ListAt((IReadOnlyDictionary<string, object>)affinity,
                "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms").Single();
            var expression = (IReadOnlyDictionary<string, object>)ListAt(term, "matchExpressions").Single();
            Assert.That(At(expression, "key"), Is.EqualTo("numinia.xyz/node-group"), path);
            Assert.That(At(expression, "operator"), Is.EqualTo("NotIn"), path);
            Assert.That(ListAt(expression, "values"), Is.EqualTo(new[] { "gpu" }), path);
        }
    }

    [Test]
    public async Task EveryMonitoringContainerHasRequestsAndLimits()
    {
        var values = await MonitoringValuesAsync(await BuildAsync());
        AssertRequestsAndLimits(values, MonitoringAddon.PrometheusResources, "prometheus", "prometheusSpec", "resources");
        AssertRequestsAndLimits(values, MonitoringAddon.AlertmanagerResources, "alertmanager", "alertmanagerSpec", "resources");
        AssertRequestsAndLimits(values, MonitoringAddon.OperatorResources, "prometheusOperator", "resources");
        AssertRequestsAndLimits(values, MonitoringAddon.ConfigReloaderResources, "prometheusOperator", "prometheusConfigReloader", "resources");
        AssertRequestsAndLimits(values, MonitoringAddon.AdmissionJobResources, "prometheusOperator", "admissionWebhooks", "patch", "resources");
        AssertRequestsAndLimits(values, MonitoringAddon.GrafanaResources, "grafana", "resources");
        AssertRequestsAndLimits(values, MonitoringAddon.GrafanaSidecarResources, "grafana", "sidecar", "resources");
        AssertRequestsAndLimits(values, MonitoringAddon.KubeStateMetricsResources, "kube-state-metrics", "resources");
        AssertRequestsAndLimits(values, MonitoringAddon.NodeExporterResources, "prometheus-node-exporter", "resources");
        Assert.That(Find(values, "resources").Count(r => !r.Path.Contains(".storageSpec.", StringComparison.Ordinal)), Is.EqualTo(9),
            "every container resources block is one checked above (the other is the volume claim's)");
        Assert.That(At(values, "grafana", "initChownData", "enabled"), Is.EqualTo(false), "the chown init container would have none");
    }

    [Test]
    public async Task TheMonitoringQuotaFitsTheVolumesAndNodeExporterOnEveryNode()
    {
        var built = await BuildAsync();
        var hard = (await ValueAsync(built.Monitoring.Namespace.Quota.Spec)).Hard;
        Assert.That(Quantity.Parse(hard["requests.storage"]), Is.GreaterThanOrEqualTo(Quantity.Parse("420Gi")), "2 x 200Gi + 20Gi");
        Assert.That(int.Parse(hard["persistentvolumeclaims"], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(3));
        Assert.That(Quantity.Parse(hard["limits.cpu"]).Value, Is.GreaterThanOrEqualTo(18 * Quantity.Parse(MonitoringAddon.NodeExporterResources.LimitCpu).Value));
    }

    [Test]
    public async Task TheLogGroupIsTheClustersContainerGroupWithTheConfiguredRetention()
    {
        var built = await BuildAsync(logRetentionDays: 60);
        var group = built.Resources.OfType<LogGroup>().Single();
        Assert.That(await ValueAsync(group.Name), Is.EqualTo("/aws/eks/production-numinia/containers"));
        Assert.That(await ValueAsync(group.RetentionInDays), Is.EqualTo(60));
        Assert.That(await ValueAsync(built.Logging.LogGroupName), Is.EqualTo("/aws/eks/production-numinia/containers"));
    }

    [Test]
    public async Task FluentBitMayOnlyWriteStreamsOfItsLogGroup()
    {
        var built = await BuildAsync();
        var groupArn = await ValueAsync(built.Resources.OfType<LogGroup>().Single().Arn);
        var policy = PolicyDocument.FromJson(await ValueAsync(built.Resources.Named<RolePolicy>("logging-irsa-policy").Policy));
        Assert.Multiple(() =>
        {
            Assert.That(policy.Statement.SelectMany(s => s.Action),
                Is.EquivalentTo(new[] { "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams" }));
            Assert.That(policy.Statement.SelectMany(s => s.Resource!.Value), Is.EquivalentTo(new[] { groupArn, $"{groupArn}:*" }));
            Assert.That(policy.Statement.SelectMany(s => s.Resource!.Value), Has.None.EqualTo("*"));
            Assert.That(policy.Statement.Select(s => s.Effect), Is.All.EqualTo("Allow"));
        });
    }

    [Test]
    public async Task FluentBitsRoleTrustsOnlyItsServiceAccountWhichCarriesIt()
    {
        var built = await BuildAsync();
        var role = built.Resources.Named<Role>("logging-irsa-role");
        var trust = PolicyDocument.FromJson(await ValueAsync(role.AssumeRolePolicy)).Statement.Single();
        Assert.That(trust.Condition!["StringEquals"][$"{Issuer}:sub"], Is.EqualTo(new[] { "system:serviceaccount:logging:fluent-bit" }));
        var values = await LoggingValuesAsync(built);
        Assert.That(At(values, "serviceAccount", "name"), Is.EqualTo("fluent-bit"));
        Assert.That(At(values, "serviceAccount", "annotations", "eks.amazonaws.com/role-arn"), Is.EqualTo(await ValueAsync(role.Arn)));
    }

    [Test]
    public async Task FluentBitRunsOnEveryNodeWithRequestsAndLimits()
    {
        var values = await LoggingValuesAsync(await BuildAsync());
        Assert.That(At(values, "kind"), Is.EqualTo("DaemonSet"));
        Assert.That((IReadOnlyDictionary<string, object>)ListAt(values, "tolerations").Single(),
            Is.EquivalentTo(new Dictionary<string, object> { ["operator"] = "Exists" }));
        AssertRequestsAndLimits(values, LoggingAddon.FluentBitResources, "resources");
        var quota = LoggingAddon.Quota(18);
        Assert.That(Quantity.Parse(quota.LimitsMemory).Value, Is.GreaterThanOrEqualTo(18 * Quantity.Parse(LoggingAddon.FluentBitResources.LimitMemory).Value));
    }

    [Test]
    public async Task FluentBitTailsContainerLogsAddsKubernetesMetadataAndShipsToItsGroupOnly()
    {
        var values = await LoggingValuesAsync(await BuildAsync());
        var inputs = (string)At(values, "config", "inputs")!;
        var filters = (string)At(values, "config", "filters")!;
        var outputs = (string)At(values, "config", "outputs")!;
        Assert.Multiple(() =>
        {
            Assert.That(inputs, Does.Match(@"Name\s+tail\n"));
            Assert.That(inputs, Does.Match(@"Path\s+/var/log/containers/\*\.log\n"));
            Assert.That(filters, Does.Match(@"Name\s+kubernetes\n"));
            Assert.That(outputs, Does.Match(@"Name\s+cloudwatch_logs\n"));
            Assert.That(outputs, Does.Match(@"region\s+eu-west-1\n"));
            Assert.That(outputs, Does.Match(@"log_group_name\s+/aws/eks/production-numinia/containers\n"));
            Assert.That(outputs, Does.Match(@"log_stream_prefix\s+containers\.\n"));
            Assert.That(outputs, Does.Match(@"auto_create_group\s+Off"));
            Assert.That(outputs, Does.Not.Contain("Name es"), "the chart's Elasticsearch outputs are replaced");
        });
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task MonitoringWaitsForTheGp3StorageClassAndTheGrafanaSecret()
    {
        var built = await BuildAsync();
        var dependencies = Registrations.Of(built.Monitoring.Release).DependencyUrns;
        Assert.That(dependencies, Does.Contain(Registrations.Of(built.StorageClass).Urn));
        Assert.That(dependencies, Does.Contain(Registrations.Of(built.Monitoring.GrafanaAdmin).Urn));
    }

    [Test]
    public async Task FluentBitStartsAfterItsLogGroupAndRole()
    {
        var built = await BuildAsync();
        var dependencies = Registrations.Of(built.Logging.Release).DependencyUrns;
        Assert.That(dependencies, Does.Contain(Registrations.Of(built.Logging.LogGroup).Urn));
        Assert.That(dependencies, Does.Contain(Registrations.Of(built.Logging.Role).Urn));
    }

    [Test]
    public async Task EveryKubernetesObjectUsesTheClustersProvider()
    {
        var built = await BuildAsync();
        var provider = built.Resources.OfType<Pulumi.Kubernetes.Provider>().Single();
        var kubernetes = built.Resources.Where(r => Registrations.Of(r).Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToArray();
        Assert.That(kubernetes, Has.Length.GreaterThanOrEqualTo(2 * 4 + 1), "namespaces, quotas, limit ranges, releases and the Grafana secret");
        foreach (var resource in kubernetes)
        {
            Assert.That(Registrations.Of(resource).ProviderUrn, Is.EqualTo(Registrations.Of(provider).Urn), Registrations.Of(resource).Urn);
        }
    }
#endif

    private static Func<string, string?> Config(params (string Key, string Value)[] values)
        => Harness.ConfigLookup(values, new[] { ("grafanaAdminPassword", Password) });

    /// <summary>Monitoring's and logging's settings.</summary>
    private sealed record ObservabilitySettings(MonitoringSettings Monitoring, LoggingSettings Logging);

    private static ObservabilitySettings ReadObservabilityOnly(Func<string, string?> get)
        => ConfigReader.ReadOnly(get, config => new ObservabilitySettings(MonitoringSettings.Read(config), LoggingSettings.Read(config)));

    [Test]
    public void TheObservabilityDefaultsAreTheLivePlatform()
    {
        var config = ReadObservabilityOnly(Config());
        Assert.Multiple(() =>
        {
            Assert.That(config.Monitoring.ChartVersion, Is.EqualTo("88.5.3"));
            Assert.That(config.Monitoring.CrdsChartVersion, Is.EqualTo("31.0.1"));
            Assert.That(config.Logging.ChartVersion, Is.EqualTo("0.58.1"));
            Assert.That(config.Monitoring.PrometheusRetentionDays, Is.EqualTo(15));
            Assert.That(config.Monitoring.PrometheusReplicas, Is.EqualTo(2));
            Assert.That(config.Monitoring.PrometheusStorageSize.Text, Is.EqualTo("200Gi"));
            Assert.That(config.Monitoring.GrafanaStorageSize.Text, Is.EqualTo("20Gi"));
            Assert.That(config.Logging.LogRetentionDays, Is.EqualTo(30));
            Assert.That(config.Monitoring.GrafanaAdminPassword, Is.EqualTo(Password));
        });
    }

    [Test]
    public void AMissingGrafanaPasswordIsAProblemThatSaysHowToSetIt()
    {
        var error = Assert.Throws<ConfigValidationException>(() => ReadObservabilityOnly(key => null))!;
        Assert.That(error.Problems.Single().ToString(), Is.EqualTo(
            "numinia-infra:grafanaAdminPassword: is missing; set it with pulumi config set --secret grafanaAdminPassword <password>"));
    }

    [Test]
    public void AShortGrafanaPasswordIsAProblemThatNeverShowsIt()
    {
        const string shortPassword = "hunter2-hunter2";
        var error = Assert.Throws<ConfigValidationException>(() => ReadObservabilityOnly(Config(("grafanaAdminPassword", shortPassword))))!;
        Assert.That(error.Message, Does.Contain("numinia-infra:grafanaAdminPassword: '[secret]' is shorter than 16 characters"));
        Assert.That(error.Message, Does.Not.Contain(shortPassword));
    }

    [Test]
    public void TheConfigRecordNeverPrintsThePassword()
    {
        var config = ReadObservabilityOnly(Config());
        Assert.That(config.Monitoring.ToString(), Does.Not.Contain(Password).And.Contain("GrafanaAdminPassword = [secret]"));
    }

    [TestCase("kubePrometheusStackChartVersion", "latest", "numinia-infra:kubePrometheusStackChartVersion: 'latest' is 'latest'; pin an exact chart version")]
    [TestCase("fluentBitChartVersion", "~0.58", "numinia-infra:fluentBitChartVersion: '~0.58' is not an exact chart version")]
    [TestCase("prometheusRetentionDays", "0", "numinia-infra:prometheusRetentionDays: '0' must be at least 1")]
    [TestCase("prometheusReplicas", "two", "numinia-infra:prometheusReplicas: 'two' is not a whole number")]
    [TestCase("prometheusStorageSize", "200GB!", "numinia-infra:prometheusStorageSize: '200GB!' is not a Kubernetes quantity")]
    [TestCase("grafanaStorageSize", "500Mi", "numinia-infra:grafanaStorageSize: '500Mi' is smaller than 1Gi")]
    [TestCase("containerLogRetentionDays", "10", "numinia-infra:containerLogRetentionDays: '10' is not a CloudWatch Logs retention period")]
    public void ABadObservabilityValueIsRejectedNamingItsKeyAndValue(string key, string value, string message)
    {
        var error = Assert.Throws<ConfigValidationException>(() => ReadObservabilityOnly(Config((key, value))))!;
        Assert.That(error.Message, Does.Contain(message));
    }
}
