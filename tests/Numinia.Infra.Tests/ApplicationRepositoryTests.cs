using System.Collections.Concurrent;
using System.Collections.Immutable;
using Numinia.Stacks.Contract;
using NUnit.Framework;
using Pulumi;
using Pulumi.Kubernetes.ApiExtensions;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Testing;
using static Numinia.Infra.Tests.Harness;

namespace Numinia.Infra.Tests;

/// <summary>
/// Plays an application repository: a program of its own that reads the platform stack through a
/// stack reference and the typed contract, then deploys a Knative service into its tenant namespace
/// with the platform's kubeconfig. The engine's stack reference is mocked with a realistic outputs map.
/// </summary>
[NonParallelizable]
public sealed class ApplicationRepositoryTests
{
    private const string PlatformStack = "numinia/numinia-infra/prod";
    private const string Kubeconfig = "apiVersion: v1\nkind: Config\nclusters:\n- name: production-numinia\n";

    /// <summary>The platform stack's outputs as the engine hands them to a stack reference: maps, lists, numbers as doubles.</summary>
    private static ImmutableDictionary<string, object> PlatformOutputsMap(string contractVersion = PlatformContract.Version)
    {
        static ImmutableDictionary<string, object> Tenant(string ns, string org, string env) => ImmutableDictionary<string, object>.Empty
            .Add("namespace", ns)
            .Add("serviceAccount", ns)
            .Add("roleArn", $"arn:aws:iam::111122223333:role/tenant-{org}-{env}")
            .Add("secretNamePrefix", $"tenants/{org}/{env}/");

        var organizations = ImmutableDictionary<string, object>.Empty;
        foreach (var org in new[] { "active-inference", "numen-games", "numinia", "r3s3t" })
        {
            organizations = organizations.Add(org, ImmutableDictionary<string, object>.Empty
                .Add("pre", Tenant($"{org}-pre", org, "pre"))
                .Add("pro", Tenant(org, org, "pro")));
        }

        return ImmutableDictionary<string, object>.Empty
            .Add("vpcId", "vpc-0123456789abcdef0")
            .Add("vpcCidr", "10.0.0.0/16")
            .Add("publicSubnetIds", ImmutableArray.Create<object>("subnet-0a0000000000000a1", "subnet-0a0000000000000a2", "subnet-0a0000000000000a3"))
            .Add("privateSubnetIds", ImmutableArray.Create<object>("subnet-0b0000000000000b1", "subnet-0b0000000000000b2", "subnet-0b0000000000000b3"))
            .Add("databaseSubnetIds", ImmutableArray.Create<object>("subnet-0c0000000000000c1", "subnet-0c0000000000000c2", "subnet-0c0000000000000c3"))
            .Add("clusterName", "production-numinia")
            .Add("clusterEndpoint", "https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-west-1.eks.amazonaws.com")
            .Add("clusterCertificateAuthority", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==")
            .Add("oidcProviderArn", "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF")
            .Add("oidcIssuerUrl", "https://oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF")
            .Add("kubeconfig", Kubeconfig)
            .Add("clusterSecurityGroupId", "sg-0c1a55e7000000001")
            .Add("nodeSecurityGroupId", "sg-0n0de000000000001")
            .Add("nodeGroupNames", ImmutableArray.Create<object>("general", "compute", "gpu"))
            .Add("kourierHostname", "kourier.numinia.xyz")
            .Add("baseDomain", "numinia.xyz")
            .Add("clusterIssuers", ImmutableArray.Create<object>("letsencrypt-prod", "letsencrypt-staging", "selfsigned"))
            .Add("secretStoreName", "aws-secrets-manager")
            .Add("staticsBucketName", "numinia-statics")
            .Add("staticsBucketArn", "arn:aws:s3:::numinia-statics")
            .Add("databaseEndpoint", "numinia-postgres.cluster-c1a2b3c4d5e6.eu-west-1.rds.amazonaws.com")
            .Add("databaseReaderEndpoint", "numinia-postgres.cluster-ro-c1a2b3c4d5e6.eu-west-1.rds.amazonaws.com")
            .Add("databasePort", 5432.0)
            .Add("organizations", organizations)
            .Add("contractVersion", contractVersion);
    }

    /// <summary>
    /// The engine as an application repository's tests see it: the stack reference reads the platform
    /// stack (kubeconfig among its secret outputs), the Kubernetes provider and the Knative service are
    /// created; anything else is a mistake of the program.
    /// </summary>
    private sealed class ApplicationMocks : IMocks
    {
        private readonly ImmutableDictionary<string, object> _platformOutputs;

        public ApplicationMocks(ImmutableDictionary<string, object> platformOutputs)
        {
            _platformOutputs = platformOutputs;
        }

        public ConcurrentDictionary<string, MockResourceArgs> Created { get; } = new();

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            Created[args.Name!] = args;
            return Task.FromResult<(string?, object)>(args.Type switch
            {
                "pulumi:pulumi:StackReference" => (string.IsNullOrEmpty(args.Id) ? args.Name : args.Id, new Dictionary<string, object>
                {
                    ["name"] = args.Inputs["name"],
                    ["outputs"] = _platformOutputs,
                    ["secretOutputNames"] = ImmutableArray.Create<object>(PlatformOutputNames.Kubeconfig),
                }),
                "pulumi:providers:kubernetes" => ($"{args.Name}-0f1e2d3c", args.Inputs),
                "kubernetes:serving.knative.dev/v1:Service" => (KnativeId(args), args.Inputs.Add("status", new Dictionary<string, object>
                {
                    ["url"] = $"https://{args.Name}.{Namespace(args)}.numinia.xyz",
                })),
                _ => throw new NotSupportedException($"An application repository creates no '{args.Type}' here (resource '{args.Name}')."),
            });
        }

        public Task<object> CallAsync(MockCallArgs args) => throw new NotSupportedException($"No function '{args.Token}' is expected.");

        private static string Namespace(MockResourceArgs args)
            => (string)((IReadOnlyDictionary<string, object>)args.Inputs["metadata"])["namespace"];

        private static string KnativeId(MockResourceArgs args) => $"{Namespace(args)}/{args.Name}";
    }

