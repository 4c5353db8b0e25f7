using System.Collections.Immutable;
using Numinia.Components.Addons.ExternalSecrets.Inputs;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using static Numinia.Components.Addons.HelmValues;

namespace Numinia.Components.Addons.ExternalSecrets;

/// <summary>What the External Secrets Operator is built from.</summary>
public sealed record ExternalSecretsAddonArgs
{
    /// <summary>The cluster the operator runs in.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Its settings: the chart version and the Secrets Manager prefixes its store may read.</summary>
    public ExternalSecretsSettings Settings { get; init; } = new();

}

/// <summary>
/// The External Secrets Operator in its own namespace (CRDs from the chart; controller and webhook with
/// two replicas, a PodDisruptionBudget and anti-affinity), an IRSA role that may only read the platform's
/// Secrets Manager prefixes, and the <c>aws-secrets-manager</c> ClusterSecretStore through which
/// applications read their secrets.
/// </summary>
public sealed class ExternalSecretsAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:ExternalSecrets";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "external-secrets";

    /// <summary>The chart's repository.</summary>
    public const string ChartRepository = "https://charts.external-secrets.io";

    /// <summary>The operator's namespace.</summary>
    public const string NamespaceName = "external-secrets";

    /// <summary>The Helm release's name (the chart's object names derive from it).</summary>
    public const string ReleaseName = "external-secrets";

    /// <summary>The controller's service account: the only one the IRSA role trusts, and the store's JWT identity.</summary>
    public const string ServiceAccountName = "external-secrets";

    /// <summary>The ClusterSecretStore applications read from.</summary>
    public const string StoreName = "aws-secrets-manager";

    /// <summary>Replicas of the controller and of the webhook.</summary>
    public const int Replicas = 2;

    /// <summary>
    /// What the operator may do with the platform's secrets: the calls an ExternalSecret that names its secrets makes,
    /// nothing else. In the operator's AWS provider at the chart's app version (external-secrets/external-secrets
    /// v2.9.0, <c>providers/v1/aws/secretsmanager/secretsmanager.go</c>) <c>data</c> and <c>dataFrom.extract</c> end in
    /// <c>constructSecretValue</c>: <c>GetSecretValue</c>, or <c>DescribeSecret</c> when <c>metadataPolicy: Fetch</c>
    /// reads the tags. <c>ListSecretVersionIds</c> is called nowhere, and <c>GetResourcePolicy</c> only by PushSecret's
    /// <c>manageResourcePolicy</c>, which a read-only role cannot do anyway.
    /// </summary>
    public static readonly ImmutableArray<string> SecretReadActions = ImmutableArray.Create(
        "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret");

    /// <summary>The controller's requests and limits.</summary>
    public static readonly ContainerResources ControllerResources = new("50m", "128Mi", "500m", "512Mi");

    /// <summary>The webhook's requests and limits.</summary>
    public static readonly ContainerResources WebhookResources = new("25m", "64Mi", "200m", "256Mi");

    /// <summary>The cert controller's requests and limits (it rotates the webhook's certificate).</summary>
    public static readonly ContainerResources CertControllerResources = new("25m", "64Mi", "200m", "256Mi");

    /// <summary>The ClusterSecretStore's name, once the store exists.</summary>
    [Output("storeName")]
    public Output<string> SecretStoreName { get; private set; }

    /// <summary>The operator's IRSA role ARN.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }

    /// <summary>The operator's namespace, once it exists.</summary>
    [Output("namespace")]
    public Output<string> NamespaceOutput { get; private set; }

    /// <summary>The operator's namespace.</summary>
    public PlatformNamespace Namespace { get; }

    /// <summary>The operator's IRSA role.</summary>
    public IrsaRole Role { get; }

    /// <summary>The Helm release (CRDs, controller, webhook, cert controller).</summary>
    public Release Release { get; }

    /// <summary>The <c>aws-secrets-manager</c> ClusterSecretStore.</summary>
    public ClusterSecretStore Store { get; }

    /// <summary>Builds the operator, its role and the store.</summary>
    public ExternalSecretsAddon(string name, ExternalSecretsAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var context = args.Context;
        var prefixes = CheckedPrefixes(args.Settings.SecretNamePrefixes);

        Namespace = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this, PodSecurityLevel.Restricted);

        Role = new IrsaRole($"{name}-irsa", new IrsaRoleArgs
        {
            Oidc = context.Oidc,
            Namespace = NamespaceName,
            ServiceAccount = ServiceAccountName,
            Statements = context.KmsKeyArn.Apply(keyArn => Statements(context.Region, context.AccountId, prefixes, keyArn)),
            Description = $"External Secrets Operator of {context.ClusterName}: reads the platform's Secrets Manager prefixes.",
        }, new ComponentResourceOptions { Parent = this });

        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, ChartRepository, args.Settings.ChartVersion),
            Namespace = Namespace.Name,
            Values = Values(Role.RoleArn),
        }, context, this, Role);

        Store = new ClusterSecretStore($"{name}-store", new ClusterSecretStoreArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = StoreName,
                Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
            },
            Spec = new ClusterSecretStoreSpecArgs
            {
                // The operator's role reads every platform prefix, so tenants must not reach this store: their
                // namespaces (labelled with their organization) have a store of their own, with their own role.
                Conditions =
                {
                    new ClusterSecretStoreConditionArgs
                    {
                        NamespaceSelector = new LabelSelectorArgs
                        {
                            MatchExpressions =
                            {
                                new LabelSelectorRequirementArgs { Key = NamespaceLabels.Organization, Operator = "DoesNotExist" },
                            },
                        },
                    },
                },
                Provider = new SecretStoreProviderArgs
                {
                    Aws = new AwsProviderArgs
                    {
                        Service = "SecretsManager",
                        Region = context.Region,
                        Auth = new AwsAuthArgs
                        {
                            Jwt = new AwsJwtAuthArgs
                            {
                                ServiceAccountRef = new ServiceAccountSelectorArgs { Name = ServiceAccountName, Namespace = NamespaceName },
                            },
                        },
                    },
                },
            },
        }, context.Kubernetes(this, Release)); // the CRD and the validating webhook come with the release

        SecretStoreName = Store.Metadata.Apply(m => m.Name);
        RoleArn = Role.RoleArn;
        NamespaceOutput = Namespace.Name;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["storeName"] = SecretStoreName,
            ["roleArn"] = RoleArn,
            ["namespace"] = NamespaceOutput,
        });
    }

    /// <summary>
    /// The operator's permissions: read-only on the secrets under each prefix, and decrypting with the cluster
    /// key only when Secrets Manager asks on its behalf. No <c>secretsmanager:ListSecrets</c> nor
    /// <c>BatchGetSecretValue</c>, which IAM grants only on <c>*</c>: <c>dataFrom.find</c> is the only caller of
    /// either (v2.9.0 <c>secretsmanager.go</c>: <c>findByName</c> lists every secret of the account when no
    /// <c>path</c> is given; with a path or tags, <c>fetchWithBatch</c> calls <c>BatchGetSecretValue</c> with
    /// filters, which needs <c>ListSecrets</c> too: Secrets Manager API reference, BatchGetSecretValue, "Required
    /// permissions"). With them any ExternalSecret in
    /// a platform namespace could read the names, tags and descriptions of every secret in the account, the
    /// tenants' included; the platform's ExternalSecrets name their secrets instead, so <c>find</c> is unsupported.
    /// </summary>
    public static ImmutableArray<PolicyStatement> Statements(string region, string accountId, IEnumerable<string> prefixes, string keyArn)
        => ImmutableArray.Create(
            PolicyStatement.Allow(SecretReadActions,
                prefixes.Select(p => $"arn:aws:secretsmanager:{region}:{accountId}:secret:{p}*"), "ReadThePlatformSecrets"),
            new PolicyStatement
            {
                Sid = "DecryptThroughSecretsManager",
                Action = ImmutableArray.Create("kms:Decrypt"),
                Resource = ImmutableArray.Create(keyArn),
                Condition = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty.Add("StringEquals",
                    ImmutableDictionary<string, ImmutableArray<string>>.Empty
                        .Add("kms:ViaService", ImmutableArray.Create($"secretsmanager.{region}.amazonaws.com"))),
            });

    private static ImmutableArray<string> CheckedPrefixes(ImmutableArray<string> prefixes)
    {
        if (prefixes.IsDefaultOrEmpty)
        {
            throw new ArgumentException("At least one Secrets Manager name prefix is required.", nameof(prefixes));
        }

        foreach (var prefix in prefixes)
        {
            // A prefix ending in '/' names a folder: "numinia/" cannot also match "numinia-other".
            if (string.IsNullOrWhiteSpace(prefix) || !prefix.EndsWith('/') || prefix.Contains('*', StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{prefix}' is not a Secrets Manager name prefix (non-empty, ending with '/', no '*').", nameof(prefixes));
            }
        }

        return prefixes;
    }

    private static ImmutableDictionary<string, object> Values(Output<string> roleArn)
    {
        static ImmutableDictionary<string, object> Spread(string component)
            => HelmAddon.SpreadOverNodes(ImmutableDictionary<string, string>.Empty
                .Add("app.kubernetes.io/name", component)
                .Add("app.kubernetes.io/instance", ReleaseName));

        var disruptionBudget = Map(("enabled", true), ("minAvailable", 1));
        return Map(
            // The chart installs and upgrades the CRDs (they are templates, not Helm's crds/ folder).
            ("installCRDs", true),
            ("replicaCount", Replicas),
            // Two controllers must not reconcile the same objects: one leads, the other waits.
            ("leaderElect", true),
            ("serviceAccount", Map(
                ("create", true),
                ("name", ServiceAccountName),
                ("annotations", HelmValues.RoleArnAnnotation(roleArn)))),
            ("resources", ControllerResources.ToValues()),
            ("podDisruptionBudget", disruptionBudget),
            ("affinity", Spread("external-secrets")),
            // The webhook validates every ExternalSecret and SecretStore with failurePolicy Fail (external-secrets
            // helm-chart-2.9.0, values.yaml webhook.failurePolicy): while it waits for a node, tenants' ExternalSecrets
            // are refused, so it must not queue behind their pods. The controller stays at the default priority: a
            // pending controller only delays the next sync, and synced Secrets stay.
            ("webhook", Map(
                ("replicaCount", Replicas),
                ("priorityClassName", PriorityClasses.SystemClusterCritical),
                ("resources", WebhookResources.ToValues()),
                ("podDisruptionBudget", disruptionBudget),
                ("affinity", Spread("external-secrets-webhook")))),
            // One cert controller: it only renews the webhook's certificate, minutes of absence harm nothing.
            ("certController", Map(
                ("replicaCount", 1),
                ("resources", CertControllerResources.ToValues()))));
    }
}
