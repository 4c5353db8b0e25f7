using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Kms;
using Pulumi.Testing;
using KmsAlias = Pulumi.Aws.Kms.Alias;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>The EKS cluster component on its own, without a stack.</summary>
[NonParallelizable]
public sealed class ClusterTests
{
    internal const string Account = "111122223333";
    internal const string ClusterName = "production-numinia";
    internal const string Admin = "arn:aws:iam::111122223333:role/platform-admins";
    internal const string SecondAdmin = "arn:aws:iam::111122223333:user/alice";
    internal const string Developer = "arn:aws:iam::111122223333:role/developers";
    internal const string Viewer = "arn:aws:iam::111122223333:role/viewers";
    internal const string MonitoringReader = "arn:aws:iam::111122223333:role/grafana";
    internal const string EksClusterType = "eks:index:Cluster";

    internal static readonly ImmutableArray<string> PrivateSubnets =
        ImmutableArray.Create("subnet-0a1a1a1a1a1a1a1a1", "subnet-0b2b2b2b2b2b2b2b2", "subnet-0c3c3c3c3c3c3c3c3");

    internal static readonly PlatformAccess Access = new()
    {
        AdminArns = ImmutableArray.Create(Admin, SecondAdmin),
        DeveloperArns = ImmutableArray.Create(Developer),
        ViewerArns = ImmutableArray.Create(Viewer),
        MonitoringReaderArns = ImmutableArray.Create(MonitoringReader),
    };

    internal static EksClusterArgs Args(PlatformAccess? access = null) => new()
    {
        Settings = new ClusterSettings
        {
            Name = ClusterName,
            KubernetesVersion = "1.35",
            LogRetentionDays = 90,
            ServiceRange = Cidr.Parse("172.20.0.0/16"),
            Access = access ?? Access,
        },
        AccountId = Account,
        Region = "eu-west-1",
        VpcId = Output.Create("vpc-0123456789abcdef0"),
        PrivateSubnetIds = Output.Create(PrivateSubnets),
    };

    internal static async Task<(ImmutableArray<Resource> Resources, EksCluster Cluster, RecordingMocks Mocks)> BuildAsync(
        PlatformAccess? access = null, RecordingMocks? mocks = null)
    {
        mocks ??= new RecordingMocks();
        var resources = await RunAsync(() => _ = new EksCluster("cluster", Args(access)), mocks);
        return (resources, resources.OfType<EksCluster>().Single(), mocks);
    }

    private static async Task<ImmutableDictionary<string, object>> ClusterInputsAsync(PlatformAccess? access = null)
    {
        var (_, _, mocks) = await BuildAsync(access);
        return mocks.InputsOf(EksClusterType, "cluster-eks");
    }

    private static async Task<PolicyDocument> KeyPolicyAsync()
    {
        var (resources, _, _) = await BuildAsync();
        return PolicyDocument.FromJson((await ValueAsync(resources.OfType<Key>().Single().Policy))!);
    }

