using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using static Numinia.Components.Addons.HelmValues;

namespace Numinia.Components.Addons.SecretsStoreCsi;

/// <summary>What the Secrets Store CSI driver and its AWS provider are built from.</summary>
public sealed record SecretsStoreCsiAddonArgs
{
    /// <summary>The cluster the driver runs in.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>Its settings: the driver's and the AWS provider's chart versions.</summary>
    public SecretsStoreCsiSettings Settings { get; init; } = new();

    /// <summary>The most nodes the cluster can have (the node groups' maximum sizes added): one driver and one provider pod each.</summary>
    public int MaxNodes { get; init; } = 18;
}

/// <summary>
/// The Secrets Store CSI driver and the AWS Secrets Manager provider (ASCP), DaemonSets on every node of
/// every group, in a privileged namespace (they mount the kubelet's pod directories). Pods mount their
/// secrets as files with their own IRSA identity: the driver requests service account tokens for STS
/// and EKS Pod Identity on their behalf, so neither DaemonSet has an AWS role of its own.
/// </summary>
public sealed class SecretsStoreCsiAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:SecretsStoreCsi";

    /// <summary>The driver chart's name.</summary>
    public const string DriverChartName = "secrets-store-csi-driver";

    /// <summary>The driver chart's repository.</summary>
    public const string DriverChartRepository = "https://kubernetes-sigs.github.io/secrets-store-csi-driver/charts";

    /// <summary>The AWS provider chart's name.</summary>
    public const string AwsProviderChartName = "secrets-store-csi-driver-provider-aws";

    /// <summary>The AWS provider chart's repository.</summary>
    public const string AwsProviderChartRepository = "https://aws.github.io/secrets-store-csi-driver-provider-aws";

    /// <summary>The namespace of both DaemonSets.</summary>
    public const string NamespaceName = "secrets-store-csi";

    /// <summary>The driver's Helm release name.</summary>
    public const string DriverReleaseName = "secrets-store-csi-driver";

    /// <summary>The AWS provider's Helm release name.</summary>
    public const string AwsProviderReleaseName = "secrets-store-csi-driver-provider-aws";

    /// <summary>How often mounted secrets are refreshed from Secrets Manager.</summary>
    public const string RotationPollInterval = "2m";

    /// <summary>
    /// The audiences of the tokens the driver requests for the pods that mount secrets: STS (IRSA) and
    /// EKS Pod Identity. The AWS provider cannot authenticate without them.
    /// </summary>
    public static readonly ImmutableArray<string> TokenAudiences = ImmutableArray.Create("sts.amazonaws.com", "pods.eks.amazonaws.com");

    /// <summary>The driver container's requests and limits.</summary>
    public static readonly ContainerResources DriverResources = new("50m", "100Mi", "200m", "200Mi");

    /// <summary>The node-driver-registrar's requests and limits.</summary>
    public static readonly ContainerResources RegistrarResources = new("10m", "20Mi", "100m", "100Mi");

    /// <summary>The liveness probe sidecar's requests and limits.</summary>
    public static readonly ContainerResources LivenessProbeResources = new("10m", "20Mi", "100m", "100Mi");

    /// <summary>The CRD upgrade and keep hook Jobs' requests and limits.</summary>
    public static readonly ContainerResources CrdJobResources = new("10m", "32Mi", "100m", "128Mi");

    /// <summary>The AWS provider's requests and limits.</summary>
    public static readonly ContainerResources AwsProviderResources = new("50m", "100Mi", "200m", "256Mi");

    /// <summary>The namespace's name, once it exists.</summary>
    [Output("namespace")]
    public Output<string> NamespaceOutput { get; private set; }

    /// <summary>The namespace (privileged: host paths).</summary>
    public PlatformNamespace Namespace { get; }

    /// <summary>The driver's release (CRDs, CSIDriver, DaemonSet).</summary>
    public Release Driver { get; }

    /// <summary>The AWS provider's release.</summary>
    public Release AwsProvider { get; }

    /// <summary>Builds the namespace and both releases.</summary>
    public SecretsStoreCsiAddon(string name, SecretsStoreCsiAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var context = args.Context;
        if (args.MaxNodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(args), args.MaxNodes, "MaxNodes must be at least 1.");
        }

        Namespace = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this, PodSecurityLevel.Privileged, Quota(args.MaxNodes));

        Driver = HelmAddon.Install($"{name}-driver", new AddonRelease
        {
            ReleaseName = DriverReleaseName,
            Chart = new ChartPin(DriverChartName, DriverChartRepository, args.Settings.DriverChartVersion),
            Namespace = Namespace.Name,
            Values = DriverValues(),
        }, context, this);

        // The provider registers with the driver's socket directory and is useless without its CSIDriver.
        AwsProvider = HelmAddon.Install($"{name}-aws-provider", new AddonRelease
        {
            ReleaseName = AwsProviderReleaseName,
            Chart = new ChartPin(AwsProviderChartName, AwsProviderChartRepository, args.Settings.AwsProviderChartVersion),
            Namespace = Namespace.Name,
            Values = AwsProviderValues(context.Region),
        }, context, this, Driver);

        NamespaceOutput = Namespace.Name;
        RegisterOutputs(new Dictionary<string, object?> { ["namespace"] = NamespaceOutput });
    }

    /// <summary>The namespace's quota: a driver and a provider pod on each node, and the CRD hook Job.</summary>
    public static NamespaceQuota Quota(int maxNodes) => NamespaceQuotaSizing.For(new[]
    {
        new PodGroup("driver", maxNodes, ImmutableArray.Create(DriverResources, RegistrarResources, LivenessProbeResources)),
        new PodGroup("aws-provider", maxNodes, ImmutableArray.Create(AwsProviderResources)),
        new PodGroup("crd-hook", 1, ImmutableArray.Create(CrdJobResources)),
    });

    // Every node group (the CI group and the GPU group are tainted) may run pods that mount secrets.
    private static ImmutableArray<object> TolerateEverything => ImmutableArray.Create<object>(Map(("operator", "Exists")));

    private static ImmutableDictionary<string, object> DriverValues() => Map(
        ("linux", Map(
            ("tolerations", TolerateEverything),
            // A node agent: without it no pod on its node mounts a secret (kubernetes-sigs/secrets-store-csi-driver
            // v1.6.0, charts/secrets-store-csi-driver values.yaml linux.priorityClassName).
            ("priorityClassName", PriorityClasses.SystemNodeCritical),
            ("driver", Map(("resources", DriverResources.ToValues()))),
            ("registrar", Map(("resources", RegistrarResources.ToValues()))),
            ("livenessProbe", Map(("resources", LivenessProbeResources.ToValues()))),
            ("crds", Map(("resources", CrdJobResources.ToValues()))))),
        ("tokenRequests", TokenAudiences.Select(a => (object)Map(("audience", a))).ToImmutableArray()),
        // Rotated secrets reach the mounted files without restarting the pods.
        ("enableSecretRotation", true),
        ("rotationPollInterval", RotationPollInterval),
        // Secrets stay files in the pods: no copies as Kubernetes Secrets (ExternalSecrets does that).
        ("syncSecret", Map(("enabled", false))));

    private static ImmutableDictionary<string, object> AwsProviderValues(string region) => Map(
        // The provider chart would install a second driver as a subchart; the driver is its own release above.
        ("secrets-store-csi-driver", Map(("install", false))),
        // Pods cannot reach the instance metadata service (IMDSv2, hop limit 1) to learn the region.
        ("awsRegion", region),
        ("tolerations", TolerateEverything),
        // The driver's other half on each node: the same class as the driver (aws/secrets-store-csi-driver-provider-aws
        // 3.1.1, charts/secrets-store-csi-driver-provider-aws values.yaml priorityClassName).
        ("priorityClassName", PriorityClasses.SystemNodeCritical),
        ("resources", AwsProviderResources.ToValues()));
}