    private sealed record Deployed(ApplicationMocks Mocks, ImmutableArray<Resource> Resources, PlatformOutputs Platform);

    /// <summary>The application program: the contract, the tenant, the cluster provider and the world service.</summary>
    private static async Task<Deployed> DeployAsync(string organization = "numinia", string environment = "pro",
        ImmutableDictionary<string, object>? platformOutputs = null)
    {
        var mocks = new ApplicationMocks(platformOutputs ?? PlatformOutputsMap());
        PlatformOutputs? platform = null;
        var resources = await RunAsync(() =>
        {
            platform = PlatformOutputs.From(new StackReference(PlatformStack));
            var tenant = platform.Organization(organization).Environment(environment);
            var cluster = new Pulumi.Kubernetes.Provider("platform", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = platform.Kubeconfig });
            _ = new KnativeService("world", new KnativeServiceArgs
            {
                Metadata = new ObjectMetaArgs { Name = "world", Namespace = tenant.Namespace },
                Spec = new KnativeServiceSpecArgs
                {
                    Template = new KnativeRevisionTemplateArgs
                    {
                        Spec = new KnativeRevisionSpecArgs
                        {
                            ServiceAccountName = tenant.ServiceAccount,
                            Containers =
                            {
                                new KnativeContainerArgs
                                {
                                    Image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/hyperfy-world:1.4.2",
                                    Env =
                                    {
                                        new KnativeEnvVarArgs { Name = "STATICS_BUCKET", Value = platform.StaticsBucketName },
                                        new KnativeEnvVarArgs { Name = "PGHOST", Value = platform.DatabaseEndpoint },
                                        new KnativeEnvVarArgs { Name = "PGPORT", Value = platform.DatabasePort.Apply(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                                    },
                                },
                            },
                        },
                    },
                },
            }, new CustomResourceOptions { Provider = cluster });
        }, mocks);
        return new Deployed(mocks, resources, platform!);
    }

    [Test]
    public async Task TheServiceRunsInTheTenantNamespaceAsTheTenantServiceAccount()
    {
        var knative = (await DeployAsync()).Mocks.Created["world"];
        var metadata = (IReadOnlyDictionary<string, object>)knative.Inputs["metadata"];
        var spec = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)knative.Inputs["spec"])["template"])["spec"];
        Assert.Multiple(() =>
        {
            Assert.That(knative.Type, Is.EqualTo("kubernetes:serving.knative.dev/v1:Service"));
            Assert.That(knative.Inputs["apiVersion"], Is.EqualTo("serving.knative.dev/v1"));
            Assert.That(knative.Inputs["kind"], Is.EqualTo("Service"));
            Assert.That(metadata["namespace"], Is.EqualTo("numinia"));
            Assert.That(spec["serviceAccountName"], Is.EqualTo("numinia"));
        });
    }

    [Test]
    public async Task ThePreEnvironmentGetsItsOwnNamespaceAndServiceAccount()
    {
        var knative = (await DeployAsync("numinia", "pre")).Mocks.Created["world"];
        var metadata = (IReadOnlyDictionary<string, object>)knative.Inputs["metadata"];
        var spec = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)knative.Inputs["spec"])["template"])["spec"];
        Assert.That(metadata["namespace"], Is.EqualTo("numinia-pre"));
        Assert.That(spec["serviceAccountName"], Is.EqualTo("numinia-pre"));
    }

    [Test]
    public async Task TheServiceIsDeployedThroughAProviderBuiltFromThePlatformKubeconfig()
    {
        var deployed = await DeployAsync();
        var provider = deployed.Resources.OfType<Pulumi.Kubernetes.Provider>().Single();
        var providerUrn = await ValueAsync(provider.Urn);
        Assert.Multiple(async () =>
        {
            Assert.That(deployed.Mocks.Created["world"].Provider, Does.StartWith(providerUrn + "::"));
            Assert.That(deployed.Mocks.Created["platform"].Inputs["kubeconfig"], Is.EqualTo(Kubeconfig));
            Assert.That(await Output.IsSecretAsync(deployed.Platform.Kubeconfig), Is.True, "the kubeconfig stays secret");
        });
    }

    [Test]
    public async Task TheContractReadsEveryOutputTyped()
    {
        var platform = (await DeployAsync()).Platform;
        var tenant = platform.Organization("numinia").Environment("pro");
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(platform.ContractVersion), Is.EqualTo(PlatformContract.Version));
            Assert.That(await ValueAsync(platform.VpcId), Is.EqualTo("vpc-0123456789abcdef0"));
            Assert.That(await ValueAsync(platform.PrivateSubnetIds), Is.EqualTo(new[] { "subnet-0b0000000000000b1", "subnet-0b0000000000000b2", "subnet-0b0000000000000b3" }));
            Assert.That(await ValueAsync(platform.ClusterName), Is.EqualTo("production-numinia"));
            Assert.That(await ValueAsync(platform.Kubeconfig), Is.EqualTo(Kubeconfig));
            Assert.That(await ValueAsync(platform.KourierHostname), Is.EqualTo("kourier.numinia.xyz"));
            Assert.That(await ValueAsync(platform.BaseDomain), Is.EqualTo("numinia.xyz"));
            Assert.That(await ValueAsync(platform.ClusterIssuers), Is.EqualTo(new[] { "letsencrypt-prod", "letsencrypt-staging", "selfsigned" }));
            Assert.That(await ValueAsync(platform.SecretStoreName), Is.EqualTo("aws-secrets-manager"));
            Assert.That(await ValueAsync(platform.StaticsBucketName), Is.EqualTo("numinia-statics"));
            Assert.That(await ValueAsync(platform.DatabaseEndpoint), Does.Contain(".cluster-"));
            Assert.That(await ValueAsync(platform.DatabasePort), Is.EqualTo(5432));
            Assert.That(await Output.IsSecretAsync(platform.ClusterName), Is.False, "only the secret outputs are secret");
            Assert.That(await ValueAsync(tenant.Namespace), Is.EqualTo("numinia"));
            Assert.That(await ValueAsync(tenant.ServiceAccount), Is.EqualTo("numinia"));
            Assert.That(await ValueAsync(tenant.RoleArn), Is.EqualTo("arn:aws:iam::111122223333:role/tenant-numinia-pro"));
            Assert.That(await ValueAsync(tenant.SecretNamePrefix), Is.EqualTo("tenants/numinia/pro/"));
            Assert.That(await ValueAsync(platform.Organization("numinia").Environments), Is.EqualTo(new[] { "pre", "pro" }));
        });
    }

    [Test]
    public void AnUnknownOrganizationFailsTheDeploymentNamingTheKnownOnes()
    {
        var error = Assert.CatchAsync(async () => await DeployAsync(organization: "acme"));
        Assert.That(Messages(error!), Does.Contain(
            "The platform stack 'numinia/numinia-infra/prod' has no organization 'acme'; its organizations are: active-inference, numen-games, numinia, r3s3t."));
    }

    [Test]
    public void AnUnknownEnvironmentFailsTheDeploymentNamingTheKnownOnes()
    {
        var error = Assert.CatchAsync(async () => await DeployAsync(environment: "dev"));
        Assert.That(Messages(error!), Does.Contain(
            "The organization 'numinia' of the platform stack 'numinia/numinia-infra/prod' has no environment 'dev'; its environments are: pre, pro."));
    }

    [Test]
    public void AStackOfAnotherMajorContractFailsTheDeploymentClearly()
    {
        var error = Assert.CatchAsync(async () => await DeployAsync(platformOutputs: PlatformOutputsMap(contractVersion: "2.0")));
        Assert.That(Messages(error!), Does.Contain(
            $"The platform stack 'numinia/numinia-infra/prod' publishes outputs contract 2.0, but this program was built for contract 1.x ({PlatformContract.Version})"));
    }

    [Test]
    public async Task ANewerMinorContractIsStillRead()
    {
        var deployed = await DeployAsync(platformOutputs: PlatformOutputsMap(contractVersion: "1.7"));
        Assert.That(await ValueAsync(deployed.Platform.ContractVersion), Is.EqualTo("1.7"));
        Assert.That(deployed.Mocks.Created.ContainsKey("world"), Is.True);
    }

    [Test]
    public void AStackWithoutAContractVersionIsRefused()
    {
        var error = Assert.CatchAsync(async () => await DeployAsync(platformOutputs: PlatformOutputsMap().Remove(PlatformOutputNames.ContractVersion)));
        Assert.That(Messages(error!), Does.Contain("has no 'contractVersion' output: it predates the outputs contract"));
    }

    [Test]
    public void AMissingOutputIsNamed()
    {
        var error = Assert.CatchAsync(async () => await DeployAsync(platformOutputs: PlatformOutputsMap().Remove(PlatformOutputNames.StaticsBucketName)));
        Assert.That(Messages(error!), Does.Contain($"has no output 'staticsBucketName', which contract {PlatformContract.Version} names"));
    }

    [Test]
    public void AnOutputOfAnotherShapeIsNamed()
    {
        var error = Assert.CatchAsync(async () => await DeployAsync(platformOutputs: PlatformOutputsMap().SetItem(PlatformOutputNames.DatabasePort, "five")));
        Assert.That(Messages(error!), Does.Contain("The platform stack's output 'databasePort' is the string 'five', not a whole number"));
    }

    [Test]
    public void EveryContractOutputNameIsDistinctAndCamelCase()
    {
        var names = typeof(PlatformOutputNames).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.That(names, Is.Unique);
        Assert.That(names, Has.All.Match("^[a-z][A-Za-z]+$"));
        Assert.That(names, Is.SupersetOf(PlatformOutputsMap().Keys), "the realistic outputs map uses only contract names");
    }

    // An exception's messages, inner ones included, as the deployment would print them.
    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        var pending = new Stack<Exception>(new[] { error });
        while (pending.TryPop(out var current))
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }

        return string.Join(Environment.NewLine, messages);
    }
}

