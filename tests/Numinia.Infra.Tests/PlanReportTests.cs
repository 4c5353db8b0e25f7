#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using Numinia.Infra.Plan;
using Numinia.Infra.Plan.Report;
using NUnit.Framework;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;
using Pulumi.Offline;
using YamlDotNet.RepresentationModel;

namespace Numinia.Infra.Tests;

/// <summary>The plan's reports for people: manifests, Helm values, graph, critical path, cost, progress and the CLI.</summary>
[NonParallelizable]
public sealed partial class PlanReportTests
{
    private const string Project = "urn:pulumi:test::numinia-infra::";

    // ---- Kubernetes manifests -------------------------------------------------------------------------

    [Test]
    public async Task ManifestsGoOneFilePerNamespaceWithClusterScopedObjectsInTheirOwnFile()
    {
        var files = KubernetesManifests.Render(await KubernetesProgramAsync());

        Assert.That(files.Keys, Is.EquivalentTo(new[] { "_cluster", "monitoring" }));
        var cluster = Documents(files["_cluster"]);
        Assert.That(cluster.Select(d => (Scalar(d, "apiVersion"), Scalar(d, "kind"), Scalar(d, "metadata", "name"))), Is.EquivalentTo(new[]
        {
            ("v1", "Namespace", "monitoring"),
            ("rbac.authorization.k8s.io/v1", "ClusterRole", "metrics-reader"),
            ("cert-manager.io/v1", "ClusterIssuer", "selfsigned"),
        }));
        Assert.That(cluster.Select(d => Scalar(d, "metadata", "namespace")), Is.All.Null, "cluster-scoped objects have no namespace");

        var monitoring = Documents(files["monitoring"]);
        Assert.That(monitoring.Select(d => (Scalar(d, "apiVersion"), Scalar(d, "kind"), Scalar(d, "metadata", "name"), Scalar(d, "metadata", "namespace"))),
            Is.EqualTo(new[]
            {
                ("v1", "Secret", "grafana-admin", "monitoring"),
                ("v1", "ConfigMap", "dashboards", "monitoring"),
            }), "namespaced objects, in apply order (Secret before ConfigMap)");
        Assert.That(Scalar(monitoring[1], "data", "refresh"), Is.EqualTo("30s"));
        Assert.That(Scalar(cluster.Single(d => Scalar(d, "kind") == "ClusterIssuer"), "spec", "selfSigned", "crlDistributionPoints"), Is.Null);
        Assert.That(((YamlMappingNode)cluster.Single(d => Scalar(d, "kind") == "ClusterIssuer")["spec"]).Children.Keys.Select(k => k.ToString()),
            Is.EqualTo(new[] { "selfSigned" }), "a custom resource's spec comes from its inputs");
    }

    [Test]
    public async Task NoSecretValueAppearsInClearInTheManifests()
    {
        var files = KubernetesManifests.Render(await KubernetesProgramAsync());

        Assert.That(string.Concat(files.Values), Does.Not.Contain("hunter2"));
        var secret = Documents(files["monitoring"]).Single(d => Scalar(d, "kind") == "Secret");
        Assert.That(Scalar(secret, "stringData", "admin-password"), Is.EqualTo(YamlText.Secret),
            "a Secret's payload is redacted even when the program did not mark it secret");
    }

    [Test]
    public void ApiVersionComesFromTheTypeTokenWithCoreAsV1WhenTheInputsHaveNone()
    {
        var configMap = Resource("kubernetes:core/v1:ConfigMap", "cm");
        var deployment = Resource("kubernetes:apps/v1:Deployment", "web");

        Assert.That(KubernetesManifests.ApiVersionAndKind(configMap), Is.EqualTo(("v1", "ConfigMap")));
        Assert.That(KubernetesManifests.ApiVersionAndKind(deployment), Is.EqualTo(("apps/v1", "Deployment")));
        Assert.That(KubernetesManifests.NamespaceOf(deployment), Is.EqualTo("default"), "a namespaced object without a namespace goes to default");
        Assert.That(KubernetesManifests.IsObject(Resource(KubernetesManifests.HelmReleaseType, "r")), Is.False, "a Helm release is not an object");
    }

