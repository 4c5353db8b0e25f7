using System.Collections;
using System.Collections.Immutable;
using System.Text;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.SealedSecrets;
using Numinia.Components.Addons.SecretsStoreCsi;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Tls;
using static Numinia.Infra.Tests.Harness;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>The secrets tooling (External Secrets, Secrets Store CSI with the AWS provider, Sealed Secrets), without a stack.</summary>
[NonParallelizable]
public sealed class SecretsAddonsTests
{
    private const string Account = TestCluster.AccountId;
    private const string Region = TestCluster.Region;
    private const string Issuer = TestCluster.OidcIssuer;
    private const string KeyArn = TestCluster.KmsKeyArn;

    internal sealed record Built(ImmutableArray<Resource> Resources)
    {
        public ExternalSecretsAddon Eso => Resources.OfType<ExternalSecretsAddon>().Single();

        public SecretsStoreCsiAddon Csi => Resources.OfType<SecretsStoreCsiAddon>().Single();

        public SealedSecretsAddon Sealed => Resources.OfType<SealedSecretsAddon>().Single();

        public Release Release(string releaseName) => Resources.Named<Release>(releaseName switch
        {
            "external-secrets" => "eso-release",
            "secrets-store-csi-driver" => "csi-driver",
            "secrets-store-csi-driver-provider-aws" => "csi-aws-provider",
            "sealed-secrets" => "sealed-release",
            _ => throw new ArgumentOutOfRangeException(nameof(releaseName), releaseName, "not a release of the secrets tooling"),
        });
    }

    internal static async Task<Built> BuildAsync(params string[] prefixes)
    {
        var resources = await RunAsync(() =>
        {
            var context = TestCluster.Context();
            var esoArgs = new ExternalSecretsAddonArgs { Context = context };
            _ = new ExternalSecretsAddon("eso", prefixes.Length == 0 ? esoArgs : esoArgs with { Settings = esoArgs.Settings with { SecretNamePrefixes = prefixes.ToImmutableArray() } });
            _ = new SecretsStoreCsiAddon("csi", new SecretsStoreCsiAddonArgs { Context = context });
            _ = new SealedSecretsAddon("sealed", new SealedSecretsAddonArgs { Context = context });
        });
        return new Built(resources);
    }

    private static async Task<ImmutableDictionary<string, object>> ValuesAsync(Built built, string releaseName)
        => await ValueAsync(built.Release(releaseName).Values);

    /// <summary>The value at a path of Helm values, or null.</summary>
    internal static object? At(IReadOnlyDictionary<string, object> values, params string[] path)
    {
        object? current = values;
        foreach (var key in path)
        {
            current = current is IReadOnlyDictionary<string, object> map && map.TryGetValue(key, out var next) ? next : null;
        }

        return current;
    }

    internal static IReadOnlyDictionary<string, object> MapAt(IReadOnlyDictionary<string, object> values, params string[] path)
        => At(values, path) as IReadOnlyDictionary<string, object>
           ?? throw new AssertionException($"no map at {string.Join('.', path)}");

    internal static object[] ListAt(IReadOnlyDictionary<string, object> values, params string[] path)
        => At(values, path) is IEnumerable list and not string ? list.Cast<object>().ToArray() : throw new AssertionException($"no list at {string.Join('.', path)}");

    /// <summary>Asserts requests and limits for CPU and memory at a path, the requests no larger than the limits.</summary>
    internal static void AssertRequestsAndLimits(IReadOnlyDictionary<string, object> values, ContainerResources expected, params string[] path)
    {
        var where = string.Join('.', path);
        var resources = MapAt(values, path);
        Assert.Multiple(() =>
        {
            Assert.That(At(resources, "requests", "cpu"), Is.EqualTo(expected.RequestCpu), where);
            Assert.That(At(resources, "requests", "memory"), Is.EqualTo(expected.RequestMemory), where);
            Assert.That(At(resources, "limits", "cpu"), Is.EqualTo(expected.LimitCpu), where);
            Assert.That(At(resources, "limits", "memory"), Is.EqualTo(expected.LimitMemory), where);
            Assert.That(Quantity.Parse(expected.RequestCpu), Is.LessThanOrEqualTo(Quantity.Parse(expected.LimitCpu)), where);
            Assert.That(Quantity.Parse(expected.RequestMemory), Is.LessThanOrEqualTo(Quantity.Parse(expected.LimitMemory)), where);
        });
    }

