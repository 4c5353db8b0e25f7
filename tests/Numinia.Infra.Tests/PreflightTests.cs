using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Compute;
using Numinia.Components.Data;
using Numinia.Infra.Plan;
using Numinia.Stacks.Config;
using Numinia.Stacks.Preflight;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// Preflight: what the account would refuse at up, found at preview from what its data sources answer. Each refusal
/// names the config key, the value and what the account offers; the plan mocks replay the prod account's recording
/// (<see cref="PreflightRecording.ProdAccount"/>), with which the prod and staging stacks pass.
/// </summary>
public sealed class PreflightTests
{
    private static PlatformConfig Config(params (string Key, string Value)[] values)
        => ConfigReader.Read(Harness.ConfigLookup(values.Concat(Harness.RequiredStackConfig)));

    /// <summary>The answers of an account as the plan mocks record it, read the way the program reads the data sources.</summary>
    private static PreflightAnswers Answers(PreflightRecording recording, string kubernetesVersion = "1.35") => new()
    {
        AccountId = "111122223333",
        Region = "eu-west-1",
        Addons = recording.Addons.ToImmutableDictionary(a => a.Key, a => a.Key == "kube-proxy"
            ? new AddonOffer(a.Value.Default.Replace("v1.35.", $"v{kubernetesVersion}.", StringComparison.Ordinal), a.Value.MostRecent.Replace("v1.35.", $"v{kubernetesVersion}.", StringComparison.Ordinal))
            : new AddonOffer(a.Value.Default, a.Value.MostRecent)),
        AuroraPostgres = new EngineOffer(recording.AuroraPostgres["16"].Default, recording.AuroraPostgres["16"].Targets),
        EksClusters = Existing(recording.EksClusters, recording, "production-numinia"),
        DbClusters = Existing(recording.DbClusters, recording, "numinia-postgres"),
        VcpuQuotas = recording.Quotas,
        ServiceLinkedRoles = recording.ServiceLinkedRoles,
    };

    private static ExistingNames Existing(ImmutableArray<string> listed, PreflightRecording recording, string configured)
        => new(listed, listed.Contains(configured) ? recording.Tags.GetValueOrDefault(configured, ImmutableDictionary<string, string>.Empty) : ImmutableDictionary<string, string>.Empty);

    private static ImmutableArray<ConfigProblem> Problems(PlatformConfig config, PreflightRecording recording, bool databaseAdopted = false)
        => PreflightChecks.Problems(config, Answers(recording, config.Cluster.KubernetesVersion), databaseAdopted);

    [Test]
    public void TheLiveSettingsPassTheProdAccountsRecording()
        => Assert.That(Problems(Config(), PreflightRecording.ProdAccount), Is.Empty);

