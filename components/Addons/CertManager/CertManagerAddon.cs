using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace Numinia.Components.Addons.CertManager;

/// <summary>What cert-manager and the platform's ClusterIssuers are built from.</summary>
public sealed record CertManagerAddonArgs
{
    /// <summary>The cluster it runs on.</summary>
    public required ClusterContext Context { get; init; }

    /// <summary>The platform's hosted zone: the only zone DNS-01 challenges may write to.</summary>
    public required HostedZone Zone { get; init; }

    /// <summary>Its settings: the chart version and the ACME account email of the Let's Encrypt issuers (expiry notices go there).</summary>
    public CertManagerSettings Settings { get; init; } = new();

    /// <summary>Replicas of each of the controller, the webhook and the cainjector.</summary>
    public int Replicas { get; init; } = 2;

    /// <summary>The controller container's requests and limits.</summary>
    public ContainerResources ControllerResources { get; init; } = new("50m", "128Mi", "500m", "512Mi");

    /// <summary>The webhook container's requests and limits.</summary>
    public ContainerResources WebhookResources { get; init; } = new("25m", "64Mi", "250m", "256Mi");

    /// <summary>The cainjector container's requests and limits (it caches every Secret it injects from).</summary>
    public ContainerResources CainjectorResources { get; init; } = new("25m", "128Mi", "250m", "512Mi");

    /// <summary>The post-install API check job's requests and limits.</summary>
    public ContainerResources StartupApiCheckResources { get; init; } = new("10m", "32Mi", "100m", "128Mi");
}