    private static async Task<PolicyDocument> EsoPolicyAsync(Built built)
        => PolicyDocument.FromJson(await ValueAsync(built.Resources.Named<RolePolicy>("eso-irsa-policy").Policy));

    [TestCase("external-secrets", "external-secrets", "https://charts.external-secrets.io", "2.9.0", "external-secrets")]
    [TestCase("secrets-store-csi-driver", "secrets-store-csi-driver", "https://kubernetes-sigs.github.io/secrets-store-csi-driver/charts", "1.6.0", "secrets-store-csi")]
    [TestCase("secrets-store-csi-driver-provider-aws", "secrets-store-csi-driver-provider-aws", "https://aws.github.io/secrets-store-csi-driver-provider-aws", "3.1.1", "secrets-store-csi")]
    [TestCase("sealed-secrets", "sealed-secrets", "https://bitnami-labs.github.io/sealed-secrets", "2.18.5", "sealed-secrets")]
    public async Task ChartsArePinnedToTheirUpstreamRepositoryAndVersionInTheirOwnNamespace(string releaseName, string chart, string repository, string version, string ns)
    {
        var release = (await BuildAsync()).Release(releaseName);
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(release.Name), Is.EqualTo(releaseName));
            Assert.That(await ValueAsync(release.Chart), Is.EqualTo(chart));
            Assert.That((await ValueAsync(release.RepositoryOpts))!.Repo, Is.EqualTo(repository));
            Assert.That(await ValueAsync(release.Version), Is.EqualTo(version));
            Assert.That(await ValueAsync(release.Namespace), Is.EqualTo(ns));
            Assert.That(await ValueAsync(release.CreateNamespace), Is.False, "the namespace is ours, with its quota and Pod Security labels");
        });
    }

    [TestCase("external-secrets", "restricted")]
    [TestCase("secrets-store-csi", "privileged")]
    [TestCase("sealed-secrets", "restricted")]
    public async Task EachServiceHasItsNamespaceAtItsPodSecurityLevel(string ns, string level)
    {
        var built = await BuildAsync();
        var namespaces = built.Resources.OfType<PlatformNamespace>().ToArray();
        PlatformNamespace? match = null;
        foreach (var candidate in namespaces)
        {
            if (await ValueAsync(candidate.Name) == ns)
            {
                match = candidate;
            }
        }

        Assert.That(match, Is.Not.Null, ns);
        var labels = (await ValueAsync(match!.Namespace.Metadata)).Labels;
        Assert.That(labels["pod-security.kubernetes.io/enforce"], Is.EqualTo(level));
        Assert.That(labels["pod-security.kubernetes.io/warn"], Is.EqualTo(level));
    }

    [Test]
    public async Task TheOperatorReadsOnlySecretsUnderThePlatformPrefixes()
    {
        var policy = await EsoPolicyAsync(await BuildAsync());
        var read = policy.Statement.Single(s => s.Action.Any(a => a.StartsWith("secretsmanager:", StringComparison.Ordinal)));
        Assert.That(read.Resource, Is.EqualTo(new[] { $"arn:aws:secretsmanager:{Region}:{Account}:secret:numinia/*" }));
        Assert.That(policy.Statement.SelectMany(s => s.Resource!.Value), Has.None.EqualTo("*"));
    }

    [Test]
    public async Task EachConfiguredPrefixIsOneResourceAndNothingElse()
    {
        var policy = await EsoPolicyAsync(await BuildAsync("numinia/", "shared/platform/"));
        var read = policy.Statement.Single(s => s.Action.Any(a => a.StartsWith("secretsmanager:", StringComparison.Ordinal)));
        Assert.That(read.Resource, Is.EquivalentTo(new[]
        {
            $"arn:aws:secretsmanager:{Region}:{Account}:secret:numinia/*",
            $"arn:aws:secretsmanager:{Region}:{Account}:secret:shared/platform/*",
        }));
    }

    [TestCase("numinia")]
    [TestCase("")]
    [TestCase("numinia/*")]
    public void APrefixThatIsNotAFolderIsRefusedByTheComponent(string prefix)
        => ProgramFailure<ArgumentException>(async () => await BuildAsync(prefix));

    [Test]
    public async Task TheOperatorRoleIsReadOnly()
    {
        var policy = await EsoPolicyAsync(await BuildAsync());
        var actions = policy.Statement.SelectMany(s => s.Action).ToArray();
        Assert.That(actions, Is.EquivalentTo(new[]
        {
            "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret", "kms:Decrypt",
        }));
        Assert.That(actions, Has.None.Contains("*"));
        Assert.That(policy.Statement.Select(s => s.Effect), Is.All.EqualTo("Allow"));
    }

    [Test]
    public async Task TheOperatorDecryptsWithTheClusterKeyOnlyThroughSecretsManager()
    {
        var policy = await EsoPolicyAsync(await BuildAsync());
        var kms = policy.Statement.Single(s => s.Action.Any(a => a.StartsWith("kms:", StringComparison.Ordinal)));
        Assert.Multiple(() =>
        {
            Assert.That(kms.Action, Is.EqualTo(new[] { "kms:Decrypt" }));
            Assert.That(kms.Resource, Is.EqualTo(new[] { KeyArn }));
            Assert.That(kms.Condition!.Keys, Is.EqualTo(new[] { "StringEquals" }));
            Assert.That(kms.Condition["StringEquals"]["kms:ViaService"], Is.EqualTo(new[] { "secretsmanager.eu-west-1.amazonaws.com" }));
        });
    }

    [Test]
    public async Task TheOperatorRoleTrustsOnlyTheControllerServiceAccount()
    {
        var built = await BuildAsync();
        var trust = PolicyDocument.FromJson(await ValueAsync(built.Resources.Named<Role>("eso-irsa-role").AssumeRolePolicy)).Statement.Single();
        Assert.That(trust.Condition!.Keys, Is.EqualTo(new[] { "StringEquals" }));
        Assert.That(trust.Condition["StringEquals"][$"{Issuer}:sub"], Is.EqualTo(new[] { "system:serviceaccount:external-secrets:external-secrets" }));
        Assert.That(trust.Condition["StringEquals"][$"{Issuer}:aud"], Is.EqualTo(new[] { "sts.amazonaws.com" }));
    }

    [Test]
    public async Task TheControllerServiceAccountCarriesTheRole()
    {
        var built = await BuildAsync();
        var values = await ValuesAsync(built, "external-secrets");
        Assert.That(At(values, "serviceAccount", "name"), Is.EqualTo("external-secrets"));
        Assert.That(At(values, "serviceAccount", "annotations", "eks.amazonaws.com/role-arn"), Is.EqualTo(await ValueAsync(built.Eso.RoleArn)));
        Assert.That(await ValueAsync(built.Eso.RoleArn), Is.EqualTo(await ValueAsync(built.Resources.Named<Role>("eso-irsa-role").Arn)));
    }

    [Test]
    public async Task TheChartInstallsTheCrds()
        => Assert.That(At(await ValuesAsync(await BuildAsync(), "external-secrets"), "installCRDs"), Is.EqualTo(true));

    [TestCase(null, "external-secrets")]
    [TestCase("webhook", "external-secrets-webhook")]
    public async Task ControllerAndWebhookRunTwoReplicasWithADisruptionBudgetAndAntiAffinity(string? component, string podName)
    {
        var values = await ValuesAsync(await BuildAsync(), "external-secrets");
        string[] Path(params string[] keys) => component is null ? keys : keys.Prepend(component).ToArray();
        Assert.That(At(values, Path("replicaCount")), Is.EqualTo(2));
        Assert.That(At(values, Path("podDisruptionBudget", "enabled")), Is.EqualTo(true));
        Assert.That(At(values, Path("podDisruptionBudget", "minAvailable")), Is.EqualTo(1));
        var preferred = ListAt(values, Path("affinity", "podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution"));
        var term = MapAt((IReadOnlyDictionary<string, object>)preferred.Single(), "podAffinityTerm");
        Assert.That(At(term, "topologyKey"), Is.EqualTo("kubernetes.io/hostname"));
        Assert.That(At(term, "labelSelector", "matchLabels", "app.kubernetes.io/name"), Is.EqualTo(podName));
        Assert.That(At(term, "labelSelector", "matchLabels", "app.kubernetes.io/instance"), Is.EqualTo("external-secrets"));
    }

    [Test]
    public async Task TwoControllersElectALeader()
        => Assert.That(At(await ValuesAsync(await BuildAsync(), "external-secrets"), "leaderElect"), Is.EqualTo(true));

    [Test]
    public async Task TheStoreIsAwsSecretsManagerInTheRegionWithTheControllersToken()
    {
        var built = await BuildAsync();
        var store = built.Eso.Store;
        var spec = await ValueAsync(store.Spec);
        var aws = spec.Provider.Aws!;
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(store.ApiVersion), Is.EqualTo("external-secrets.io/v1"));
            Assert.That(await ValueAsync(store.Kind), Is.EqualTo("ClusterSecretStore"));
            Assert.That((await ValueAsync(store.Metadata)).Name, Is.EqualTo(ExternalSecretsAddon.StoreName));
            Assert.That(ExternalSecretsAddon.StoreName, Is.EqualTo("aws-secrets-manager"));
            Assert.That(await ValueAsync(built.Eso.SecretStoreName), Is.EqualTo("aws-secrets-manager"));
            Assert.That(aws.Service, Is.EqualTo("SecretsManager"));
            Assert.That(aws.Region, Is.EqualTo(Region));
            Assert.That(aws.Auth!.Jwt!.ServiceAccountRef.Name, Is.EqualTo("external-secrets"));
            Assert.That(aws.Auth.Jwt.ServiceAccountRef.Namespace, Is.EqualTo("external-secrets"));
        });
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheClusterStoreRefusesTenantNamespaces()
    {
        var built = await BuildAsync();
        var spec = (IReadOnlyDictionary<string, object?>)Registrations.Of(built.Eso.Store).Inputs["spec"]!;
        var conditions = (IEnumerable<object?>)spec["conditions"]!;
        var selector = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)conditions.Single()!)["namespaceSelector"]!;
        var expression = (IReadOnlyDictionary<string, object?>)((IEnumerable<object?>)selector["matchExpressions"]!).Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(expression["key"], Is.EqualTo("numinia.xyz/organization"),
                "rule: the operator's role reads every platform prefix, so no tenant namespace may use the cluster store");
            Assert.That(expression["operator"], Is.EqualTo("DoesNotExist"));
        });
    }