    [Test]
    public void UnknownValuesAreMarkedAsUnknown()
    {
        var map = Resource("kubernetes:core/v1:ConfigMap", "cm", inputs: Map(
            ("metadata", Map(("name", "cm"), ("namespace", "apps"))),
            ("data", Map(("endpoint", UnknownValue.Instance)))));

        var document = Documents(KubernetesManifests.Render(new[] { map })["apps"]).Single();

        Assert.That(Scalar(document, "data", "endpoint"), Is.EqualTo(YamlText.Unknown));
    }

    [Test]
    public void ObjectsThePlanOnlyReadsAreNotListed()
    {
        var read = Resource("kubernetes:core/v1:Service", "kourier");

        Assert.That(KubernetesManifests.Render(new[] { read }), Is.Empty, "a Service.Get has no inputs and is not applied");
    }

    // ---- Helm values ----------------------------------------------------------------------------------

    [Test]
    public async Task HelmValuesFileHoldsChartRepositoryVersionNamespaceAndTheValues()
    {
        var resources = await Harness.RunAsync(() =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "{}" });
            _ = new Release("monitoring-stack", new ReleaseArgs
            {
                Name = "kube-prometheus-stack",
                Chart = "kube-prometheus-stack",
                Version = "88.5.3",
                RepositoryOpts = new RepositoryOptsArgs { Repo = "https://prometheus-community.github.io/helm-charts" },
                Namespace = "monitoring",
                Values = new InputMap<object>
                {
                    ["prometheus"] = new Dictionary<string, object> { ["prometheusSpec"] = new Dictionary<string, object> { ["replicas"] = 2, ["retention"] = "15d" } },
                },
            }, new CustomResourceOptions { Provider = provider });
            _ = new Release("grafana", new ReleaseArgs
            {
                Name = "grafana",
                Chart = "grafana",
                Namespace = "monitoring",
                Values = new InputMap<object> { ["adminPassword"] = Output.CreateSecret<object>("hunter2"), ["replicas"] = 1 },
            }, new CustomResourceOptions { Provider = provider });
        });

        var files = HelmValues.Render(resources.Select(Registrations.Of));

        Assert.That(files.Keys, Is.EqualTo(new[] { "monitoring-grafana", "monitoring-kube-prometheus-stack" }));
        var document = Documents(files["monitoring-kube-prometheus-stack"]).Single();
        Assert.That(Scalar(document, "release"), Is.EqualTo("kube-prometheus-stack"));
        Assert.That(Scalar(document, "namespace"), Is.EqualTo("monitoring"));
        Assert.That(Scalar(document, "chart"), Is.EqualTo("kube-prometheus-stack"));
        Assert.That(Scalar(document, "repository"), Is.EqualTo("https://prometheus-community.github.io/helm-charts"));
        Assert.That(Scalar(document, "version"), Is.EqualTo("88.5.3"));
        Assert.That(Scalar(document, "values", "prometheus", "prometheusSpec", "replicas"), Is.EqualTo("2"));
        Assert.That(Scalar(document, "values", "prometheus", "prometheusSpec", "retention"), Is.EqualTo("15d"));
        Assert.That(Scalar(Documents(files["monitoring-grafana"]).Single(), "values"), Is.EqualTo(YamlText.Secret),
            "values holding a secret are secret as a whole, as Pulumi shows them");
        Assert.That(files["monitoring-grafana"], Does.Not.Contain("hunter2"));
    }

    // ---- Graph ----------------------------------------------------------------------------------------

    [Test]
    public void DotAndMermaidDrawEachResourceAKnownDependencyAndTheComponentAsACluster()
    {
        var graph = new ResourceGraph(SmallNetwork());
        var drawing = new DependencyGraph(graph);
        var vpc = graph.IndexOf(Urn("aws:ec2/vpc:Vpc", "vpc"));
        var subnet = graph.IndexOf(Urn("aws:ec2/subnet:Subnet", "subnet"));
        var network = graph.IndexOf(Urn("numinia:network:Network", "network"));

        var dot = drawing.ToDot();
        Assert.That(dot, Does.Contain($"n{vpc} [label=\"aws:ec2/vpc:Vpc\\nvpc\""));
        Assert.That(dot, Does.Contain($"n{subnet} [label=\"aws:ec2/subnet:Subnet\\nsubnet\""));
        Assert.That(dot, Does.Contain($"n{vpc} -> n{subnet};"), "the subnet waits for the VPC");
        Assert.That(dot, Does.Contain($"subgraph cluster_{network} {{"));
        Assert.That(dot, Does.Not.Contain("pulumi:pulumi:Stack"), "the stack is the page, not a node");

        var mermaid = drawing.ToMermaid();
        Assert.That(mermaid, Does.StartWith("%%").And.Contain("flowchart LR"));
        Assert.That(mermaid, Does.Contain($"n{vpc}[\"aws:ec2/vpc:Vpc<br/>vpc\"]"));
        Assert.That(mermaid, Does.Contain($"n{vpc} --> n{subnet}"));
        Assert.That(mermaid, Does.Contain($"subgraph g{network}[\"numinia:network:Network network\"]"));
    }

    [Test]
    public void CollapsingDrawsAComponentAsOneNodeWithTheArrowsOfItsContents()
    {
        var graph = new ResourceGraph(SmallNetwork());
        var drawing = new DependencyGraph(graph, collapseDepth: 1);
        var network = graph.IndexOf(Urn("numinia:network:Network", "network"));
        var cluster = graph.IndexOf(Urn("aws:eks/cluster:Cluster", "cluster"));

        var dot = drawing.ToDot();
        Assert.That(dot, Does.Contain($"n{network} [label=\"numinia:network:Network\\nnetwork\\n(3 resources)\", shape=box3d"));
        Assert.That(dot, Does.Not.Contain("aws:ec2/vpc:Vpc"), "the component's children are folded into it");
        Assert.That(dot, Does.Contain($"n{network} -> n{cluster};"), "the cluster's dependency on the subnet becomes one on the network");
        Assert.That(drawing.EdgeCount, Is.EqualTo(1));
    }

    [Test]
    public async Task WithoutGraphvizTheSvgIsSkippedWithANote()
    {
        var folder = Directory.CreateTempSubdirectory("plan-no-dot-").FullName;
        var path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", folder);
            var dot = Path.Combine(folder, "graph.dot");
            await File.WriteAllTextAsync(dot, new DependencyGraph(new ResourceGraph(SmallNetwork())).ToDot());

            var note = await DependencyGraph.RenderSvgAsync(dot, Path.Combine(folder, "graph.svg"), TimeSpan.FromSeconds(30));

            Assert.That(note, Does.Contain("`dot` is not on PATH; graph.svg skipped"));
            Assert.That(File.Exists(Path.Combine(folder, "graph.svg")), Is.False);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            Directory.Delete(folder, recursive: true);
        }
    }

    // ---- Critical path --------------------------------------------------------------------------------

    [Test]
    public void CriticalPathIsTheLongestChainWithItsExactTotal()
    {
        var result = CriticalPath.Compute(new ResourceGraph(Deployment()), Times());

        Assert.That(result.Steps.Select(s => (s.Resource.Name, s.Start.TotalSeconds, s.Done.TotalSeconds, s.Via)), Is.EqualTo(new[]
        {
            ("vpc", 0.0, 10.0, "start"),
            ("cluster", 10.0, 610.0, "dependency"),
            ("coredns", 610.0, 700.0, "dependency"),
            ("monitoring", 700.0, 820.0, "component addons"),
            ("tenant-ns", 820.0, 825.0, "parent tenant"),
        }));
        Assert.That(result.Total, Is.EqualTo(TimeSpan.FromSeconds(825)));
        Assert.That(result.Defaulted, Is.EqualTo(new[] { ("aws:new/thing:Thing", 1) }), "a type without a figure takes the default and is listed");
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void AResourceWaitsForItsProviderAndTheProviderForTheCluster()
    {
        var resources = ImmutableArray.Create(
            Resource("aws:ec2/vpc:Vpc", "vpc"),
            Resource("aws:eks/cluster:Cluster", "cluster", dependencies: new[] { Urn("aws:ec2/vpc:Vpc", "vpc") }),
            Resource("pulumi:providers:kubernetes", "k8s", dependencies: new[] { Urn("aws:eks/cluster:Cluster", "cluster") }),
            Resource("kubernetes:core/v1:Namespace", "apps", provider: Urn("pulumi:providers:kubernetes", "k8s")));

        var result = CriticalPath.Compute(new ResourceGraph(resources), Times());

        Assert.That(result.Steps.Select(s => (s.Resource.Name, s.Via)), Is.EqualTo(new[]
        {
            ("vpc", "start"), ("cluster", "dependency"), ("apps", "provider k8s"),
        }));
        Assert.That(result.Total, Is.EqualTo(TimeSpan.FromSeconds(615)));
    }

    [Test]
    public void ADependencyCycleIsCutAndReported()
    {
        var a = Resource("aws:ec2/vpc:Vpc", "a", dependencies: new[] { Urn("aws:ec2/vpc:Vpc", "b") });
        var b = Resource("aws:ec2/vpc:Vpc", "b", dependencies: new[] { Urn("aws:ec2/vpc:Vpc", "a") });

        var result = CriticalPath.Compute(new ResourceGraph(ImmutableArray.Create(a, b)), Times());

        Assert.That(result.Total, Is.EqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(result.Warnings.Single(), Does.Contain("dependency cycle"));
    }

    [Test]
    public void TheCreationTimesTableIsDatedAndSaysWhereEachFigureComesFrom()
    {
        var times = CreationTimes.Load(Path.Combine(Harness.RepoRoot, CreationTimes.RepositoryPath));

        Assert.That(DateOnly.TryParse(times.Date, out _), Is.True);
        Assert.That(times.Entries, Has.All.Matches<CreationTime>(e => e.Source.Length > 10));
        Assert.That(times.Find("eks:index:Cluster")!.Seconds, Is.EqualTo(600));
        Assert.That(times.Find("aws:iam/role:Role")!.Type, Is.EqualTo("aws:iam/*"), "prefixes apply");
        Assert.That(times.Find("kubernetes:helm.sh/v3:Release")!.Seconds, Is.EqualTo(120), "an exact type beats a prefix");
    }

    // ---- Cost -----------------------------------------------------------------------------------------

    [Test]
    public void CostArithmeticUsesTheTableFiguresAtIdleAndAtMaximum()
    {
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));

        var estimate = CostEstimator.Estimate(SmallPlatform(), table);

        var lines = estimate.Lines.ToDictionary(l => l.Item, l => (Math.Round(l.Idle, 2), Math.Round(l.Max, 2)));
        Assert.That(lines, Is.EquivalentTo(new Dictionary<string, (decimal, decimal)>
        {
            ["EKS control plane"] = (73.00m, 73.00m),                                   // 730 h × 0.10
            ["EC2 m6i.xlarge, node group general"] = (312.44m, 1562.20m),              // 2 and 10 × 730 h × 0.214
            ["EBS gp3 root volumes, node group general"] = (8.80m, 44.00m),             // 2 and 10 × 50 GB × 0.088
            ["EBS gp3 volume claims, kube-prometheus-stack prometheus"] = (35.20m, 35.20m), // 2 × 200 GB × 0.088
            ["EBS gp3 volume claims, kube-prometheus-stack grafana"] = (1.76m, 1.76m),     // 20 GB × 0.088
            ["NAT gateways"] = (35.04m, 35.04m),                                        // 730 h × 0.048
            ["Public IPv4 addresses"] = (14.60m, 14.60m),                               // (1 EIP + 1 NLB × 3) × 730 h × 0.005
            ["Client VPN endpoint associations"] = (219.00m, 219.00m),                  // 3 × 730 h × 0.10
            ["Client VPN connections"] = (17.60m, 17.60m),                              // 352 h × 0.05
            ["Network Load Balancers"] = (18.40m, 18.40m),                              // 730 h × 0.0252
            ["CloudWatch Logs ingestion"] = (1.14m, 1.14m),                             // 2 × 1 GB × 0.57
            ["CloudWatch Logs storage"] = (0.18m, 0.18m),                               // 2 × 3 GB × 0.03
            ["KMS customer managed keys"] = (1.00m, 1.00m),
            ["Secrets Manager secrets"] = (0.40m, 0.40m),
        }));
        Assert.That(estimate.IdleTotal, Is.EqualTo(738.556m));
        Assert.That(estimate.MaxTotal, Is.EqualTo(2023.516m));
        Assert.That(CostEstimator.ToText(estimate, table), Does.Contain("738.56").And.Contain("2,023.52"));
        Assert.That(estimate.Lines.Single(l => l.Item.EndsWith("prometheus", StringComparison.Ordinal)).Basis,
            Is.EqualTo("2 × 200 GiB (prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage)"));
        Assert.That(estimate.Warnings, Is.Empty);
    }

    [Test]
    public void AnInstanceTypeWithoutAPriceIsWarnedAboutNotGuessed()
    {
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        var group = Resource("aws:eks/nodeGroup:NodeGroup", "exotic", inputs: Map(
            ("instanceTypes", List("x9.mega")), ("scalingConfig", Map(("minSize", 1.0), ("maxSize", 2.0)))));

        var estimate = CostEstimator.Estimate(new[] { group }, table);

        Assert.That(estimate.Warnings, Has.One.Contains("no price for instance type x9.mega"));
    }

    [Test]
    public async Task ThePriceTableIsDatedSourcedAndPricesEveryInstanceTypeOfTheProdNodeGroups()
    {
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        var plan = await Planner.RunAsync(Harness.ProdConfig());

        Assert.That(DateOnly.TryParse(table.Date, out _), Is.True, "the table says when its prices were taken");
        Assert.That(table.Region, Is.EqualTo("eu-west-1"));
        Assert.That(table.HoursPerMonth, Is.EqualTo(730m));
        Assert.That(table.Sources.Values, Has.All.StartWith("https://"));
        Assert.That(table.Sources.Keys, Is.SupersetOf(new[] { "ec2", "ebs", "eks", "vpc", "clientVpn", "elb", "aurora", "s3", "cloudWatch", "kms", "route53", "secretsManager" }));
        var instanceTypes = plan.Resources.Where(r => r.Type == "aws:eks/nodeGroup:NodeGroup")
            .SelectMany(r => ((ImmutableArray<object?>)r.Inputs["instanceTypes"]!).Cast<string>()).Distinct().ToList();
        Assert.That(instanceTypes, Is.SupersetOf(new[] { "t3.large", "c6i.2xlarge", "g5.2xlarge" }));
        Assert.That(table.Instances.Keys, Is.SupersetOf(instanceTypes));
        var databaseClasses = plan.Resources.Where(r => r.Type == "aws:rds/clusterInstance:ClusterInstance")
            .Select(r => (string)r.Inputs["instanceClass"]!).Append("db.t4g.medium").Distinct();
        Assert.That(table.DatabaseInstances.Keys, Is.SupersetOf(databaseClasses));
    }

    [Test]
    public async Task ThePlanJsonListsTheDependenciesTheEngineIsToldNeverALocalComponent()
    {
        // The real SDK tells the engine the custom resources (and remote components) a local component parents in
        // place of the component; plan --json shows the same, so it can be diffed against what a real run sends.
        var plan = await Planner.RunAsync(Harness.ProdConfig());
        using var json = JsonDocument.Parse(PlanReport.ToJson(plan));
        var byUrn = plan.Resources.ToDictionary(r => r.Urn);
        var listed = json.RootElement.GetProperty("resources").EnumerateArray()
            .SelectMany(r => r.GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()!)).ToList();
        var askedForComponents = plan.Resources.Count(r => r.DependencyUrns.Any(u => byUrn[u] is { Custom: false, Remote: false }));

        Assert.Multiple(() =>
        {
            Assert.That(askedForComponents, Is.GreaterThan(0), "the program does depend on local components");
            Assert.That(listed.Where(u => byUrn[u] is { Custom: false, Remote: false }), Is.Empty);
        });
    }

    [Test]
    public async Task ThePlanJsonCountsTheTransformsTheEngineIsGivenWhereTheProgramRegistersThem()
    {
        // The engine runs a resource's transforms on it and its children at `up`; the plan shows where they are
        // registered (the EKS cluster component: no creator admin; each organization's IRSA roles: the organization tag).
        var plan = await Planner.RunAsync(Harness.ProdConfig());
        using var json = JsonDocument.Parse(PlanReport.ToJson(plan));
        var counts = json.RootElement.GetProperty("resources").EnumerateArray()
            .Select(r => (Type: r.GetProperty("type").GetString()!, Count: r.GetProperty("options").GetProperty("resourceTransforms").GetInt32()))
            .ToArray();
        var withTransforms = counts.Where(c => c.Count > 0).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(counts, Has.Length.EqualTo(plan.Resources.Length));
            Assert.That(withTransforms.Where(c => c.Type == "eks:index:Cluster").Select(c => c.Count), Is.EqualTo(new[] { 1 }));
            Assert.That(withTransforms.Count(c => c.Type == "numinia:iam:IrsaRole"), Is.EqualTo(plan.Resources.Count(r => r.Type == "numinia:iam:IrsaRole" && r.ParentUrn!.Contains("Organization", StringComparison.Ordinal))));
            Assert.That(withTransforms.Select(c => c.Type).Distinct(), Is.EquivalentTo(new[] { "eks:index:Cluster", "numinia:iam:IrsaRole" }));
        });
    }

    // ---- Progress, scale and the command --------------------------------------------------------------

    [Test]
    public async Task ProgressCountsEveryRegistrationOnStderr()
    {
        var error = new StringWriter();
        var progress = new PlanProgress(error) { Quiet = TimeSpan.Zero, Every = 10 };

        var plan = await Planner.RunAsync(Harness.ProdConfig(), progress: progress);
        progress.Planned();

        Assert.That(progress.Registered, Is.EqualTo(plan.Resources.Length - 1), "every resource but the root stack passes through the mocks");
        Assert.That(error.ToString(), Does.Contain("plan: 10 resources registered"));
        Assert.That(error.ToString(), Does.Contain($"plan: {progress.Registered} resources planned in"));
    }

    [Test]
    public async Task EveryReportStaysLinearOnAPlanOfTwentyThousandResources()
    {
        var resources = Synthetic(20_000);
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        var times = CreationTimes.Load(Path.Combine(Harness.RepoRoot, CreationTimes.RepositoryPath));
        var clock = Stopwatch.StartNew();

        var graph = new ResourceGraph(resources);
        var path = CriticalPath.Compute(graph, times);
        var drawing = new DependencyGraph(graph);
        _ = (drawing.ToDot(), drawing.ToMermaid(), new DependencyGraph(graph, 1).ToDot());
        var manifests = KubernetesManifests.Render(resources);
        var cost = CostEstimator.Estimate(resources, table);
        var capacity = CapacityCalculator.Compute(resources);
        await Task.CompletedTask;

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "linear work takes a few seconds here, quadratic work minutes");
        Assert.That(manifests, Has.Count.EqualTo(1000));
        Assert.That(path.Steps, Has.Length.GreaterThan(2));
        Assert.That(cost.Lines, Is.Not.Empty);
        Assert.That(capacity.Warnings, Is.Not.Empty, "the synthetic plan has no node groups, and the report says so");
    }

    [Test]
    public async Task TheCommandWritesEveryReportAndAddsCostAndCriticalPathToTheJson()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"plan-reports-{Guid.NewGuid():N}");
        var json = folder + ".json";
        try
        {
            var (code, output, error) = await PlanAsync("--out", folder, "--json", json);

            Assert.That(code, Is.Zero, error);
            foreach (var file in new[] { "graph.dot", "graph.mmd", "critical-path.txt", "cost.txt", "capacity.txt" })
            {
                Assert.That(File.Exists(Path.Combine(folder, file)), Is.True, file);
            }

            Assert.That(Directory.Exists(Path.Combine(folder, "k8s")) && Directory.Exists(Path.Combine(folder, "helm")), Is.True);
            Assert.That(File.Exists(Path.Combine(folder, "graph.svg")), Is.EqualTo(DependencyGraph.FindOnPath("dot") != null),
                "graph.svg exactly when Graphviz is installed");
            Assert.That(output, Does.Contain("Critical path of a first `pulumi up`").And.Contain("Monthly AWS cost estimate"));
            Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, "cost.txt")), Does.Contain("EC2 t3.large"));
            using var plan = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            Assert.That(plan.RootElement.GetProperty("cost").GetProperty("idleMonthly").GetDecimal(), Is.GreaterThan(0));
            Assert.That(plan.RootElement.GetProperty("criticalPath").GetProperty("totalSeconds").GetDouble(), Is.GreaterThan(600));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            File.Delete(json);
        }
    }

    [Test]
    public async Task FileReportsWithoutAnOutputFolderAreAUsageError()
    {
        var (code, _, error) = await PlanAsync("--report", "k8s");

        Assert.That(code, Is.EqualTo(PlanCommand.Usage));
        Assert.That(error, Does.Contain("add --out DIR"));
    }

    [Test]
    public async Task HelpDescribesTheReportOptions()
    {
        var (code, output, _) = await PlanAsync("--help");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("--out DIR").And.Contain("--report").And.Contain("--collapse DEPTH").And.Contain("k8s/<namespace>.yaml"));
    }
}
#endif