    [Test]
    public async Task TheApiEndpointIsPrivateOnly()
    {
        var inputs = await ClusterInputsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(inputs["endpointPrivateAccess"], Is.EqualTo(true));
            Assert.That(inputs["endpointPublicAccess"], Is.EqualTo(false));
            Assert.That(inputs.ContainsKey("publicAccessCidrs"), Is.False);
        });
    }

    [Test]
    public async Task TheControlPlaneAndTheNodesUseOnlyThePrivateSubnets()
    {
        var inputs = await ClusterInputsAsync();
        Assert.That(inputs["privateSubnetIds"], Is.EqualTo(PrivateSubnets));
        Assert.That(inputs.Keys, Has.None.AnyOf("subnetIds", "publicSubnetIds", "nodeSubnetIds", "nodeAssociatePublicIpAddress"));
        Assert.That(inputs["vpcId"], Is.EqualTo("vpc-0123456789abcdef0"));
    }

    [Test]
    public async Task KubernetesSecretsAreEncryptedWithTheClusterKey()
    {
        var (resources, cluster, mocks) = await BuildAsync();
        var keyArn = await ValueAsync(resources.OfType<Key>().Single().Arn);
        Assert.That(keyArn, Does.StartWith($"arn:aws:kms:eu-west-1:{Account}:key/"));
        Assert.That(mocks.InputsOf(EksClusterType, "cluster-eks")["encryptionConfigKeyArn"], Is.EqualTo(keyArn));
        Assert.That(await ValueAsync(cluster.KmsKeyArn), Is.EqualTo(keyArn));
    }

    [Test]
    public async Task TheClusterKeyRotatesAndCanBeRecoveredForThirtyDays()
    {
        var key = (await BuildAsync()).Resources.OfType<Key>().Single();
        Assert.That(await ValueAsync(key.EnableKeyRotation), Is.True);
        Assert.That(await ValueAsync(key.DeletionWindowInDays), Is.EqualTo(30));
    }

    [Test]
    public async Task TheClusterKeyHasAnExplicitPolicyInWhichOnlyTheAccountAdministersIt()
    {
        var policy = await KeyPolicyAsync();
        var root = $"arn:aws:iam::{Account}:root";
        var administering = policy.Statement.Where(s => s.Action.Any(a => a is "kms:PutKeyPolicy" or "kms:ScheduleKeyDeletion")).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(administering, Has.Length.EqualTo(1));
            Assert.That(administering.Single().Principal!["AWS"], Is.EqualTo(new[] { root }));
            Assert.That(administering.Single().Action, Has.None.AnyOf("kms:Encrypt", "kms:Decrypt", "kms:CreateGrant"),
                "administering the key is not using it");
            Assert.That(policy.Statement.SelectMany(s => s.Action), Has.None.AnyOf("kms:*", "*"));
            Assert.That(policy.Statement.SelectMany(s => s.Principal!.Values.SelectMany(p => p)), Has.None.EqualTo("*"));
            Assert.That(policy.Statement.Select(s => s.Effect), Is.All.EqualTo("Allow"));
        });
    }

    [Test]
    public async Task TheAccountUsesTheKeyOnlyThroughThePlatformServices()
    {
        var policy = await KeyPolicyAsync();
        var root = $"arn:aws:iam::{Account}:root";
        var use = policy.Statement.Where(s => s.Principal!["AWS"].Contains(root) && s.Action.Contains("kms:Decrypt")).ToArray();
        Assert.That(use, Has.Length.EqualTo(1));
        var condition = use.Single().Condition!["StringEquals"];
        Assert.Multiple(() =>
        {
            Assert.That(condition["kms:ViaService"], Is.EquivalentTo(new[]
            {
                "eks.eu-west-1.amazonaws.com", "ec2.eu-west-1.amazonaws.com", "elasticfilesystem.eu-west-1.amazonaws.com",
                "rds.eu-west-1.amazonaws.com", "s3.eu-west-1.amazonaws.com", "secretsmanager.eu-west-1.amazonaws.com",
            }), "rule: the key is usable only through the services that encrypt with it (cluster, volumes, EFS, database, bucket, secrets)");
            Assert.That(condition["kms:CallerAccount"], Is.EqualTo(new[] { Account }));
        });
    }

    [Test]
    public async Task GrantsOnTheClusterKeyAreOnlyForAwsResources()
    {
        var policy = await KeyPolicyAsync();
        var granting = policy.Statement.Where(s => s.Action.Contains("kms:CreateGrant")).ToArray();
        Assert.That(granting, Is.Not.Empty);
        foreach (var statement in granting)
        {
            Assert.That(statement.Condition!["Bool"]["kms:GrantIsForAWSResource"], Is.EqualTo(new[] { "true" }), statement.Sid);
        }
    }

    [Test]
    public async Task TheAutoScalingServiceLinkedRoleMayUseTheKeyForNodeVolumes()
    {
        var policy = await KeyPolicyAsync();
        var autoScaling = $"arn:aws:iam::{Account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling";
        var actions = policy.Statement.Where(s => s.Principal!["AWS"].Contains(autoScaling)).SelectMany(s => s.Action).ToArray();
        Assert.That(actions, Is.SupersetOf(new[] { "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey", "kms:CreateGrant" }));
        Assert.That(actions, Has.None.AnyOf("kms:PutKeyPolicy", "kms:ScheduleKeyDeletion"));
    }

    [Test]
    public async Task TheClusterKeyHasTheClustersAlias()
    {
        var (resources, _, _) = await BuildAsync();
        var alias = resources.OfType<KmsAlias>().Single();
        Assert.That(await ValueAsync(alias.Name), Is.EqualTo("alias/production-numinia-eks"));
        Assert.That(await ValueAsync(alias.TargetKeyArn), Is.EqualTo(await ValueAsync(resources.OfType<Key>().Single().Arn)));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheKeyIsProtectedAndTheClusterIsNotSoThatPausingCanDeleteIt()
    {
        var (resources, cluster, _) = await BuildAsync();
        Assert.That(Registrations.Of(cluster.Key).Options.Protect, Is.True);
        Assert.That(Registrations.Of(cluster.Cluster).Options.Protect, Is.False, "pausing deletes it in one up, which Pulumi refuses for a protected resource");
        Assert.That(Registrations.Of(cluster.Cluster).Inputs.GetValueOrDefault("deletionProtection"), Is.Not.EqualTo(true), "EKS would refuse the delete");
        Assert.That(Registrations.Of(resources.OfType<KmsAlias>().Single()).Options.Protect, Is.False, "only what holds data is protected");
    }

    [Test]
    public async Task TheCreatorAdminTransformIsRegisteredOnTheEksComponent()
    {
        var (_, cluster, _) = await BuildAsync();
        var transforms = Registrations.Of(cluster.Cluster).Options.ResourceTransforms;
        Assert.That(transforms, Has.Some.Matches<ResourceTransform>(t => t.Method.Name == nameof(EksCluster.WithoutCreatorAdmin)),
            "rule: the principal that creates the cluster gets no implicit admin; the transform reaches the component's AWS cluster");
    }
#endif

    [Test]
    public async Task TheCreatorAdminTransformTurnsOffBootstrapAdminOnTheAwsCluster()
    {
        // The properties Pulumi.Eks 4.3.0 gives its aws:eks/cluster:Cluster child in API authentication mode.
        var accessConfig = ImmutableDictionary<string, object?>.Empty
            .Add("authenticationMode", "API")
            .Add("bootstrapClusterCreatorAdminPermissions", true);
        var properties = ImmutableDictionary<string, object?>.Empty.Add("name", ClusterName).Add("accessConfig", accessConfig);
        var options = new CustomResourceOptions();

        var result = await EksCluster.WithoutCreatorAdmin(new ResourceTransformArgs("cluster-eks-eksCluster", EksCluster.AwsClusterType, true, properties, options));

        Assert.That(result, Is.Not.Null, "rule: no implicit admin for the cluster creator");
        var transformed = (ImmutableDictionary<string, object?>)result!.Value.Args["accessConfig"]!;
        Assert.That(transformed["bootstrapClusterCreatorAdminPermissions"], Is.False);
        Assert.That(transformed["authenticationMode"], Is.EqualTo("API"), "the authentication mode is kept");
        Assert.That(result.Value.Args["name"], Is.EqualTo(ClusterName), "other properties are kept");
        Assert.That(result.Value.Options, Is.SameAs(options));
    }

    [Test]
    public async Task TheCreatorAdminTransformLeavesOtherResourcesAlone()
    {
        var properties = ImmutableDictionary<string, object?>.Empty.Add("accessConfig", ImmutableDictionary<string, object?>.Empty);
        var role = await EksCluster.WithoutCreatorAdmin(new ResourceTransformArgs("cluster-eks-eksRole", "aws:iam/role:Role", true, properties, new CustomResourceOptions()));
        var noAccessConfig = await EksCluster.WithoutCreatorAdmin(new ResourceTransformArgs(
            "cluster-eks-eksCluster", EksCluster.AwsClusterType, true, ImmutableDictionary<string, object?>.Empty, new CustomResourceOptions()));
        Assert.That(role, Is.Null);
        Assert.That(noAccessConfig, Is.Null);
    }

    [Test]
    public async Task AllFiveControlPlaneLogTypesAreEnabled()
    {
        var inputs = await ClusterInputsAsync();
        Assert.That(inputs["enabledClusterLogTypes"], Is.EquivalentTo(new[] { "api", "audit", "authenticator", "controllerManager", "scheduler" }));
    }

    [Test]
    public async Task TheControlPlaneLogGroupIsTheOneEksWritesToWithARetention()
    {
        var logGroup = (await BuildAsync()).Resources.OfType<LogGroup>().Single();
        Assert.That(await ValueAsync(logGroup.Name), Is.EqualTo("/aws/eks/production-numinia/cluster"));
        Assert.That(await ValueAsync(logGroup.RetentionInDays), Is.EqualTo(90));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheControlPlaneLogGroupIsCreatedBeforeTheCluster()
    {
        var (resources, cluster, _) = await BuildAsync();
        var logGroup = resources.OfType<LogGroup>().Single();
        Assert.That(Registrations.Of(cluster.Cluster).DependencyUrns, Does.Contain(Registrations.Of(logGroup).Urn));
    }
#endif

    [Test]
    public async Task AuthenticationIsThroughAccessEntriesOnly()
    {
        var inputs = await ClusterInputsAsync();
        Assert.That(inputs["authenticationMode"], Is.EqualTo("API"));
        Assert.That(inputs.Keys, Has.None.AnyOf("roleMappings", "userMappings", "instanceRoles"), "nothing is mapped through aws-auth");
    }

    [Test]
    public async Task OnlyTheConfiguredAdminsGetTheClusterAdminAccessPolicy()
    {
        var entries = AccessEntries(await ClusterInputsAsync());
        var withPolicies = entries.Values.Where(e => e.ContainsKey("accessPolicies")).ToArray();
        Assert.That(withPolicies.Select(e => e["principalArn"]), Is.EquivalentTo(new[] { Admin, SecondAdmin }));
        foreach (var entry in withPolicies)
        {
            var policy = ((ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)entry["accessPolicies"]).Values.Single());
            Assert.That(policy["policyArn"], Is.EqualTo("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"));
            Assert.That(((ImmutableDictionary<string, object>)policy["accessScope"])["type"], Is.EqualTo("cluster"));
        }
    }

    [Test]
    public async Task EachAccessEntryMapsItsPrincipalToItsPlatformGroup()
    {
        var entries = AccessEntries(await ClusterInputsAsync());
        var groups = entries.Values.ToDictionary(e => (string)e["principalArn"], e => (ImmutableArray<object>)e["kubernetesGroups"]);
        Assert.That(groups, Is.EquivalentTo(new Dictionary<string, ImmutableArray<object>>
        {
            [Admin] = ImmutableArray.Create<object>("platform-admin"),
            [SecondAdmin] = ImmutableArray.Create<object>("platform-admin"),
            [Developer] = ImmutableArray.Create<object>("platform-developer"),
            [Viewer] = ImmutableArray.Create<object>("platform-viewer"),
            [MonitoringReader] = ImmutableArray.Create<object>("monitoring-reader"),
        }));
        Assert.That(entries.Keys, Is.EquivalentTo(new[] { "role-platform-admins", "user-alice", "role-developers", "role-viewers", "role-grafana" }),
            "entries are keyed by principal, so changing a principal's role updates its entry in place");
        Assert.That(entries.Values.Select(e => e["type"]), Is.All.EqualTo("STANDARD"));
    }

    [Test]
    public void APrincipalMayHoldOnlyOnePlatformRole()
    {
        var access = Access with { ViewerArns = ImmutableArray.Create(Viewer, Developer) };
        var error = ProgramFailure<ArgumentException>(() => RunAsync(() => _ = new EksCluster("cluster", Args(access))));
        Assert.That(error!.Message, Does.Contain($"the principal '{Developer}' is in more than one platform role (platform-developer, platform-viewer)"));
    }

    [Test]
    public async Task PulumiEksInstallsNoAddonsAndNoNodesOfItsOwn()
    {
        var inputs = await ClusterInputsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(inputs["bootstrapSelfManagedAddons"], Is.EqualTo(false));
            Assert.That(inputs["useDefaultVpcCni"], Is.EqualTo(true), "Pulumi.Eks creates no vpc-cni of its own");
            Assert.That(((ImmutableDictionary<string, object>)inputs["corednsAddonOptions"])["enabled"], Is.EqualTo(false));
            Assert.That(((ImmutableDictionary<string, object>)inputs["kubeProxyAddonOptions"])["enabled"], Is.EqualTo(false));
            Assert.That(inputs["skipDefaultNodeGroup"], Is.EqualTo(true));
            Assert.That(inputs.ContainsKey("vpcCniOptions"), Is.False);
        });
    }

    [Test]
    public async Task TheClusterHasAnOidcProviderForIrsa()
    {
        var (_, cluster, mocks) = await BuildAsync();
        Assert.That(mocks.InputsOf(EksClusterType, "cluster-eks")["createOidcProvider"], Is.EqualTo(true));
        var arn = await ValueAsync(cluster.Oidc.Arn);
        var issuer = await ValueAsync(cluster.Oidc.Issuer);
        Assert.Multiple(async () =>
        {
            Assert.That(arn, Does.Match($"^arn:aws:iam::{Account}:oidc-provider/oidc\\.eks\\.eu-west-1\\.amazonaws\\.com/id/[0-9A-F]{{32}}$"));
            Assert.That(issuer, Does.Match("^oidc\\.eks\\.eu-west-1\\.amazonaws\\.com/id/[0-9A-F]{32}$"), "IRSA condition keys start with the issuer, without https://");
            Assert.That(arn, Does.EndWith(issuer));
            Assert.That(await ValueAsync(cluster.OidcProviderArn), Is.EqualTo(arn));
            Assert.That(await ValueAsync(cluster.OidcIssuerUrl), Is.EqualTo("https://" + issuer));
        });
    }

    [Test]
    public async Task TheKubeconfigOutputIsSecret()
    {
        var (_, cluster, _) = await BuildAsync();
        Assert.That(await Output.IsSecretAsync(cluster.Kubeconfig), Is.True);
        Assert.That(await ValueAsync(cluster.Kubeconfig), Is.EqualTo(await ValueAsync(cluster.Cluster.KubeconfigJson)));
#if PULUMI_OFFLINE
        Assert.That(Registrations.RegisteredOutputsOf(cluster)["kubeconfig"], Is.InstanceOf<SecretValue>());
#endif
    }

    [Test]
    public async Task TheEndpointAndCertificateAuthorityAreReadFromTheKubeconfig()
    {
        const string Server = "https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com";
        const string CaData = "TFMwdExTMUNSVWRKVGlCRFJWSlVTVVpKUTBGVVJTMHRMUzB0Q2c9PQ==";
        var kubeconfig = JsonSerializer.Serialize(new
        {
            apiVersion = "v1",
            clusters = new[] { new { cluster = new Dictionary<string, string> { ["server"] = Server, ["certificate-authority-data"] = CaData }, name = "kubernetes" } },
        });
        var mocks = new RecordingMocks((type, state) => type == EksClusterType ? state.SetItem("kubeconfigJson", kubeconfig) : state);

        var (_, cluster, _) = await BuildAsync(mocks: mocks);

        Assert.That(await ValueAsync(cluster.Endpoint), Is.EqualTo(Server));
        Assert.That(await ValueAsync(cluster.CertificateAuthority), Is.EqualTo(CaData));
    }

    [Test]
    public async Task TheKubernetesProviderUsesTheClustersKubeconfigNotTheAmbientOne()
    {
        var ambient = Environment.GetEnvironmentVariable("KUBECONFIG");
        Environment.SetEnvironmentVariable("KUBECONFIG", "/home/operator/.kube/config");
        try
        {
            var (_, cluster, mocks) = await BuildAsync();
            var kubeconfig = await ValueAsync(cluster.Cluster.KubeconfigJson);
            Assert.That(mocks.InputsOf("pulumi:providers:kubernetes", "cluster-k8s")["kubeconfig"], Is.EqualTo(kubeconfig));
#if PULUMI_OFFLINE
            Assert.That(Registrations.Of(cluster.KubernetesProvider).Inputs["kubeconfig"], Is.InstanceOf<SecretValue>(), "the provider's kubeconfig stays secret");
#endif
        }
        finally
        {
            Environment.SetEnvironmentVariable("KUBECONFIG", ambient);
        }
    }

    [Test]
    public async Task ThePlannedKubeconfigAuthenticatesWithAwsEksGetToken()
    {
        var (_, cluster, _) = await BuildAsync();
        using var kubeconfig = JsonDocument.Parse(await ValueAsync(cluster.Kubeconfig));
        var exec = kubeconfig.RootElement.GetProperty("users")[0].GetProperty("user").GetProperty("exec");
        Assert.Multiple(async () =>
        {
            Assert.That(exec.GetProperty("command").GetString(), Is.EqualTo("aws"));
            Assert.That(exec.GetProperty("args").EnumerateArray().Select(a => a.GetString()),
                Is.EqualTo(new[] { "--region", "eu-west-1", "eks", "get-token", "--cluster-name", ClusterName, "--output", "json" }));
            Assert.That(await ValueAsync(cluster.Endpoint), Does.Match("^https://[0-9A-F]{32}\\.gr7\\.eu-west-1\\.eks\\.amazonaws\\.com$"));
            Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(await ValueAsync(cluster.CertificateAuthority))),
                Does.StartWith("-----BEGIN CERTIFICATE-----\n"));
        });
    }

    [Test]
    public async Task TheClusterExposesItsNameSecurityGroupsAndKeyAsOutputs()
    {
        var (resources, cluster, _) = await BuildAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(cluster.ClusterName), Is.EqualTo(ClusterName));
            Assert.That(await ValueAsync(cluster.ClusterSecurityGroupId), Does.Match("^sg-[0-9a-f]{17}$"));
            Assert.That(await ValueAsync(cluster.NodeSecurityGroupId), Does.Match("^sg-[0-9a-f]{17}$"));
            Assert.That(await ValueAsync(cluster.NodeSecurityGroupId), Is.Not.EqualTo(await ValueAsync(cluster.ClusterSecurityGroupId)));
            Assert.That(await ValueAsync(cluster.KmsKeyArn), Is.EqualTo(await ValueAsync(resources.OfType<Key>().Single().Arn)));
        });