#endif

    [Test]
    public async Task TheDriverRequestsServiceAccountTokensForStsAndPodIdentity()
    {
        var values = await ValuesAsync(await BuildAsync(), "secrets-store-csi-driver");
        Assert.That(ListAt(values, "tokenRequests").Select(r => At((IReadOnlyDictionary<string, object>)r, "audience")),
            Is.EquivalentTo(new[] { "sts.amazonaws.com", "pods.eks.amazonaws.com" }));
    }

    [Test]
    public async Task TheAwsProviderDoesNotInstallASecondDriver()
    {
        var values = await ValuesAsync(await BuildAsync(), "secrets-store-csi-driver-provider-aws");
        Assert.That(At(values, "secrets-store-csi-driver", "install"), Is.EqualTo(false));
        Assert.That(At(values, "awsRegion"), Is.EqualTo(Region));
    }

    [TestCase("secrets-store-csi-driver", new[] { "linux", "tolerations" })]
    [TestCase("secrets-store-csi-driver-provider-aws", new[] { "tolerations" })]
    public async Task TheCsiDaemonSetsTolerateEveryTaintSoTheyRunOnEveryNodeGroup(string releaseName, string[] path)
    {
        var toleration = (IReadOnlyDictionary<string, object>)ListAt(await ValuesAsync(await BuildAsync(), releaseName), path).Single();
        Assert.That(toleration, Is.EquivalentTo(new Dictionary<string, object> { ["operator"] = "Exists" }), "no key and no effect: every taint");
    }

    [Test]
    public async Task EveryContainerHasRequestsAndLimits()
    {
        var built = await BuildAsync();
        var eso = await ValuesAsync(built, "external-secrets");
        AssertRequestsAndLimits(eso, ExternalSecretsAddon.ControllerResources, "resources");
        AssertRequestsAndLimits(eso, ExternalSecretsAddon.WebhookResources, "webhook", "resources");
        AssertRequestsAndLimits(eso, ExternalSecretsAddon.CertControllerResources, "certController", "resources");
        var driver = await ValuesAsync(built, "secrets-store-csi-driver");
        AssertRequestsAndLimits(driver, SecretsStoreCsiAddon.DriverResources, "linux", "driver", "resources");
        AssertRequestsAndLimits(driver, SecretsStoreCsiAddon.RegistrarResources, "linux", "registrar", "resources");
        AssertRequestsAndLimits(driver, SecretsStoreCsiAddon.LivenessProbeResources, "linux", "livenessProbe", "resources");
        AssertRequestsAndLimits(driver, SecretsStoreCsiAddon.CrdJobResources, "linux", "crds", "resources");
        AssertRequestsAndLimits(await ValuesAsync(built, "secrets-store-csi-driver-provider-aws"), SecretsStoreCsiAddon.AwsProviderResources, "resources");
        AssertRequestsAndLimits(await ValuesAsync(built, "sealed-secrets"), SealedSecretsAddon.ControllerResources, "resources");
    }

    [Test]
    public async Task TheCsiQuotaFitsBothDaemonSetsOnTheLargestCluster()
    {
        var quota = SecretsStoreCsiAddon.Quota(18);
        var perNodeLimitCpu = new[] { SecretsStoreCsiAddon.DriverResources, SecretsStoreCsiAddon.RegistrarResources, SecretsStoreCsiAddon.LivenessProbeResources, SecretsStoreCsiAddon.AwsProviderResources }
            .Sum(r => Quantity.Parse(r.LimitCpu).Value);
        Assert.That(Quantity.Parse(quota.LimitsCpu).Value, Is.GreaterThanOrEqualTo(perNodeLimitCpu * 18));
        Assert.That(quota.Pods, Is.GreaterThanOrEqualTo(2 * 18 + 1));
        var built = await BuildAsync();
        Assert.That((await ValueAsync(built.Csi.Namespace.Quota.Spec)).Hard["limits.cpu"], Is.EqualTo(quota.LimitsCpu));
    }

    [Test]
    public async Task TheSealingKeyIsRsa4096WithATenYearSelfSignedCertificate()
    {
        var built = await BuildAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(built.Sealed.SealingKey.Algorithm), Is.EqualTo("RSA"));
            Assert.That(await ValueAsync(built.Sealed.SealingKey.RsaBits), Is.EqualTo(4096));
            Assert.That(await ValueAsync(built.Sealed.SealingCertificate.ValidityPeriodHours), Is.EqualTo(87600));
            Assert.That(await ValueAsync(built.Sealed.SealingCertificate.PrivateKeyPem), Is.EqualTo(await ValueAsync(built.Sealed.SealingKey.PrivateKeyPem)));
        });
    }

    [Test]
    public async Task TheKeySecretIsTheControllersActiveTlsKeyInItsNamespace()
    {
        var built = await BuildAsync();
        var secret = built.Sealed.KeySecret;
        var metadata = await ValueAsync(secret.Metadata);
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(secret.Type), Is.EqualTo("kubernetes.io/tls"));
            Assert.That(metadata.Namespace, Is.EqualTo("sealed-secrets"));
            Assert.That(metadata.Labels["sealedsecrets.bitnami.com/sealed-secrets-key"], Is.EqualTo("active"));
            Assert.That(metadata.Name, Does.StartWith(SealedSecretsAddon.KeyPrefix));
        });
        var data = await ValueAsync(secret.Data);
        Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(data["tls.crt"])), Is.EqualTo(await ValueAsync(built.Sealed.SealingCertificate.CertPem)));
        Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(data["tls.key"])), Is.EqualTo(await ValueAsync(built.Sealed.SealingKey.PrivateKeyPem)));
    }