/// <summary>A Knative Service (<c>serving.knative.dev/v1</c>), typed as crd2pulumi would generate it: the parts the test sets.</summary>
public sealed class KnativeService : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>Declares the service.</summary>
    public KnativeService(string name, KnativeServiceArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The service's args.</summary>
public sealed class KnativeServiceArgs : CustomResourceArgs
{
    /// <summary>A <c>serving.knative.dev/v1</c> Service.</summary>
    public KnativeServiceArgs()
        : base("serving.knative.dev/v1", "Service")
    {
    }

    /// <summary>The service's spec.</summary>
    [Input("spec")]
    public Input<KnativeServiceSpecArgs>? Spec { get; set; }
}

/// <summary>A Knative Service's spec.</summary>
public sealed class KnativeServiceSpecArgs : ResourceArgs
{
    /// <summary>The revision template.</summary>
    [Input("template")]
    public Input<KnativeRevisionTemplateArgs>? Template { get; set; }
}

/// <summary>A revision template.</summary>
public sealed class KnativeRevisionTemplateArgs : ResourceArgs
{
    /// <summary>The revision's metadata.</summary>
    [Input("metadata")]
    public Input<ObjectMetaArgs>? Metadata { get; set; }

    /// <summary>The revision's spec.</summary>
    [Input("spec")]
    public Input<KnativeRevisionSpecArgs>? Spec { get; set; }
}

/// <summary>A revision's spec.</summary>
public sealed class KnativeRevisionSpecArgs : ResourceArgs
{
    [Input("containers")]
    private InputList<KnativeContainerArgs>? _containers;

    /// <summary>The ServiceAccount the revision's pods run as.</summary>
    [Input("serviceAccountName")]
    public Input<string>? ServiceAccountName { get; set; }

    /// <summary>The containers (one for a Knative service).</summary>
    public InputList<KnativeContainerArgs> Containers
    {
        get => _containers ??= new InputList<KnativeContainerArgs>();
        set => _containers = value;
    }
}

/// <summary>A container of a revision.</summary>
public sealed class KnativeContainerArgs : ResourceArgs
{
    [Input("env")]
    private InputList<KnativeEnvVarArgs>? _env;

    /// <summary>The image.</summary>
    [Input("image", required: true)]
    public Input<string> Image { get; set; } = null!;

    /// <summary>Environment variables.</summary>
    public InputList<KnativeEnvVarArgs> Env
    {
        get => _env ??= new InputList<KnativeEnvVarArgs>();
        set => _env = value;
    }
}

/// <summary>An environment variable.</summary>
public sealed class KnativeEnvVarArgs : ResourceArgs
{
    /// <summary>The variable's name.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    /// <summary>The variable's value.</summary>
    [Input("value")]
    public Input<string>? Value { get; set; }
}