#if PULUMI_OFFLINE
        Assert.That(Registrations.RegisteredOutputsOf(cluster).Keys, Is.EquivalentTo(new[]
        {
            "clusterName", "endpoint", "certificateAuthority", "oidcProviderArn", "oidcIssuerUrl", "kubeconfig",
            "clusterSecurityGroupId", "nodeSecurityGroupId", "kmsKeyArn",
        }));
#endif
    }

    private static ImmutableDictionary<string, ImmutableDictionary<string, object>> AccessEntries(ImmutableDictionary<string, object> inputs)
        => ((ImmutableDictionary<string, object>)inputs["accessEntries"])
            .ToImmutableDictionary(e => e.Key, e => (ImmutableDictionary<string, object>)e.Value);
}

/// <summary>The plan mocks, recording what each resource was registered with, and optionally changing what a type returns.</summary>
internal sealed class RecordingMocks : IMocks
{
    private readonly PlanMocks _plan = new();
    private readonly Func<string, ImmutableDictionary<string, object>, ImmutableDictionary<string, object>>? _adjust;
    private readonly ConcurrentDictionary<(string Type, string Name), ImmutableDictionary<string, object>> _inputs = new();

    public RecordingMocks(Func<string, ImmutableDictionary<string, object>, ImmutableDictionary<string, object>>? adjust = null)
    {
        _adjust = adjust;
    }

    /// <summary>The inputs a resource was registered with, as the mocks saw them (secrets unwrapped).</summary>
    public ImmutableDictionary<string, object> InputsOf(string type, string name)
        => _inputs.TryGetValue((type, name), out var inputs)
            ? inputs
            : throw new InvalidOperationException($"No {type} named {name}; have: {string.Join(", ", _inputs.Keys.Where(k => k.Type == type).Select(k => k.Name))}");

    /// <summary>How many resources of a type were registered.</summary>
    public int CountOf(string type) => _inputs.Keys.Count(k => k.Type == type);

    public async Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        _inputs[(args.Type!, args.Name!)] = args.Inputs;
        var (id, state) = await _plan.NewResourceAsync(args);
        return (id, _adjust is null ? state : _adjust(args.Type!, (ImmutableDictionary<string, object>)state));
    }

    public Task<object> CallAsync(MockCallArgs args) => _plan.CallAsync(args);
}