#if PULUMI_OFFLINE
    // Only the offline engine lets a test see what the program hands the engine as secret (see AssertEngineSecretAsync).
    [Test]
    public async Task ThePrivateKeyAndTheKeySecretsDataAreSecrets()
    {
        var built = await BuildAsync();
        await AssertEngineSecretAsync(built.Sealed.SealingKey.PrivateKeyPem);
        await AssertEngineSecretAsync(built.Sealed.KeySecret.Data);
        Assert.That(Registrations.Of(built.Sealed.KeySecret).Inputs["data"], Is.InstanceOf<SecretValue>());
        Assert.That(Registrations.Of(built.Sealed.SealingCertificate).Inputs["privateKeyPem"], Is.InstanceOf<SecretValue>());
    }
#endif

    [Test]
    public async Task TheCertificateIsAPublicOutputAndNothingPrivateLeaves()
    {
        var built = await BuildAsync();
        var certificate = await ValueAsync(built.Sealed.CertificatePem);
        Assert.That(certificate, Does.StartWith("-----BEGIN CERTIFICATE-----"));
        Assert.That(await Output.IsSecretAsync(built.Sealed.CertificatePem), Is.False);
#if PULUMI_OFFLINE
        var privatePem = await ValueAsync(built.Sealed.SealingKey.PrivateKeyPem);
        var outputs = Registrations.RegisteredOutputsOf(built.Sealed);
        Assert.That(outputs.Keys, Is.EquivalentTo(new[] { "certificate", "namespace" }));
        Assert.That(outputs.Values.Select(v => v?.ToString() ?? ""), Has.None.Contains("PRIVATE KEY").And.None.Contains(privatePem));
#endif
    }

    [Test]
    public async Task AutomaticKeyRenewalIsOffAndTheControllerHasTheNameKubesealExpects()
    {
        var values = await ValuesAsync(await BuildAsync(), "sealed-secrets");
        Assert.That(At(values, "keyrenewperiod"), Is.EqualTo("0"));
        Assert.That(At(values, "secretName"), Is.EqualTo("sealed-secrets-key"));
        Assert.That(At(values, "fullnameOverride"), Is.EqualTo("sealed-secrets-controller"));
    }

    [Test]
    public async Task TheSealedSecretsControllerPassesTheRestrictedPodSecurityLevel()
    {
        var values = await ValuesAsync(await BuildAsync(), "sealed-secrets");
        var security = MapAt(values, "containerSecurityContext");
        Assert.Multiple(() =>
        {
            Assert.That(At(security, "allowPrivilegeEscalation"), Is.EqualTo(false));
            Assert.That(At(security, "runAsNonRoot"), Is.EqualTo(true));
            Assert.That(At(security, "seccompProfile", "type"), Is.EqualTo("RuntimeDefault"));
            Assert.That(ListAt(security, "capabilities", "drop"), Is.EqualTo(new[] { "ALL" }));
        });
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheSealingKeyAndCertificateAreProtected()
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.Sealed.SealingKey).Options.Protect, Is.True);
        Assert.That(Registrations.Of(built.Sealed.SealingCertificate).Options.Protect, Is.True);
        Assert.That(built.Resources.OfType<PrivateKey>().Select(k => Registrations.Of(k).Options.Protect), Is.All.True);
    }

    [Test]
    public async Task TheKeySecretExistsBeforeTheControllerStarts()
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.Sealed.Release).DependencyUrns, Does.Contain(Registrations.Of(built.Sealed.KeySecret).Urn));
    }

    [Test]
    public async Task TheStoreWaitsForTheReleaseThatInstallsItsCrdAndWebhook()
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.Eso.Store).DependencyUrns, Does.Contain(Registrations.Of(built.Eso.Release).Urn));
    }

    [Test]
    public async Task TheAwsProviderIsInstalledAfterTheDriver()
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.Csi.AwsProvider).DependencyUrns, Does.Contain(Registrations.Of(built.Csi.Driver).Urn));
    }

    [Test]
    public async Task TheOperatorStartsAfterItsRolesPolicyExists()
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.Eso.Release).DependencyUrns, Does.Contain(Registrations.Of(built.Eso.Role).Urn));
    }

    [Test]
    public async Task EveryKubernetesObjectUsesTheClustersProvider()
    {
        var built = await BuildAsync();
        var provider = built.Resources.OfType<Pulumi.Kubernetes.Provider>().Single();
        var kubernetes = built.Resources.Where(r => Registrations.Of(r).Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToArray();
        Assert.That(kubernetes, Has.Length.GreaterThanOrEqualTo(3 * 3 + 4), "namespaces, quotas, limit ranges, releases, the store and the key secret");
        foreach (var resource in kubernetes)
        {
            Assert.That(Registrations.Of(resource).ProviderUrn, Is.EqualTo(Registrations.Of(provider).Urn), Registrations.Of(resource).Urn);
        }
    }
#endif

    private static Func<string, string?> Config(params (string Key, string Value)[] values) => Harness.ConfigLookup(values);

    /// <summary>The secrets tooling's settings.</summary>
    private sealed record SecretsSettings(ExternalSecretsSettings ExternalSecrets, SecretsStoreCsiSettings SecretsStoreCsi, SealedSecretsSettings SealedSecrets);

    private static SecretsSettings ReadSecretsOnly(Func<string, string?> get) => ConfigReader.ReadOnly(get, config =>
        new SecretsSettings(ExternalSecretsSettings.Read(config), SecretsStoreCsiSettings.Read(config), SealedSecretsSettings.Read(config)));

    [Test]
    public void TheSecretsConfigDefaultsAreTheLivePins()
    {
        var config = ReadSecretsOnly(Config());
        Assert.Multiple(() =>
        {
            Assert.That(config.ExternalSecrets.ChartVersion, Is.EqualTo("2.9.0"));
            Assert.That(config.SecretsStoreCsi.DriverChartVersion, Is.EqualTo("1.6.0"));
            Assert.That(config.SecretsStoreCsi.AwsProviderChartVersion, Is.EqualTo("3.1.1"));
            Assert.That(config.SealedSecrets.ChartVersion, Is.EqualTo("2.18.5"));
            Assert.That(config.ExternalSecrets.SecretNamePrefixes, Is.EqualTo(new[] { "numinia/" }));
        });
    }

    [Test]
    public void ConfiguredPrefixesAndVersionsAreRead()
    {
        var config = ReadSecretsOnly(Config(("secretNamePrefixes", "[\"numinia/\",\"shared/\"]"), ("sealedSecretsChartVersion", "2.19.0")));
        Assert.That(config.ExternalSecrets.SecretNamePrefixes, Is.EqualTo(new[] { "numinia/", "shared/" }));
        Assert.That(config.SealedSecrets.ChartVersion, Is.EqualTo("2.19.0"));
    }

    [TestCase("secretNamePrefixes", "[\"numinia\"]", "numinia-infra:secretNamePrefixes: 'numinia' does not end with '/'")]
    [TestCase("secretNamePrefixes", "[\"numinia/\",\"\"]", "numinia-infra:secretNamePrefixes: '' is an empty prefix")]
    [TestCase("secretNamePrefixes", "[\"numinia/*\"]", "numinia-infra:secretNamePrefixes: 'numinia/*' contains '*'")]
    [TestCase("secretNamePrefixes", "[]", "numinia-infra:secretNamePrefixes: '[]' is empty")]
    [TestCase("secretNamePrefixes", "numinia/", "numinia-infra:secretNamePrefixes: 'numinia/' is not a list of strings")]
    [TestCase("externalSecretsChartVersion", "latest", "numinia-infra:externalSecretsChartVersion: 'latest' is 'latest'; pin an exact chart version")]
    [TestCase("secretsStoreCsiChartVersion", "^1.6", "numinia-infra:secretsStoreCsiChartVersion: '^1.6' is not an exact chart version")]
    [TestCase("secretsStoreCsiAwsChartVersion", "latest", "numinia-infra:secretsStoreCsiAwsChartVersion: 'latest' is 'latest'")]
    [TestCase("sealedSecretsChartVersion", "2.x", "numinia-infra:sealedSecretsChartVersion: '2.x' is not an exact chart version")]
    public void ABadSecretsValueIsRejectedNamingItsKeyAndValue(string key, string value, string message)
    {
        var error = Assert.Throws<ConfigValidationException>(() => ReadSecretsOnly(Config((key, value))))!;
        Assert.That(error.Message, Does.Contain(message));
    }
}