    [Test]
    public void AnAddonVersionEksDoesNotOfferForTheKubernetesVersionIsRefused()
    {
        var problems = Problems(Config(("vpcCniAddonVersion", "v1.99.0-eksbuild.1")), PreflightRecording.ProdAccount);
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "numinia-infra:vpcCniAddonVersion: 'v1.99.0-eksbuild.1' is not offered by EKS for vpc-cni on kubernetesVersion 1.35 "
            + "(it offers up to v1.21.1-eksbuild.3; its default is v1.20.4-eksbuild.2)",
        }));
    }

    [Test]
    public void AnAddonVersionUpToTheMostRecentIsOffered()
        => Assert.That(Problems(Config(("vpcCniAddonVersion", "v1.21.1-eksbuild.3")), PreflightRecording.ProdAccount), Is.Empty);

    [Test]
    public void TheEfsAddonIsAskedAboutOnlyWhenEfsIsInstalled()
    {
        var tooNew = ("efsCsiAddonVersion", "v9.0.0-eksbuild.1");
        Assert.That(Problems(Config(tooNew), PreflightRecording.ProdAccount), Is.Empty, "EFS off: the add-on is not installed");
        Assert.That(Problems(Config(tooNew, ("efsEnabled", "true")), PreflightRecording.ProdAccount).Single().Key, Is.EqualTo("numinia-infra:efsCsiAddonVersion"));
    }

    [Test]
    public void AnAuroraVersionRdsDoesNotOfferIsRefused()
    {
        var problem = Problems(Config(("databaseEngineVersion", "16.99")), PreflightRecording.ProdAccount).Single();
        Assert.That(problem.ToString(), Is.EqualTo(
            "numinia-infra:databaseEngineVersion: '16.99' is not an Aurora PostgreSQL version RDS offers in eu-west-1 "
            + "(it offers 16.6, 16.8, 16.9, 16.10, 16.11; its default for 16 is 16.6)"));
    }

    [Test]
    public void AnAuroraVersionBelowTheDefaultIsLeftToRds()
        => Assert.That(Problems(Config(("databaseEngineVersion", "16.2")), PreflightRecording.ProdAccount), Is.Empty,
            "the data source answers from the default up; an older minor may still be offered");

    [Test]
    public void AClusterNameTheAccountAlreadyHasIsRefused()
    {
        var account = PreflightRecording.ProdAccount with { EksClusters = ImmutableArray.Create("legacy", "production-numinia") };
        Assert.That(Problems(Config(), account).Single().ToString(), Is.EqualTo(
            "numinia-infra:clusterName: 'production-numinia' is taken: account 111122223333 already has an EKS cluster of that name in eu-west-1, "
            + "not this stack's (it has legacy, production-numinia); choose another name or adopt the cluster"));
    }

    [Test]
    public void ANameHeldByThisStacksOwnResourceIsNotTaken()
    {
        // After the first up the cluster and the database are the stack's own: they carry every tag of its provider.
        var own = Config().DefaultTags;
        var account = PreflightRecording.ProdAccount with
        {
            EksClusters = ImmutableArray.Create("production-numinia"),
            DbClusters = ImmutableArray.Create("numinia-postgres"),
            Tags = ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty
                .Add("production-numinia", own).Add("numinia-postgres", own.SetItem("Environment", "staging")),
        };
        Assert.That(Problems(Config(), account).Select(p => p.Key), Is.EqualTo(new[] { "numinia-infra:databaseClusterIdentifier" }),
            "the cluster is this stack's; the database is another environment's");
    }

    [Test]
    public void ADatabaseIdentifierTheAccountAlreadyHasIsRefusedUnlessTheDatabaseIsAdopted()
    {
        var account = PreflightRecording.ProdAccount with { DbClusters = ImmutableArray.Create("numinia-postgres") };
        var problem = Problems(Config(), account).Single();
        Assert.That(problem.Key, Is.EqualTo("numinia-infra:databaseClusterIdentifier"));
        Assert.That(problem.Value, Is.EqualTo("numinia-postgres"));
        Assert.That(problem.Expected, Does.Contain("already has a DB cluster of that identifier in eu-west-1, not this stack's (it has numinia-postgres)"));
        Assert.That(Problems(Config(), account, databaseAdopted: true), Is.Empty, "an adopted database is expected to exist");
    }

    [Test]
    public void AStandardVcpuQuotaBelowTheNodeGroupsMaximumIsRefused()
    {
        // Prod at its maximum: general 20 × t3.large (2 vCPUs) + compute 5 × c6i.2xlarge (8 vCPUs) = 80 vCPUs.
        var account = PreflightRecording.ProdAccount with { Quotas = PreflightRecording.ProdAccount.Quotas.SetItem("L-1216C47A", 64) };
        var problem = Problems(Config(), account).Single();
        Assert.That(problem.Key, Is.EqualTo("numinia-infra:generalMaxSize"), "the group that needs the most");
        Assert.That(problem.Value, Is.EqualTo("20"));
        Assert.That(problem.Expected, Does.StartWith("needs 80 vCPUs counted by 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances' at the node groups' maximum "
                                                     + "(generalMaxSize 20 × t3.large (2 vCPUs) + computeMaxSize 5 × c6i.2xlarge (8 vCPUs)), but the account's quota L-1216C47A in eu-west-1 is 64 vCPUs"));
        Assert.That(problem.Expected, Does.EndWith("--quota-code L-1216C47A --desired-value 80 --region eu-west-1"));
    }

    [Test]
    public void ANewAccountsDefaultGQuotaRefusesTheGpuGroup()
    {
        // A new account has the AWS defaults: 0 vCPUs of G and VT, where gpuMaxSize 3 × g5.2xlarge needs 24.
        var account = PreflightRecording.ProdAccount with { Quotas = PreflightRecording.DefaultQuotas.SetItem("L-1216C47A", 1024) };
        var problem = Problems(Config(), account).Single();
        Assert.That(problem.ToString(), Does.StartWith(
            "numinia-infra:gpuMaxSize: '3' needs 24 vCPUs counted by 'Running On-Demand G and VT instances' at the node groups' maximum "
            + "(gpuMaxSize 3 × g5.2xlarge (8 vCPUs)), but the account's quota L-DB2E81BA in eu-west-1 is 0 vCPUs"));
    }

    [Test]
    public void SpotNodeGroupsDoNotCountAgainstTheOnDemandQuotas()
    {
        var account = PreflightRecording.ProdAccount with { Quotas = PreflightRecording.ProdAccount.Quotas.SetItem("L-DB2E81BA", 0) };
        Assert.That(Problems(Config(("gpuCapacityType", "SPOT")), account), Is.Empty);
    }

    [Test]
    public void AMissingServiceLinkedRoleTheKeyPolicyNamesIsRefusedWithHowToCreateIt()
    {
        var account = PreflightRecording.ProdAccount with { ServiceLinkedRoles = ImmutableArray.Create("AWSServiceRoleForAmazonEKS") };
        Assert.That(Problems(Config(), account).Single().ToString(), Is.EqualTo(
            "numinia-infra:accountId: '111122223333' has no service-linked role AWSServiceRoleForAutoScaling, which the cluster key's policy names "
            + "(KMS refuses a policy naming a role that does not exist); create it once: aws iam create-service-linked-role --aws-service-name autoscaling.amazonaws.com"));
    }

    [Test]
    public void PreflightChecksEveryServiceLinkedRoleTheKeyPolicyNames()
    {
        var named = EksCluster.KeyPolicy("111122223333", "eu-west-1").Statement
            .SelectMany(s => s.Principal?.GetValueOrDefault("AWS").OrEmpty() ?? ImmutableArray<string>.Empty)
            .Where(arn => arn.Contains(":role/aws-service-role/", StringComparison.Ordinal))
            .Select(arn => (Path: arn[arn.IndexOf("/aws-service-role/", StringComparison.Ordinal)..arn.LastIndexOf('/')] + "/", Name: arn[(arn.LastIndexOf('/') + 1)..]))
            .Distinct().ToArray();
        Assert.That(named, Is.Not.Empty);
        Assert.That(named, Is.EquivalentTo(ServiceLinkedRoleCheck.Named.Select(r => (Path: r.PathPrefix, r.Name))));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheProdAndStagingPlansPassPreflight()
    {
        foreach (var stack in new[] { "prod", "staging" })
        {
            var (code, _, error) = await Harness.PlanAsync("--stack", stack, "--quiet");
            Assert.That(code, Is.Zero, stack);
            Assert.That(error, Does.Not.Contain(PreflightChecks.MessagePrefix), stack);
        }
    }

    [Test]
    public void TheProgramLogsARefusalAsAnErrorNamingTheKey()
    {
        var account = PreflightRecording.ProdAccount with
        {
            Addons = PreflightRecording.ProdAccount.Addons.SetItem("coredns", ("v1.11.4-eksbuild.2", "v1.11.4-eksbuild.2")),
        };
        var mocks = new PlanMocks { Preflight = account };
        var error = Assert.ThrowsAsync<Pulumi.RunException>(() => Planner.RunAsync(Harness.ProdConfig(), mocks))!;
        Assert.That(error.Message, Is.EqualTo(
            "preflight: numinia-infra:corednsAddonVersion: 'v1.12.4-eksbuild.1' is not offered by EKS for coredns on kubernetesVersion 1.35 "
            + "(it offers up to v1.11.4-eksbuild.2; its default is v1.11.4-eksbuild.2)"));
        Assert.That(error.Message, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task TheProgramTellsThisStacksOwnClusterFromAnotherOfTheSameName()
    {
        var config = Harness.ProdConfig();
        var name = config.Values["numinia-infra:clusterName"];
        var own = ImmutableDictionary<string, string>.Empty.Add("Environment", config.Values["numinia-infra:environment"]).Add("ManagedBy", "pulumi").Add("Project", "numinia");
        var listed = PreflightRecording.ProdAccount with { EksClusters = ImmutableArray.Create(name) };

        var withOwnTags = new PlanMocks { Preflight = listed with { Tags = listed.Tags.Add(name, own) } };
        Assert.That((await Planner.RunAsync(config, withOwnTags)).Resources, Is.Not.Empty, "an earlier up's cluster is not taken");

        var foreign = new PlanMocks { Preflight = listed with { Tags = listed.Tags.Add(name, own.SetItem("ManagedBy", "terraform")) } };
        var error = Assert.ThrowsAsync<Pulumi.RunException>(() => Planner.RunAsync(config, foreign))!;
        Assert.That(error.Message, Does.StartWith($"preflight: numinia-infra:clusterName: '{name}' is taken"));
    }

    [Test]
    public async Task ThePlanPrintsEveryPreflightProblemAndExitsWithTheConfigCode()
    {
        var (code, _, error) = await Harness.PlanAsync("--quiet", "--config", "gpuMaxSize=100", "--config", "databaseEngineVersion=16.99");
        Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig));
        Assert.That(error, Does.Contain("error: preflight: numinia-infra:gpuMaxSize: '100' needs 800 vCPUs"));
        Assert.That(error, Does.Contain("error: preflight: numinia-infra:databaseEngineVersion: '16.99' is not an Aurora PostgreSQL version"));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
    }
#endif
}