/// <summary>
/// cert-manager in its own namespace, with its CRDs, two replicas of the controller, webhook and cainjector
/// (each spread over nodes and under a disruption budget), an IRSA role that may solve DNS-01 challenges
/// in the platform's hosted zone only, and the platform's ClusterIssuers: <c>letsencrypt-prod</c> and
/// <c>letsencrypt-staging</c> (ACME: DNS-01 through Route53 for names in the platform's zone, wildcards
/// included; HTTP-01 through Kourier for every other name) and <c>selfsigned</c>.
/// </summary>
public sealed class CertManagerAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:CertManager";

    /// <summary>The chart's name.</summary>
    public const string ChartName = "cert-manager";

    /// <summary>The chart's repository (Jetstack).</summary>
    public const string ChartRepository = "https://charts.jetstack.io";

    /// <summary>cert-manager's namespace (also where ClusterIssuers keep their ACME account keys).</summary>
    public const string NamespaceName = "cert-manager";

    /// <summary>The Helm release's name (also the chart's object names).</summary>
    public const string ReleaseName = "cert-manager";

    /// <summary>The controller's service account, the only one the IRSA role trusts.</summary>
    public const string ServiceAccountName = "cert-manager";

    /// <summary>The production Let's Encrypt issuer.</summary>
    public const string LetsEncryptProd = "letsencrypt-prod";

    /// <summary>The staging Let's Encrypt issuer (untrusted certificates, generous rate limits).</summary>
    public const string LetsEncryptStaging = "letsencrypt-staging";

    /// <summary>The self-signed issuer.</summary>
    public const string SelfSigned = "selfsigned";

    /// <summary>Let's Encrypt's production ACME directory.</summary>
    public const string LetsEncryptProdServer = "https://acme-v02.api.letsencrypt.org/directory";

    /// <summary>Let's Encrypt's staging ACME directory.</summary>
    public const string LetsEncryptStagingServer = "https://acme-staging-v02.api.letsencrypt.org/directory";

    /// <summary>The IRSA role's ARN.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }

    /// <summary>cert-manager's namespace, once it exists.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; private set; }

    /// <summary>The names of the platform's ClusterIssuers, once they exist.</summary>
    [Output("issuerNames")]
    public Output<ImmutableArray<string>> IssuerNames { get; private set; }

    /// <summary>The Helm release (CRDs and webhook): cert-manager resources depend on it.</summary>
    public Release Release { get; }

    /// <summary>The platform's ClusterIssuers by name.</summary>
    public ImmutableDictionary<string, ClusterIssuer> Issuers { get; }

    /// <summary>Builds the namespace, the IRSA role, the release and the ClusterIssuers.</summary>
    public CertManagerAddon(string name, CertManagerAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var context = args.Context;
        var ns = HelmAddon.Namespace($"{name}-namespace", NamespaceName, context, this);
        var role = new IrsaRole($"{name}-irsa", new IrsaRoleArgs
        {
            Oidc = context.Oidc,
            Namespace = NamespaceName,
            ServiceAccount = ServiceAccountName,
            Statements = args.Zone.Arn.Apply(Dns01Statements),
            Description = $"cert-manager DNS-01 challenges in {args.Zone.Name} for the EKS cluster {context.ClusterName}.",
        }, new ComponentResourceOptions { Parent = this });

        Release = HelmAddon.Install($"{name}-release", new AddonRelease
        {
            ReleaseName = ReleaseName,
            Chart = new ChartPin(ChartName, ChartRepository, args.Settings.ChartVersion),
            Namespace = ns.Name,
            Values = Values(args, role.RoleArn),
        }, context, this, role);

        Issuers = new Dictionary<string, ClusterIssuer>
        {
            [LetsEncryptProd] = Issuer(name, LetsEncryptProd, AcmeSpec(args, LetsEncryptProdServer, LetsEncryptProd), context),
            [LetsEncryptStaging] = Issuer(name, LetsEncryptStaging, AcmeSpec(args, LetsEncryptStagingServer, LetsEncryptStaging), context),
            [SelfSigned] = Issuer(name, SelfSigned, new ClusterIssuerSpecArgs { SelfSigned = new ClusterIssuerSpecSelfSignedArgs() }, context),
        }.ToImmutableDictionary();

        RoleArn = role.RoleArn;
        Namespace = ns.Name;
        IssuerNames = Output.All(Issuers.Values.Select(i => i.Metadata.Apply(m => m.Name)))
            .Apply(names => names.OrderBy(n => n, StringComparer.Ordinal).ToImmutableArray());
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["roleArn"] = RoleArn,
            ["namespace"] = Namespace,
            ["issuerNames"] = IssuerNames,
        });
    }

    /// <summary>
    /// What the controller may do in Route53 to solve DNS-01 challenges: write TXT records named
    /// <c>_acme-challenge.*</c> in the platform's zone and list that zone's records, follow the changes
    /// it made, and find zones by name. No other zone is writable.
    /// </summary>
    public static ImmutableArray<PolicyStatement> Dns01Statements(string zoneArn) => ImmutableArray.Create(
        PolicyStatement.Allow(new[] { "route53:GetChange" }, new[] { "arn:aws:route53:::change/*" }, "FollowChanges"),
        new PolicyStatement
        {
            Sid = "WriteChallengeRecordsInThePlatformZone",
            Action = ImmutableArray.Create("route53:ChangeResourceRecordSets"),
            Resource = ImmutableArray.Create(zoneArn),
            Condition = PolicyConditions.Of(
                ("ForAllValues:StringEquals", "route53:ChangeResourceRecordSetsRecordTypes", new[] { "TXT" }),
                ("ForAllValues:StringLike", "route53:ChangeResourceRecordSetsNormalizedRecordNames", new[] { "_acme-challenge.*" })),
        },
        PolicyStatement.Allow(new[] { "route53:ListResourceRecordSets" }, new[] { zoneArn }, "ReadThePlatformZone"),
        PolicyStatement.Allow(new[] { "route53:ListHostedZonesByName" }, new[] { "*" }, "FindZonesByName"));

    private static InputMap<object> Values(CertManagerAddonArgs args, Output<string> roleArn)
    {
        var values = new InputMap<object>
        {
            // CRDs come with the chart and stay if the release is ever removed (deleting them would
            // delete every Certificate and Issuer).
            ["crds"] = new Dictionary<string, object> { ["enabled"] = true, ["keep"] = true },
            // cert-manager's own guide asks for this class: it serves an API (its webhook) that applications'
            // deployments need, so lower-priority pods should be preempted first (cert-manager.io docs, "Best
            // Practice", "Priority Class Name"); global.priorityClassName reaches every pod of the chart
            // (cert-manager v1.21.1, deploy/charts/cert-manager values.yaml, templates/*-deployment.yaml).
            ["global"] = new Dictionary<string, object> { ["priorityClassName"] = PriorityClasses.SystemClusterCritical },
            ["serviceAccount"] = new Dictionary<string, object>
            {
                ["create"] = true,
                ["name"] = ServiceAccountName,
                ["annotations"] = HelmValues.RoleArnAnnotation(roleArn),
            },
        };

        // The chart's pod and container security contexts are already restricted-compatible
        // (non-root, RuntimeDefault seccomp, no privilege escalation, all capabilities dropped): kept as they are.
        foreach (var (key, value) in Component(args, "controller", ChartName, args.ControllerResources))
        {
            values[key] = value;
        }

        values["webhook"] = Component(args, "webhook", "webhook", args.WebhookResources);
        values["cainjector"] = Component(args, "cainjector", "cainjector", args.CainjectorResources);
        values["startupapicheck"] = new Dictionary<string, object> { ["resources"] = args.StartupApiCheckResources.ToValues() };
        return values;
    }

    /// <summary>The values of one deployment of the chart (top level for the controller, a section for the others).</summary>
    private static Dictionary<string, object> Component(CertManagerAddonArgs args, string component, string appName, ContainerResources resources) => new()
    {
        ["replicaCount"] = args.Replicas,
        ["podDisruptionBudget"] = new Dictionary<string, object> { ["enabled"] = true, ["maxUnavailable"] = 1 },
        ["affinity"] = HelmAddon.SpreadOverNodes(PodLabels(component, appName)),
        ["resources"] = resources.ToValues(),
    };

    /// <summary>The selector labels of one of the chart's deployments (controller, webhook, cainjector).</summary>
    public static ImmutableDictionary<string, string> PodLabels(string component, string appName) => ImmutableDictionary<string, string>.Empty
        .Add("app.kubernetes.io/name", appName)
        .Add("app.kubernetes.io/instance", ReleaseName)
        .Add("app.kubernetes.io/component", component);

    /// <summary>
    /// An ACME issuer of the platform. DNS-01 through Route53 is selected for the platform's zone (the zone
    /// and every name under it): HTTP-01 cannot prove control of a wildcard name, and a zone selector covers
    /// every wildcard in the zone at any depth where a <c>dnsNames</c> selector would have to list each one;
    /// it also lets a name in the zone get its certificate before its record points at Kourier. Every other
    /// name (a tenant's own domain in a DomainMapping) falls back to HTTP-01 through Kourier, as live.
    /// </summary>
    private static ClusterIssuerSpecArgs AcmeSpec(CertManagerAddonArgs args, string server, string issuerName) => new()
    {
        Acme = new ClusterIssuerSpecAcmeArgs
        {
            Server = server,
            Email = args.Settings.AcmeEmail,
            PrivateKeySecretRef = new ClusterIssuerSpecAcmePrivateKeySecretRefArgs { Name = $"{issuerName}-account-key" },
            Solvers =
            {
                new ClusterIssuerSpecAcmeSolversArgs
                {
                    Selector = new ClusterIssuerSpecAcmeSolversSelectorArgs { DnsZones = { args.Zone.Name } },
                    Dns01 = new ClusterIssuerSpecAcmeSolversDns01Args
                    {
                        Route53 = new ClusterIssuerSpecAcmeSolversDns01Route53Args
                        {
                            Region = args.Context.Region,
                            HostedZoneID = args.Zone.ZoneId,
                        },
                    },
                },
                new ClusterIssuerSpecAcmeSolversArgs
                {
                    // Kourier has no IngressClass resource: Knative reads the class annotation.
                    Http01 = new ClusterIssuerSpecAcmeSolversHttp01Args
                    {
                        Ingress = new ClusterIssuerSpecAcmeSolversHttp01IngressArgs { Class = KnativeServingAddon.KourierIngressClass },
                    },
                },
            },
        },
    };

    private ClusterIssuer Issuer(string name, string issuerName, ClusterIssuerSpecArgs spec, ClusterContext context)
        => new($"{name}-{issuerName}", new ClusterIssuerArgs
        {
            Metadata = new ObjectMetaArgs { Name = issuerName, Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } } },
            Spec = spec,
        }, context.Kubernetes(this, Release));
}
